"""bench.text_dumps scores the authors of text dumps as the shared snippet scorer does, and lists the dev misses by kind."""

from __future__ import annotations

import pytest

from bench.text_dumps import author_misses, author_score, main

SNIPPETS = {
    "right": {"author": "Lena Ortiz"},
    "unprinted": {"author": "Tomas Berg"},
    "none": {"author": "Anne Leroy"},
    "other": {"author": "Kim Ji-su"},
    "joined": {"author": "Von Park Min-ji und Lee Hana"},
    "nameless": {},
}
PAGES = {
    "right": {"dump": "By Lena Ortiz"},
    "unprinted": {"dump": "A page that names no one"},
    "none": {"dump": "anne leroy, 20.05.2024"},
    "other": {"dump": "By Kim Ji-su\nBy Lena Ortiz"},
    "joined": {"dump": "Von Park Min-ji und Lee Hana"},
    "nameless": {"dump": "By Lena Ortiz"},
}
RESULTS = {
    "right": {"authors": ["Lena Ortiz"]},
    "unprinted": {"authors": []},
    "none": {"authors": []},
    "other": {"authors": ["Lena Ortiz"]},
    "joined": {"authors": ["Park Min-ji", "Lee Hana"]},
    "nameless": {"authors": ["Lena Ortiz"]},
}


def test_each_miss_is_listed_with_its_kind():
    listed = author_misses(PAGES, RESULTS, list(PAGES), SNIPPETS)
    kinds = {line.split(": ")[1].split()[0]: line.split(":")[0].strip() for line in listed}
    assert kinds == {"unprinted": "not printed", "none": "printed, none found", "other": "other names only", "joined": "other names only"}


def test_a_page_that_names_no_author_is_not_scored():
    assert author_score(RESULTS, ["right", "nameless"], SNIPPETS).startswith("1.000 (1;")


def test_the_lenient_check_counts_a_reference_that_keeps_its_byline_word_and_und():
    # The scorer's figure counts 1 of 5 pages; the lenient check also the page whose reference reads "Von A und B".
    assert author_score(RESULTS, list(PAGES), SNIPPETS) == "0.200 (5; lenient 0.400)"


def test_misses_of_the_test_split_are_never_listed():
    with pytest.raises(SystemExit):
        main(["--split", "test", "--author-misses"])
