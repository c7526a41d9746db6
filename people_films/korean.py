"""People and films in Korean-language text, by the shape Korean film press writes them.

Korean attaches particles to the word ("박지훈 감독은", "김민지가", "이서연의") and
has no capitals, so the English rules of :mod:`people_films.detect` find
nothing in Hangul. The conventions used here, with their reasons:

* a name is a family name of one syllable from :data:`HANGUL_FAMILY_NAMES`
  followed by one or two given-name syllables (four in all only after a
  two-syllable family name: the way the press writes nearly every Korean
  name), and never a common word of that shape (:data:`COMMON_WORDS`);
* a word of that shape is only a name with evidence beside it, because many
  common nouns start with a family-name syllable (이번, 정도, 한국, 김치): a role
  noun right after or before it (:data:`ROLE_NOUNS`: "박지훈 감독", "배우
  김민지"), a romanised spelling beside it ("박지훈(Park Ji-hoon)"), or a
  particle only people take ("에게", "한테": to someone). Once the article
  gives that evidence, the same name with any particle elsewhere in it is the
  person too (:func:`cued_names`);
* a film title is what the press sets in 〈 〉, 《 》, < >, 「 」, 『 』 (found by
  :mod:`people_films.detect`), or in ‘ ’ / ' ' with a film word
  (:data:`FILM_WORDS`) in the same sentence, particles after the closing mark
  left out.

Particles (:data:`PARTICLES`) are stripped from a name, never kept in it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from people_films.word_lists import read_word_list

# The Korean family names of Statistics Korea's 2015 census down to about
# rank 115 (some ten thousand bearers; written from that ranking, not from the
# pages here, and not re-checked against it offline); for a two-syllable name
# (남궁, 황보, 제갈, 선우, 독고, 서문) its first syllable. Cut at rank 82 until
# this round, the list lacked 봉 (about rank 90), and 봉준호 was never found.
# A name shape, as KOREAN_SURNAMES is for romanised names; a word needs more
# evidence than its first syllable to be a name (:func:`_strong`).
HANGUL_FAMILY_NAMES = frozenset(
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 "
    "우 구 민 류 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 "
    "라 예 경 봉 사 부 가 복 태 목 형 피 두 감 음 빈 동 온 호 범 좌 팽 승 간 상 시 갈 독".split()
)
# Role and title nouns the press writes after (or before) a name: director,
# actor, writer, reporter, Mr/Ms, CEO, producer, cinematographer, composer ...
ROLE_NOUNS = (
    "촬영감독", "음악감독", "미술감독", "무술감독", "조감독", "감독", "배우", "작가", "기자", "평론가", "프로듀서",
    "대표", "위원장", "집행위원장", "프로그래머", "편집기사", "교수", "씨", "님", "PD", "피디", "각본가", "성우", "가수",
)
# Particles written onto a noun, longest first so that "에게서" is not read as "에게" + "서".
PARTICLES = (
    "에게서", "한테서", "으로서", "으로", "에게", "한테", "까지", "부터", "처럼", "보다", "이랑", "하고", "와의", "과의",
    "에서", "이며", "이다", "은", "는", "이", "가", "을", "를", "의", "와", "과", "도", "로", "만", "께",
)
# Particles that may stand before another one ("유하늘과는", "에게서도", "으로는"): case
# particles and postpositions. A topic, subject, object or genitive particle (은, 이, 을,
# 의 ...) ends the word: in "김고은이" only "이" is a particle, and the name is "김고은".
# Auxiliary particles stand between them too ("유하늘만의", only Yu Ha-neul's; "에게만은": 에게 + 만 + 은), so a word
# carries up to three (:data:`MAX_PARTICLES`).
INNER_PARTICLES = (
    "에게서", "한테서", "으로서", "으로", "에게", "한테", "까지", "부터", "처럼", "보다", "이랑", "하고", "에서", "마저", "조차",
    "와", "과", "로", "께", "만",
)
MAX_PARTICLES = 3
# Inner particles that are also a common last syllable of given names (김영만, 이석만): one is taken
# for a particle only when a three-syllable name remains ("유하늘만의"), so "김영만의" is 김영만's.
NAME_SYLLABLE_PARTICLES = ("만",)
# Particles that only follow a person (or an animal): "to someone".
PERSON_PARTICLES = ("에게서", "한테서", "에게", "한테")
# Common nouns for people that begin with a family name's syllable and so have a name's
# shape ("어머니에게" is "to mother"): kin, sex and age words, and the story's "protagonist".
# A closed set of the language's words, not names from pages.
PERSON_NOUNS = frozenset(
    "어머니 어머님 남편 남자 남동생 여자 여동생 오빠 이모 이모부 고모 고모부 조카 손자 손녀 소녀 소년 선배 선생 선생님 "
    "신부 신랑 주인공 주민 이웃 장남 장녀 차남 차녀 원장 노인 노모 하녀 하인 유가족 임산부 사람 사람들".split()
)
# The family names of two syllables (the census's 남궁, 황보, 제갈, 선우, 독고, 사공, 서문): only these start a
# name of four syllables, since a Korean name is a family name and one or two syllables more.
TWO_SYLLABLE_FAMILY_NAMES = frozenset("남궁 황보 제갈 선우 독고 사공 서문".split())
# Two-syllable family names whose first syllable alone is a family name borne by far more people (Statistics
# Korea's 2015 census, rounded and not re-checked offline: 황 about 700 000 against 황보 about 11 000; 서 about
# 750 000 against 서문 about 2 000; more than twenty to one), and whose second syllable opens common given names
# (보라, 보영, 문희): a three-syllable name opening with one is read as the one-syllable family name and a given
# name of two syllables, as nearly every Korean name is ("황보라" is Hwang Bo-ra, the actress, not Hwangbo Ra).
# The others (남궁 against 남 about 14 to one, 선우, 제갈, 사공; 독 is no family name) stay whole: "남궁민" is
# Namgung Min, 궁민 being no usual given name.
SPLIT_FIRST_FAMILY_NAMES = frozenset("황보 서문".split())


# Common words of a name's shape, among the commonest of a Korean dictionary (data, see
# bench/korean_common_words.py): "모두에게" (to everyone), "인물에게서" (from the character) name no one.
COMMON_WORDS = read_word_list("korean_common_words.txt")
# Words that say a quoted phrase in the sentence is a film or series.
FILM_WORDS = ("영화", "작품", "개봉", "상영", "신작", "데뷔작", "장편", "단편", "드라마", "시리즈", "다큐멘터리", "출연", "연출", "주연", "감독")
# Words of a name's shape that are never a name: role nouns, common nouns for people, film words. A common
# word (COMMON_WORDS) is a name only beside a role noun ("배우 공유가": the actor Gong Yoo, whose name means "share").
_NEVER_NAMES = frozenset(ROLE_NOUNS) | PERSON_NOUNS | frozenset(FILM_WORDS)

HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
_ROMANISED_BESIDE = re.compile(r"\s?[(（]\s*[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){1,2}\s*[)）]")
# A role noun, an honorific on it ("감독님"), then nothing but particles, stacked as on a name ("감독님과의",
# "씨에게도"): checked by _role_after.
_ROLE_AFTER = re.compile(r"\s?(?:" + "|".join(ROLE_NOUNS) + r")(?:님)?(?P<particle>[\uac00-\ud7a3]*)")
_ROLE_BEFORE = re.compile(r"(?<![\uac00-\ud7a3])(?:" + "|".join(r for r in ROLE_NOUNS if r not in ("씨", "님")) + r")\s$")
# A title in single quotes holding Hangul, particles after it allowed.
_SINGLE_QUOTED = re.compile(r"(?<![\w])[‘']([^‘’'\n]{1,40}?)[’']")
_WORD_BEFORE = re.compile(r"([\uac00-\ud7a3]+)\s$")
# Korean determiners (관형사) that stand before a common noun and never before a name: each, all, several, that,
# which, what kind of, every. Not 이 ("this"), the commonest family name too.
_DETERMINER_BEFORE = re.compile(r"(?<![\uac00-\ud7a3])(?:각|모든|여러|그|저|이런|그런|저런|어느|무슨|어떤|온갖|매)\s$")
_NAME_AFTER_ROLE = re.compile(r"\s[\uac00-\ud7a3]{2,}")
# The cast conventions of Korean reviews, which name an actor by the part: "어머니 역의 X" (in the role of), "역을 맡은 X"
# (who took the role), "연기한 X" / "분한 X" (who played), right before the name.
_PART_BEFORE = re.compile(r"(?<![\uac00-\ud7a3])(?:역의|역을 맡은|연기한|분한)\s$")
# ... and "배역(배우)": a character's name, then the actor's alone in brackets ("동화(하성국)는"), on a cast list's line
# (two such pairs or more) or after the word for a part ("민호 역(서태윤)"): Korean brackets clarify any word
# ("소속사(안테나)", the agency; "영화제(부산)"), so one pair alone is no cast.
_CHARACTER_BEFORE = re.compile(r"[\uac00-\ud7a3][(（]$")
_CAST_PAIR = re.compile(r"[\uac00-\ud7a3][(（][\uac00-\ud7a3]{2,4}[)）]")
_PART_WORD_BEFORE = re.compile(r"(?<![\uac00-\ud7a3])(?:역|役)[(（]$")
_MIN_CAST_PAIRS = 2
_SENTENCE_END = re.compile(r"[.!?。]\s|\n")
_BRACKETS = frozenset("()（）")
LOOK_CHARS = 60


def has_hangul(text: str) -> bool:
    return bool(HANGUL.search(text))


def _without_particles(word: str, keep: int) -> str:
    """``word`` without up to :data:`MAX_PARTICLES` particles written onto it, the inner ones case particles,
    postpositions or auxiliaries (:data:`INNER_PARTICLES`: "과" + "는", "에게" + "만" + "은"; never "은" + "이"),
    keeping ``keep`` characters."""
    for particles in (PARTICLES, *[INNER_PARTICLES] * (MAX_PARTICLES - 1)):
        particle = next(
            (p for p in particles if word.endswith(p) and len(word) - len(p) >= (max(keep, 3) if keep and p in NAME_SYLLABLE_PARTICLES else keep)),
            None,
        )
        if particle is None:
            break
        word = word[: -len(particle)]
    return word


def stem(word: str) -> str:
    """``word`` without the particles written onto it ("박지훈은" -> "박지훈", "유하늘과는" -> "유하늘");
    a stem keeps two syllables."""
    return _without_particles(word, keep=2)


def _particles_only(rest: str) -> bool:
    """Whether ``rest`` is nothing or at most two particles ("", "는", "에게는")."""
    return not _without_particles(rest, keep=0)


def _name_shaped(word: str) -> bool:
    """Family-name syllable + one or two syllables (four in all after a two-syllable family name: "남궁민수");
    a role noun ("배우", "작가"), a common noun for people ("어머니", :data:`PERSON_NOUNS`) or a film word
    ("신작", new work) is never a name; a common word of the language (:data:`COMMON_WORDS`: "모두", "인물")
    only beside a role noun (:func:`_names`)."""
    if not (2 <= len(word) <= 3 or (len(word) == 4 and word[:2] in TWO_SYLLABLE_FAMILY_NAMES)) or word[0] not in HANGUL_FAMILY_NAMES:
        return False
    return word not in _NEVER_NAMES and _split_honorific(word) not in _NEVER_NAMES


def name_shaped(word: str) -> bool:
    """Whether ``word``, as it stands, has a Korean name's shape (:func:`_name_shaped`) and is no common word:
    "김소미", not "씨네21" nor "모두"."""
    return _name_shaped(word) and word not in COMMON_WORDS


def _split_honorific(word: str) -> str:
    """``word`` without an honorific and the particles after it ("감독님은" -> "감독")."""
    for role in ("씨", "님"):
        at = word.find(role, 2)
        if 2 <= at <= 4 and _particles_only(word[at + 1 :]):
            return word[:at]
    return word


def _split(word: str) -> tuple[str, str]:
    """(name, what follows it in the word): "박지훈은" -> ("박지훈", "은"), "김민지씨" -> ("김민지", "씨")."""
    name = _split_honorific(word)
    if name == word:
        name = stem(word)
    return name, word[len(name) :]


def _role_after(text: str, pos: int) -> re.Match | None:
    """The role noun right after ``pos`` ("박지훈 감독은", "감독님과의"), with only particles written onto it, or None
    ("감독상": the prize for direction, no role noun)."""
    role = _ROLE_AFTER.match(text, pos)
    return role if role and _particles_only(role.group("particle")) else None


def _strong(text: str, match: re.Match, name: str, rest: str) -> bool:
    """A person's particle or honorific on the word, a romanised spelling or a role noun after it."""
    if rest.startswith(("씨", "님")) or rest.startswith(PERSON_PARTICLES):
        return True
    if rest:
        return False
    if _ROMANISED_BESIDE.match(text, match.start() + len(name)):
        return True
    after = text[match.end() : match.end() + LOOK_CHARS]
    role = _role_after(after, 0)
    # "한국 배우 김민지": a bare role noun with a name after it belongs to that name; "봉준호 감독 신작":
    # a word after it that is no name (a film word here) leaves it to the name before.
    following = role and _NAME_AFTER_ROLE.match(after, role.end())
    return bool(role and (role.group("particle") or not (following and _name_shaped(_split(following.group().strip())[0]))))


