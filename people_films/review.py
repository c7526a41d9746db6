"""People and films found in the text: archive-wide entities, spellings, rejections.

Every person and film the ingest detects gets what a registered one gets (a
page, index entries, links, "Mentioned in") until a curator reviews it:

* :func:`gather` groups what every page detected by the registry's keys, so a
  name found with a cue in one article is one entity everywhere;
* :func:`near_spelling` ties a near-romanisation ("Lee Han-sl") to a known
  person with the same family name, one syllable apart, when exactly one fits;
* :func:`detected_registry` turns the rest into :class:`Entity` objects marked
  ``detected`` and returns the registry with them added, which the ingest then
  matches in every page (the second pass of ``ingest_corpus``);
* names in ``registry/rejected.toml`` are never proposed, paged or linked.

The review itself (accept, merge, reject) is :mod:`people_films.proposals`.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import opencc
from anyascii import anyascii
from rapidfuzz.distance import Levenshtein

from ingest import tomltext
from ingest.escape import without_ignorables
from ingest.paths import page_language, romanised_words
from people_films import confidence, evidence, korean
from people_films.detect import chinese_names
from people_films.links import ID, RESERVED_IDS
from people_films.names import GIVEN_NAMES, family_name, is_native_script, film_key, fold, is_chinese_given_name, is_chinese_surname, is_korean_given_name, is_korean_surname, mixes_look_alike_scripts, name_tokens, person_key, slugify, split_native, strip_titles
from people_films.registry import FORBIDDEN_IN_NAMES, Entity, Registry

REJECTED_FILE = "rejected.toml"
# Written by the ingest beside the articles, read by the Sphinx extension.
DETECTED_FILE = "_detected.json"
# A romanisation the folds miss differs by one syllable's letters ("Han-sl",
# "Hansl" for Han-seul: two letters). Three would join distinct names
# ("Ji-woo"/"Ji-hoon").
MAX_GIVEN_NAME_EDITS = 2
MIN_GIVEN_NAME_LETTERS = 4
# A whole name one letter from a registered one is proposed as a merge from this many letters on.
MIN_MISSPELT_LETTERS = 10


@dataclass
class Found:
    """One unregistered name across the archive."""

    kind: str  # "person" or "film"
    spellings: Counter = field(default_factory=Counter)  # as written -> occurrences
    where: list[tuple[str, str]] = field(default_factory=list)  # (page, sentence), each once
    evidence: Counter = field(default_factory=Counter)  # what found it (people_films.evidence) -> occurrences
    seen: set[tuple[str, str]] = field(default_factory=set, repr=False)
    languages: Counter = field(default_factory=Counter)  # the language of each page that named it (BCP 47, "" unknown) -> pages
    alias_of: str = ""  # the name an alias follows ("X (a.k.a. Y)": X), which stays the name (:func:`join_aliases`)

    @property
    def language(self) -> str:
        """The language of the pages that named it most often ("" when none stated one): its id is romanised by it."""
        return self.languages.most_common(1)[0][0] if self.languages else ""

    @property
    def name(self) -> str:
        """For a person, the spelling in the registry's style for a Korean name ("Hong Sang-soo", not "Hong Sangsoo"),
        else the one written most often, else the first in alphabetical order: not the first the archive happened to
        read. Titles dropped; a family name in festival capitals ("LIU Mei", "Aditi RAO") and a name all in capitals
        ("JULIEN LAMBERT") in ordinary case. For a film, the title written most often (the first such on a tie)."""
        if self.kind != "person":
            return min(self.spellings, key=lambda s: (mixes_look_alike_scripts(s), -self.spellings[s], list(self.spellings).index(s)))
        return self._as_named(self.alias_of or self.spelling_named)

    @property
    def spelling_named(self) -> str:
        """The spelling :attr:`name` is made from, as written (a person's)."""
        return min(self.spellings, key=lambda s: (mixes_look_alike_scripts(s), not _korean_convention(s), -self.spellings[s], s))

    @property
    def most_written_spelling(self) -> str:
        """The spelling written most often, the first read on a tie, titles dropped and case mended as :attr:`name`'s
        (which prefers the registry's style for a Korean name): what a person's id was made from before that
        preference, so :func:`detected_registry` redirects its id to the page's."""
        return self._as_named(self.spellings.most_common(1)[0][0])

    def _as_named(self, written: str) -> str:
        if not any(c.isupper() or c.islower() for c in written):
            # Hangul, Hanzi, kana: no case to mend, no Latin title to drop, and the marks
            # between a katakana name's parts ("ソン・ガンホ") are part of its spelling.
            return written.strip()
        tokens = strip_titles(name_tokens(written))
        if all(token.isupper() for token in tokens) and len(tokens) > 1:  # "JULIEN LAMBERT", a photo credit
            return " ".join("-".join(_ordinary_case(part) for part in token.split("-")) for token in tokens)
        return _with_initials_stops(" ".join(_ordinary_case(token) if _festival_capitals(token, tokens) else token for token in tokens), written)

    @property
    def confidence(self) -> float:
        """0..1: how sure the queue is that it is a person or film (:mod:`people_films.confidence`: the best rule's
        precision on labelled pages, with what the archive says of the name)."""
        return confidence.confidence(self.kind, self.evidence, self.where, list(self.spellings))

    @property
    def pages(self) -> int:
        return len({page for page, _ in self.where})


# Initials as a name writes them: one ("J. Lee", "Samuel L. Jackson"), or several together ("T.K. Morrow").
_INITIALS_WRITTEN = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.)+(?![^\W\d_])")


