"""No page costs more than its size: the HTML reader's work grows linearly.

Counted in steps, not seconds (timings are benchmarks: ``make bench`` runs
bench/pathological.py, each pathological page beside an ordinary page of
the same size). Each test feeds a page of N repeated parts and counts the
steps of a stage that was quadratic on such a page: a linear stage takes a
few steps per part, a quadratic one about N per part.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

import ingest.dates as dates
import ingest.html.convert as convert
import ingest.html.extract as extract
import ingest.html.liveblog as liveblog
import ingest.html.tables as tables
from ingest.html import read_html
from ingest.model import Table, Text
from ingest.pipeline import read_page
from people_films.detect import context

N = 2_000
STEPS_PER_PART = 20  # generous for a linear stage; a quadratic one takes about N


def _page(body: str) -> bytes:
    opening = "<p>" + "The festival opened with a film made with the help of AI, and critics debated it. " * 3 + "</p>"
    return f"<html><body><article><h1>Title</h1>{opening}{body}</article></body></html>".encode()


class CountingStats(dict):
    """The measured statistics, counting how often an ancestor's are looked up."""

    lookups = 0

    def get(self, key, default=None):  # noqa: ANN001, ANN201
        self.lookups += 1
        return super().get(key, default)


def test_best_score_reaches_each_ancestor_once_in_a_deep_list(monkeypatch: pytest.MonkeyPatch) -> None:
    lookups = 0
    propagate = extract._propagate_best_score

    def counting(root: object, stats: dict) -> None:
        nonlocal lookups
        counted = CountingStats(stats)  # the same Stats objects, so the scores still land
        propagate(root, counted)
        lookups += counted.lookups

    monkeypatch.setattr(extract, "_propagate_best_score", counting)
    read_html(_page("<ul><li>item" * N + "</li></ul>" * N), "page.html")
    assert 0 < lookups <= STEPS_PER_PART * N


def test_block_of_breaks_and_empty_spans_is_scanned_once(monkeypatch: pytest.MonkeyPatch) -> None:
    scanned = 0
    has_text = convert._has_text

    def counting(inlines: list) -> bool:
        nonlocal scanned
        scanned += len(inlines)
        return has_text(inlines)

    monkeypatch.setattr(convert, "_has_text", counting)
    # The closing text is a sentence: a box of fewer than 25 characters after the article's last long
    # paragraph is pruned as Readability prunes it (extract._is_short_box).
    article = read_html(_page("<div>" + "<br><span></span>" * N + "and the text that closes the article.</div>"), "page.html")
    assert "and the text that closes the article." in str(article.blocks)
    assert scanned <= STEPS_PER_PART * N


@dataclass(frozen=True)
class CountedText(Text):
    """A text that adds its length to ``CountedText.made`` when it is made."""

    made = [0]

    def __post_init__(self) -> None:
        self.made[0] += len(self.text)


def test_neighbouring_texts_are_joined_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """``word <!-- -->`` N times: N texts in a row, merged into one paragraph."""
    monkeypatch.setattr(convert, "Text", CountedText)
    CountedText.made[0] = 0
    merged = convert.normalise_inlines([CountedText("word ") for _ in range(N)])
    assert [item.text for item in merged] == [("word " * N).strip()]
    assert CountedText.made[0] <= STEPS_PER_PART * len("word ") * N


class CountingText(str):
    """An article's text counting the characters its slices copy."""

    copied = 0

    def __getitem__(self, key):  # noqa: ANN001, ANN204
        part = super().__getitem__(key)
        CountingText.copied += len(part)
        return part