def _cast_before(text: str, match: re.Match) -> bool:
    """A part before the word, as reviews name a cast (:data:`_PART_BEFORE`), or a character's name and an opening
    bracket with the word alone inside it, of three syllables or four, on a cast list's line or after 역 (:data:`_CAST_PAIR`)."""
    start = match.start()
    if _PART_BEFORE.search(text, max(0, start - 8), start):
        return True
    if not (_CHARACTER_BEFORE.search(text, max(0, start - 2), start) and text[match.end() : match.end() + 1] in (")", "）")):
        return False
    if len(match.group()) < 3:  # a family name and a given name of two syllables, as nearly every Korean name
        return False
    line = text[text.rfind("\n", 0, start) + 1 : (text.find("\n", start) + 1 or len(text) + 1) - 1]
    return bool(_PART_WORD_BEFORE.search(text, max(0, start - 3), start)) or len(_CAST_PAIR.findall(line)) >= _MIN_CAST_PAIRS


def _role_before(text: str, match: re.Match, owns: Callable[[str], bool]) -> bool:
    """A role noun right before the word ("배우 김민지"), unless it belongs to a name before it that ``owns`` it
    ("박지훈 감독 신작")."""
    window = text[max(0, match.start() - LOOK_CHARS) : match.start()]
    before = _ROLE_BEFORE.search(window)
    if not before:
        return False
    owner = _WORD_BEFORE.search(window, 0, before.start())
    return not (owner and owns(_split(owner.group(1))[0]))