def _with_initials_stops(name: str, written: str) -> str:
    """``name`` (words without punctuation, :func:`name_tokens`) with the full stops of the initials ``written``
    gives: "J Lee" -> "J. Lee", "T K Morrow" -> "T.K. Morrow" (the byline's spelling, not a new one)."""
    for initials in _INITIALS_WRITTEN.findall(written):
        bare = " ".join(initials.rstrip(".").split("."))
        name = re.sub(rf"(?<!\S){re.escape(bare)}(?!\S)", initials, name, count=1)
    return name


def _initials_apart(name: str) -> str:
    """``name`` with its initials as words without stops ("T.K. Morrow" -> "T K Morrow"): the id a name with
    initials had before it kept their stops ("t-k-morrow"), and keeps."""
    return _INITIALS_WRITTEN.sub(lambda initials: " ".join(initials.group().rstrip(".").split(".")), name)


def _korean_convention(spelling: str) -> bool:
    """Whether a romanised name is written as the registry and the Korean press write Korean names: the family
    name, then the given name's syllables hyphenated ("Hong Sang-soo", not "Hong Sangsoo" or "Sang-soo Hong")."""
    tokens = name_tokens(spelling)
    return len(tokens) == 2 and is_korean_surname(tokens[0]) and "-" in tokens[1] and is_korean_given_name(tokens[1])


def _festival_capitals(token: str, tokens: list[str]) -> bool:
    """A family name in capitals beside given names that are not ("PARK Seo-yeon", "Wai-lun CHAN"),
    as festival catalogues write them. Two capitals are initials ("JJ Abrams") unless they are a
    Korean or Chinese family name ("OH Seung-ah")."""
    return (
        token.isupper()
        and token.isalpha()
        and (len(token) > 2 or is_korean_surname(token) or is_chinese_surname(token))
        and any(not other.isupper() for other in tokens)
    )


def _ordinary_case(token: str) -> str:
    return token[0] + token[1:].lower()


def key_of(kind: str, name: str) -> tuple[str, ...]:
    return person_key(name) if kind == "person" else film_key(name)


def name_key(kind: str, written: str) -> tuple[str, ...]:
    """The key a name found in the text is gathered, paged and rejected by: its romanised part's
    (:func:`people_films.names.split_native`: "Seo Ji-an 서지안" is Seo Ji-an's), invisible characters dropped."""
    return key_of(kind, split_native(without_ignorables(written))[0])


def is_rejected(rejected: set | frozenset, kind: str, written: str) -> bool:
    """Whether a name found in the text is one ``rejected.toml`` holds (:func:`load_rejected`): then it is never
    proposed, paged or linked. The one test of it, for the build (:func:`detected_registry`) and ``inspect`` alike."""
    return (kind, name_key(kind, written)) in rejected


def gather(per_page: Iterable[tuple[str, Iterable[Sequence[str]]]]) -> dict[tuple[str, tuple[str, ...]], Found]:
    """``per_page``: (page, [(kind, written, sentence, evidence), ...], language) -> {(kind, key): Found}.

    The evidence (:mod:`people_films.evidence`) may be left out: (kind, written, sentence); so may the page's
    language (:func:`ingest.paths.page_language`: what a name in kanji alone is read in for its id)."""
    found: dict[tuple[str, tuple[str, ...]], Found] = {}
    # Each page's language counts once for a name: a page stating Japanese that repeats a name in kanji
    # would otherwise outvote the pages that name it in Chinese, and move its id for all of them.
    counted: set[tuple[str, tuple[str, ...], str]] = set()
    for page, occurrences, *language in per_page:
        for kind, written, sentence, *found_by in occurrences:
            # "Seo Ji-an 서지안": the romanised name, and the native one as another spelling of it.
            # Written as the reader sees it; a name the registry could not hold ("Love; Death",
            # whose index entry ";" would split) is not paged, nor proposed only to be refused.
            romanised, native = split_native(without_ignorables(written))
            key = name_key(kind, written)
            if not key or FORBIDDEN_IN_NAMES.search(romanised + native):
                continue
            slot = found.setdefault((kind, key), Found(kind))
            slot.spellings[romanised] += 1
            if native:
                slot.spellings[native] += 1
            slot.evidence.update(e for e in found_by if e)
            if (kind, key, page) not in counted:
                counted.add((kind, key, page))
                slot.languages[language[0] if language else ""] += 1
            if (page, sentence) not in slot.seen:
                slot.seen.add((page, sentence))
                slot.where.append((page, sentence))
    # A spelling mixing look-alike alphabets (names.fold reads it as the Latin one it is drawn like) is gathered with
    # the real spelling, its sentences kept, but is no spelling of it: a page's "Other spellings" and the queue would
    # show one drawn as the name. Written so alone, it names no one anybody wrote (names.mixes_look_alike_scripts).
    kept = {}
    for key, info in found.items():
        mixed = [s for s in info.spellings if mixes_look_alike_scripts(s)]
        if len(mixed) < len(info.spellings):
            for spelling in mixed:
                del info.spellings[spelling]
            kept[key] = info
    return kept


def _english_then_chinese(name: str) -> bool:
    """"Anselm Chan Mou-yin", "Tony Leung Chiu-wai": an English given name, a Chinese family name, then the
    hyphenated Chinese given name, as Hong Kong and Taiwan write a name in full (and short, "Anselm Chan")."""
    tokens = strip_titles(name_tokens(name))
    return (
        len(tokens) == 3
        and is_chinese_surname(tokens[1])
        and not is_chinese_surname(tokens[0])
        and "-" in tokens[2]
        and is_chinese_given_name(tokens[2])
    )


