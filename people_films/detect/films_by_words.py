"""Film titles by the words around them, with no marks: after "film", "season of",
"directed", an appositive after a debut, before a year ("Salt Flats (2019)", never a citation); and
whether a film word stands near a title (:func:`film_cued`).
"""

from __future__ import annotations

import re

from people_films.cues import FILM_CUES, PERSON_CUES, WEAK_FILM_WORDS, is_event_head, is_film_word
from people_films.detect.context import ArticleContext
from people_films.detect.credits import on_a_credit_line
from people_films.detect.shapes import korean_shaped, sinosphere_shaped
from people_films.detect.vocabulary import NOT_NAME_WORDS
from people_films.detect.words import WORD, Candidate, Spans, is_acronym, overlaps, title_case
from people_films.detect.line_ups import LINE_UP_LINE
from people_films.detect.native import NATIVE_SCRIPT, with_native
from people_films.names import GIVEN_NAMES, MINOR_WORDS, TITLE_WORDS

_AFTER_FILM = re.compile(
    r"(?:\b(?:film|movie|feature|documentary|short|series|directed|behind|sequel to|season of|episode of)"
    r"|\b(?:the|a|as|film|movie) director of)\s+"
    r"((?:[A-Z][\w’'-]*|\d+)(?:\s+(?:(?:[A-Z][\w’'-]*|\d+)|(?:by|of|the|a|an|to|and|your|my)(?=\s+[A-Z])))*)"
)


# A title set off by commas after the work it is: "Kristen Stewart's directorial debut, The Chronology of Water, divided ...",
# "her third feature, Salt Flats, opens ...", "His first feature, Morning in the Glass Garden, won ...".
_APPOSITIVE_TITLE = re.compile(
    r"\b(?:debut|(?:latest|new|first|second|third|fourth|fifth|last|next|previous|upcoming)\s+(?:film|feature|movie|documentary|series|short)),\s+"
    # (The commas bound the title, so any small word English title case writes in lower case may be inside it.)
    r"((?:[A-Z][\w’'-]*|\d+)(?:\s+(?:(?:[A-Z][\w’'-]*|\d+)|(?:by|of|the|a|an|to|and|your|my|in|on|at|for|with|from|into|or|nor|but)(?=\s+(?:(?:the|a|an)\s+)?[A-Z])))*)(?=,)"
)


# The word for film in Japanese (映画), Chinese (电影, 電影) and Korean (영화), right before words, a space between or
# none: it introduces the film's title, as "the film" does in English ("映画 ひかりの国 が公開", the film The Land of
# Light), never a person ("映画監督", "电影导演", "영화감독": film director, a role word of its own, end in another word).
CJK_FILM_WORDS = ("映画", "电影", "電影", "영화")
_CJK_FILM_WORD_BEFORE = re.compile(f"(?:{'|'.join(CJK_FILM_WORDS)})[ \u3000]?$")


def after_cjk_film_word(text: str, start: int, name: str) -> bool:
    """Whether the words ``name`` at ``text[start:]`` follow :data:`CJK_FILM_WORDS` (or open with one, as a family
    name's shape may: "映画 ひかり"): a film's title, not a person's name."""
    return name.startswith(CJK_FILM_WORDS) or bool(_CJK_FILM_WORD_BEFORE.search(text, max(0, start - 3), start))


def film_cued(text: str, start: int, end: int, strong: bool = False) -> bool:
    """A film word among the six words before ``text[start:end]`` or the four after; ``strong``: not one of
    :data:`WEAK_FILM_WORDS` either."""
    window = [w.lower() for w in WORD.findall(text[max(0, start - 60) : start])][-6:]
    window += [w.lower() for w in WORD.findall(text[end : end + 40])][:4]
    return any(is_film_word(w) and not (strong and w in WEAK_FILM_WORDS) for w in window)


# An unquoted title followed by its year: "The Drug King (2018)", "short film Laundry (2019)".
_BEFORE_YEAR = re.compile(
    r"((?:[A-Z0-9][\w’'-]*[:,]?)(?:\s+(?:(?:Mr|Mrs|Ms|Dr|St)\.|[A-Z0-9][\w’'-]*[:,]?|of|the|a|an|and|in|on|to|for|with|by|at|from|my|your|is)){0,7})"
    r"\s+\((?:19|20)\d\d\)"
)