def _names(text: str, known: frozenset[str]) -> list[tuple[re.Match, str, str]]:
    """(word, name, rest) of each name-shaped word that is a person (see the module's docstring)."""
    # A name may end in a particle's syllable ("최다은 기자"): whole, it wins when a role or romanisation follows it,
    # or a bracket: Korean writes the particle after the brackets ("류메이(刘梅)를", "영옥(문소리)은").
    shaped = [(m, m.group(), "") if _name_shaped(m.group()) and (text[m.end() : m.end() + 1] in _BRACKETS or _strong(text, m, m.group(), ""))
              else (m, *_split(m.group()))
              for m in _HANGUL_WORD.finditer(text)]
    shaped = [(m, name, rest) for m, name, rest in shaped if _name_shaped(name)]
    # A common word needs a role noun beside it; a particle or a romanisation is no evidence for it ("모두에게").
    shaped = [(m, name, rest) for m, name, rest in shaped if name not in COMMON_WORDS or name in known or _beside_a_role(text, m, rest)]
    # A determiner makes the word a common noun, whatever its particle says ("각 기여자에게": to each contributor),
    # unless a role noun says otherwise ("그 김민지 배우").
    shaped = [
        (m, name, rest)
        for m, name, rest in shaped
        if name in known or not _DETERMINER_BEFORE.search(text, max(0, m.start() - 4), m.start()) or _beside_a_role(text, m, rest)
    ]
    strong = (
        known
        | {name for m, name, rest in shaped if _strong(text, m, name, rest) or _cast_before(text, m)}
        | _repeated_with_a_particle(text, shaped)
    )
    return [(m, name, rest) for m, name, rest in shaped if name in strong or _role_before(text, m, strong.__contains__)]