def join_full_forms(found: dict[tuple[str, tuple[str, ...]], Found]) -> dict[tuple[str, tuple[str, ...]], Found]:
    """``found`` with each Hong Kong name written in full joined to its short form, when the archive writes
    both ("Anselm Chan Mou-yin" in the text, "Anselm Chan" in the headline): one person, not two. Not when
    two full forms share the short one ("Tony Leung Chiu-wai", "Tony Leung Ka-fai"): the short one is either."""
    full_forms: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for (kind, key), info in found.items():
        full = next((s for s in info.spellings if kind == "person" and _english_then_chinese(s)), None)
        short = person_key(" ".join(strip_titles(name_tokens(full))[:2])) if full else ()
        if short and ("person", short) in found:
            full_forms.setdefault(short, []).append(key)
    joined = dict(found)
    for short, (full, *others) in full_forms.items():
        if others:
            continue
        _join(joined[("person", short)], joined.pop(("person", full)), keep_name=False)
    return joined


# What the press writes between a person's name and another spelling of it: "Kim Ji-woo (known abroad as Jiwoo Kim)",
# "Park Seo-yeon, also known as Sunny Park,", "Lee Han-gyeol (a.k.a. Harry Lee)", and the real name after a stage
# name in Korean (본명), Japanese and Chinese (本名): "한지우(본명 한미경)". The second name is a spelling of the first.
_ALIAS = re.compile(
    r"\s*[(（,]\s*(?:(?:also|better|widely|professionally)\s+)?(?:known\s+(?:(?:abroad|internationally|overseas|professionally)\s+)?as|"
    r"a\.\s?k\.\s?a\.|aka|본명|本名)\s*[:：]?\s*",
    re.IGNORECASE,
)


# A film's other title in brackets right after its title, as writing about films gives the original or the
# international one: "Memory of Water (Mul-ui Gieok)", "Parasite (원제: 기생충)", "The Host (aka Gwoemul)". Only when
# the bracket's title is itself a film found in the text: "Memory of Water (2003)" or "(Park Seo-jin)" is no title.
# Either title may stand in its quotes ("“Memory of Water” (“Mul-ui Gieok”)", 《X》(《Y》)).
_FILM_ALIAS = re.compile(
    r"[”’\"'»」』》〉]?\s*[(（]\s*(?:(?:original(?:ly)?(?:\s+title)?|(?:also\s+)?known\s+as|a\.\s?k\.\s?a\.|aka|원제|原題|原名)\s*[:：]?\s*)?[“‘\"'«「『《〈]?",
    re.IGNORECASE,
)
# A film's other title fills its bracket ("“Mickey 17” (“Okja”, “Parasite” and “Mother” came before)" lists films).
_FILM_ALIAS_ENDS = re.compile(r"[”’\"'»」』》〉]?\s*[)）]")


def join_aliases(found: dict[tuple[str, tuple[str, ...]], Found]) -> dict[tuple[str, tuple[str, ...]], Found]:
    """``found`` with each person a sentence names again under another name (:data:`_ALIAS`: "X (a.k.a. Y)"), and
    each film a sentence gives another title in brackets (:data:`_FILM_ALIAS`: "X (Y)"), joined to the first name:
    one entity with two spellings, the first its name (the second never outnumbers it).

    Only an alias named on no page but the first name's is joined: one page's "Mallory Grimshaw (a.k.a. Kim Ji-woo)"
    would otherwise rename the page every other page links Kim Ji-woo to (docs-notes/safety.md, fourteenth round);
    such an alias keeps its own page, as before aliases were read."""
    joined = dict(found)
    _join_aliases_of("person", _ALIAS, joined)
    _join_aliases_of("film", _FILM_ALIAS, joined, _FILM_ALIAS_ENDS)
    return joined


def _join_aliases_of(
    kind: str, pattern: re.Pattern[str], joined: dict[tuple[str, tuple[str, ...]], Found], ends: re.Pattern[str] | None = None
) -> None:
    """:func:`join_aliases` for the entities of one ``kind``, in place; ``ends``: what must follow the alias
    (:data:`_ALIAS_ENDS` or, when given, this pattern alone)."""
    entities = {key: info for (each, key), info in joined.items() if each == kind}
    by_spelling = {spelling: key for key, info in entities.items() for spelling in info.spellings}
    # Each spelling under its first character, longest first: an alias is looked up among the few that can
    # start where it starts, not among every name of the archive (a page may write thousands of aliases).
    by_first: dict[str, list[str]] = {}
    for spelling in sorted(by_spelling, key=len, reverse=True):
        by_first.setdefault(spelling[:1], []).append(spelling)
    for key, info in entities.items():
        if (kind, key) not in joined:
            continue  # already joined to another
        for _page, sentence in list(info.where):
            for spelling in list(info.spellings):
                for at in _ends_of(sentence, spelling):
                    alias = pattern.match(sentence, at)
                    other = _spelling_at(sentence, alias.end(), by_first, by_spelling, ends) if alias else None
                    if other and other != key and (kind, other) in joined and _pages(joined[kind, other]) <= _pages(info):
                        _join(info, joined.pop((kind, other)))


def _pages(info: Found) -> set[str]:
    return {page for page, _ in info.where}


def _ends_of(sentence: str, spelling: str) -> list[int]:
    return [m.end() for m in re.finditer(re.escape(spelling), sentence)]


def _spelling_at(
    sentence: str, at: int, by_first: dict[str, list[str]], by_spelling: dict[str, tuple[str, ...]], ends: re.Pattern[str] | None = None
) -> tuple[str, ...] | None:
    """The key of the found name written at ``sentence[at:]`` as the whole alias, the longest: a closing bracket, a
    comma, a semicolon, a full stop or the sentence's end follows it (:data:`_ALIAS_ENDS`), never a possessive or
    another word ("Bong Joon-ho, known as Park Chan-wook's rival": two people); None when none is. ``by_first``: the
    spellings of ``by_spelling`` under their first character, longest first; ``ends``: when given, the only thing
    that may follow the alias (a film's closing bracket)."""
    for spelling in by_first.get(sentence[at : at + 1], ()):
        end = at + len(spelling)
        # (Korean writes its particles onto a name: "본명 한미경은", the real name Han Mi-gyeong, then the topic's;
        # but not the genitive 의, Korean's 's.)
        particle = korean.HANGUL.match(sentence, end - 1) and korean.HANGUL.match(sentence, end) and sentence[end] != "의"
        if ends is not None:
            whole = bool(ends.match(sentence, end))
        else:
            whole = bool(particle or _ALIAS_ENDS.match(sentence, end))
        if sentence.startswith(spelling, at) and whole:
            return by_spelling[spelling]
    return None