def test_capitalised_function_words_look_back_a_bounded_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Italian prose where each sentence opens with a function word ("Nella", "Alla"): whether each opens a
    sentence was read from a copy of all the text before it, quadratic (632k characters took 15 s)."""
    text = CountingText("Nella sala della città il pubblico era con la regista e il suo film. " * N)
    CountingText.copied = 0
    assert "nella" in context._function_words_as_words(text, Counter(context.WORD.findall(text)), "it")
    assert 0 < CountingText.copied <= STEPS_PER_PART * 10 * N  # a few hundred characters per sentence at most


def test_the_label_at_the_articles_end_is_looked_for_a_bounded_way_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page ending in one text inside N nested elements: each element's text was read on the way
    up to the article (extract.drop_trailing_label), the whole chain each time (1 000 x
    <sup><sub><del>, 33 kB: 12 s)."""
    read = 0
    get_text = extract.Tag.get_text
    drop = extract.drop_trailing_label

    def counting_get_text(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        nonlocal read
        text = get_text(self, *args, **kwargs)
        read += len(list(self.descendants))
        return text

    def counting_drop(*args, **kwargs) -> None:  # noqa: ANN002, ANN003
        with monkeypatch.context() as inside:
            inside.setattr(extract.Tag, "get_text", counting_get_text)
            drop(*args, **kwargs)

    monkeypatch.setattr(extract, "drop_trailing_label", counting_drop)
    read_html(_page("<p>" + "<sup><sub><del>" * N + "the end" + "</del></sub></sup>" * N + "</p>"), "page.html")
    assert 0 < read <= STEPS_PER_PART * 3 * N


@pytest.mark.parametrize(
    "body",
    [
        "<div>" + "<span>22:48</span> the festival opened with a film " * 1_000 + "</div>",  # 1 000 times in one block
        "<div><span>22:48</span><p>the festival opened with a film</p>" * 1_000 + "</div>" * 1_000,  # entries nested
    ],
)
def test_a_live_blogs_times_read_a_bounded_part_of_the_page(body: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each time of day's parent was read whole to see whether it held the time alone
    (liveblog._time_lines): 1 000 times in one block of 1 MB took 121 s."""
    read = 0
    get_text, words = liveblog.Tag.get_text, liveblog._words

    def counting_get_text(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        nonlocal read
        text = get_text(self, *args, **kwargs)
        read += len(text.split())
        return text

    def counting_words(tag):  # noqa: ANN001, ANN202
        nonlocal read
        for word in words(tag):
            read += 1
            yield word

    monkeypatch.setattr(liveblog.Tag, "get_text", counting_get_text)
    monkeypatch.setattr(liveblog, "_words", counting_words)
    liveblog.label_live_entries(BeautifulSoup(f"<html><body><article>{body}</article></body></html>", "lxml"))
    assert 0 < read <= STEPS_PER_PART * 1_000


def test_a_page_gives_dateparser_a_bounded_number_of_strings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Short lines of two words and a year ("Page 1834 of 2400") were each given to dateparser
    (ingest.dates._dateparser_iso, 3-70 ms a string): 600 of them took 45 s."""
    asked = 0

    def counting(text: str) -> str:
        nonlocal asked
        asked += 1
        return ""  # dateparser's answer for these lines, without its cost

    monkeypatch.setattr(dates, "_dateparser_iso", counting)
    page = tmp_path / "counter.html"
    page.write_bytes(_page("".join(f"<p>Page {year} of 2400</p><p>The programme was announced.</p>" for year in range(1800, 2400))))
    read_page(page)
    assert 0 < asked <= dates.MAX_DATEPARSER_STRINGS


def _table_slots(blocks: list) -> int:
    """The slots of the Markdown tables among ``blocks``: rows times the widest row, as written."""
    return sum(len(block.rows) * max(map(len, block.rows)) for block in blocks if isinstance(block, Table))


@pytest.mark.parametrize(
    "table",
    [
        # 200 cells spanning 50 columns each over 200 rows of one cell (12 kB) drew 2 010 000 slots: 197 s.
        "<table><tr>" + "<td colspan=50>head</td>" * 40 + "</tr>" + "<tr><td>cell</td></tr>" * 40 + "</table>",
        # No span at all: one wide row, and every short row padded to it.
        "<table><tr>" + "<td>head</td>" * 400 + "</tr>" + "<tr><td>cell</td></tr>" * 100 + "</table>",
        # Cells spanning 50 rows and 50 columns each.
        "<table><tr>" + "<td colspan=50 rowspan=50>head</td>" * 40 + "</tr>" + "<tr><td>cell</td></tr>" * 49 + "</table>",
    ],
    ids=["colspans", "ragged rows", "rowspans"],
)
def test_a_tables_grid_is_bounded_by_its_cells_and_keeps_their_text(table: str) -> None:
    """Markdown has no spans and pads each row to the widest: a grid far larger than its cells is
    read as a layout table's cells are, as paragraphs (ingest.html.tables.placed_cells)."""
    article = read_html(_page(table), "page.html")
    cells = table.count("<td")
    assert _table_slots(article.blocks) <= tables.MAX_SLOTS_PER_CELL * cells
    text = " ".join(str(block) for block in article.blocks)
    assert "head" in text and "cell" in text
    assert any("draw a far larger grid" in warning for warning in article.warnings)


def test_pruning_many_small_blocks_of_one_parent_does_not_search_their_siblings(monkeypatch: pytest.MonkeyPatch) -> None:
    """BeautifulSoup's decompose finds a child's place by a walk over its siblings: pruning N
    engagement bars between N paragraphs of one block walked about N * N of them (5 000: 21 s)."""
    walked = 0
    index = convert.Tag.index

    def counting(self, element):  # noqa: ANN001, ANN202
        nonlocal walked
        walked += len(self.contents)
        return index(self, element)

    monkeypatch.setattr(convert.Tag, "index", counting)
    prose = "<p>The director said the film took three years to make, and critics praised its pacing.</p>"
    read_html(_page((prose + "<p>342 · 5 · Listen · Share</p>") * N), "page.html")
    assert walked <= STEPS_PER_PART * N
