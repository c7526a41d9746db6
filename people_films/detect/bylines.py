"""Bylines and picture credits in scripts without capitals: Arabic ("بقلم: أحمد سليم"), Hebrew ("מאת דנה לוי"), Chinese
("记者 王小明", "攝影：王小明"), Korean ("글 김소미 | 사진 오계옥": text by, photographs by; a Korean name's shape). Runs of capitals (:mod:`~people_films.detect.runs`) never see these names; a byline's
cue word says what follows is its author, up to the end of the line, a comma or a dash.

The ingest scans the header's author as "By <author>", so an author the reader gave in one of these
scripts is read here too. A Chinese dateline written where an author goes ("台北报道", "北京电": the place
and "reports", "cables") is no person.
"""

from __future__ import annotations

import re

from ingest.authors import byline_people
from ingest.byline_shape import LONG_BYLINE_WORDS
from people_films import korean
from people_films.detect.words import Candidate, Spans, overlaps

# The words that open a byline, each with an optional colon: English "By" (as the ingest writes the header's
# author), Arabic "by the pen of" and Hebrew "by" anywhere; the words that are a byline only where a line or a
# part of it starts: Arabic "wrote", "prepared by", Hebrew "wrote", Chinese "reporter", "text by", "photograph(s) by" (Chinese writes
# no spaces, so "记者" inside a sentence runs into the words around it), Korean "text", "photograph" (the
# Korean film press credits both: "글 김소미 · 사진 오계옥").
_CUE = r"(?:\bBy|بقلم|מאת|(?:^|(?<=\n)|(?<=[-–—|/·] ))(?:كتب|كتبت|إعداد|כתב|כתבה|记者|記者|撰文|摄影|攝影|글|사진))\s*[:：]?\s*"

_ARABIC_WORD = r"[\u0621-\u064A\u0671-\u06D3]+"
_HEBREW_WORD = r"[\u05D0-\u05EA][\u05D0-\u05EA'׳״-]*"
_HAN_NAME = r"[\u4e00-\u9fff]{2,4}"
_HANGUL_NAME = r"[\uac00-\ud7a3]{2,4}"

# A name: two to four words of one script (Arabic, Hebrew), or two to four Han characters; then the byline's end.
_BYLINE = re.compile(
    rf"{_CUE}(?:(?:记者|記者)\s*)?"
    rf"(?P<name>{_ARABIC_WORD}(?:[ ]{_ARABIC_WORD}){{1,3}}|{_HEBREW_WORD}(?:[ ]{_HEBREW_WORD}){{1,3}}|{_HAN_NAME}|(?P<hangul>{_HANGUL_NAME}))"
    r"(?=\s*(?:$|\n|[,،|/·–—-]|[ ][\u4e00-\u9fff]|[ ](?:기자|특파원)\b))"
)

# What a Chinese dateline ends with: "reports", "cables", "news" ("台北报道", "北京电", "新华社讯").
_DATELINE_END = re.compile(r"(?:报道|報導|报导|報道|电|電|讯|訊|专电|專電)$")


def byline_names(text: str, spans: Spans) -> list[Candidate]:
    """The authors named in ``text``'s bylines in Arabic, Hebrew or Chinese script, outside ``spans``."""
    found = []
    for match in _BYLINE.finditer(text):
        name = match.group("name")
        start, end = match.start("name"), match.end("name")
        if _DATELINE_END.search(name) or name.startswith("ال") or overlaps(start, end, spans):
            continue  # a dateline; an Arabic noun with its article ("كتب المخرج ...": "the director wrote"), no given name
        if match.group("hangul") and not korean.name_shaped(name):
            continue  # "By 씨네21": a site's name in Hangul, not a Korean name's shape
        found.append(Candidate("person", start, end, name))
        spans.append((start, end))
    return found


# A byline is a short line without a sentence's end: a longer one, or one ending as a sentence does, is a sentence that
# opens with "By" or "Von" ("Von Cannes bis Venedig, Tilda Swinton und Greta Gerwig waren dabei."). At most as many
# words as the text reader's longest byline (ingest.byline_shape.LONG_BYLINE_WORDS: several authors, then their
# magazine); a line the author cleaning reads no people in is left alone whatever its length.
_BYLINE_LINE_WORDS = LONG_BYLINE_WORDS
_SENTENCE_END = re.compile(r"[.!?。！？]\s*$")


def _byline_shaped(line: str) -> bool:
    return len(line.split()) <= _BYLINE_LINE_WORDS and not _SENTENCE_END.search(line)


def without_byline_organisations(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` without the people a byline line of ``text`` (:func:`_byline_shaped`) names that are its organisation, not its authors
    ("By Jane Doe, Variety": the magazine; "By Reuters Staff": the agency's desk), as the author cleaning reads a
    byline (:func:`ingest.authors.byline_people`); a name is kept when it is, or holds, one of the authors."""
    kept, people = [], {}
    for candidate in found:
        if candidate.kind == "person":
            start = text.rfind("\n", 0, candidate.start) + 1
            end = text.find("\n", candidate.start)
            line = text[start : end if end >= 0 else len(text)]
            if line not in people:
                people[line] = byline_people(line) if _byline_shaped(line) else None
            authors = people[line]
            name = candidate.name.casefold()
            if authors is not None and not any(name in author.casefold() or author.casefold() in name for author in authors):
                continue
        kept.append(candidate)
    return kept