# What may follow an alias, so that the name is the whole of it: "(a.k.a. Harry Lee)", "also known as Sunny Park,".
_ALIAS_ENDS = re.compile(r"[”’\"'»」』》〉]?\s*(?:[)）\]】,，、;；.。]|$)")


def _join(into: Found, info: Found, keep_name: bool = True) -> None:
    """``info``'s spellings, evidence and sentences added to ``into``'s; ``keep_name``: none of its spellings
    outnumbers ``into``'s name, which stays its name."""
    if keep_name and not into.alias_of:
        into.alias_of = into.spelling_named  # the name it had before the alias joined it
    top = max(into.spellings.values(), default=0)
    for spelling, count in info.spellings.items():
        into.spellings[spelling] = min(into.spellings[spelling] + count, top) if keep_name else into.spellings[spelling] + count
    into.evidence.update(info.evidence)
    into.languages.update(info.languages)
    for where in info.where:
        if where not in into.seen:
            into.seen.add(where)
            into.where.append(where)


def load_rejected(folder: Path) -> set[tuple[str, tuple[str, ...]]]:
    """Keys of ``rejected.toml`` (``[[person]] name = ...``, ``[[film]] title = ...``); none when absent.

    Raises ``ValueError`` naming the file when it is not valid TOML.
    """
    path = folder / REJECTED_FILE
    try:
        data = tomltext.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return set()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ValueError(f"{path}: not valid TOML: {error}") from None
    rejected = set()
    for kind, field_name in (("person", "name"), ("film", "title")):
        for entry in data.get(kind, []):
            if isinstance(entry, dict) and isinstance(entry.get(field_name), str):
                rejected.add((kind, key_of(kind, entry[field_name])))
    return rejected


def _family_and_given(name: str) -> tuple[str, str] | None:
    """("li", "hansl") for "Lee Han-sl" or "Han-sl LEE": folded family name (first when Korean), given names joined."""
    tokens = strip_titles(name_tokens(name))
    if len(tokens) < 2:
        return None
    family, given = (tokens[0], tokens[1:]) if is_korean_surname(tokens[0]) else (tokens[-1], tokens[:-1])
    return fold(family), "".join(fold(t) for t in given)


def _romanised_family(name: str) -> bool:
    """Whether the name's family name is a romanised Korean or Chinese one: the names whose spellings vary by
    romanisation ("Han-sl", "Hansl" for Han-seul); "Canine Dion" is no other spelling of Céline Dion."""
    tokens = strip_titles(name_tokens(name))
    return any(is_korean_surname(t) or is_chinese_surname(t) for t in (tokens[0], tokens[-1])) if tokens else False


# Letters that romanisations of one Korean or Chinese sound trade for each other: a consonant's voiced and
# voiceless spellings (Revised Romanisation "Gang", McCune-Reischauer "Kang"; "Jun"/"Chun"; "Shin"/"Sin";
# "Ryu"/"Lyu"), and the vowels that share a spelling ("eo", "o", "u", "eu", "oo": Seong/Sung, Geun/Gun;
# "ae", "ai", "e"; "ee", "i"). "i" against "u" ("Min-ji"/"Min-ju") or "s" against "d" ("Su-hyun"/"Do-hyun")
# is another name, however few letters apart.
_CONSONANT_SPELLINGS = (("sh", "s"), ("ch", "j"), ("k", "g"), ("t", "d"), ("p", "b"), ("l", "r"))
_VOWEL_SPELLING = re.compile(r"eo|eu|oo|ou|ae|ai|ee|[aeiou]")
_VOWEL_CLASS = {"eo": "u", "eu": "u", "oo": "u", "ou": "u", "o": "u", "u": "u", "ae": "e", "ai": "e", "e": "e", "ee": "i", "i": "i", "a": "a"}


def _sounds(given: str) -> str:
    for written, sound in _CONSONANT_SPELLINGS:
        given = given.replace(written, sound)
    return _VOWEL_SPELLING.sub(lambda vowel: _VOWEL_CLASS[vowel.group()], given)


def same_sounds(given: str, other: str) -> bool:
    """Whether two folded given names can be spellings of one name: the same sounds (see above), or one of them
    with vowels left out, as people write their own names ("Hansl" for Han-seul)."""
    short, long = sorted((_sounds(given), _sounds(other)), key=len)
    if short == long:
        return True
    rest = iter(long)
    return all(letter in rest for letter in short) and re.sub("[aeiu]", "", short) == re.sub("[aeiu]", "", long)


