"""Detection of people and films the registry does not know yet.

Generic signals only, never a list of known names: the shape of a romanised
Korean name (a common family name beside a syllable-built given name), runs
of capitalised words next to words that say "person" (director, actor,
"played by", "Photo by"), and title-case titles in quotes or after "film" or
"director of". Names written right before "(played by" are story characters
and left out. Organisations, acronyms and UI words are filtered by shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.names import MINOR_WORDS, TITLE_WORDS, is_korean_given_name, is_korean_surname, strip_titles

# Words just before a name that say a person follows ("director Kwon ...").
PERSON_CUES = frozenset(
    """
    director directors filmmaker actor actress actors star stars starring by professor prof dr mr mrs ms
    choreographer producer critic writer screenwriter author photographer reporter journalist
    ceo chairman composer editor cinematographer singer artist curator columnist interviewer
    host anchor novelist poet designer animator dancer musician judge judges rapper comedian
    wife husband son daughter mother father brother sister friend neurologist filmmakers
    """.split()
)
# Words shortly after "Name, the ..." that say the name was a person.
PERSON_APPOSITIONS = re.compile(
    r"^\s*(?:,|\()\s*(?:the |a |an |our |its )?(?:[\w’'-]+ ){0,3}?"
    r"(?:director|filmmaker|actor|actress|star|critic|writer|screenwriter|author|photographer|producer|professor|"
    r"choreographer|visionary|auteur|composer|editor|cinematographer|reporter|ceo|founder|dancer|singer)\b",
    re.IGNORECASE,
)
FILM_CUES = frozenset(
    """
    film films movie movies feature features short shorts series documentary drama sequel title titled
    famous known directed directing starred starring premiere premiered released screened screening
    cinema cinemas theaters theatres box-office
    """.split()
)
# Capitalised words that mark an organisation, place or thing, not a name.
NOT_NAME_WORDS = frozenset(
    """
    center centre company council university institute department festival service entertainment pictures
    studio studios films agency group corporation inc ltd co foundation museum academy association society
    times post news daily magazine awards award project theater theatre gallery channel network school
    college office ministry bureau committee republic street road city province county state bank party
    club team league cup prize tv radio press media review journal gpt ai app online mag cine
    engineering science member members
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    the a an this that these those in on at for but and or when after before while if as of to with
    q a1 a2 q1 q2 korea korean japan japanese seoul busan
    """.split()
)
_WORD = re.compile(r"[^\W\d_](?:[\w'’‐-]*[^\W_])?")
_OPEN_QUOTES = "‘“\"'«"
_QUOTED = re.compile(r"(?<![\w’'])([‘“\"'«])([^‘’“”\"'«»\n]{1,80}?)([’”\"'»])(?![\w])")
_AFTER_FILM = re.compile(
    r"\b(?:film|movie|feature|documentary|short|series|director of|directed|behind|sequel to)\s+"
    r"((?:[A-Z][\w’'-]*|\d+)(?:\s+(?:(?:[A-Z][\w’'-]*|\d+)|(?:by|of|the|a|an|to|in|and|your|my|on|for)(?=\s+[A-Z])))*)"
)
_PLAYED_BY = re.compile(r"^\s*\(\s*played by\b", re.IGNORECASE)
# "X said", "said X", "X told": people speak; organisations rarely do in news prose.
_SPEECH_AFTER = re.compile(r"^['’]?s?\s+(?:said|says|told|added|explained|noted|laughed|recalled|replied|wrote|asked)\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|asked)\s*$")
# A role word right after a quoted title: the "Dawson's Creek" star, the "Parasite" director.
_TITLE_THEN_ROLE = re.compile(r"^\s*(?:star|stars|actor|actress|director|filmmaker|creator|showrunner|producer|writer)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Candidate:
    kind: str  # "person" or "film"
    start: int
    end: int
    name: str  # as written, titles dropped


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < t_end and t_start < end for t_start, t_end in taken)


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and not is_korean_surname(word)


def _name_runs(text: str) -> list[list[re.Match]]:
    """Runs of capitalised words separated by single spaces only."""
    runs: list[list[re.Match]] = []
    current: list[re.Match] = []
    for match in _WORD.finditer(text):
        word = match.group()
        joined = current and text[current[-1].end() : match.start()] == " "
        if _capitalised(word) and (joined or not current):
            current.append(match)
            continue
        if current:
            runs.append(current)
        current = [match] if _capitalised(word) else []
    if current:
        runs.append(current)
    return runs


def _person_in(run: list[re.Match], text: str) -> tuple[int, int] | None:
    """The (start, end) of a person's name inside a run of capitalised words, or None."""
    words = [m.group() for m in run]
    kept = strip_titles(words)
    offset = len(words) - len(kept)
    run = run[offset:]
    words = kept
    if not 2 <= len(words) <= 4:
        return None
    lowered = [_possessive_free(w).lower() for w in words]
    if any(w in NOT_NAME_WORDS or w in TITLE_WORDS for w in lowered) or any(_is_acronym(w) for w in words):
        return None
    end = run[-1].start() + len(_possessive_free(words[-1]))
    before = text[max(0, run[0].start() - 40) : run[0].start()]
    after = text[end : end + 60]
    if _PLAYED_BY.match(after):
        return None  # a character of the story
    korean = len(words) == 2 and (
        (is_korean_surname(words[0]) and is_korean_given_name(_possessive_free(words[1])))
        or ("-" in words[0] and is_korean_given_name(words[0]) and is_korean_surname(_possessive_free(words[1])))
    )
    cue_before = [w.lower() for w in _WORD.findall(before)][-1:]
    cued = (
        offset > 0
        or any(w in PERSON_CUES for w in cue_before)
        or before.lower().rstrip().endswith("played by")
        or bool(PERSON_APPOSITIONS.match(after))
        or bool(_SPEECH_AFTER.match(after))
        or bool(_SPEECH_BEFORE.search(before))
    )
    if korean or cued:
        return run[0].start(), end
    return None