# Particles of the subject and the topic: any noun takes them, so one on a word of a name's shape is no evidence,
# nor is the same word written again ("배급사는 ... 배급사의", the distributor). The reflexive 자신 ("self", "one's
# own") later in the same sentence is: Korean says it of people, of a firm 자사 or 자체 ("류화영은 ... 자신의 입장을").
_SUBJECT_PARTICLES = ("은", "는", "이", "가")
_REFLEXIVE = re.compile(r"(?<![\uac00-\ud7a3])자신(?:[의이을은도과와만]|에게|[^\uac00-\ud7a3])")
# The plural suffix 들 and the light verbs 하, 되 ("사진들은", photos; "사랑하는", loving; "공개되는"): a noun and
# grammar, not a given name's last syllable, though a particle or an ending follows as it follows a name.
_GRAMMAR_SUFFIXES = ("들", "하", "되")
_MIN_REPEATS = 2


def _repeated_with_a_particle(text: str, shaped: list[tuple[re.Match, str, str]]) -> set[str]:
    """Names of three syllables (family name and a given name of two, the commonest shape) among ``shaped`` (the
    name-shaped words of ``text``), written at least :data:`_MIN_REPEATS` times, once at least as the subject or
    topic (:data:`_SUBJECT_PARTICLES`) of a sentence that goes on to say 자신 of it (:data:`_REFLEXIVE`): "류화영은
    ... 자신의 입장을 ... 류화영의"; no word of the language (:data:`COMMON_WORDS`), none ending in
    :data:`_GRAMMAR_SUFFIXES`."""
    counts = Counter(name for _m, name, _rest in shaped if len(name) == 3)
    reflexive = {name for m, name, rest in shaped if rest in _SUBJECT_PARTICLES and _REFLEXIVE.search(_sentence_after(text, m.end()))}
    return {
        name for name, count in counts.items()
        if count >= _MIN_REPEATS and name in reflexive and name not in COMMON_WORDS and not name.endswith(_GRAMMAR_SUFFIXES)
    }


