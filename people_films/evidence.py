"""How sure the detector is of a name: what found it, and how often that was right on labelled pages.

Each name :func:`people_films.detect.detect` returns carries its
``evidence``, the rule that found it (one of :data:`KINDS`). The review queue
(``python -m ingest propose``) shows each entity's **confidence**: the
precision that rule had on the dev split of the labelled pages
(``bench/entities_gold.json``), read from ``data/evidence.json``. That file is
measured, not written by hand; refresh it after changing a rule with::

    .venv/bin/python bench/entities_eval.py --split dev --calibrate

Only the dev split calibrates: the test split stays unseen. A rule with few
examples there is pulled towards what the detector's rules for that kind
achieve together (additive smoothing towards the pooled precision, the
empirical-Bayes estimate: (right + 2 * pooled) / (found + 2)), so two right
of two reads 0.97 where the pooled rate is 0.94, not 1. (Laplace's rule,
(right + 1) / (found + 2), pulled towards a coin toss instead: two right of
two read 0.75, and the queue suggested rejecting the films the rarest rules
found, Korean titles in quotes among them.)
An entity found by several rules, or on several pages, takes its best rule's
figure; the errors of one rule repeat across pages (the same organisation
mis-read in every article), so pages are not independent votes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

CALIBRATION_FILE = Path(__file__).parent / "data" / "evidence.json"

# Evidence kinds, in the order detect() tries them. Names are what the review queue prints.
INTERVIEW_HEADLINE = "interview headline"  # "Night Tide: An Interview with Nora Field"
TITLE_MARKS = "title marks"  # <Title>, 〈Title〉, 《Title》
QUOTES = "quotes"  # a quoted title beside a film word, a year or a possessive
FILM_WORD = "film word"  # "the film Title", "season of Title", "directed Title"
HANGUL = "hangul"  # a Korean name or a single-quoted Korean title
GIVEN_NAME_HONORIFIC = "given name and honorific alone"  # "선균씨", two syllables and 씨 with no full name in the article
SPEAKER_LABEL = "speaker label"  # "KARLA LEE:" before an answer
HONORIFIC = "honorific after"  # "ハルカさん", "マティ・ディオップ氏": katakana, then a Japanese honorific
PHOTO_CREDIT = "photo credit"  # "PHOTO: JOHN SMITH", "© AFP / JEFF PACHOUD"
# People in a run of capitalised words, by the signal that named them (people_films.detect.people.person_in):
NAME_SHAPE = "Korean or Chinese name shape"  # "Park Ji-woo", "Jia Zhangke", "Hou Hsiao-hsien"
JAPANESE_SHAPE = "Japanese name shape"  # "Hamaguchi Ryusuke": romanised morae only, which some English words are too
CAPITALS = "family name in capitals"  # "LIU Mei", "Wai-lun CHAN", as festivals write them
ROLE_BEFORE = "role or title before"  # "director Nora Field", "Starring", "figures such as", "Prince Andrew"
CREDIT = "credit after a title"  # "'Night Tide' (Nora Field, Korea)", as festivals credit a director
SPEECH = "speech"  # "Nora Field said", "told Nora Field", "im Gespräch mit", "NORA FIELD: „...“"
APPOSITIVE = "appositive after"  # "Nora Field, 48,", "Nora Field, who", "Nora Field, the director", "Nora Field plays"
OWNER = "owner of a title"  # "Nora Field's “Night Tide”", "Nora Field's debut"
ALONE_ELSEWHERE = "family name alone elsewhere"  # "Brad Pitt picked up ..." then "Pitt of his role"
GIVEN_NAME = "common given name, no cue"  # "Laura Dern was named ...": a listed given name, then a family name
GIVEN_NAME_NO_PROSE = "common given name, no cue, no running text"  # the same in a heading, a list item, a label
SPEAKS_ELSEWHERE = "family name speaks elsewhere"  # "Kevin Mayer" where "Mayer said" elsewhere
LISTED = "in a list of names"  # "judges Ana Ruiz, Tom Berg and Lee Min-ji": the cue before the first covers the list
ONE_WORD = "one-word name"  # "Sänger Campino", a mononym after a role word
YEAR_AFTER = "year after"  # "Title (2019)"
ITALICS = "italics"  # a title-case run in <em>, <i>, <cite>
TABLE_COLUMN = "column of titles"  # a table cell under a "Film", "Title", "片名" header
LINE_UP = "line of a line-up"  # "The Plague (Lee Ji-eun, South Korea)", "The Plague / Lee Ji-eun": the whole line
PERSON_RUN_SIGNALS = (NAME_SHAPE, JAPANESE_SHAPE, CAPITALS, ROLE_BEFORE, CREDIT, SPEECH, APPOSITIVE, OWNER, ALONE_ELSEWHERE, GIVEN_NAME, GIVEN_NAME_NO_PROSE, SPEAKS_ELSEWHERE)
KINDS = (INTERVIEW_HEADLINE, TITLE_MARKS, QUOTES, FILM_WORD, HANGUL, GIVEN_NAME_HONORIFIC, HONORIFIC, SPEAKER_LABEL, PHOTO_CREDIT, *PERSON_RUN_SIGNALS, LISTED, ONE_WORD, YEAR_AFTER, ITALICS, TABLE_COLUMN, LINE_UP)

# Before any calibration, or for a rule the labelled pages never saw fire: a coin toss.
UNMEASURED = 0.5
# At or above this, the queue suggests `accept`; below, `reject`. The issue's
# precision goal for people (0.95) is for the whole detector; a single rule
# right four times in five still adds more right pages than wrong ones.
ACCEPT_FROM = 0.8


@lru_cache(maxsize=1)
def _calibration() -> dict[str, dict[str, list[int]]]:
    """{kind: {evidence: [right, found]}} from :data:`CALIBRATION_FILE`; empty when absent or unreadable."""
    try:
        data = json.loads(CALIBRATION_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data.get("precision", {}) if isinstance(data, dict) else {}


# How many examples' worth of weight the pooled precision has against a rule's own record.
PRIOR_WEIGHT = 2


def precision(kind: str, evidence: str, table: dict[str, dict[str, list[int]]] | None = None) -> float:
    """The smoothed precision of ``evidence`` for ``kind`` ("person"/"film") on the dev split, 0..1.

    ``table``: other calibration counts ({kind: {evidence: [right, found]}}) than :data:`CALIBRATION_FILE`'s."""
    rules = (_calibration() if table is None else table).get(kind, {})
    counts = rules.get(evidence)
    if not counts:
        return UNMEASURED
    right, found = counts
    pooled_found = sum(f for _r, f in rules.values())
    pooled = sum(r for r, _f in rules.values()) / pooled_found if pooled_found else UNMEASURED
    return (right + PRIOR_WEIGHT * pooled) / (found + PRIOR_WEIGHT)


def confidence(kind: str, evidences: Iterable[str], table: dict[str, dict[str, list[int]]] | None = None) -> float:
    """An entity's confidence, 0..1: the best :func:`precision` among the rules that found it."""
    return max((precision(kind, e, table) for e in evidences), default=UNMEASURED)


def calibration_json(counts: dict[str, dict[str, list[int]]], source: str) -> str:
    """The text of :data:`CALIBRATION_FILE` for ``counts`` ({kind: {evidence: [right, found]}}), one rule a line."""
    kinds = []
    for kind in ("person", "film"):
        rules = [f"   {json.dumps(e, ensure_ascii=False)}: {json.dumps(counts[kind][e])}" for e in KINDS if e in counts.get(kind, {})]
        kinds.append(f"  {json.dumps(kind)}: {{\n" + ",\n".join(rules) + "\n  }")
    return f'{{\n "source": {json.dumps(source)},\n "precision": {{\n' + ",\n".join(kinds) + "\n }\n}\n"
