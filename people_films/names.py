"""Name normalisation: many spellings of one person or film -> one key.

Korean names reach English pages in either order ("Kim Dae-sik", "Daesik
Kim"), with or without the hyphen, in upper case ("KIM Tae-yong"), behind a
title ("Professor Kim Dae-sik") and in romanisations that differ between sites
("Kang Yoon-sung", "Kang Yun-sung"). A person's key ignores all of that: the
folded tokens of the name, sorted. A film's key keeps word order.

The variant tables are data (:data:`ROMANISATION_FOLDS`, :data:`TITLE_WORDS`,
:data:`KOREAN_SURNAMES`, and :data:`GIVEN_NAMES`, which the detector and the
HTML reader's byline finders share); the search language folds with the same table so
that the site's search and the ingest agree on what "the same name" means.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from ingest.paths import romanised_words

class _GivenNames(frozenset):
    """The listed given names, and any two of them joined by a hyphen: French and German join given names
    into one ("Jean-Marie", "Anne-Lise", "Hans-Jörg"), and no list holds every pair."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        parts = word.split("-") if isinstance(word, str) else ()
        return len(parts) == 2 and all(frozenset.__contains__(self, part) for part in parts)


def _given_names() -> frozenset[str]:
    path = Path(__file__).resolve().parent / "data" / "given_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return _GivenNames(line for line in lines if line and not line.startswith("#"))


# Common given names of Europe, the Americas, Africa and Asia in Latin letters (data, see bench/given_names.py):
# "Laura Dern was named ..." has no cue but its shape.
GIVEN_NAMES = _given_names()


# Romanisation spellings of one Hangul sound, folded to one form. Applied in
# order to a lower-case, hyphen-free word, on both sides of every comparison,
# so a fold only has to be consistent, not correct.
ROMANISATION_FOLDS: tuple[tuple[str, str], ...] = (
    ("yoo", "yu"),  # Yoon / Yun, Yoo / Yu
    ("oo", "u"),  # Woo / Wu, Goo / Gu
    ("eo", "o"),  # Seong / Song, Jeong / Jong
    ("ee", "i"),  # Lee / Li, Hee / Hi
    ("wh", "h"),  # Whang / Hwang is rare, but harmless
)

# Words that stand before a name without being part of it.
TITLE_WORDS = frozenset(
    """
    director directors professor prof dr mr mrs ms miss sir dame actor actress actors
    choreographer producer critic writer author photographer reporter journalist
    ceo chairman president minister filmmaker screenwriter composer editor
    cinematographer star singer artist curator dean human ai
    """.split()
)

# Title words that say what someone does: they narrow a bare family name
# ("Director Kim") to the people with that role.
ROLE_OF_TITLE = {
    "director": "director",
    "directors": "director",
    "filmmaker": "director",
    "professor": "professor",
    "prof": "professor",
    "actor": "actor",
    "actress": "actor",
    "choreographer": "choreographer",
    "producer": "producer",
    "critic": "critic",
    "writer": "writer",
    "screenwriter": "writer",
    "author": "writer",
    "photographer": "photographer",
    "reporter": "reporter",
    "journalist": "reporter",
}