def _sentence_after(text: str, pos: int) -> str:
    """The rest of the sentence from ``pos``, at most :data:`LOOK_CHARS` characters."""
    window = text[pos : pos + LOOK_CHARS]
    end = _SENTENCE_END.search(window)
    return window[: end.start()] if end else window


def _beside_a_role(text: str, match: re.Match, rest: str) -> bool:
    """A role noun right before the word ("배우 공유가"), not one a name before it owns ("이도현 감독 진짜 천재":
    the director Lee Do-hyun, then "really"), or right after it ("공유 배우")."""
    return _role_before(text, match, _owns_a_role) or (not rest and _role_after(text, match.end()) is not None)


def _owns_a_role(word: str) -> bool:
    """A full name of three syllables or more owns the role noun after it ("이도현 감독"); two-syllable words of a
    name's shape are as often a place or a kind ("한국 배우 공유": the Korean actor Gong Yoo; 홍콩, 신예)."""
    return len(word) >= 3 and name_shaped(word)


def _syllables(initials: str, vowels: str) -> set[str]:
    """The Hangul syllables of ``initials`` (Hangul compatibility jamo) times ``vowels``, with no final."""
    leads, medials = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ", "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
    return {chr(0xAC00 + (leads.index(i) * 21 + medials.index(v)) * 28) for i in initials for v in vowels}