# "Nemecek (2018): Reducing ...", "nach Jacobs (1998)", "according to Smith (2020)": a citation, not a film.
_CITATION_AFTER = re.compile(r"^\s*(?::|,\s*(?:p|pp|S)\.|,\s*\d)")


_CITATION_BEFORE = re.compile(r"\b(?:nach|laut|vgl|see|cf|according to|et al)\.?\s*$")


def films_before_year(text: str, spans: Spans, context: ArticleContext) -> list[Candidate]:
    """Unquoted titles followed by a year, in writing about films or beside a film word: "Salt Flats (2019)",
    "short film Blue Hour (2017)"; never a citation (:data:`_CITATION_AFTER`, :data:`_CITATION_BEFORE`)."""
    found: list[Candidate] = []
    for match in _BEFORE_YEAR.finditer(text):
        if _CITATION_AFTER.match(text, match.end()) or _CITATION_BEFORE.search(text[max(0, match.start() - 20) : match.start()]):
            continue
        if not (context.about_films or film_cued(text, match.start(), match.end())):
            continue
        words = list(re.finditer(r"\S+", match.group(1)))
        # Not the title: cue words and an owner before it ("Director", "film", "Choi's").
        while words and (words[0].group().lower().strip(":,") in FILM_CUES | TITLE_WORDS | PERSON_CUES | NOT_NAME_WORDS - MINOR_WORDS - {"the", "a", "an"} or is_film_word(words[0].group().strip(":,")) or _owner(words, context)):
            words.pop(0)
        if not words:
            continue
        start, end = match.start(1) + words[0].start(), match.start(1) + words[-1].end()
        title = text[start:end].rstrip(":,")
        end = start + len(title)
        if overlaps(start, end, spans) or not title_case(title) or korean_shaped(title.split()) or sinosphere_shaped(title.split()):
            continue
        if not any(c.isalpha() for c in title) or re.search(r"\d[-–]\d+$", title) or is_event_head(title.split()[-1]):
            continue  # "2019-20 (2020)", a journal's pages: "Nature 574, 16-17 (2019)", "the PGA Championship (1969)"
        found.append(Candidate("film", start, end, title))
        spans.append((start, end))
    return found


# An unquoted title, its original title in native script in brackets, then its director credited: a festival's
# palmarès or line-up, "The Salt Road (소금길) by Park Ji-won (South Korea)", "Red Sorghum Rain (红高粱雨) by Liu Wei".
_BEFORE_NATIVE_TITLE = re.compile(
    r"((?:[A-Z0-9][\w’'-]*)(?:\s+(?:[A-Z0-9][\w’'-]*|of|the|a|an|and|in|on|to|for|with|at|from|my|your|is)){0,7})"
    rf"(?=[ ]?[(（][{NATIVE_SCRIPT}][^()（）\n]{{0,30}}[)）][ ]by[ ][A-Z][\w’'-]*[ ][A-Z])"
)


def films_before_native_title(text: str, spans: Spans, context: ArticleContext) -> list[Candidate]:
    """Unquoted titles with their original title in brackets and a credit after (:data:`_BEFORE_NATIVE_TITLE`), in
    writing about films or beside a film word: "The Salt Road 소금길". Not a person's name with its native spelling
    ("Park Ji-won (박지원) by ..."): the words' shape, or a common given name first."""
    found: list[Candidate] = []
    for match in _BEFORE_NATIVE_TITLE.finditer(text):
        if not (context.about_films or film_cued(text, match.start(), match.end())):
            continue
        words = match.group(1).split()
        while words and (words[0].lower() in FILM_CUES | TITLE_WORDS | PERSON_CUES or is_film_word(words[0])):
            words.pop(0)  # "Winner Red Sorghum Rain": a cue word, not the title
        title = " ".join(words)
        if not words or not title_case(title) or words[0] in GIVEN_NAMES or korean_shaped(words) or sinosphere_shaped(words):
            continue
        start = match.end(1) - len(title)
        if overlaps(start, match.end(1), spans):
            continue
        written, end = with_native(text, start, match.end(1), "film")
        found.append(Candidate("film", start, end, written))
        spans.append((start, end))
    return found


