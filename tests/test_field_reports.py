"""Field bug reports of content extractors, rebuilt as small invented pages (tests/field/).

Each case in ``tests/field/cases.json`` names a public bug report (trafilatura, Readability,
newspaper, goose3, htmldate...) and the kind of fault it describes, and says what a right
reading of its page is: the title, date and authors, sentences the body must and must not
hold, captions, pictures. One test per page; the expectations are those of
``/work/shared/field-cases/check.py`` (``inspect``), read through the same description
``ingest inspect --json`` prints.
"""

import json
from pathlib import Path

import pytest

from ingest import model
from ingest.cli import describe
from ingest.pipeline import read_page

HERE = Path(__file__).parent / "field"
CASES = json.loads((HERE / "cases.json").read_text(encoding="utf-8"))["cases"]


def misreadings(case: dict) -> list[str]:
    """What the ingest got wrong on ``case``'s page (empty when it read it right)."""
    path = HERE / case["file"]
    article = read_page(path, listing_read=True)
    info = describe(path, article)
    meta, body, wrong = info["metadata"], info["body"], []
    if "expect_title" in case and info["title"] != case["expect_title"]:
        wrong.append(f"title {info['title']!r}")
    if "expect_date" in case and meta["date"] != case["expect_date"]:
        wrong.append(f"date {meta['date']!r}")
    if "expect_author" in case and meta["authors"] != case["expect_author"]:
        wrong.append(f"authors {meta['authors']!r}")
    wrong += [f"body lacks {s!r}" for s in case.get("must_contain", []) if s not in body]
    wrong += [f"body holds {s!r}" for s in case.get("must_not_contain", []) if s in body]
    captions = "\n".join(info["captions"])
    wrong += [f"captions lack {s!r}" for s in case.get("captions_must_contain", []) if s not in captions]
    pictures = [block.image for block in article.blocks if isinstance(block, model.Figure)]
    wrong += [f"no picture {s!r}" for s in case.get("pictures_must_contain", []) if s not in pictures]
    return wrong


def test_every_case_names_its_source_and_its_kind():
    assert all(case["source"] and case["kind"] and (HERE / case["file"]).is_file() for case in CASES)


def _marked(case: dict):
    """A case the ingest still misreads, with why (``known_misreading``): expected to fail, strictly,
    so that it is noticed the day it passes."""
    if "known_misreading" in case:
        return pytest.param(case, id=case["file"], marks=pytest.mark.xfail(strict=True, reason=case["known_misreading"]))
    return pytest.param(case, id=case["file"])


@pytest.mark.parametrize("case", [_marked(case) for case in CASES])
def test_field_report_read_right(case):
    assert misreadings(case) == [], f"{case['source']}: {case['kind']}"
