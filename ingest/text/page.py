"""The page being read: its lines and what each pass decided about them.

Every pass of :mod:`ingest.text.reader` takes a :class:`Page` and labels or
drops lines on it; a line a pass claimed is not looked at again
(:meth:`Page.free`). Also here: the date lookups every pass asks of the same
lines many times (cached), and the tests on a line's label that several
passes share.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from ingest import model
from ingest.dates import FoundDate, find_date
from ingest.dates import parse_date as _parse_date
from ingest.text.lines import Line


# Pure, and asked about the same lines many times (dateparser takes 0.1 s on a string with no date).
parse_date = lru_cache(maxsize=4096)(_parse_date)


@lru_cache(maxsize=4096)
def pattern_date(text: str, day_first: bool = False) -> FoundDate | None:
    """The first date in ``text`` by the patterns alone (no dateparser): asked of the same lines many times."""
    return find_date(text, foreign=False, day_first=day_first)


@dataclass
class Page:
    """A text dump's lines, the label or the reason for dropping of each line a pass claimed, and the metadata found so far."""
    lines: list[Line]
    labels: dict[int, str] = field(default_factory=dict)  # line index -> label
    dropped: dict[int, str] = field(default_factory=dict)  # line index -> reason
    meta: model.Metadata = field(default_factory=model.Metadata)
    captions: dict[int, tuple[str, str]] = field(default_factory=dict)  # index -> (caption, credit)
    dropped_parts: list[model.Dropped] = field(default_factory=list)  # parts of kept lines
    footnotes: dict[int, tuple[str, str]] = field(default_factory=dict)  # index -> (label, note)
    lead: list[int] = field(default_factory=list)  # running text above the headline, kept
    blocks_above_headline: int = 0  # how many of the body's first blocks the lead gave (ingest.text.body.read_body)
    code: dict[int, str] = field(default_factory=dict)  # first line of a fenced block -> its text
    warnings: list[str] = field(default_factory=list)
    day_first: bool = False  # the page writes its dates day first (ingest.dates.day_first_order)
    date_revised: bool = False  # meta.date is a revision's ("Updated: ..."), not the publication's
    address_words: frozenset[str] = frozenset()  # the words of the slug of the page's address (headline.url_slug_words)
    host: str = ""  # the host of the page's address ("www.spiegel.de"), when a sidecar gives it
    bylines: dict[int, list[str]] = field(default_factory=dict)  # line index -> the names its byline gave (bylines.mark_bylines)
    signatures: set[str] = field(default_factory=set)  # authors given by a closing signature, kept whole with its affiliation

    @cached_property
    def texts(self) -> list[str]:
        """Each line's text, trimmed, by index: the headline's evidence compares every candidate with
        every line (``lines`` is never replaced or changed once a pass reads the page)."""
        return [line.text.strip() for line in self.lines]

    @cached_property
    def sorted_texts(self) -> list[str]:
        """:attr:`texts` in order: the lines that open with a given text stand together, found by bisection."""
        return sorted(self.texts)

    def free(self, index: int) -> bool:
        """No pass has labelled or dropped the line yet."""
        return index not in self.labels and index not in self.dropped

    def drop(self, index: int, reason: str) -> None:
        """Drop the line; ``reason`` is what ``inspect`` shows."""
        self.dropped[index] = reason

    def add_rights(self, sentences: list[str]) -> None:
        """Add each rights sentence to the page's notice once."""
        for sentence in sentences:
            if sentence not in self.meta.rights:
                self.meta.rights = f"{self.meta.rights} {sentence}".strip()


# Reasons that rest on where a line stands, not on what it is.
BY_POSITION = ("above the headline", "above the article's text", "after the article's main text")


def next_free(page: Page, index: int) -> int | None:
    """The first line after ``index`` no pass has claimed, or None."""
    return next((i for i in range(index + 1, len(page.lines)) if page.free(i)), None)


def dropped_as_chrome(page: Page, index: int) -> bool:
    """Dropped as the site's chrome (not as a fact of the article's header)."""
    reason = page.dropped.get(index, "")
    return bool(reason) and not reason.startswith(("byline", "author", "date", "photo credit", "rights"))