# The syllables Korean writes Japanese with (the National Institute of Korean Language's table for Japanese,
# 외래어 표기법, with the common 츠 beside 쓰): each kana's syllable, the kana's "y" rows, and ん and っ as the
# finals ㄴ and ㅅ ("겐", "핫토리"). Korean names mostly hold syllables outside it (ㅓ, ㅐ, ㅕ, finals ㅇ ㄹ ㅁ ㄱ).
_KANA_SYLLABLES = frozenset(
    _syllables("ㅇㄱㅋㄴㅎㅁㄹㅂㅍ", "ㅏㅣㅜㅔㅗ") | _syllables("ㅅㅈㄷㅌ", "ㅏㅔㅗ") | _syllables("ㅅㅈ", "ㅣ") | _syllables("ㅈㅊ", "ㅣ")
    | _syllables("ㅇㄱㅋㄴㅎㅁㄹㅂㅍㅅㅈㅊ", "ㅑㅠㅛ") | _syllables("ㅅㅈ", "ㅡ") | {"쓰", "츠", "와", "추", "차", "초", "주", "조", "자"}
)
_KANA_SYLLABLES = _KANA_SYLLABLES | {chr(ord(s) + final) for s in _KANA_SYLLABLES for final in (4, 19)}  # + ㄴ, + ㅅ


def in_kana_syllables(word: str) -> bool:
    """Whether every syllable of ``word`` is one Korean writes Japanese with (:data:`_KANA_SYLLABLES`): "야마다", "하루카"."""
    return bool(word) and all(s in _KANA_SYLLABLES for s in word)


# A Japanese name in Hangul, family name first and a space between, as Korean writes foreign names (one word
# each part; a Korean name is one word): "야마다 하루카", then a particle or role noun on its second word.


