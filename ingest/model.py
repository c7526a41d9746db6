"""The ingest's data model: what every reader produces and every writer consumes.

A reader (text dump or HTML) turns a scraped page into an :class:`Article`:
metadata plus a tree of blocks whose leaves are *inlines*. Scraped text only
ever lives in :class:`Text` (and in metadata values); the MyST writer escapes
it in one place, so nothing a page says can become markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

# --- Inlines -----------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """Plain scraped text. Always escaped on output."""

    text: str


@dataclass(frozen=True)
class Emphasis:
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Strong:
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Code:
    text: str


@dataclass(frozen=True)
class Link:
    """A link that belongs to the article. ``url`` is absolute http(s) or mailto."""

    url: str
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class FootnoteRef:
    """A footnote marker in the text; ``label`` matches a :class:`Footnote`."""

    label: str


@dataclass(frozen=True)
class LineBreak:
    pass


@dataclass(frozen=True)
class Mention:
    """Words that name a registered person or film, linked to its page.

    ``kind`` is "person" or "film" and ``key`` the registry id (a slug the
    pipeline controls); ``children`` keep the words as the article wrote them.
    """

    kind: str
    key: str
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Superscript:
    """Text set above the line (HTML ``<sup>``): "75<sup>th</sup>", "m<sup>2</sup>". Written flat it
    glued to the word before it ("m2", "x2": python-markdownify#44, html2text#264)."""

    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Subscript:
    """Text set below the line (HTML ``<sub>``): "H<sub>2</sub>O"."""

    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Deleted:
    """Text the page shows struck through (HTML ``<del>``, ``<s>``, ``<strike>``): a correction
    ("on <del>Friday</del> Saturday"). Written flat, the withdrawn words read as part of the text."""

    children: tuple[Inline, ...]


Inline = Union[Text, Emphasis, Strong, Code, Link, FootnoteRef, LineBreak, Mention, Superscript, Subscript, Deleted]

# --- Blocks ------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    """A section heading; ``level`` 1 is the first level *under* the title."""

    level: int
    inlines: tuple[Inline, ...]


@dataclass(frozen=True)
class Paragraph:
    inlines: tuple[Inline, ...]


@dataclass(frozen=True)
class Quote:
    """A block quote or pull-quote."""

    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class ListBlock:
    """A list; an ordered one numbers its items from ``start``, downward when ``descending``
    (HTML ``<ol start="10" reversed>``: a countdown, "ten best films of the year"), or by
    ``numbers``, one per item, when the page sets them item by item (``<li value="7">``)."""

    ordered: bool
    items: tuple[tuple[Block, ...], ...]
    start: int = 1
    descending: bool = False
    numbers: tuple[int, ...] = ()


@dataclass(frozen=True)
class Preformatted:
    text: str


@dataclass(frozen=True)
class Table:
    """Rows of cells; the first row is the header when ``header`` is true."""

    rows: tuple[tuple[tuple[Inline, ...], ...], ...]
    header: bool = True


@dataclass(frozen=True)
class Figure:
    """An image that belongs to the article.

    ``image`` is a path relative to the page's saved-assets folder (copied into
    the site) or an absolute https URL (shown as a link, never fetched); None
    when the picture is gone and only its caption and credit remain. Once
    ingest.assets has copied a saved picture, it is ``_assets/<sha256>.<ext>``.
    """

    image: str | None
    alt: str
    caption: tuple[Inline, ...]
    credit: tuple[Inline, ...] = ()


@dataclass(frozen=True)
class Footnote:
    label: str
    inlines: tuple[Inline, ...]


@dataclass(frozen=True)
class Rule:
    """A thematic break."""


Block = Union[Heading, Paragraph, Quote, ListBlock, Preformatted, Table, Figure, Footnote, Rule]

# --- Article -----------------------------------------------------------------


@dataclass
class Metadata:
    """Facts about an article. Every field is optional; readers fill what they find."""

    title: str = ""
    deck: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    publisher: str = ""
    date: str = ""  # ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD) or "" when unknown
    date_text: str = ""  # the date as the page shows it, when it is partial
    source_url: str = ""
    language: str = ""
    description: str = ""
    rights: str = ""
    image_credits: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Dropped:
    """A piece of the page the reader left out, and why (shown by ``inspect``)."""

    text: str
    reason: str


@dataclass(frozen=True)
class HeaderMention:
    """A registered (or detected) person or film named in the title, a deck line, the byline or a picture credit."""

    place: str  # "title", "deck", "byline" or "credit"
    kind: str  # "person" or "film"
    entity_id: str
    written: str  # the words as the header wrote them
    line: str  # the whole title, deck line or byline


@dataclass
class Article:
    metadata: Metadata
    blocks: list[Block]
    dropped: list[Dropped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Headline-and-blurb pairs the page holds: a listing page (several
    # articles' teasers), not one article, when there are many (ingest.text.teasers).
    teasers: int = 0
    # People and films named in the title, deck and byline, which are shown apart
    # from the text: HeaderMention per name, filled in by people_films.mentions.
    header_mentions: list[HeaderMention] = field(default_factory=list)
    # The curator's summary (a sidecar's ``description``): the card's and the link previews' text,
    # instead of the opening of the first body paragraph (ingest.summary).
    summary: str = ""
    # How many of the first blocks a text dump's reader kept from above the headline (running text
    # kept so that a wrong headline guess costs no text, but no evidence of the article's opening:
    # often a site's blurb or a promotion); the card summary starts after them when it can.
    blocks_above_headline: int = 0