def _owner(words: list[re.Match], context: ArticleContext) -> bool:
    """Whether the first of ``words`` is a possessive naming the title's owner ("Choi's Winter (2019)"): a name the
    article writes elsewhere (alone, speaking, or in a longer name). Otherwise the possessive is the title's own, as
    so many titles open with one ("Rosemary's Baby", "Pan's Labyrinth", "Widow's Dance")."""
    owner = re.sub(r"['’]s?$", "", words[0].group())
    if owner == words[0].group():
        return False
    return len(words) < 2 or owner in context.in_longer_names or owner in context.alone or owner in context.speakers


# What a line in a line-up's shape opens with that is no film: the label a credit block prints before its names, alone
# ("Text / Anna Weber", "Cast (Tom Hanks, Meg Ryan)", "Redaktion / Max Muster"), in the languages of the press the
# archive reads; and a jury's roles ("Jury President (Juliette Binoche, France)"; "president" is a title word).
_CREDIT_LABELS = frozenset(
    "text texte texto tekst words story cast crew credits photo photos foto fotos bild bilder picture pictures images "
    "illustration interview newsroom redaktion redazione rédaction redacción redaccion redactie".split()
)
_JURY_WORDS = frozenset({"jury", "juror", "jurors", "jurado", "giuria", "jurorin"})


def films_in_line_up(text: str, spans: Spans, context: ArticleContext) -> list[Candidate]:
    """The titles of a line-up's lines (:func:`~people_films.detect.line_ups.line_up_lines`, read from the whole
    article: :attr:`ArticleContext.line_ups`), unless the title is a person's name's shape or holds a role, a
    title or a jury's word, or is a credit's label alone (:data:`_CREDIT_LABELS`)."""
    found: list[Candidate] = []
    for match in LINE_UP_LINE.finditer(text):
        title = match.group("title").strip()
        if match.group().strip() not in context.line_ups or not title_case(title) or _names_no_film(title.split()):
            continue
        start = match.start("title")
        if on_a_credit_line(text, start):
            continue  # "Photo: IFFR / Ben Houdijk", "Name, skier. © AFP / Name": an agency and its photographer
        end = start + len(title)
        if overlaps(start, end, spans):
            continue
        found.append(Candidate("film", start, end, title))
        spans.append((start, end))
    return found


def _names_no_film(words: list[str]) -> bool:
    """Whether a line-up line's ``words`` before its credit are a person's name's shape ("Marvin Gaye", "Jane Doe",
    "Kim Ji-woo"), hold a role, a title or a jury's word, or are a credit's label alone: no film's title."""
    lowered = [w.lower() for w in words]
    if all(w in NOT_NAME_WORDS for w in lowered) or (len(lowered) == 1 and lowered[0] in _CREDIT_LABELS):
        return True
    if any(w in PERSON_CUES or w in TITLE_WORDS or w in _JURY_WORDS for w in lowered):
        return True
    return (2 <= len(words) <= 3 and words[0] in GIVEN_NAMES) or korean_shaped(words) or sinosphere_shaped(words)


def films_after_cue(text: str, spans: Spans) -> list[Candidate]:
    found: list[Candidate] = []
    for match in (*_AFTER_FILM.finditer(text), *_APPOSITIVE_TITLE.finditer(text)):
        start, end = match.start(1), match.end(1)
        title = match.group(1)
        words = title.split()
        opener = words[0].lower()
        if opener in NOT_NAME_WORDS - MINOR_WORDS or opener in MINOR_WORDS - {"the", "a", "an"} or len(words) < 1 + (opener in MINOR_WORDS):
            continue  # "film Festival", "series In 2019"; "the film The Host" is fine
        if overlaps(start, end, spans) or len(words) > 6:
            continue
        if any(is_acronym(w) for w in words) or any(w.lower() in NOT_NAME_WORDS - MINOR_WORDS for w in words):
            continue
        found.append(Candidate("film", start, end, title))
        spans.append((start, end))
    return found