class SpellingIndex:
    """People by folded family name, so that a near spelling is looked for among a handful, not the archive.

    Comparing each detected name with every known person made gathering an
    archive of 1 000 pages (20 000 names) quadratic.
    """

    def __init__(self, people: Iterable[Entity] = ()) -> None:
        self.by_family: dict[str, dict[str, list[str]]] = {}  # family -> person id -> folded given names
        self.families_by_sound: dict[str, set[str]] = {}  # the family names' sounds (:func:`_sounds`) -> families
        self.by_letters: dict[str, set[str]] = {}  # a spelling's letters in either name order (:func:`_name_letters`) -> ids
        self.people: dict[str, Entity] = {}
        for person in people:
            self.add(person)

    def add(self, person: Entity) -> None:
        self.people[person.id] = person
        for spelling in person.names:
            parts = _family_and_given(spelling)
            if parts:
                self.by_family.setdefault(parts[0], {}).setdefault(person.id, []).append(parts[1])
                self.families_by_sound.setdefault(_sounds(parts[0]), set()).add(parts[0])
            for letters in _name_letters(spelling):
                self.by_letters.setdefault(letters, set()).add(person.id)

    def read_in_romaji(self, name: str, language: str = "") -> list[Entity]:
        """Known people whose name, in either order, is the Hepburn reading of a Japanese name in kanji or kana
        (:func:`_romaji_reading`; "是枝裕和" -> "koreeda hirokazu" is Hirokazu Kore-eda); [] for other names."""
        letters = _romaji_reading(name, language)
        return [self.people[person_id] for person_id in sorted(self.by_letters.get(letters, ()))] if letters else []

    def near(self, name: str) -> list[Entity]:
        """Known people ``name`` may be another romanisation of: same family name, given names at most
        :data:`MAX_GIVEN_NAME_EDITS` letters apart (Levenshtein, by rapidfuzz), written as one word or two.
        A name in Hangul alone ("봉준호") is compared romanised (:func:`_hangul_readings`), its family
        name by sound as its given names are."""
        # A name in Hangul is read, family name and given names alike, by sound: "Gim" is "Kim" (k/g),
        # "Jeong" is "Jung", "sig" is "shik"; the letters a romanisation writes differ too much to count.
        readings = [
            (family, given)
            for sound, given in dict.fromkeys((_sounds(family), given) for family, given in _hangul_readings(name))
            for family in sorted(self.families_by_sound.get(sound, ()))
        ]
        by_sound = bool(readings)
        if hanzi := _hanzi_reading(name):
            # Either way round: the index reads a romanised name's family name first only when it is a Korean one
            # ("Zhou Yifan" is filed under "yifan", as "Yifan Zhou" would be).
            family, given = hanzi
            ids = {person_id for person_id, givens in self.by_family.get(family, {}).items() if given in givens}
            ids |= {person_id for person_id, givens in self.by_family.get(given, {}).items() if family in givens}
            return [self.people[person_id] for person_id in sorted(ids)]
        if not readings:
            parts = _family_and_given(name)
            if parts is None or not _romanised_family(name):
                return []
            readings = [parts]
        found: dict[str, Entity] = {}
        for family, given in readings:
            # A short given name ("Ji-a", "Hun") is too short to be sure of letters apart; read from Hangul it
            # still sounds the same as one spelling of it ("윤지아" is Yoon Ji-a), or it is no one known.
            short = len(given) < MIN_GIVEN_NAME_LETTERS
            if short and not by_sound:
                continue
            for person_id, givens in self.by_family.get(family, {}).items():
                if any(
                    _sounds(given) == _sounds(other)
                    if short
                    else (by_sound or Levenshtein.distance(given, other, score_cutoff=MAX_GIVEN_NAME_EDITS) <= MAX_GIVEN_NAME_EDITS) and same_sounds(given, other)
                    for other in givens
                ):
                    found.setdefault(person_id, self.people[person_id])
        return list(found.values())

    def family_written(self, name: str) -> str:
        """The family name, in Hangul, that a known person's romanised name gives a Korean name in Hangul alone
        which may be read two ways (:func:`people_films.korean.family_splits`): "황보" when the archive writes
        "Hwangbo Ra", "황" for "Hwang Bo-ra"; "" when no known name decides (a lone reading, or none matches)."""
        splits = korean.family_splits(name)
        if len(splits) < 2:
            return ""
        for family, given in splits:
            for sound, spelt in dict.fromkeys((_sounds(f), g) for f, g in _split_readings(family, given)):
                known = (givens for f in self.families_by_sound.get(sound, ()) for givens in self.by_family.get(f, {}).values())
                if any(same_sounds(spelt, other) for givens in known for other in givens):
                    return family
        return ""


def _hanzi_reading(name: str) -> tuple[str, str] | None:
    """(family name, given names) in pinyin, folded, of a Chinese name written in Hanzi alone, a family name of
    :data:`~people_films.detect.chinese_names.FAMILY_NAMES` then one or two characters ("周一帆" -> ("zhou",
    "yifan"), anyascii's Mandarin reading); None for any other name (a Japanese one with kana in it)."""
    written = name.replace(" ", "")
    if not (2 <= len(written) <= 3 and written[0] in chinese_names.FAMILY_NAMES and all(_HANZI.fullmatch(c) for c in written)):
        return None
    return fold(anyascii(written[0])), fold(anyascii(written[1:]))


_HANZI = re.compile(r"[\u4e00-\u9fff]")


def _hangul_readings(name: str) -> list[tuple[str, str]]:
    """(folded family name, folded given names) for each usual spelling of a Korean name written in Hangul
    alone (:func:`people_films.korean.is_hangul_name`), each way its family name may be read
    (:func:`people_films.korean.family_splits`: "황보라" is Hwang Bo-ra or Hwangbo Ra) ("봉준호" -> [("bong",
    "junho")]); [] for any other name. The given names are romanised by syllable
    (:func:`people_films.korean.spoken_romanisation`), which :func:`same_sounds` then compares with other
    spellings ("Joon-ho")."""
    return list(dict.fromkeys(reading for family, given in korean.family_splits(name) for reading in _split_readings(family, given)))


def _split_readings(family: str, given: str) -> list[tuple[str, str]]:
    """(folded family name, folded given names) for each usual spelling of a family name and a given name in Hangul."""
    spelt = fold("".join(korean.spoken_romanisation(syllable) for syllable in given))
    spellings = (korean.family_romanised(family), "".join(map(korean.revised_romanisation, family)), *korean.FAMILY_SPELLINGS.get(family, ()))
    return [(fold(spelling), spelt) for spelling in dict.fromkeys(spellings)]