def _listed_person(run: list[re.Match]) -> tuple[int, int] | None:
    words = [m.group() for m in run]
    if not 2 <= len(words) <= 4 or any(w.lower() in NOT_NAME_WORDS or _is_acronym(w) for w in words):
        return None
    return run[0].start(), run[-1].end()


def _possessive_free(word: str) -> str:
    return re.sub(r"['’]s?$", "", word)


def _title_case(title: str) -> bool:
    words = title.split()
    if not words or not 1 <= len(words) <= 8 or not _capitalised(words[0]) and words[0].isascii():
        return False
    return all(_capitalised(w) or w.lower() in MINOR_WORDS or not w.isascii() or w[0].isdigit() for w in words)


def _film_cued(text: str, start: int, end: int) -> bool:
    window = [w.lower() for w in _WORD.findall(text[max(0, start - 60) : start])][-6:]
    window += [w.lower() for w in _WORD.findall(text[end : end + 40])][:4]
    return any(w in FILM_CUES for w in window)


def detect(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    """Unregistered people and films in ``text``, outside the ``taken`` spans."""
    found: list[Candidate] = []
    spans = list(taken)
    for quoted in _QUOTED.finditer(text):
        title = quoted.group(2).strip().rstrip(",")  # American style puts the comma inside the quotes
        start = quoted.start(2) + quoted.group(2).index(title[:1] or " ") if title else quoted.start(2)
        end = start + len(title)
        if _overlaps(start, end, spans) or not _title_case(title) or title[-1:] in ".;:!?" or _is_acronym(title):
            continue
        in_credits = text[: quoted.start()].rstrip().endswith(("(", "“The", ",")) and re.search(r"[A-Z][\w’'-]+\s*\([^()]*$", text[: quoted.start()])
        if _film_cued(text, quoted.start(), quoted.end()) or _TITLE_THEN_ROLE.match(text[quoted.end() :]) or in_credits:
            found.append(Candidate("film", start, end, title))
            spans.append((start, end))
    for match in _AFTER_FILM.finditer(text):
        start, end = match.start(1), match.end(1)
        title = match.group(1)
        if _overlaps(start, end, spans) or title.split()[0].lower() in NOT_NAME_WORDS or len(title.split()) > 6:
            continue
        if any(_is_acronym(w) for w in title.split()) or any(w.lower() in NOT_NAME_WORDS - MINOR_WORDS for w in title.split()):
            continue
        found.append(Candidate("film", start, end, title))
        spans.append((start, end))
    previous_end = -1
    for run in _name_runs(text):
        span = _person_in(run, text)
        listed = previous_end >= 0 and re.fullmatch(r",\s*(?:and\s+)?|\s+and\s+", text[previous_end : run[0].start()])
        if span is None and listed:
            span = _listed_person(run)  # "judges A B, C D and E F": the cue covers the list
        if span and not _overlaps(*span, spans):
            found.append(Candidate("person", span[0], span[1], text[span[0] : span[1]]))
            spans.append(span)
            previous_end = span[1]
    return sorted(found, key=lambda c: c.start)