def japanese_names(text: str, known: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """(start, end, name) of each Japanese name Korean text writes in Hangul ("야마다 하루카 감독은", "배우 다나카
    유키가"): two words of :data:`_KANA_SYLLABLES`, with a role noun before or after them or a person's
    particle or honorific on the second, as :func:`people` asks of a Korean name, or ``known`` to the article."""
    found: list[tuple[int, int, str]] = []
    words = list(_HANGUL_WORD.finditer(text))
    for first, second in zip(words, words[1:]):
        family, (given, rest) = first.group(), _split(second.group())
        if second.start() != first.end() + 1 or text[first.end()] != " " or (found and first.start() < found[-1][1]):
            continue
        if not (2 <= len(family) <= 4 and in_kana_syllables(family) and in_kana_syllables(given)) or {family, given} & (_NEVER_NAMES | COMMON_WORDS):
            continue
        end = second.start() + len(given)
        window = text[max(0, first.start() - LOOK_CHARS) : first.start()]
        role_after = not rest and _role_after(text, end)
        if f"{family} {given}" in known or rest.startswith(("씨", "님")) or rest.startswith(PERSON_PARTICLES) or role_after or _ROLE_BEFORE.search(window):
            found.append((first.start(), end, f"{family} {given}"))
    return found


def cued_names(text: str) -> frozenset[str]:
    """Hangul names the article gives evidence for somewhere (role noun, romanised spelling, a person's particle);
    of a Japanese name ("야마다 하루카"), the whole name and never its given name alone."""
    japanese = japanese_names(text)
    given = {name.split(" ", 1)[1] for _start, _end, name in japanese}
    return frozenset(name for _m, name, _rest in _names(text, frozenset()) if name not in given) | {name for _s, _e, name in japanese}


def given_name_alone(text: str, start: int, name: str) -> bool:
    """Whether the name at ``start`` has two syllables and no role noun or romanised spelling beside it (found by
    an honorific, "선균씨", a particle, or the article's other mentions): how colleagues call each other by the
    given name and 씨. Korean names of two syllables in all (family name and one syllable) are rare, so such a
    word is a given name as often as not."""
    end = start + len(name)
    window = text[max(0, start - LOOK_CHARS) : start]
    role = _role_after(text, end)
    role_after = role and not role.group().lstrip().startswith(("씨", "님"))  # an honorific, no role
    return len(name) == 2 and not (_ROLE_BEFORE.search(window) or role_after or _ROMANISED_BESIDE.match(text, end))


def people(text: str, known: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of each Hangul name in ``text``: evidenced here or in ``known`` (the article's :func:`cued_names`).

    A romanised spelling in parentheses right after the name is part of it:
    "박지훈(Park Ji-hoon)" is ("Park Ji-hoon 박지훈"), one entity with the romanised name's key.
    """
    found = japanese_names(text, known)
    for match, name, rest in _names(text, known):
        end = match.start() + len(name)
        if any(start <= match.start() < stop for start, stop, _ in found):
            continue  # the given name of a Japanese name ("하루카" of "야마다 하루카"), whose family name no list holds
        if given_name_alone(text, match.start(), name) and any(len(full) == 3 and full[1:] == name and full[0] in HANGUL_FAMILY_NAMES for full in known):
            continue  # "이선균 ... 선균씨": the given name a colleague calls the person the article names in full
        romanised = None if rest else _ROMANISED_BESIDE.match(text, end)
        if romanised:
            found.append((match.start(), romanised.end(), f"{romanised.group().strip(' ()（）')} {name}"))
        else:
            found.append((match.start(), end, name))
    return found


def quoted_films(text: str) -> list[tuple[int, int, str]]:
    """(start, end, title) of Hangul titles in single quotes with a film word in the same sentence."""
    found = []
    for match in _SINGLE_QUOTED.finditer(text):
        title = match.group(1).strip()
        if not HANGUL.search(title) or title.endswith(("다", "요", ".", "?", "!", ",")) or len(title.split()) > 6:
            continue  # a quoted sentence, not a title
        before = text[max(0, match.start() - LOOK_CHARS) : match.start()]
        after = text[match.end() : match.end() + LOOK_CHARS]
        before = _SENTENCE_END.split(before)[-1]
        after = _SENTENCE_END.split(after)[0]
        if any(word in before or word in after for word in FILM_WORDS):
            start = match.start(1) + match.group(1).index(title[0])
            found.append((start, start + len(title), title))
    return found


# The Revised Romanisation of Korean (Ministry of Culture and Tourism, 2000), letter by letter: the initial consonants,
# the vowels and the final consonants in the order of Unicode's Hangul syllables (U+AC00 + (initial * 21 + vowel) * 28 +
# final). A syllable alone: an initial ㄹ is r, a final one l; a final ㄱ, ㄷ, ㅂ is k, t, p (so are ㅋ, ㅅ, ㅆ, ㅈ, ㅊ,
# ㅌ, ㅎ, ㅍ and the double finals, as pronounced at a syllable's end: article 1, part 2 and 3 of the rules).
# Libraries were weighed (round 15): hangul-romanize (0.1.0, 2020) transliterates letter by letter (욱 "ug", 라
# "la": other ids), korean-romanizer (GPLv3) applies sound changes across syllables (찬욱 "chanuk"), which the
# rules leave out of given names; anyascii, already used for slugs, writes the letters, not the sounds ("ug").
_RR_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_RR_VOWELS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_RR_FINALS = "- k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()
_SILENT_INITIAL, _VOWEL_U = 11, 13  # indices of ㅇ among the initials and ㅜ among the vowels


def revised_romanisation(syllable: str) -> str:
    """One Hangul syllable in the Revised Romanisation, alone (no sound change from its neighbours, as the rules
    allow for a given name's syllables): "욱" -> "uk", "렬" -> "ryeol", "말" -> "mal"."""
    code = ord(syllable) - 0xAC00
    initial, vowel, final = code // 588, code % 588 // 28, code % 28
    return "".join(part for part in (_RR_INITIALS[initial], _RR_VOWELS[vowel], _RR_FINALS[final]) if part != "-")


def spoken_romanisation(syllable: str) -> str:
    """:func:`revised_romanisation`, as names spell it where they differ: a silent initial then the vowel ㅜ (우, 욱,
    운, 웅) is "u" by the rules, "w" + the vowel in nearly every name (Choi Woo-shik, Park Chan-wook, Kim Jee-woon):
    for comparing spellings, not for ids."""
    code = ord(syllable) - 0xAC00
    romanised = revised_romanisation(syllable)
    return "w" + romanised if code // 588 == _SILENT_INITIAL and code % 588 // 28 == _VOWEL_U else romanised


# How Korean family names are spelled in the Latin alphabet where the spelling is no Revised Romanisation of the
# syllable and no trade of consonants the press makes (Lee for 이, Park for 박, Choi for 최): the spellings most
# bearers use, as the National Institute of Korean Language's surveys of family-name spellings report them. The
# first is an id's. A closed set: the family names, not names of pages.
FAMILY_SPELLINGS = {
    "이": ("lee", "yi", "rhee", "i"), "박": ("park", "pak", "bak"), "최": ("choi", "choe"), "오": ("oh", "o"),
    "안": ("ahn", "an"), "노": ("noh", "roh", "no"), "서": ("suh", "seo"), "허": ("huh", "heo", "hur"),
    "임": ("lim", "im", "rim"), "유": ("yoo", "yu"), "류": ("ryu", "yoo", "yu"), "손": ("sohn", "son"),
    "우": ("woo", "u"), "여": ("yeo", "yuh"), "나": ("na", "ra"), "라": ("ra", "la"), "신": ("shin", "sin"),
}  # fmt: skip


def is_hangul_name(name: str) -> bool:
    """Whether ``name`` is a Korean name in Hangul alone: a family name of :data:`HANGUL_FAMILY_NAMES` then one to
    three syllables, spaces ignored ("봉준호", "남궁 민")."""
    written = name.replace(" ", "")
    return 2 <= len(written) <= 4 and written[0] in HANGUL_FAMILY_NAMES and all(HANGUL.fullmatch(s) for s in written)


def family_splits(name: str) -> list[tuple[str, str]]:
    """(family name, given name) in Hangul for each way a Korean name in Hangul alone (:func:`is_hangul_name`) may
    split, the likelier first: "봉준호" -> [("봉", "준호")], "남궁민" -> [("남궁", "민"), ("남", "궁민")], "황보라" ->
    [("황", "보라"), ("황보", "라")] (:data:`SPLIT_FIRST_FAMILY_NAMES`), "남궁민수" -> [("남궁", "민수")]; [] for
    any other name."""
    if not is_hangul_name(name):
        return []
    written = name.replace(" ", "")
    one = (written[:1], written[1:])
    if written[:2] not in TWO_SYLLABLE_FAMILY_NAMES or len(written) == 2:
        return [one]
    whole = (written[:2], written[2:])
    if len(written) == 4:
        return [whole]
    return [one, whole] if written[:2] in SPLIT_FIRST_FAMILY_NAMES else [whole, one]


def family_romanised(family: str) -> str:
    """A Korean family name in Hangul as an id writes it: :data:`FAMILY_SPELLINGS`' first, else its Revised
    Romanisation with the K that Kim, Kang, Ko and Kwon write for its G; two syllables as one word ("namgung")."""
    if len(family) > 1:
        return "".join(revised_romanisation(s) for s in family)
    spelling = FAMILY_SPELLINGS.get(family, (revised_romanisation(family),))[0]
    return "k" + spelling[1:] if spelling.startswith("g") else spelling


def name_id(name: str, family: str = "") -> str:
    """The id of a Korean name in Hangul alone, in the registry's style: the family name
    (:func:`family_romanised`), then each given-name syllable in the Revised Romanisation, alone
    (:func:`revised_romanisation`), hyphenated: "김지현" -> "kim-ji-hyeon", "최유진" -> "choi-yu-jin", "박찬욱" ->
    "park-chan-uk", "남궁민" -> "namgung-min", "황보라" -> "hwang-bo-ra". The family name is the likelier split
    (:func:`family_splits`) unless ``family`` (in Hangul) names another the name may have, as a romanised
    spelling of it elsewhere in the archive does ("Hwangbo Ra"); "" for any other name."""
    splits = family_splits(name)
    if not splits:
        return ""
    family_name, given = next((split for split in splits if split[0] == family), splits[0])
    return "-".join([family_romanised(family_name), *(revised_romanisation(syllable) for syllable in given)])