# Long vowels as Hepburn romanisations and the press write them: pykakasi doubles them ("ooshima", "ryuusuke",
# "yasujirou"), the press mostly drops the second letter (Oshima, Ryusuke, Yasujiro), or writes a macron
# (Ōshima, dropped with the accents) or an "h" (Ohshima). Folded on both sides of the comparison.
_LONG_VOWEL = re.compile(r"(?<=o)[ouh](?![aeiou])|(?<=u)u")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff'’.-]+")
_KANJI_OR_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def _letters(words: Iterable[str]) -> str:
    joined = romanised_words(" ".join(words)).replace("-", "")
    return _LONG_VOWEL.sub("", joined)


def _name_letters(spelling: str) -> set[str]:
    """A romanised name's letters, lower case, hyphens and long vowels folded, in its order and with its first
    or last word moved to the other end: "Hirokazu Kore-eda" -> {"hirokazukoreeda", "koreedahirokazu"}."""
    tokens = strip_titles(name_tokens(spelling))
    # Latin letters, accents and macrons too ("Shūji", as Hepburn marks a long vowel), not kanji or Hangul.
    if len(tokens) < 2 or not all(_LATIN_WORD.fullmatch(token) for token in tokens):
        return set()
    return {_letters(tokens), _letters([tokens[-1], *tokens[:-1]]), _letters([*tokens[1:], tokens[0]])}


def _romaji_reading(name: str, language: str = "") -> str:
    """The letters (as :func:`_name_letters`) of a person's name in kanji or kana read as Japanese, by
    pykakasi's dictionary (:func:`ingest.paths.romanised_words`): a name with kana, or in kanji alone on a page
    whose ``language`` is Japanese (Chinese writes kanji too, and reads them in pinyin); "" for any other name."""
    written = name.replace(" ", "").replace("・", "")
    if not written or not all(_KANJI_OR_KANA.match(c) for c in written) or page_language(language, written) != "ja":
        return ""
    return _LONG_VOWEL.sub("", romanised_words(written, "ja").replace("-", ""))


def near_spelling(name: str, people: Iterable[Entity]) -> list[Entity]:
    """See :meth:`SpellingIndex.near` (for one name)."""
    return SpellingIndex(people).near(name)


class MisspellingIndex:
    """Registered people a detected name is one letter away from ("Sheila Attim" for Sheila Atim):
    a misspelling in one article, or another person. Proposed as a merge for a curator to decide,
    never linked, and given no page of its own meanwhile.

    Keys (:func:`people_films.names.person_key`) are compared whole, by Levenshtein distance
    (rapidfuzz), among the people whose key words start with the same letters, so that a name is
    compared with a handful, not the registry. Names shorter than :data:`MIN_MISSPELT_LETTERS`
    letters are left alone: one letter apart, short names are different names ("Ana Ruiz", "Ana Ruis").
    """

    def __init__(self, people: Iterable[Entity]) -> None:
        self.by_initials: dict[tuple[str, ...], dict[str, str]] = {}  # initials -> joined key -> person id
        for person in people:
            for spelling in person.names:
                key = person_key(spelling)
                if len(key) > 1:
                    self.by_initials.setdefault(_initials(key), {})[" ".join(key)] = person.id

    def near(self, key: tuple[str, ...]) -> str | None:
        """The one registered person whose key is one letter from ``key`` (not equal), or None."""
        joined = " ".join(key)
        if len(key) < 2 or len(joined.replace(" ", "")) < MIN_MISSPELT_LETTERS:
            return None
        found = {
            person_id
            for other, person_id in self.by_initials.get(_initials(key), {}).items()
            if other != joined and Levenshtein.distance(joined, other, score_cutoff=1) <= 1
        }
        return found.pop() if len(found) == 1 else None