# The commonest Korean family names in their usual romanisations: a name shape
# signal for detection, and which end of a name is the family name.
KOREAN_SURNAMES = frozenset(
    """
    kim gim lee yi rhee park pak bak choi choe jung jeong chung kang gang cho jo
    yoon yun jang chang lim im han oh seo suh shin sin kwon gwon hwang ahn an song
    yoo yu ryu hong jeon jun chun ko go moon mun yang son sohn bae bai baek paek
    heo hur huh nam sim shim noh roh no ha kwak gwak sung seong cha joo ju koo gu
    min na jin ji uhm eom byun byeon chae won bang pyo gong hyun hyeon yeo chu do
    so seok suk seol ma gil yeon wi pyun myung ki ban wang geum ok yook yuk in
    maeng je mo tak kook guk eun yeom woo u choo kyung pi youn yim
    sol ryoo lyu um ra kong ham goh koh jee seon sun chon chong rim rho hahn paik kum keum ku bong sa
    namgung hwangbo jegal sunwoo
    """.split()
)
# (The second-to-last line: other romanisations the press uses of the same family names, 설 Sol, 류 Ryoo/Lyu,
# 엄 Um, 라 Ra, 공 Kong, 함 Ham, 고 Goh/Koh, 지 Jee, 선 Seon/Sun, 전 Chon, 정 Chong, 임 Rim, 노 Rho, 한 Hahn,
# 백 Paik, 금 Kum/Keum, 구 Ku, and 봉 Bong, 사 Sa; the last: the commonest two-syllable family names.)

