"""bench.html_authors counts each page's authors as the shared snippet scorer compares them."""

import json
import os
import subprocess
import sys
from pathlib import Path

from bench.html_authors import READER_SCRIPT, kinds, lenient_right

ROOT = Path(__file__).resolve().parents[1]


def test_misses_are_counted_by_kind():
    truth = {"a": "Jane Doe and John Roe", "b": "Jane Doe", "c": "Jane Doe", "d": "Jane Doe, John Roe"}
    found = {"a": ["john roe", "Jane  Doe"], "b": [], "c": ["Ann Lee"], "d": ["Jane Doe"]}
    assert kinds(found, truth) == {"right": 1, "no name found": 1, "other names only": 1, "some names right": 1}


def test_the_meta_reader_gives_the_authors_of_a_page_read_with_its_address():
    page = '<html><head><meta name="author" content="Jane Doe"></head><body><h1>Festival</h1></body></html>'
    done = subprocess.run([sys.executable, str(READER_SCRIPT)], input=json.dumps({"k": {"page": page, "url": "https://example.org/a"}}),
                          capture_output=True, text=True, check=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert json.loads(done.stdout)["k"]["authors"] == ["Jane Doe"]


def test_the_lenient_check_splits_what_the_scorer_leaves_joined():
    truth = {"a": "Von Jane Doe und John Roe", "b": "Ann Lee & Bo Kim", "c": "Jane Doe"}
    found = {"a": ["Jane Doe", "John Roe"], "b": ["Ann Lee", "Bo Kim"], "c": ["John Roe"]}
    assert kinds(found, truth)["right"] == 0
    assert lenient_right(found, truth) == 2


def test_the_lenient_check_matches_names_caselessly_as_unicode_does():
    # The scorer's lower() keeps "ß" and "ss" apart; casefold() is Unicode's caseless match.
    truth = {"a": "Guido Beyß"}
    found = {"a": ["Guido Beyss"]}
    assert kinds(found, truth)["right"] == 0
    assert lenient_right(found, truth) == 1