def _initials(key: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(word[:1] for word in key)


@dataclass
class Review:
    """What the archive's detected names become: new entities, and spellings of known people."""

    registry: Registry  # the curated registry plus detected entities and linked spellings
    new: list[tuple[Entity, Found]] = field(default_factory=list)
    merges: list[tuple[Found, str]] = field(default_factory=list)  # (name, person id it is another spelling of)
    # A new person's id -> the known people its name reads as, several: a page of its own, linked to none of them
    # until a curator merges it into one (or accepts it as another person).
    ambiguous: dict[str, list[str]] = field(default_factory=dict)
    misspelt: list[tuple[Found, str]] = field(default_factory=list)  # one letter from a registered person: proposed, not linked
    # new entity id -> the detected person it reads as (a name in Hangul alone): paged apart, proposed as a merge
    maybe_same: dict[str, str] = field(default_factory=dict)


# What finds a person by the shape of a run of words alone, with no word of the text saying it is one.
_NO_CUE = frozenset({evidence.GIVEN_NAME, evidence.GIVEN_NAME_NO_PROSE})


def _with_native(info: Found) -> bool:
    """Whether the name was written beside its native-script form (a Hangul or Hanzi spelling beside a romanised one)."""
    native = [is_native_script(s.replace(" ", "")) for s in info.spellings]
    return any(native) and not all(native)


def _read_from_native_script(info: Found) -> bool:
    """Whether the name is in a native script alone that the queue reads as a romanised one (Hangul, Hanzi of a
    Chinese family name, Japanese): compared with the romanised names, it is gathered after them."""
    return bool(_hangul_readings(info.name) or _hanzi_reading(info.name) or _romaji_reading(info.name, info.language))


def detected_registry(registry: Registry, found: dict[tuple[str, tuple[str, ...]], Found], rejected: set) -> Review:
    """The registry with every detected name added (see the module's docstring)."""
    people, films = dict(registry.people), dict(registry.films)
    by_key = dict(registry.by_key)
    page_people = {page: dict(own) for page, own in registry.page_people.items()}
    review = Review(replace(registry, people=people, films=films, by_key=by_key, page_people=page_people))  # same_title, notes kept
    taken_ids = set(people) | set(films) | RESERVED_IDS
    index = SpellingIndex(people.values())
    typos = MisspellingIndex(registry.people.values())
    # Most written first: a rare spelling merges into a common one, never the reverse. A name written
    # beside its native script ("Seo Ji-an 서지안") goes first of all, so that the native name written
    # alone ("서지안은") is that person's spelling, not a second person; a name in Hangul alone goes after
    # the romanised ones, which it is compared with (:meth:`SpellingIndex.near`).
    found = join_aliases(join_full_forms(found))
    film_titles = {film_key(title) for film in films.values() for title in film.names} | {key for kind, key in found if kind == "film"}
    # Films' titles in Chinese script as simplified script writes them (_simplified_key) -> the film's id.
    han_titles = {k: film.id for film in films.values() for title in film.names if (k := _simplified_key(title))}
    # The archive's titles by their simplified form: OpenCC writes several traditional characters as one (髮 "hair" and
    # 發 "to issue" are both 发), so two titles folding alike are one film only as a title and its simplified form.
    folded: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for title in [title for film in films.values() for title in film.names] + [s for (kind, _), info in found.items() if kind == "film" for s in info.spellings]:
        if simplified := _simplified_key(title):
            folded.setdefault(simplified, set()).add(film_key(title))
    ordered = sorted(_by_page_where_a_byline(found).items(), key=lambda item: (not _with_native(item[1]), _read_from_native_script(item[1]),
                                                                           -sum(item[1].spellings.values()), item[1].name))
    for (kind, key, *own_page), info in ordered:
        if (kind, key) in (registry.by_key if own_page else by_key) or (kind, key) in rejected:  # gathered by name_key: is_rejected's test
            continue
        if kind == "person" and len(key) < 2 and any(len(name_tokens(s)) > 1 for s in info.spellings):
            continue  # a lone family name ("President Trump") names no one in particular across an archive
        if kind == "person" and info.evidence and set(info.evidence) <= _NO_CUE and film_key(info.name) in film_titles:
            continue  # "Winter Lantern" with no cue, a film's title elsewhere in the archive: the film, not a person
        maybe_same, several = "", []
        if kind == "person" and not own_page:
            # A Japanese name read in romaji is the known person it spells; pykakasi reads a name by its
            # dictionary of names, so the reading is as sure as a romanised spelling of the name.
            in_romaji = index.read_in_romaji(info.name, info.language)
            near = in_romaji or index.near(info.name)
            # A name in Hanzi read in pinyin has lost its characters and tones (一帆, 一凡 and 亦凡 are all "Yifan"):
            # a suggestion to the curator even beside a registered person, never a link.
            native = _hangul_readings(info.name) or in_romaji
            # A short given name read by its sound alone ("jia" for 지아) sounds like others too (수아 and 서아, 준 and
            # 전): a suggestion too, never a link.
            short = any(len(given) < MIN_GIVEN_NAME_LETTERS for _family, given in _hangul_readings(info.name))
            if len(near) == 1 and ((near[0].detected and native) or short or (_hanzi_reading(info.name) and not in_romaji)):
                # A name in Hangul alone that reads as a name another page detected: the same person, or a
                # namesake (Korean names are shared by many: a reporter's byline "Kim Min-ji" and the actress
                # 김민지 of another page). Neither is reviewed, so the reading is no evidence enough to link:
                # it gets its own page, and the queue suggests the merge.
                maybe_same, near = near[0].id, []
            if len(near) == 1:
                target = near[0]
                people[target.id] = replace(target, spellings=(*target.spellings, *info.spellings))
                index.add(people[target.id])
                for spelling in info.spellings:
                    by_key.setdefault((kind, person_key(spelling)), target.id)
                review.merges.append((info, target.id))
                continue
            # Several: a page of its own, linked to none of them, the queue naming them (see Review.ambiguous).
            several = [p.id for p in near]
            # Romanised Korean and Chinese names one letter apart are often two people (Ji-woo, Ji-woon).
            if not several and not _romanised_family(info.name) and (target_id := typos.near(key)):
                review.misspelt.append((info, target_id))
                continue
        if kind == "film":
            # A title written beside the same original title as a film already made ("ソルトロード 소금길" after "The Salt
            # Road 소금길"): that film under another language's title. The original title is the film's, the other
            # title may still be another film's: a page of its own until a curator reviews the suggested merge.
            maybe_same = next((by_key[(kind, key_of(kind, s))] for s in info.spellings if s != info.name and (kind, key_of(kind, s)) in by_key), "")
            # A Chinese title in the other script ("紅高粱雨" beside a film written "红高粱雨"): the same, to review; not when
            # the archive holds another title folding alike (長髮 and 長發 beside 长发: either film) or neither title is
            # the simplified form (長髮, 長發: two titles of one script, two films).
            maybe_same = maybe_same or next(
                (han_titles[k] for s in info.spellings if (k := _simplified_key(s)) and k in han_titles and folded.get(k, set()) >= {k} and len(folded[k]) == 2), ""
            )
        entity_id = (kind == "person" and korean.name_id(info.name, index.family_written(info.name))) or slugify(_initials_apart(info.name), info.language) or kind
        # Ids were made by anyascii alone before ("gimjihyeon", "shizhiyuhe"), from the most written spelling, the first
        # read on a tie ("Hong Sangsoo"); a Hangul name that may split two ways had the id of either split as the
        # archive's other pages decided ("hwang-bo-ra", "hwangbo-ra" once "Hwangbo Ra" is written elsewhere): those
        # addresses redirect to this one, unless another entity lives at one (see below).
        splits = korean.family_splits(info.name) if kind == "person" else []
        formers = [slugify(_initials_apart(info.name)), slugify(info.most_written_spelling), *(korean.name_id(info.name, family) for family, _given in splits)]
        formers = [former for former in dict.fromkeys(formers) if former] if kind == "person" else []
        base, number = entity_id, 2
        while entity_id in taken_ids:
            entity_id, number = f"{base}-{number}", number + 1
        taken_ids.add(entity_id)
        if kind == "person":
            others = tuple(s for s in info.spellings if s != info.name)
            moved_from = tuple(former for former in formers if former != base and former not in taken_ids)
            entity = Entity("person", entity_id, info.name, others, family=family_name(info.name), detected=True, moved_from=moved_from)
            people[entity_id] = entity
            index.add(entity)
        else:
            entity = Entity("film", entity_id, info.name, tuple(s for s in info.spellings if s != info.name), detected=True)
            films[entity_id] = entity
        for spelling in entity.names:
            by_key.setdefault((kind, key_of(kind, spelling)), entity_id)
            if kind == "film" and (simplified := _simplified_key(spelling)):
                han_titles.setdefault(simplified, entity_id)
        if own_page:
            page_people.setdefault(own_page[0], {})[key] = entity_id
        review.new.append((entity, info))
        if maybe_same:
            review.maybe_same[entity_id] = maybe_same
        if several:
            review.ambiguous[entity_id] = several
    _drop_live_formers(review, people, taken_ids)
    return review


def _by_page_where_a_byline(found: dict[tuple[str, tuple[str, ...]], Found]) -> dict[tuple, Found]:
    """``found``, with each person named by a common given name alone that signs a byline ("By Robert") on one of
    several pages split into one per page, keyed (kind, key, page): a blogger signing with a first name is someone
    else on every other page (three blogs signed "Robert" were one person page). Each is then a person of its page
    alone (``Registry.page_people``); the others keep their (kind, key)."""
    split: dict[tuple, Found] = {}
    for (kind, key), info in found.items():
        bylines = {f"By {spelling}" for spelling in info.spellings}
        pages = list(dict.fromkeys(page for page, _ in info.where))
        if kind != "person" or len(key) != 1 or len(pages) < 2 or info.name not in GIVEN_NAMES or not any(s in bylines for _, s in info.where):
            split[kind, key] = info
            continue
        for page in pages:
            own = Found(kind, Counter(info.spellings), evidence=Counter(info.evidence), languages=Counter(info.languages))
            own.where = [(p, s) for p, s in info.where if p == page]
            own.seen = set(own.where)
            split[kind, key, page] = own
    return split


_TO_SIMPLIFIED = opencc.OpenCC("t2s")


def _simplified_key(title: str) -> tuple[str, ...] | None:
    """The film key of a title in Chinese characters as simplified script writes it (OpenCC's traditional-to-simplified
    conversion, the reference converter: "紅高粱雨" -> "红高粱雨"), or None for a title with no Chinese character."""
    return key_of("film", _TO_SIMPLIFIED.convert(title)) if chinese_names.has_han(title) else None


def _drop_live_formers(review: Review, people: dict[str, Entity], live: set[str]) -> None:
    """Leave out of each new person's ``moved_from`` any id an entity given its id later in the run lives at: an
    address redirects only where no page stands."""
    for number, (entity, info) in enumerate(review.new):
        kept = tuple(former for former in entity.moved_from if former not in live)
        if kept != entity.moved_from:
            people[entity.id] = replace(entity, moved_from=kept)
            review.new[number] = (people[entity.id], info)


def detected_json(review: Review) -> str:
    """What the Sphinx extension needs to give detected entities pages: JSON, stable across runs.

    ``{"person": [{"id", "name", "spellings"}], "film": [...], "spellings": {person id: [...]}}``;
    the last are near-romanisations linked to a registered person.
    """
    data: dict[str, object] = {"person": [], "film": []}
    for entity, _info in sorted(review.new, key=lambda item: (item[0].kind, item[0].id)):
        data[entity.kind].append({"id": entity.id, "name": entity.name, "spellings": list(entity.spellings)} | ({"moved_from": list(entity.moved_from)} if entity.moved_from else {}))
    merged: dict[str, list[str]] = {}
    for info, target in review.merges:
        merged.setdefault(target, []).extend(sorted(info.spellings))
    data["spellings"] = {k: merged[k] for k in sorted(merged)}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def load_detected(path: Path, registry: Registry) -> Registry:
    """``registry`` with the entities of a ``_detected.json`` added (Sphinx side); unchanged when absent or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return registry
    people, films, by_key = dict(registry.people), dict(registry.films), dict(registry.by_key)
    for kind, store in (("person", people), ("film", films)):
        for item in data.get(kind, []):
            entity_id, name = item.get("id"), item.get("name")
            # The id names the file of the entity's page: only an id, never a path, is taken from the file.
            if not isinstance(entity_id, str) or not ID.match(entity_id) or not isinstance(name, str) or entity_id in people or entity_id in films:
                continue
            spellings = tuple(s for s in item.get("spellings", []) if isinstance(s, str))
            family = family_name(name) if kind == "person" else ""
            moved_from = tuple(old for old in item.get("moved_from", []) if isinstance(old, str) and ID.match(old))
            store[entity_id] = Entity(kind, entity_id, name, spellings, family=family, detected=True, moved_from=moved_from)
            for spelling in (name, *spellings):
                by_key.setdefault((kind, key_of(kind, spelling)), entity_id)
    for person_id, spellings in (data.get("spellings") or {}).items():
        if person_id in people and isinstance(spellings, list):
            extra = tuple(s for s in spellings if isinstance(s, str))
            people[person_id] = replace(people[person_id], spellings=(*people[person_id].spellings, *extra))
            for spelling in extra:
                by_key.setdefault(("person", person_key(spelling)), person_id)
    return replace(registry, people=people, films=films, by_key=by_key)  # same_title, notes kept