# Common Chinese family names as English-language film press writes them:
# pinyin (mainland), Wade-Giles (Taiwan) and Cantonese (Hong Kong)
# romanisations. A name shape signal, like KOREAN_SURNAMES: a family name
# beside a given name made of Chinese syllables reads as a person.
CHINESE_SURNAMES = frozenset(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie
    tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang du ye cheng wei su lu ding ren
    shen yao jia fan fang shi tan liao zou xiong jin hao bai cui qiu qin hou shao meng duan lei qian
    yin yi wong chan cheung leung lau lam ng tsui tse yip kwan chow lai hui fung kwok tsang mak tam
    chiang hsiao hsu chu tsai yeh chou kuo shu ko chien hsieh tseng
    lü lv nü
    """.split()
)
# (Lü, 吕, as pinyin writes it with its diaeresis, and as "Lv" where a keyboard lacks one: "Lü Yanting".)
# A pinyin syllable, loosely (initial, final): a given name written as one
# word ("Zhangke" = zhang + ke) reads as Chinese when made only of these.
_PINYIN = (
    r"(?:zh|ch|sh|b|p|m|f|d|t|n|l|g|k|h|j|q|x|r|z|c|s|y|w)?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ao|ei|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u)"
)
_PINYIN_GIVEN = re.compile(rf"(?:{_PINYIN}){{1,2}}")
# A hyphenated two-syllable given name of any Sinosphere romanisation:
# "Wai-lun", "Hsiao-hsien", "Kuei-mei", "Ji-woo".
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")

# Words of a title written in lower case ("Call Me by Your Name").
MINOR_WORDS = frozenset("a an and as at but by for from in into nor of on or the to with vs".split())

# A Revised Romanisation / McCune-Reischauer syllable, loosely: a name word
# made only of these reads as Korean ("Daesik" = dae + sik). "yi" is 이 as names
# write it beside "i" ("Lee Yi-dam", "Yi Chang-dong"); "eui" is 의 as names write it beside "ui" ("Jeong-eui").
_SYLLABLE = (
    r"(?:kk|tt|pp|ss|jj|ch|g|k|n|d|t|r|l|m|b|p|s|j|h)?"
    r"(?:yae|yeo|wae|you|yoo|woo|eui|ya|yo|yu|ye|yi|wa|wo|we|wi|wu|ui|ae|ai|eo|eu|oe|oo|ee|ou|a|e|i|o|u)"
    r"(?:ng|n|k|l|m|p|t|g)?"
)
_KOREAN_GIVEN = re.compile(rf"(?:{_SYLLABLE})(?:-?{_SYLLABLE})", re.IGNORECASE)

_POSSESSIVE = re.compile(r"['’]s$|['’]$")
_NON_WORD = re.compile(r"[^\w\s-]")


# Letters drawn like Latin ones, read as the Latin letter they look like (a name's "skeleton", as Unicode TS 39
# defines it; the pairs are those of Unicode's confusables.txt for the Cyrillic and Greek letters a Latin name may be
# written with by mistake or by a copy-paste, and Latin's own dotless ı and ȷ). A small stated table: the library
# made for it (confusable_homoglyphs, PyPI 3.3.1) is not pinned, and these are the letters the archive has met.
_LATIN_LOOK_ALIKES = str.maketrans("ıȷ", "ij")
_CYRILLIC_GREEK_LOOK_ALIKES = str.maketrans(
    "аеорсухіјѕԁԛԝһӏүАВЕКМНОРСТХІЈЅҮ" "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοιρν",
    "aeopcyxijsdqwhlyABEKMHOPCTXIJSY" "ABEZHIKMNOPTYXoipv",
)


# Alphabets whose letters are drawn alike (Cyrillic о, а, е, р, с and Latin o, a, e, p, c; Greek ο, ν).
_LOOK_ALIKE_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK"})


def mixes_look_alike_scripts(name: str) -> bool:
    """Whether one word of ``name`` mixes Latin, Cyrillic and Greek letters ("N" + Cyrillic "о" + "ra"): drawn like
    another name, and written so by no one (Unicode TS 39's mixed-script check, for these three). Such a name was a
    second person who looked the same ("Nоra Field", people/nora-field-2); a word wholly in one alphabet is a word.
    The one test of it, for :func:`fold` and the review's gathering alike."""
    if not any("\u0370" <= c <= "\u052f" for c in name):  # no Greek or Cyrillic letter (most names: Hangul, Han, accented Latin)
        return False
    for word in name.split():
        scripts = {unicodedata.name(c, "").split(" ", 1)[0] for c in word if c.isalpha()}
        if len(scripts & _LOOK_ALIKE_SCRIPTS) > 1:
            return True
    return False


def fold(word: str) -> str:
    """One lower-case, hyphen-free spelling per romanised sound; a look-alike letter read as the Latin one it is drawn
    like ("Fıeld", "Nоra" with a Cyrillic о: Field, Nora), a word wholly in Cyrillic or Greek left as it is."""
    if not word.isascii():  # NFKC leaves ASCII as it is (most words: skipped, as fold is asked of every word)
        word = unicodedata.normalize("NFKC", word).translate(_LATIN_LOOK_ALIKES)
        if mixes_look_alike_scripts(word):
            word = word.translate(_CYRILLIC_GREEK_LOOK_ALIKES)
        word = word.replace("İ", "I")  # Turkish's dotted capital, which lower() writes as i and a combining dot
    word = word.lower().replace("-", "").replace("‐", "")
    for written, folded in ROMANISATION_FOLDS:
        word = word.replace(written, folded)
    return word


_JOINED_INITIALS = re.compile(r"\b([^\W\d_]\.)(?=[^\W\d_]\.)")


def name_tokens(text: str) -> list[str]:
    """The words of a name, as written, without possessives or punctuation; initials written together are
    words of their own ("J.R. Stone": J, R, Stone), as the matcher reads them in a page."""
    text = _JOINED_INITIALS.sub(r"\1 ", unicodedata.normalize("NFKC", text))
    words = [_POSSESSIVE.sub("", word) for word in text.split()]
    words = [_NON_WORD.sub("", word).strip("-") for word in words]
    return [word for word in words if word]


def strip_titles(tokens: list[str]) -> list[str]:
    """Drop leading title words ("Professor", "AI director")."""
    start = 0
    while start < len(tokens) - 1 and tokens[start].lower() in TITLE_WORDS:
        start += 1
    return tokens[start:]


# Keys are pure functions of the text, asked for again and again while matching
# (every run of capitalised words in every article): remembered, not recomputed.
@lru_cache(maxsize=2**16)
def person_key(name: str) -> tuple[str, ...]:
    """Order-, case-, hyphen-, title- and romanisation-blind key of a person's name.

    A name in Hangul, Hanzi or Kanji written beside the romanised one ("Seo
    Ji-an 서지안") has the romanised name's key.
    """
    return tuple(sorted(fold(word) for word in given_syllables_joined(strip_titles(name_tokens(split_native(name)[0])))))


_ONE_SYLLABLE = re.compile(rf"{_SYLLABLE}|{_PINYIN}", re.IGNORECASE)


def is_one_syllable(word: str) -> bool:
    """Whether ``word`` is one romanised Korean or Chinese syllable ("Ji", "Woo", "Liang"), hyphen-free."""
    return bool(_ONE_SYLLABLE.fullmatch(word))


def given_syllables_joined(tokens: list[str]) -> list[str]:
    """A Korean or Chinese given name written as two words joined into one: "Park Ji Woo" -> Park, JiWoo;
    "Chiang Wei Liang" -> Chiang, WeiLiang; the press writes the two syllables apart, hyphened or as one word."""
    if len(tokens) == 3 and (is_korean_surname(tokens[0]) or is_chinese_surname(tokens[0])):
        if all(is_one_syllable(t) for t in tokens[1:]):
            return [tokens[0], tokens[1] + tokens[2]]
    return tokens


@lru_cache(maxsize=2**16)
def film_key(title: str) -> tuple[str, ...]:
    """Case- and punctuation-blind key of a film title; word order counts; a native title beside it is left out."""
    return tuple(fold(word) for word in name_tokens(split_native(title)[0]))


# Hangul syllables and jamo, CJK ideographs (Hanzi, Kanji, Hanja), kana.
_NATIVE_CHAR = r"\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff"
# Matched against the name written backwards, from its end: one attempt whose backtracking stays
# inside the native tail. Written forwards ("^(.*[A-Za-z].*?)\s+…$"), the match retried at every
# space: a sidecar's publisher of 10 000 words took 7 s, of 200 000 words hours (time in the square).
_NATIVE_TAIL_REVERSED = re.compile(rf"[)）]?((?:[{_NATIVE_CHAR}\s·・]*)[{_NATIVE_CHAR}])[(（]?\s+")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def is_native_script(word: str) -> bool:
    """Whether ``word`` is written in Hangul, Hanzi/Kanji/Hanja or kana ("서지안", "侯孝賢")."""
    return bool(_NATIVE_WORD.fullmatch(word))


_NATIVE_WORD = re.compile(rf"[{_NATIVE_CHAR}]+")


def split_native(written: str) -> tuple[str, str]:
    """("Seo Ji-an", "서지안") for "Seo Ji-an 서지안", ("Old Fox", "老狐狸") for "Old Fox (老狐狸)"; (written, "") otherwise.

    The native-script name or title that the Korean, Chinese and Japanese
    press write after the romanised one, in parentheses or not.
    """
    text = written.strip()
    match = _NATIVE_TAIL_REVERSED.match(text[::-1])
    if not match:
        return (written, "")
    head = text[: len(text) - match.end()]
    tail = match.group(1)[::-1].strip()
    if "\n" in head or not (_LATIN_LETTER.search(head) or _other_native_script(head, tail)):
        return (written, "")
    return (head.strip(), tail)


_HANGUL_CHAR = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")


def _other_native_script(head: str, tail: str) -> bool:
    """Whether ``head`` (a native-script title) and ``tail`` are in two scripts, Hangul and Kanji or kana: a Japanese or
    Chinese title beside its Korean original ("ソルトロード 소금길"), not two words of one name ("佐藤 美香")."""
    words = head.split()
    return len(words) > 0 and all(is_native_script(w) for w in words) and bool(_HANGUL_CHAR.search(head)) != bool(_HANGUL_CHAR.search(tail))


def is_korean_given_name(word: str) -> bool:
    """Whether a word reads as a two-syllable romanised Korean given name."""
    return bool(_KOREAN_GIVEN.fullmatch(word))


# A mora of Hepburn romanisation (consonant, glide, vowel; or a syllable-final n), with the long vowels
# written doubled or with a macron: "Toshio" = to-shi-o, "Hirokazu" = hi-ro-ka-zu, "Yōji" = yō-ji.
_MORA = r"(?:(?:ky|gy|sh|ch|ts|ny|hy|my|ry|by|py|j|f|[kgsztdnhbpmyrw])?[aiueoāīūēō]|n(?![aiueoāīūēōy]))"
_JAPANESE_WORD = re.compile(rf"(?:{_MORA}|(?<=[aiueo])[kstp](?=[kstp]))+", re.IGNORECASE)
_MORAE = re.compile(_MORA, re.IGNORECASE)


def japanese_morae(word: str) -> int:
    """How many morae a word built only of romanised Japanese ones has (0 when it is not so built):
    "Toshio" 3, "Suzuki" 3, "Kore-eda" 4 (a hyphen allowed), "Kenji" 3; "Laura" 0 (no "l" in Japanese)."""
    parts = word.split("-")
    if not all(part and _JAPANESE_WORD.fullmatch(part) for part in parts):
        return 0
    return sum(len(_MORAE.findall(part)) for part in parts)


def is_korean_surname(word: str) -> bool:
    return word.lower() in KOREAN_SURNAMES


def is_chinese_surname(word: str) -> bool:
    return word.lower() in CHINESE_SURNAMES


def is_chinese_given_name(word: str) -> bool:
    """"Zhangke", "Baoqiang" (pinyin, one word, capitalised) or "Hsiao-hsien" (hyphenated syllables)."""
    if _HYPHENATED_GIVEN.fullmatch(word):
        return True
    return word[:1].isupper() and word[1:].islower() and bool(_PINYIN_GIVEN.fullmatch(word.lower()))


def family_name(name: str) -> str:
    """The family name of a canonical name: first for Korean order, else last."""
    tokens = strip_titles(name_tokens(name))
    if len(tokens) > 1 and is_korean_surname(tokens[0]) and "-" in tokens[1]:
        return tokens[0]
    if len(tokens) > 1 and is_korean_surname(tokens[0]) and not is_korean_surname(tokens[-1]):
        return tokens[0]
    return tokens[-1] if tokens else ""


# An id made from a name: whole words up to this many characters, which leaves room under
# links.MAX_ID_CHARS for the "-2" of a second name with the same id.
AUTOMATIC_ID_CHARS = 80
# A letter romanises to one ASCII letter or more: the opening this long of a name gives its whole id.
ROMANISED_CHARS = 2 * AUTOMATIC_ID_CHARS


def slugify(text: str, language: str = "") -> str:
    """An ASCII slug for a page name, romanised as article file names are
    (``ingest.paths.romanised_words``): "Kim Tae-yong" -> "kim-tae-yong",
    "서지안" -> "seojian" (a name in Hangul or Hanzi alone had no id but its kind); Japanese with kana
    in romaji ("悪は存在しない" -> "aku-ha-sonzai-shinai", not Chinese pinyin), and kanji alone too when
    ``language`` (the page's that named it, :func:`ingest.paths.page_language`) is Japanese
    ("是枝裕和" -> "koreeda-hirokazu", not "shizhiyuhe"); without it kanji read as Chinese.
    At most AUTOMATIC_ID_CHARS characters, cut after a whole word: the id names the page's file,
    and a name of thirty words made one longer than a file name may be. Only the opening
    ROMANISED_CHARS characters are romanised: the id keeps no more, and a romaniser may take time
    in the square of a run (pykakasi on kanji: 5 000 in 3.7 s, 20 000 in 59 s)."""
    words = romanised_words(text[:ROMANISED_CHARS], language)
    if len(words) <= AUTOMATIC_ID_CHARS:
        return words
    cut = words[: AUTOMATIC_ID_CHARS + 1]
    return (cut.rsplit("-", 1)[0] if "-" in cut else cut[:AUTOMATIC_ID_CHARS]).strip("-")
