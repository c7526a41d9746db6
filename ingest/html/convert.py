"""The chosen article subtree -> model blocks, through a tag -> converter table.

Block tags map to functions in ``BLOCK_CONVERTERS``, inline tags to functions
in ``INLINE_CONVERTERS``; a tag in neither is transparent (its children are
converted in its place).  No HTML attribute is carried over: only text,
resolved link URLs and image paths reach the model.

Images: a picture saved with the page ("Save page, complete" writes
``X_files/pic.jpg`` next to ``X.html``) becomes ``Figure.image`` = that path
relative to the page's directory (``"X_files/pic.jpg"``), so the copier can
find it.  A remote picture is kept as its absolute ``https`` URL, which the
writer shows as a link and never fetches; ``http``, ``data:`` and other
sources are dropped and only the alt text and caption stay.

Depth: conversion recurses, so below ``MAX_DEPTH`` nested elements a subtree
is flattened to one paragraph of its text (pages nested 100 000 deep must not
raise RecursionError).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from posixpath import normpath
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import CData, NavigableString, Tag

from ingest.escape import clean_text, href_as_browsers_read
from ingest.assets import LXML_MAX_ATTRIBUTE_CHARS, TINY_PICTURE_PX, inlined_reference, is_asset_src, is_inlined_picture
from ingest import credit_shape
from ingest.byline_shape import is_user_handle
from ingest.html import rules
from ingest.html.tables import cell_span, is_header_row, placed_cells, row_cells, table_rows
from ingest.text import rules as text_rules
from ingest.text.captions import figure
from ingest.text.lines import ends_sentence, full_match
from ingest.html.classify import class_tokens
from ingest.html.treebuilder import find_strings
from ingest.scripts import UNSPACED
from ingest.html.metadata import archived_original, headline_shaped, is_capture, same_words, title_key
from ingest.plaintext import holds_only_text, inline_text
from ingest.model import (
    Block,
    Code,
    Deleted,
    Dropped,
    Emphasis,
    Figure,
    Footnote,
    FootnoteRef,
    Heading,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    Paragraph,
    Preformatted,
    Quote,
    Rule,
    Strong,
    Subscript,
    Superscript,
    Table,
    Text,
)

MAX_DEPTH = 120
_WS = re.compile(r"\s+")
_SPACES = re.compile(" {2,}")
_ALLOWED_SCHEMES = frozenset({"http", "https"})
_CREDIT_TOKENS = frozenset({"credit", "credits", "copyright", "source", "byline", "attribution"})
_LAYOUT_CELL_CONTENT = frozenset({"table", "p", "div", "ul", "ol", "h1", "h2", "h3", "blockquote"})
_TINY_IMAGE_PX = TINY_PICTURE_PX
_SCAN_LIMIT = 5000  # tracking pixels and icons
_BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
     "dl", "blockquote", "pre", "table", "figure", "hr", "header", "footer", "aside", "nav", "li",
     "figcaption", "address", "details", "center", "tr", "td", "th", "tbody", "thead", "tfoot"}
)


@dataclass
class Context:
    """What converters need to know about the page."""

    base_url: str | None = None
    title: str = ""
    headings: list[tuple[int, Heading]] = field(default_factory=list)
    footnote_ids: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)  # what conversion leaves out, for ``inspect``
    body_started: bool = False  # a paragraph has been converted
    article_nodes: list[Tag] = field(default_factory=list)  # the chosen nodes, whose text _abbreviation reads
    expanded: set[str] = field(default_factory=set)  # abbreviations (casefolded) met once already
    _article_text: str | None = None

    def article_text(self) -> str:
        """The article's whole text, casefolded and spaced once, read on first asking (pages with no
        ``<abbr title>`` never pay for it)."""
        if self._article_text is None:
            self._article_text = " ".join(_text_of(node) for node in self.article_nodes).casefold()
        return self._article_text

    def flattened(self) -> None:
        message = f"HTML nested deeper than {MAX_DEPTH} levels: the deepest part kept as plain text"
        if message not in self.warnings:
            self.warnings.append(message)


# --- Inlines -------------------------------------------------------------------


def _text_of(tag: Tag) -> str:
    return _WS.sub(" ", tag.get_text(" ")).strip()


def resolve_link(href: str | None, base_url: str | None) -> str | None:
    """An absolute http(s) URL with a host or a mailto address, or None (keep the text only)."""
    if not href:
        return None
    href = href_as_browsers_read(href)
    if not href or href.startswith("#"):
        return None
    try:
        url = urljoin(base_url, href) if base_url else href
        parts = urlsplit(url)
    except ValueError:  # "http://[oops": no address, the text stays
        return None
    scheme = parts.scheme.lower()
    if scheme in _ALLOWED_SCHEMES and parts.hostname:
        # A capture rewrites every link of the page into the archive; a live page's link to an
        # archived copy is the one its writer chose (the original may be dead).
        return archived_original(url) if is_capture(base_url) else url
    if scheme == "mailto":
        address = parts.path
        if "@" in address and address.rsplit("@", 1)[1].strip("."):
            return url
    return None


def document_base(soup: Tag, address: str | None) -> str | None:
    """The address the page's relative links are read against: its first ``<base href>`` resolved
    against ``address`` (the page's own), as a browser reads it (HTML, "document base URL"), when
    that is an http(s) address; else ``address``. Ignored, a page that moved its base
    (``<base href="https://example.org/en/">``) had "reviews/salt.html" linked under the article's
    own folder, a page that is not there (kepano/defuddle#179)."""
    base = soup.find("base", href=True)
    if base is None:
        return address
    try:
        url = urljoin(address or "", href_as_browsers_read(str(base["href"])))
        parts = urlsplit(url)
    except ValueError:
        return address
    return url if parts.scheme.lower() in ("http", "https") and parts.hostname else address


def _inline_children(tag: Tag, ctx: Context, depth: int) -> list[Inline]:
    out: list[Inline] = []
    for child in tag.children:
        out.extend(convert_inline(child, ctx, depth + 1))
    return out


def _styled(kind: type[Emphasis | Strong]) -> Callable[[Tag, Context, int], list[Inline]]:
    """The converter of an element that styles its text: ``kind`` around the children, or the
    children alone when they hold no text (an empty or whitespace-only ``<b> </b>``)."""

    def convert(tag: Tag, ctx: Context, depth: int) -> list[Inline]:
        children = _inline_children(tag, ctx, depth)
        return [kind(tuple(children))] if _has_text(children) else children

    return convert


_emphasis = _styled(Emphasis)
_strong = _styled(Strong)

# Weight and slant an element's own style attribute gives: what word processors and Google Docs
# write for bold and italics (<span style="font-weight:700">), and how Google Docs wraps a whole
# pasted document in a <b> that draws nothing bold (<b style="font-weight:normal">). CSS Fonts 4:
# 600 and above, "bold" and "bolder" draw bold; "normal", "lighter" and 100-500 do not.
_STYLE_BOLD = re.compile(r"(?:^|;)\s*font-weight\s*:\s*(?:bold|bolder|[6-9]00)\s*(?:!important\s*)?(?:;|$)", re.IGNORECASE)
_STYLE_NOT_BOLD = re.compile(r"(?:^|;)\s*font-weight\s*:\s*(?:normal|lighter|[1-5]00)\s*(?:!important\s*)?(?:;|$)", re.IGNORECASE)
_STYLE_ITALIC = re.compile(r"(?:^|;)\s*font-style\s*:\s*(?:italic|oblique)\b", re.IGNORECASE)
_STYLE_NOT_ITALIC = re.compile(r"(?:^|;)\s*font-style\s*:\s*normal\s*(?:!important\s*)?(?:;|$)", re.IGNORECASE)


def _by_style(tag: Tag) -> Callable[[Tag, Context, int], list[Inline]] | None:
    """The converter an element's ``style`` asks for in place of its tag's: bold or italics for a
    ``<span>`` or ``<font>`` styled so, the children alone for a ``<b>`` or ``<i>`` styled not to be;
    None when the style says nothing of either (decap-cms#7351, google-docs-to-markdown#113)."""
    style = tag.get("style")
    if not isinstance(style, str) or "font-" not in style:
        return None
    if tag.name in ("b", "strong"):
        return _inline_children_only if _STYLE_NOT_BOLD.search(style) else None
    if tag.name in ("i", "em"):
        return _inline_children_only if _STYLE_NOT_ITALIC.search(style) else None
    if tag.name not in ("span", "font"):
        return None
    bold, italic = _STYLE_BOLD.search(style), _STYLE_ITALIC.search(style)
    if bold and italic:
        return _bold_italic
    return _strong if bold else _emphasis if italic else None


# CSS white-space values that draw the source's line breaks (CSS Text 3): a poem, song lyrics or
# subtitles set in a <p> or <div> so, one line each, with no <br> in the HTML.
_STYLE_KEEPS_LINE_BREAKS = re.compile(r"(?:^|;)\s*white-space\s*:\s*(?:pre|pre-wrap|pre-line|break-spaces)\s*(?:!important\s*)?(?:;|$)", re.IGNORECASE)


def keep_styled_line_breaks(tag: Tag) -> None:
    """When ``tag``'s own ``style`` keeps the source's line breaks (``white-space: pre-line``), each line
    break in its text becomes a ``<br>``, in place. Read as HTML whitespace, a poem of four lines was one
    line on the site ("The sea is grey the sea is slow", dergachev/puppypaste#6). Once per element:
    afterwards no line break is left in its text."""
    style = tag.get("style")
    if not isinstance(style, str) or "white-space" not in style or not _STYLE_KEEPS_LINE_BREAKS.search(style):
        return
    for text in [node for node in tag.find_all(string=True) if type(node) is NavigableString and "\n" in node]:
        parts: list[NavigableString | Tag] = []
        for number, line in enumerate(str(text).split("\n")):
            if number:
                parts.append(Tag(name="br", can_be_empty_element=True))
            if line:
                parts.append(NavigableString(line))
        text.replace_with(*parts)


def _inline_children_only(tag: Tag, ctx: Context, depth: int) -> list[Inline]:
    return _inline_children(tag, ctx, depth)


def _bold_italic(tag: Tag, ctx: Context, depth: int) -> list[Inline]:
    inner = _emphasis(tag, ctx, depth)
    return [Strong(tuple(inner))] if _has_text(inner) else inner


def _text_role(kind: type[Superscript | Subscript | Deleted]) -> Callable[[Tag, Context, int], list[Inline]]:
    """The converter of ``<sup>``, ``<sub>``, ``<del>``: ``kind`` around children that are text only
    (the writer's role holds literal text), else the children alone, their links and note markers kept."""

    def convert(tag: Tag, ctx: Context, depth: int) -> list[Inline]:
        children = _inline_children(tag, ctx, depth)
        return [kind(tuple(children))] if _has_text(children) and holds_only_text(children) else children

    return convert


def _code(tag: Tag, ctx: Context, depth: int) -> list[Inline]:
    text = tag.get_text()
    return [Code(text)] if text.strip() else []


def _line_break(tag: Tag, ctx: Context, depth: int) -> list[Inline]:
    return [LineBreak()]


def _link(tag: Tag, ctx: Context, depth: int) -> list[Inline]:
    href = tag.get("href")
    href = href if isinstance(href, str) else None
    label = _footnote_label(tag, href, ctx)
    if label is not None:
        return [FootnoteRef(label)]
    if href and href.startswith("#") and not any(c.isalnum() for c in tag.get_text()):
        return []  # a permalink or back-reference symbol ("¶", "#", "↩"), not text
    if is_more_link(tag):
        return []
    children = _inline_children(tag, ctx, depth)
    url = resolve_link(href, ctx.base_url)
    if url is None or not _has_text(children):
        return children
    return [Link(url, tuple(children))]


# The link an excerpt ends with to the whole post ("Continue reading →", WordPress's "Continue reading
# <span>Post title</span>", "Read more »"), in the languages of the press collected: a control, not the
# paragraph's last words.
_MORE_LINK = re.compile(
    r"(?:continue reading|read more|keep reading|read the (?:full|whole|rest of the) (?:story|article|post|review)|"
    r"weiterlesen|mehr lesen|lire la suite|leer más|seguir leyendo|continua(?:re)? a leggere|leggi tutto|"
    r"continuar lendo|leia mais|続きを読む|阅读全文|더\s*보기)\b",
    re.IGNORECASE,
)
_MORE_LINK_MAX_CHARS = 100


def is_more_link(tag: Tag) -> bool:
    """``tag`` (an ``<a>``) is a "Continue reading" link closing its paragraph: its text opens with
    such words, and nothing but white space follows it up to the end of its block."""
    text = tag.get_text(" ", strip=True)
    if len(text) > _MORE_LINK_MAX_CHARS or not _MORE_LINK.match(text.lstrip("[(…. ")):
        return False
    node: Tag | None = tag
    while node is not None and node.name in rules.INLINE_TAGS:
        if any(str(sibling).strip() for sibling in node.next_siblings if not isinstance(sibling, Tag) or sibling.get_text(strip=True)):
            return False
        node = node.parent
    return True


def _inline_quotation(tag: Tag, ctx: Context, depth: int) -> list[Inline]:
    """``<q>``: browsers draw the quotation marks, the text holds none; written without them
    a quoted phrase read as the writer's own words. Marks of English typesetting, the language
    of most pages, single inside double; the element is rare enough that the language's own marks
    are not worth a table."""
    children = _inline_children(tag, ctx, depth)
    if not _has_text(children):
        return children
    # A quotation inside a quotation takes the other marks, as browsers draw them (CSS quotes: auto):
    # "my teacher told me “film the sea” and I did" read as two quotations side by side.
    inner = tag.find_parent("q") is not None
    return [Text("\u2018" if inner else "\u201c"), *children, Text("\u2019" if inner else "\u201d")]


_PICTURES = rules.PICTURE_TAGS


def _image_inline(tag: Tag, ctx: Context, depth: int) -> list[Inline]:
    """A picture inside running text: its alt text, a link to it when it is remote.

    A picture with no alt text is reported (not tiny icons and spacers), never lost silently.
    """
    img = tag if tag.name in _PICTURES else tag.find(_PICTURES)
    if img is None:
        return []
    alt = img.get("alt")
    alt = _WS.sub(" ", alt).strip() if isinstance(alt, str) else ""
    if not alt:
        if not _is_tiny(img) and (src := image_source(img, ctx)):
            ctx.warnings.append(f"picture {src[:80]!r} inside a paragraph has no alt text; left out")
        return []
    if (unsaved := _unsaved_file(img, ctx)) is not None:
        # A file beside the page that was not saved with it: its address on the site is a guess,
        # no link; the alt text stays unless the text right after the picture says it already.
        ctx.warnings.append(f"picture {unsaved[:80]!r} was not saved with the page; its alt text kept as text")
        return [] if _text_after(img).startswith(alt) else [Text(alt)]
    src = image_source(img, ctx)
    shown: list[Inline] = [Link(src, (Text(alt),))] if src and not is_asset_src(src) and urlsplit(src).scheme == "https" else [Text(alt)]
    return _set_apart(img, alt, shown)


def _set_apart(img: Tag, alt: str, shown: list[Inline]) -> list[Inline]:
    """``shown`` (a picture's alt text) with a space on each side where a word of the page's text
    touches the picture ("<img alt='A still'><span>Night and Day</span>"): a browser draws the picture
    between the words, the text alone glued them ("A stillNight and Day"). Not around a symbol's
    alt text (an emoji's), nor beside Chinese or Japanese, written without spaces."""
    if not any(c.isalnum() for c in alt) or UNSPACED.search(alt):
        return shown
    before, after = _next_text(img, "previous_element"), _next_text(img, "next_element")
    if _touching_word(before[-1:]):
        shown = [Text(" "), *shown]
    if _touching_word(after[:1]):
        shown = [*shown, Text(" ")]
    return shown


def _next_text(img: Tag, step: str) -> str:
    """The text beside ``img`` in document order (``step``: "previous_element" or "next_element"):
    the first string, or the alt text of a picture that comes first (it is drawn between). Stopping
    at a picture keeps a run of pictures with no text linear: each looked past all the others for a
    string (38 s at 0.5 MB)."""
    element = getattr(img, step)
    while element is not None:
        if isinstance(element, NavigableString):
            return str(element)
        if element.name == "img":
            alt = element.get("alt")
            return alt if isinstance(alt, str) else ""
        element = getattr(element, step)
    return ""


def _touching_word(char: str) -> bool:
    return char.isalnum() and not UNSPACED.match(char)


def _unsaved_file(img: Tag, ctx: Context) -> str | None:
    """The ``src`` of a picture the page names by a path of its own ("parkjiwon.jpg", "img/a.png")
    that is no file saved beside it (:func:`_saved_asset_path`), when a page address would
    resolve it (else :func:`image_source` reports it); None for an address or a saved file."""
    src = img.get("src")
    if not ctx.base_url or not isinstance(src, str) or not src.strip() or src.startswith("data:"):
        return None
    try:
        parts = urlsplit(src.strip())
    except ValueError:
        return None
    if parts.scheme or parts.netloc or _saved_asset_path(unquote(parts.path)) is not None:
        return None
    return src.strip()


def _text_after(img: Tag) -> str:
    """The words that follow a picture in its paragraph, up to ``_ALT_REPEAT_CHARS`` characters of
    8 strings at most, up to the next picture (as :func:`_next_text`: a run of pictures is linear)."""
    text = ""
    strings = 0
    element = img.next_element
    while element is not None and strings < 8 and len(text) < _ALT_REPEAT_CHARS:
        if isinstance(element, NavigableString):
            text += str(element)
            strings += 1
        elif element.name == "img":
            break
        element = element.next_element
    return _WS.sub(" ", text).strip()


_ALT_REPEAT_CHARS = 120


# An expansion longer than this is a tooltip's note, not an abbreviation's words.
_MAX_EXPANSION_CHARS = 100
# The microformats' "abbr design pattern" puts a machine value in the title (Blogger's and hAtom's
# <abbr class="published" title="2015-11-05T23:02:00">11:02 PM</abbr>): no expansion for a reader.
_MICROFORMAT_VALUE_CLASSES = frozenset({"published", "updated", "dtstart", "dtend", "dtreviewed", "value", "value-title"})
_DATE_OR_TIME = re.compile(r"\d{4}-\d{2}|\d{1,2}:\d{2}")


def _abbreviation(tag: Tag, ctx: Context, depth: int) -> list[Inline]:
    """An ``<abbr title>`` (or HTML 4's ``<acronym>``): its visible text, followed at its first
    use by the expansion in brackets, "BIFF (Busan International Film Festival)", as news style
    spells an abbreviation out at first reference (AP Stylebook, "abbreviations and acronyms");
    on the page a reader gets it from the tooltip, which a converted article has not.
    Never when the article already spells it out ("the Busan International Film Festival
    (BIFF)"), at a later use, for a title that is the text again, a machine value (a date or time:
    :data:`_MICROFORMAT_VALUE_CLASSES`) or longer than :data:`_MAX_EXPANSION_CHARS`."""
    children = _inline_children(tag, ctx, depth)
    title = clean_text(_WS.sub(" ", str(tag.get("title") or "")).strip())
    shown = _WS.sub(" ", inline_text(children)).strip().casefold()
    if (
        not title
        or not shown
        or len(title) > _MAX_EXPANSION_CHARS
        or title.casefold() == shown
        or not any(c.isalpha() for c in title)
        or _DATE_OR_TIME.search(title)
        or not _MICROFORMAT_VALUE_CLASSES.isdisjoint(class_tokens(" ".join(tag.get("class") or [])))
        or shown in ctx.expanded
    ):
        return children
    ctx.expanded.add(shown)
    if _WS.sub(" ", title).casefold() in ctx.article_text():
        return children  # spelled out in the article already: the reader has it
    return [*children, Text(f" ({title})")]


INLINE_CONVERTERS: dict[str, Callable[[Tag, Context, int], list[Inline]]] = {
    "abbr": _abbreviation,
    "acronym": _abbreviation,
    "em": _emphasis,
    "i": _emphasis,
    "cite": _emphasis,
    "dfn": _emphasis,
    "strong": _strong,
    "b": _strong,
    "code": _code,
    "kbd": _code,
    "samp": _code,
    "tt": _code,
    "br": _line_break,
    "a": _link,
    "sup": _text_role(Superscript),  # a note marker in it is written as one already
    "sub": _text_role(Subscript),
    "del": _text_role(Deleted),
    "s": _text_role(Deleted),
    "strike": _text_role(Deleted),
    "q": _inline_quotation,
    "img": _image_inline,
    "amp-img": _image_inline,
    "picture": _image_inline,
}


def convert_inline(node, ctx: Context, depth: int = 0) -> list[Inline]:
    """Inlines for one node; unknown tags are transparent, unsafe ones vanish."""
    if type(node) is NavigableString:
        # The page's raw text was cleaned before parsing (decode.py); characters written as
        # entities (&shy;, &#8203;) are cleaned here, so that detection reads what the site shows.
        text = str(node) if node.isascii() else clean_text(node)
        return [Text(text)] if text else []
    if isinstance(node, Tag) and node.name in _READ_AS_TEXT:
        text = _READ_AS_TEXT[node.name](node)
        return [Text(text)] if text else []
    if not isinstance(node, Tag) or node.name in rules.UNSAFE_TAGS:
        return []
    if depth > MAX_DEPTH:
        ctx.flattened()
        text = _text_of(node)
        return [Text(text)] if text else []
    keep_styled_line_breaks(node)
    converter = _by_style(node) or INLINE_CONVERTERS.get(node.name)
    if converter is not None:
        return converter(node, ctx, depth)
    if node.name in _BLOCK_TAGS:
        # A block inside an inline (a link around a card's heading and summary, a <b> around
        # paragraphs): a browser starts it on a line of its own; written inline, a space keeps its
        # words from those beside it (dom-to-semantic-markdown#10, htmlarkdown#6).
        return [Text(" "), *_inline_children(node, ctx, depth), Text(" ")]
    return _inline_children(node, ctx, depth)


# MathML's layout elements, each written the way the formula is typed on one line; the token
# elements (<mi>, <mn>, <mo>, <mtext>) are their text. An operator of relation or arithmetic is
# set apart by spaces, as MathML's operator dictionary spaces it when drawn.
_MATH_JOINERS = {"mfrac": "/", "msup": "^", "msub": "_"}
_MATH_SPACED_OPERATORS = frozenset("=+-\u2212\u00d7\u00b7\u00f7<>\u2264\u2265\u2248\u2260")
_MATH_LEFT_OUT = frozenset({"annotation", "annotation-xml", "none", "mprescripts"})


def _math_text(math: Tag) -> str:
    """A ``<math>`` element as the text of its formula ("w/h = 2.39"): its ``alttext`` when the
    page gives one, else its tokens, fractions, powers and roots in one line. Left out before,
    the formula's numbers were lost from the sentence (xberg-io/html-to-markdown#46)."""
    alt = math.get("alttext")
    if isinstance(alt, str) and alt.strip():
        return _WS.sub(" ", alt).strip()
    return _WS.sub(" ", _math_part(math, 0)).strip()


def _math_part(node: object, depth: int) -> str:
    if type(node) in (NavigableString, CData):
        return str(node).strip()
    if not isinstance(node, Tag) or node.name in _MATH_LEFT_OUT or depth > MAX_DEPTH:
        return ""
    if node.name == "semantics":  # its first child is the formula; the others annotate it
        first = next((child for child in node.children if isinstance(child, Tag)), None)
        return _math_part(first, depth + 1)
    parts = [_math_part(child, depth + 1) for child in node.children]
    parts = [part for part in parts if part]
    if node.name in _MATH_JOINERS and len(parts) == 2:
        return _MATH_JOINERS[node.name].join(part if len(part) == 1 else f"({part})" for part in parts)
    if node.name in ("msqrt", "mroot") and parts:
        return f"\u221a({parts[0]})"
    text = "".join(parts)
    if node.name == "mo" and text in _MATH_SPACED_OPERATORS:
        return f" {text} "
    return text


def _svg_text(svg: Tag) -> str:
    """A picture drawn inline by ``<svg>``: its ``<title>`` (or ``aria-label``), what it reads as
    to a screen reader, kept as an image's alt text is; nothing for an icon inside a link or a
    button, whose own words say where it leads, nor for an SVG with no name."""
    if svg.find_parent(("a", "button")) is not None:
        return ""
    title = svg.find("title")
    name = title.get_text(" ") if title is not None else svg.get("aria-label")
    return _WS.sub(" ", name).strip() if isinstance(name, str) else ""


_READ_AS_TEXT: dict[str, Callable[[Tag], str]] = {"math": _math_text, "svg": _svg_text}


def _has_text(inlines: list[Inline]) -> bool:
    for item in inlines:
        if isinstance(item, Text):
            if item.text.strip():
                return True
        elif not isinstance(item, LineBreak):
            return True
    return False


# A line break in the source between two Chinese or Japanese characters is no space: browsers
# remove it (CSS Text 3, segment break transformation), where they show one between words.
_SEGMENT_BREAK_IN_UNSPACED = re.compile(rf"(?<={UNSPACED.pattern})[ \t]*[\r\n]\s*(?={UNSPACED.pattern})")


def normalise_inlines(inlines: list[Inline]) -> tuple[Inline, ...]:
    """Collapse whitespace, merge neighbouring texts, trim the ends, drop stray breaks.

    Linear in the number of inlines: a run of texts is joined once, and the ends
    are trimmed by index (100 000 ``<br>`` before the first word cost seconds
    when each was popped off the front of the list).
    """
    merged: list[Inline] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            text = _SPACES.sub(" ", _WS.sub(" ", _SEGMENT_BREAK_IN_UNSPACED.sub("", "".join(run))))
            if text:
                merged.append(Text(text))
            run.clear()

    for item in inlines:
        if isinstance(item, Text):
            run.append(item.text)
        else:
            end_run()
            merged.append(item)
    end_run()
    start, end = 0, len(merged)
    while start < end and _blank(merged[start]):
        start += 1
    while end > start and _blank(merged[end - 1]):
        end -= 1
    merged = merged[start:end]
    if merged and isinstance(merged[0], Text):
        merged[0] = Text(merged[0].text.lstrip())
    if merged and isinstance(merged[-1], Text):
        merged[-1] = Text(merged[-1].text.rstrip())
    return tuple(merged)


def _blank(item: Inline) -> bool:
    """A line break or a text of only spaces: dropped at either end of a paragraph."""
    return isinstance(item, LineBreak) or (isinstance(item, Text) and not item.text.strip())


def split_on_blank_lines(inlines: list[Inline]) -> list[list[Inline]]:
    """Split a run of inlines where two or more line breaks meet (``text<br><br>text``).

    Pages without ``<p>`` separate paragraphs that way; only breaks at the top
    level count, not those inside emphasis or links.
    """
    runs: list[list[Inline]] = [[]]
    breaks = 0
    for item in inlines:
        if isinstance(item, LineBreak):
            breaks += 1
            runs[-1].append(item)
            continue
        if isinstance(item, Text) and not item.text.strip():
            runs[-1].append(item)
            continue
        if breaks >= 2:
            runs.append([])
        breaks = 0
        runs[-1].append(item)
    return runs


# --- Footnotes -------------------------------------------------------------------


def _footnote_label(tag: Tag, href: str | None, ctx: Context) -> str | None:
    """A footnote marker: an in-page link to a known footnote, or ``<sup><a href="#...">1</a></sup>``."""
    if not href or not href.startswith("#"):
        return None
    target = href[1:]
    if target in ctx.footnote_ids:
        return ctx.footnote_ids[target]
    text = _text_of(tag).strip("[]")
    if tag.parent is not None and tag.parent.name == "sup" and text.isdigit():
        return text
    return None


def _is_footnote_list(tag: Tag) -> bool:
    value = " ".join(filter(None, [" ".join(tag.get("class", []) or []), tag.get("id") or ""]))
    return bool(value) and any(t in rules.FOOTNOTE_TOKENS for t in class_tokens(value))


def collect_footnote_ids(nodes: list[Tag], ctx: Context) -> None:
    """Map ids of footnote list items to labels 1, 2, ... so markers can point at them.

    The labels run on through every footnote list of the page: two essays or two sections each
    with notes numbered from 1 gave two notes of label 1, the second section's marker pointing at
    the first section's note and the second note shown as a paragraph (Sphinx's numbers are the
    article's own, in order, whatever the labels)."""
    number = 0
    for node in nodes:
        # A walk of the tags with attributes: find_all(_is_footnote_list) asked every tag, at twice the cost.
        for holder in [t for t in node.descendants if isinstance(t, Tag) and t.attrs and _is_footnote_list(t)]:
            for li in holder.find_all("li"):
                number += 1
                ident = li.get("id")
                if isinstance(ident, str):
                    ctx.footnote_ids[ident] = str(number)


def _footnotes(tag: Tag, ctx: Context, depth: int) -> list[Block]:
    blocks: list[Block] = []
    for number, li in enumerate(tag.find_all("li"), start=1):
        for back in li.find_all("a", href=True):
            if back["href"].startswith("#") and not _text_of(back).isalnum():
                back.decompose()  # the "↩" link back to the marker
        ident = li.get("id")
        label = ctx.footnote_ids.get(ident, str(number)) if isinstance(ident, str) else str(number)
        inlines = normalise_inlines(_inline_children(li, ctx, depth))
        if inlines:
            blocks.append(Footnote(label, inlines))
    return blocks


# --- Blocks ----------------------------------------------------------------------


def _paragraph(tag: Tag, ctx: Context, depth: int) -> list[Block]:
    if _contains_blocks(tag):
        return convert_children(tag, ctx, depth)
    if not tag.get_text(strip=True) and (figure := _lone_image(tag, ctx, depth)):
        return figure  # <p><img></p>: a figure, not its alt text as a paragraph
    paragraphs = [normalise_inlines(run) for run in split_on_blank_lines(_inline_children(tag, ctx, depth))]
    paragraphs = [Paragraph(p) for p in paragraphs if p]
    if any(not _rubric_label(inline_text(p.inlines)) for p in paragraphs):
        ctx.body_started = True
    return paragraphs or _lone_image(tag, ctx, depth)


# A rubric label above a headline ("Critique", "Interview", "Film review"): a word or three, no sentence.
_RUBRIC_WORDS = 3


def _rubric_label(text: str) -> bool:
    """Whether a paragraph is a rubric label, a kicker, not the start of the body text."""
    words = text.split()
    return 0 < len(words) <= _RUBRIC_WORDS and not text.rstrip().endswith((".", "!", "?", ":", "。"))


def _lone_image(tag: Tag, ctx: Context, depth: int) -> list[Block]:
    """A figure for a text-less wrapper around one picture (``<p><img></p>``, ``<a><img></a>``)."""
    img = tag.find(_PICTURES)
    return _figure(img, ctx, depth) if img is not None else []


def _holds_a_picture(tag: Tag) -> bool:
    """Whether ``tag`` holds a picture that is no tiny icon (an icon's alt text reads inline)."""
    img = tag.find(_PICTURES)
    return img is not None and not _is_tiny(img)


def _heading(tag: Tag, ctx: Context, depth: int) -> list[Block]:
    inlines = normalise_inlines(_inline_children(tag, ctx, depth))
    if not inlines:
        return []
    text = _norm(inline_text(inlines))
    if ctx.title and (text == _norm(ctx.title) or same_words(text, ctx.title) or (tag.name == "h1" and text and text in _norm(ctx.title))):
        return []  # repeats the title, which the writer prints from metadata
    if tag.name == "h1" and not ctx.body_started:
        shown = " ".join(inline_text(inlines).split())
        if not ctx.title or _norm(ctx.title) in text:
            # An H1 above all body text that holds the title ("Kicker: Title") is the page's headline.
            ctx.dropped.append(Dropped(shown, "headline above the text: the article's title is shown from its metadata"))
            return []
        if headline_shaped(shown):
            # Worded unlike the <title> ("Short SEO title - Site"): what the page shows its readers is the headline.
            ctx.dropped.append(Dropped(shown, HEADLINE_AS_TITLE))
            return []
    if is_user_handle(text):
        # A forum poster's handle set as a heading over the post ("moviebuff88"): the post's signature line.
        return [Paragraph(inlines)]
    # Any other H1 (a section's name, "Faire un don :") is kept as a heading: never lost.
    heading = Heading(int(tag.name[1]), inlines)
    ctx.headings.append((int(tag.name[1]), heading))
    return [heading]


def without_bold_headline(blocks: list[Block], title: str, dropped: list[Dropped]) -> list[Block]:
    """``blocks`` without their first when it is the page's headline set in bold, not as a heading:
    a paragraph wholly in ``<b>`` (an old page's ``<font size=4><b>Headline</b></font><br>``) that
    holds the ``title`` and is at most a headline's length (:data:`_BOLD_HEADLINE_WORDS`). The same
    rule as an ``<h1>`` above the text that holds the title (:func:`_heading`); listed in ``dropped``."""
    if not blocks or not title or not isinstance(first := blocks[0], Paragraph):
        return blocks
    if len(first.inlines) != 1 or not isinstance(first.inlines[0], Strong):
        return blocks
    shown = " ".join(inline_text(first.inlines).split())
    if len(shown.split()) > _BOLD_HEADLINE_WORDS or not _is_title_line(title, shown):
        return blocks
    dropped.append(Dropped(shown, "headline above the text: the article's title is shown from its metadata"))
    return blocks[1:]


def opening_headline(blocks: list[Block]) -> tuple[str, list[Block]]:
    """The headline that opens ``blocks`` and the blocks after it, or ("", ``blocks``): a heading
    of level 1 to 3, or a line wholly in bold of a headline's length (:data:`_BOLD_HEADLINE_WORDS`
    words at most), a paragraph of its own or the first line of one (``<b>Headline</b><br>Text``,
    an old hand-made page's), that reads as one (:func:`headline_shaped`). The article's title
    where the ``<title>`` names only the site (:func:`ingest.html.metadata.names_the_site`)."""
    if not blocks:
        return "", blocks
    first, rest = blocks[0], blocks[1:]
    if isinstance(first, Heading) and first.level <= _OPENING_HEADLINE_LEVEL:
        shown = " ".join(inline_text(first.inlines).split())
    elif isinstance(first, Paragraph) and first.inlines and isinstance(first.inlines[0], Strong):
        shown = " ".join(inline_text(first.inlines[:1]).split())
        if len(first.inlines) > 1:
            if not isinstance(first.inlines[1], LineBreak):
                return "", blocks  # a bold lead-in of the paragraph's sentence
            if after := normalise_inlines(list(first.inlines[2:])):
                rest = [Paragraph(after), *rest]
        if len(shown.split()) > _BOLD_HEADLINE_WORDS:
            return "", blocks
    else:
        return "", blocks
    return (shown, rest) if headline_shaped(shown) else ("", blocks)


_OPENING_HEADLINE_LEVEL = 3
# A headline set in bold is a line; a longer bold paragraph that holds the title is the text's.
_BOLD_HEADLINE_WORDS = 25
# A bold line is the headline when the title's words are at least this share of its words; a
# standfirst that names the film of a one-word title ("Parasite") is the text's.
_TITLE_SHARE_OF_BOLD_LINE = 0.5
_WORD = re.compile(r"\w+")


def _is_title_line(title: str, shown: str) -> bool:
    """Whether ``shown`` holds ``title`` as a run of whole words (so "Her" is not in "where") and
    the title is most of it (:data:`_TITLE_SHARE_OF_BOLD_LINE` of its words)."""
    wanted, words = _WORD.findall(_norm(title)), _WORD.findall(_norm(shown))
    if not wanted or len(wanted) < _TITLE_SHARE_OF_BOLD_LINE * len(words):
        return False
    return any(words[i:i + len(wanted)] == wanted for i in range(len(words) - len(wanted) + 1))


# The reason the reader looks for to retitle the article (ingest.html.reader).
HEADLINE_AS_TITLE = "headline above the text, worded unlike the page's <title>: shown as the article's title"


def _norm(text: str) -> str:
    return title_key(text)


def _list(tag: Tag, ctx: Context, depth: int) -> list[Block]:
    if _is_footnote_list(tag):
        return _footnotes(tag, ctx, depth)
    items: list[tuple[Block, ...]] = []
    values: list[int | None] = []  # each kept item's <li value>, if it has one
    for child in tag.children:
        if isinstance(child, Tag) and child.name == "li":
            blocks = convert_children(child, ctx, depth)
            if blocks:
                items.append(tuple(blocks))
                values.append(_list_start(child.get("value"), -1) if child.has_attr("value") else None)
        elif isinstance(child, Tag) and child.name in ("ul", "ol") and items:
            # <ul><li>a</li><ul>...</ul></ul>: a sub-list written as a sibling
            items[-1] = items[-1] + tuple(_list(child, ctx, depth + 1))
    if not items:
        return []
    if tag.name != "ol":
        return [ListBlock(False, tuple(items))]
    descending = tag.has_attr("reversed")
    start = _list_start(tag.get("start"), len(items) if descending else 1)
    numbers = _item_values(values, start, descending)
    if (counter := _lettered(tag)) is not None:
        # Letters or Roman numerals ("a.", "IV."), which no Markdown list marker writes: the
        # page's marker opens its item's text, in a list of bullets, not numbers it never showed
        # (newrelic/docs-website#916, michelf/php-markdown#88: "rule (b)" read beside "2.").
        return [ListBlock(False, tuple(_marked(item, f"{counter(n)}.") for item, n in zip(items, numbers, strict=True)))]
    if any(value is not None for value in values):
        return [ListBlock(True, tuple(items), numbers[0], numbers=tuple(numbers))]
    return [ListBlock(True, tuple(items), start, descending)]


def _item_values(values: list[int | None], start: int, descending: bool) -> list[int]:
    """The number each item shows, as HTML counts them: an item's own ``value`` (kept if CommonMark
    can write it), else one more than the item before (one less in a ``reversed`` list), the
    first counting from ``start``."""
    numbers: list[int] = []
    step = -1 if descending else 1
    for value in values:
        if value is not None and value >= 0:
            numbers.append(value)
        else:
            numbers.append(numbers[-1] + step if numbers else start)
    return numbers


# The counters of <ol type> and of CSS list-style-type that are no decimal numbers (HTML's "a",
# "A", "i", "I"; CSS Counter Styles 3's lower-alpha, upper-roman, ...).
_LIST_TYPE_ATTRIBUTE = {"a": "lower-alpha", "A": "upper-alpha", "i": "lower-roman", "I": "upper-roman"}
_LIST_STYLE_TYPE = re.compile(r"list-style(?:-type)?\s*:[^;]*?\b((?:lower|upper)-(?:alpha|latin|roman))\b", re.IGNORECASE)
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _lettered(ol: Tag) -> Callable[[int], str] | None:
    """How ``ol`` writes an item's number when it is a letter or a Roman numeral, else None."""
    kind = _LIST_TYPE_ATTRIBUTE.get(str(ol.get("type") or "").strip())
    style = ol.get("style")
    if kind is None and isinstance(style, str) and (found := _LIST_STYLE_TYPE.search(style)):
        kind = found.group(1).lower().replace("latin", "alpha")
    if kind is None:
        return None
    counter = _alphabetic if kind.endswith("alpha") else _roman
    return (lambda n: counter(n).upper()) if kind.startswith("upper") else counter


def _alphabetic(number: int) -> str:
    """1 -> "a", 26 -> "z", 27 -> "aa" (CSS's alphabetic counter); a number below 1 as digits."""
    if number < 1:
        return str(number)
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def _roman(number: int) -> str:
    """4 -> "iv" (CSS's lower-roman, 1 to 3999); any other number as digits, as CSS falls back."""
    if not 1 <= number <= 3999:
        return str(number)
    letters = ""
    for value, numeral in _ROMAN:
        count, number = divmod(number, value)
        letters += numeral * count
    return letters


def _marked(item: tuple[Block, ...], marker: str) -> tuple[Block, ...]:
    """``item`` with ``marker`` opening its text: in its first paragraph, or a paragraph of its own."""
    first = item[0]
    if isinstance(first, Paragraph):
        return (Paragraph(normalise_inlines([Text(f"{marker} "), *first.inlines])), *item[1:])
    return (Paragraph((Text(marker),)), *item)


def _list_start(value: object, default: int) -> int:
    """An ``<ol start>`` as a number CommonMark can write (0 to 999 999 999 items: its limit of
    nine digits); anything else is ``default`` (HTML's own: 1, or the item count when reversed)."""
    try:
        start = int(str(value).strip())
    except ValueError:
        return default
    return start if 0 <= start <= 999_999_999 else default


def _definition_list(tag: Tag, ctx: Context, depth: int) -> list[Block]:
    blocks: list[Block] = []
    for child in tag.children:
        if isinstance(child, Tag) and child.name == "dt":
            inlines = normalise_inlines(_inline_children(child, ctx, depth))
            if inlines:
                blocks.append(Paragraph((Strong(inlines),)))
        elif isinstance(child, Tag) and child.name == "dd":
            blocks.extend(convert_children(child, ctx, depth))
    return blocks


def _quote(tag: Tag, ctx: Context, depth: int) -> list[Block]:
    blocks = convert_children(tag, ctx, depth)
    return [Quote(tuple(blocks))] if blocks else []


def _pre_text(tag: Tag) -> str:
    """The text of a ``<pre>``, each ``<br>`` a line break (get_text() drops them, gluing the lines)."""
    parts: list[str] = []
    for node in tag.descendants:
        if isinstance(node, Tag) and node.name == "br":
            parts.append("\n")
        elif type(node) in (NavigableString, CData):  # what get_text() reads: no comments
            parts.append(str(node))
    return "".join(parts)


def _pre(tag: Tag, ctx: Context, depth: int) -> list[Block]:
    text = _pre_text(tag).strip("\n")
    return [Preformatted(text)] if text.strip() else []


def _rule(tag: Tag, ctx: Context, depth: int) -> list[Block]:
    return [Rule()]


def _is_layout_table(tag: Tag) -> bool:
    """A table used for page layout: cells hold paragraphs, lists or other tables.

    Not a grid of short cells each wrapped in one ``<p>``: editors (TinyMCE, CKEditor) write
    every cell of a data table so, and the grid was lost (field report: markdownify's tables
    with paragraphs in cells; ``tests/field/converters/c41_*``).
    """
    return _contains_any(tag, _LAYOUT_CELL_CONTENT) and not _paragraph_wrapped_grid(tag)


# A data cell is a value, a name or a short phrase; a layout cell holds running text.
_DATA_CELL_WORDS = 40


def _paragraph_wrapped_grid(tag: Tag) -> bool:
    """Two rows or more, one of two cells or more, and every cell at most one paragraph of
    at most ``_DATA_CELL_WORDS`` words, with no list, heading, quote, division or table in it."""
    rows = table_rows(tag)
    widest = 0
    for tr in rows:
        cells = row_cells(tr)
        widest = max(widest, len(cells))
        for cell in cells:
            if _nested_grid(cell) is not None:
                continue  # a credits table's cast, itself a small grid, in a cell of the outer one
            if _contains_any(cell, _LAYOUT_CELL_CONTENT - {"p"}) or len(cell.find_all("p", limit=2)) > 1:
                return False
            if len(cell.get_text().split()) > _DATA_CELL_WORDS:
                return False
    return len(rows) >= 2 and widest >= 2


def _nested_grid(cell: Tag) -> Tag | None:
    """The one table that is a cell's only content when it is a small data grid (a cast list of
    names and roles in the "Cast" cell of a credits table, old pages' habit), else None: every cell
    of it at most ``_DATA_CELL_WORDS`` words with no paragraph, list, heading or table inside.
    A layout page's nested tables hold running text and fail this."""
    children = [c for c in cell.children if not (isinstance(c, NavigableString) and not c.strip())]
    if len(children) != 1 or not isinstance(children[0], Tag) or children[0].name != "table":
        return None
    table = children[0]
    for tr in table_rows(table):
        for inner in row_cells(tr):
            if _contains_any(inner, _LAYOUT_CELL_CONTENT) or len(inner.get_text().split()) > _DATA_CELL_WORDS:
                return None
    return table


def _cell_inlines(cell: Tag, ctx: Context, depth: int) -> list[Inline]:
    """A table cell's inlines; a small grid nested in it (:func:`_nested_grid`) read row by row,
    its cells parted by commas and its rows by semicolons ("Rui Costa, the fisherman; Eva Reis,
    his sister"), as a Markdown table cell holds one line and no table."""
    table = _nested_grid(cell)
    if table is None:
        return _inline_children(cell, ctx, depth)
    lines = []
    for tr in table_rows(table):
        parts = [words for inner in row_cells(tr) if (words := normalise_inlines(_inline_children(inner, ctx, depth + 2)))]
        if parts:
            lines.append([piece for i, part in enumerate(parts) for piece in ((Text(", "),) if i else ()) + part])
    return [piece for i, line in enumerate(lines) for piece in ([Text("; ")] if i else []) + line]


def _table(tag: Tag, ctx: Context, depth: int) -> list[Block]:
    if _is_layout_table(tag):
        return convert_children(tag, ctx, depth)
    rows: list[tuple[tuple[Inline, ...], ...]] = []
    trs = [(tr, cells) for tr in table_rows(tag) if (cells := row_cells(tr))]
    grid = placed_cells([cells for _, cells in trs])
    if grid is None:  # spans or ragged rows drawing a grid far larger than its cells: their text, as a layout table's
        ctx.warnings.append(f"a table of {sum(len(cells) for _, cells in trs):,} cells whose spans and short rows draw a far larger grid: its cells read as paragraphs")
        return convert_children(tag, ctx, depth)
    texts = [normalise_inlines(_cell_inlines(c, ctx, depth)) for _, cells in trs for c in cells]
    width = max((len(line) for line in grid), default=0)
    # Header rows: the first row of header cells or in a <thead>, or (editors with no header
    # button) a first row all in bold; when that row spans columns or rows (a header of two
    # levels), the rows of header cells after it belong to the same header, one line of Markdown:
    # each column names the cells above it ("Screenings Friday"). A table of header cells only
    # keeps its rows under the first.
    heads = 0
    if trs and (is_header_row(*trs[0]) or all(len(texts[n]) == 1 and isinstance(texts[n][0], Strong) for n, _ in grid[0])):
        heads = 1
        two_levels = any(cell_span(cell, "colspan") > 1 or cell_span(cell, "rowspan") > 1 for cell in trs[0][1])
        while two_levels and heads < len(trs) - 1 and is_header_row(*trs[heads]):
            heads += 1
    header = heads > 0
    if heads:
        merged = []
        for column in range(width):
            numbers = dict.fromkeys(line[column][0] for line in grid[:heads] if column < len(line) and line[column][0] >= 0)
            words = [texts[n] for n in numbers if texts[n]]
            merged.append(normalise_inlines([piece for i, w in enumerate(words) for piece in ((Text(" "),) if i else ()) + w]))
        rows.append(tuple(merged))
    for line in grid[heads:]:
        rows.append(tuple(texts[n] if first else () for n, first in line))
    if not any(any(cell for cell in row) for row in rows):
        return []
    blocks: list[Block] = []
    caption = tag.find("caption")
    if caption is not None:
        inlines = normalise_inlines(_inline_children(caption, ctx, depth))
        if inlines:
            blocks.append(Paragraph(inlines))
    blocks.append(Table(tuple(rows), header))
    return blocks


# Where a lazy loader keeps the picture's addresses while ``src`` holds a placeholder.
_LAZY_SOURCES = ("srcset", "data-srcset", "data-lazy-srcset")


def image_source(img: Tag, ctx: Context) -> str | None:
    """Figure.image for an <img>: a saved-page ``X_files/`` path, an https URL, or the picture
    itself inlined as a base64 ``data:`` URI (:func:`ingest.assets.is_inlined_picture`: SingleFile's
    pages) named by its :func:`ingest.assets.inlined_reference`, which :mod:`ingest.assets` finds in
    the page again, decodes and checks like a saved file; else None."""
    src = None
    # A lazy loader's address comes first: its src is a placeholder until a script swaps it.
    for attr in ("data-src", "data-lazy-src", "data-original", "src"):
        value = img.get(attr)
        if isinstance(value, str) and value.strip() and not value.startswith("data:"):
            src = value.strip()
            break
    if src is None and not img.get("src"):
        # No src at all: the address a responsive or lazy-loaded picture keeps in a srcset, its own
        # or its <picture>'s <source> elements' (rss-reader#461, NextINpact/Next#351).
        src = _largest_candidate(img)
    if src is None:
        # No address but the picture itself, inlined (SingleFile): the asset step decodes and checks it.
        inlined = img.get("src")
        if any(img.get(attr) for attr in _LAZY_SOURCES):
            return None  # a lazy loader's placeholder (a blank GIF) until a script sets the picture's address
        if isinstance(inlined, str) and inlined.startswith("data:"):
            inlined = "".join(inlined.split())
            if is_inlined_picture(inlined):
                return inlined_reference(inlined)  # by reference: the asset step finds it in the page again
            ctx.warnings.append("picture inlined as a data: URI that holds no picture in base64, or an over-long one: left out")
        elif not inlined and any(name.startswith("data:") for name in img.attrs):
            # lxml empties a value over its limit and reads the rest as attributes ("data:image", ...).
            ctx.warnings.append(f"picture inlined as a data: URI over {LXML_MAX_ATTRIBUTE_CHARS:,} characters, more than the HTML reader keeps: left out")
        return None
    try:
        parts = urlsplit(src)
        if not parts.scheme and not parts.netloc:
            local = _saved_asset_path(unquote(parts.path))
            if local is not None:
                return local
            if not ctx.base_url:  # nothing to resolve it against: a path on the build machine
                ctx.warnings.append(f"picture {src[:80]!r} is not in a folder saved beside the page; left out")
                return None
            src = urljoin(ctx.base_url, src)
            parts = urlsplit(src)
    except ValueError:  # "http://[oops": no address, the alt text stays
        return None
    if parts.scheme == "https" and parts.hostname:
        return src
    return None


def _largest_candidate(img: Tag) -> str | None:
    """The widest picture (by its ``w`` or ``x`` descriptor) ``img``'s srcset offers (``srcset``,
    a lazy loader's ``data-srcset``; a ``<picture>``'s ``<source>`` set lent to it by
    ``reader._picture_sources_onto_img``), else None. Candidates are read as by
    :func:`_srcset_candidates`."""
    best, best_size = None, -1.0
    for attr in _LAZY_SOURCES:
        value = img.get(attr)
        if not isinstance(value, str):
            continue
        for address, descriptor in _srcset_candidates(value):
            size = _descriptor_size(descriptor)
            if address and not address.startswith("data:") and size > best_size:
                best, best_size = address, size
    return best


_SRCSET_GAP = re.compile(r"[\s,]*")
_SRCSET_URL = re.compile(r"\S+")
_SRCSET_DESCRIPTOR = re.compile(r"[^,]*")


def _srcset_candidates(value: str) -> list[tuple[str, str]]:
    """A srcset's (address, descriptor) pairs, as the HTML standard's parser reads them ("parse a
    srcset attribute"): an address runs to the next whitespace, less any commas it ends with (then it
    has no descriptor), its descriptor to the next comma. So an address holding a comma (an image CDN's
    "w_640,h_360") stays whole, and "a-320.jpg 320w,a-1280.jpg 1280w" (no space) is two candidates.
    Descriptors' parentheses (no descriptor in use has them) are not read."""
    candidates = []
    position = 0
    while (position := _SRCSET_GAP.match(value, position).end()) < len(value):
        address = _SRCSET_URL.match(value, position).group()
        position += len(address)
        descriptor = ""
        if address.endswith(","):
            address = address.rstrip(",")
        else:
            descriptor = _SRCSET_DESCRIPTOR.match(value, position).group()
            position += len(descriptor)
        candidates.append((address, descriptor.strip()))
    return candidates


def _descriptor_size(descriptor: str) -> float:
    """"1280w" -> 1280, "2x" -> 2, none -> 1 (a candidate without one is "1x")."""
    match = re.fullmatch(r"(\d+(?:\.\d+)?)[wx]", descriptor)
    return float(match[1]) if match else 1.0


def _saved_asset_path(path: str) -> str | None:
    """``X_files/pic.jpg`` for a picture saved with the page, else None.

    The path must stay inside a ``*_files`` folder next to the page: no
    absolute path, no ``..`` segment, nothing after normalisation that leaves it.
    """
    if path.startswith("/") or "\\" in path:
        return None
    norm = normpath(path)
    segments = norm.split("/")
    if norm.startswith("/") or ".." in segments or len(segments) < 2:
        return None
    return norm if segments[0].endswith("_files") else None


def _is_tiny(img: Tag) -> bool:
    for attr in ("width", "height"):
        value = img.get(attr)
        if isinstance(value, str) and value.isdigit() and int(value) < _TINY_IMAGE_PX:
            return True
    return False


# What a <figure> holds besides a picture: WordPress's table, quote and pull-quote blocks, a code listing.
_FIGURE_PICTURES = [*_PICTURES, "picture", "source"]
_FIGURE_TEXT_BLOCKS = frozenset({"table", "blockquote", "pre", "ul", "ol", "dl", "p", "h1", "h2", "h3", "h4", "h5", "h6"})


def _holds_text_blocks(figure: Tag) -> bool:
    """Whether ``figure`` holds, outside its caption, a block of text (a table, a quote, a listing),
    and no picture (``<picture>``/``<source>`` too, a picture with no ``<img>``). An embed's figure
    (WordPress's ``wp-block-embed``: a tweet's blockquote) is another site's post, never the article's text."""
    if figure.find(_FIGURE_PICTURES) is not None or any(t.startswith("wp-block-embed") for t in figure.get("class", []) or []):
        return False
    return any(
        isinstance(child, Tag)
        and child.name != "figcaption"
        and (child.name in _FIGURE_TEXT_BLOCKS or _contains_any(child, _FIGURE_TEXT_BLOCKS))
        and child.get_text(strip=True)
        for child in figure.children
    )


def _figure(tag: Tag, ctx: Context, depth: int) -> list[Block]:
    img = tag if tag.name in _PICTURES else tag.find(_PICTURES)
    if img is None and tag.name == "figure" and _holds_text_blocks(tag):
        # A figure of text, not of a picture (<figure class="wp-block-table"><table>…<figcaption>):
        # read as a picture, only its caption was kept and the table's or quote's text was lost.
        return convert_children(tag, ctx, depth)
    caption: tuple[Inline, ...] = ()
    credit: tuple[Inline, ...] = ()
    figcaption = tag.find("figcaption") if tag.name not in _PICTURES else _caption_beside(tag)
    if figcaption is not None:
        for part in figcaption.find_all(True):
            value = " ".join(part.get("class", []) or [])
            if value and any(t in _CREDIT_TOKENS for t in class_tokens(value)):
                credit = normalise_inlines(_inline_children(part, ctx, depth))
                part.decompose()
                break
        if not credit and (said := _credit_after_caption(figcaption)):
            credit = (Text(said),)
        caption = normalise_inlines(_inline_children(figcaption, ctx, depth))
        if tag.name in _PICTURES:
            figcaption.decompose()  # the caption beside the picture: converted once, as its
    if img is None or _is_tiny(img):
        if not caption:
            return []
        return [Figure(None, "", caption, credit)]
    alt = img.get("alt")
    alt = _WS.sub(" ", alt).strip() if isinstance(alt, str) else ""
    if not caption and _is_logo(img, ctx):
        ctx.dropped.append(Dropped(alt or "(a picture)", LOGO_REASON))
        return []
    image = image_source(img, ctx)
    if image is None and not caption and not alt:
        return []
    return [Figure(image, alt, caption, credit)]


def _caption_beside(picture: Tag) -> Tag | None:
    """The element right after a picture outside a ``<figure>`` that the page classes as its caption
    (a class token of :data:`ingest.html.rules.CAPTION_TOKENS`: AMP's and old themes'
    ``<amp-img>…<p class="caption">``), short and with no picture of its own; else None."""
    after = picture.next_sibling
    while isinstance(after, NavigableString) and not after.strip():
        after = after.next_sibling
    if not isinstance(after, Tag) or after.name not in ("p", "div", "span", "small"):
        return None
    if rules.CAPTION_TOKENS.isdisjoint(class_tokens(" ".join(after.get("class", []) or []))):
        return None
    if after.find(_PICTURES) is not None or len(after.get_text(" ").split()) > 2 * text_rules.MAX_CAPTION_WORDS:
        return None
    return after


SLIDE_COUNTER_REASON = "slide counter (a gallery's 'N / M' beside its picture)"
# A gallery's position line: "1 / 3", "2 of 12", nothing else.
_SLIDE_COUNTER = re.compile(r"^\s*(\d{1,3})\s*(?:/|of)\s*(\d{1,3})\s*$")


def _is_slide_counter(tag: Tag) -> bool:
    """An element that is only a slide's position ("1 / 3", "2 of 3", N at most M) with a picture
    beside it, in the same parent: a gallery's counter, never a sentence of the article (issue 12)."""
    match = _SLIDE_COUNTER.match(tag.get_text(" ", strip=True))
    if match is None or not 1 <= int(match.group(1)) <= int(match.group(2)):
        return False
    return any(
        isinstance(sibling, Tag) and (sibling.name in _PICTURES or sibling.find(_PICTURES) is not None)
        for sibling in (*tag.previous_siblings, *tag.next_siblings)
    )


def _is_logo(img: Tag, ctx: Context) -> bool:
    """A site's or a press's logo: a picture that it, its link or the element around them names
    one by a class or id word ("press_logo", "site-logo", "brand-logo": ``_LOGO_TOKENS``), or
    whose link leads to the site's home page (``href="/"``): the masthead's, never the article's
    (a portal prints the press's logo above each article it carries)."""
    for element in (img, *img.parents):
        if element.name in _LOGO_SCOPE_ENDS:
            break
        value = " ".join(element.get("class", []) or []) + " " + str(element.get("id") or "")
        if not _LOGO_TOKENS.isdisjoint(class_tokens(value)):
            return True
        if element.name == "a" and isinstance(href := element.get("href"), str) and _is_home_page(href, ctx.base_url):
            return True
    return False


def _is_home_page(href: str, base_url: str | None) -> bool:
    """Whether a link leads to its site's home page: "/", or the page's own host and no path."""
    try:
        parts = urlsplit(urljoin(base_url or "", href.strip()))
        own = urlsplit(base_url).hostname if base_url else None
    except ValueError:
        return False
    return parts.path in ("", "/") and not parts.query and (not parts.hostname or parts.hostname == own)


LOGO_REASON = "logo (the site's or the press's picture, not the article's)"
_LOGO_TOKENS = frozenset({"logo", "logos", "brand", "brandmark", "wordmark"})
# The picture's own wrappers are looked at up to the block they stand in.
_LOGO_SCOPE_ENDS = frozenset({"p", "figure", "article", "main", "section", "body", "li", "td"})


# Picture credits by their label, as the press of the archive's languages prints them: the text
# reader's conventions (:data:`ingest.credit_shape.CREDIT_LINE`) and a few more labels, in lower case
# too: German "Foto:"/"Bild:", French "Photo :", Chinese "图片来源：" (picture source), Japanese "写真："/"撮影：" (photo, shot by).
CREDIT_LINE = [
    *credit_shape.CREDIT_LINE,
    r"[\[(（]?\s*(?:fotos?|bild(?:er)?|photos?)\s*:\s*\S.*",
    r"[\[(（]?\s*(?:图片来源|圖片來源|图片|圖片|写真|撮影|攝影|摄影)\s*[:：]\s*\S.*",
]
# Where a credit may start inside a caption: after the caption's sentence, or at a bracket.
_CREDIT_START = re.compile(r"(?<=[.!?。！？])\s*|\s*(?=[(（\[])")


def _credit_after_caption(figcaption: Tag) -> str:
    """The credit a caption ends with, cut from its last words ("Ana Ruiz in Berlin. (Photo by Jo
    Lee/Agency)", "감독. 사진=CJ ENM 제공", "監督（撮影：田中次郎）"), or "" when it ends with none.
    The caption's words before it stay; a caption that is a credit alone is left whole."""
    last = next((string for string in reversed(find_strings(figcaption)) if string.strip()), None)
    if last is None or last.find_parent("a") is not None:
        return ""
    text = str(last)
    for start in _CREDIT_START.finditer(text):
        said, credit = text[: start.start()], _WS.sub(" ", text[start.end():]).strip()
        if not credit or len(credit.split()) > text_rules.MAX_CAPTION_WORDS:
            continue
        before = said if said.strip() else " ".join(s for s in find_strings(figcaption) if s is not last)
        if before.strip() and full_match(CREDIT_LINE, credit.strip("[]()（） ")):
            last.replace_with(NavigableString(said.rstrip()))
            return credit
    return ""


def _container(tag: Tag, ctx: Context, depth: int) -> list[Block]:
    if _is_footnote_list(tag):
        return _footnotes(tag, ctx, depth)
    return convert_children(tag, ctx, depth)


BLOCK_CONVERTERS: dict[str, Callable[[Tag, Context, int], list[Block]]] = {
    "p": _paragraph,
    **{f"h{n}": _heading for n in range(1, 7)},
    "ul": _list,
    "ol": _list,
    "dl": _definition_list,
    "blockquote": _quote,
    "pre": _pre,
    "hr": _rule,
    "table": _table,
    "figure": _figure,
    "img": _figure,
    "amp-img": _figure,
    "div": _container,
    "section": _container,
    "article": _container,
    "main": _container,
}


def _contains_any(tag: Tag, names: frozenset[str]) -> bool:
    """Whether a descendant is one of ``names`` (a plain walk: bs4's find() with a set is slow).

    Stops after ``_SCAN_LIMIT`` nodes and answers yes: a subtree that big is
    converted as blocks, which keeps deeply nested pages linear.
    """
    stack = list(reversed(tag.contents))
    seen = 0
    while stack:
        node = stack.pop()
        if isinstance(node, Tag):
            if node.name in names:
                return True
            seen += 1
            if seen > _SCAN_LIMIT:
                return True
            stack.extend(reversed(node.contents))
    return False


def _contains_blocks(tag: Tag) -> bool:
    return _contains_any(tag, _BLOCK_TAGS)


# The glue between a header's items ("Jane Doe · Feb 18, 2026") left alone once they were dropped: no
# paragraph (the menu separators, rules.MENU_SEPARATOR_PATTERN).
_LONE_SEPARATOR = re.compile(r"\s*[·|•]\s*")
# A paywall's lines (its notice, its buttons: the text reader's, ingest.text.rules.PAYWALL_NOTICE), loose
# text in a box whose notice paragraph was dropped.
_PAYWALL_BUTTONS = re.compile("|".join(f"(?:{p})" for p in text_rules.PAYWALL_NOTICE), re.IGNORECASE)


def convert_children(tag: Tag, ctx: Context, depth: int = 0) -> list[Block]:
    """Blocks for a tag's children: runs of inline content become paragraphs."""
    blocks: list[Block] = []
    pending: list[Inline] = []
    # Whether ``pending`` holds text yet, kept as it grows: asking _has_text of
    # the whole list for each child made 100 000 <br><span></span> quadratic.
    pending_has_text = False

    def flush() -> None:
        nonlocal pending_has_text
        for run in split_on_blank_lines(pending):
            inlines = normalise_inlines(run)
            if inlines and _LONE_SEPARATOR.fullmatch(text := inline_text(inlines)):
                ctx.dropped.append(Dropped(text, "separator left between dropped elements (a byline's and a date's)"))
            elif inlines and _PAYWALL_BUTTONS.fullmatch(text.strip()):
                ctx.dropped.append(Dropped(text, "paywall notice"))  # "Subscribe Sign in" loose in the paywall's box
            elif inlines:
                blocks.append(Paragraph(inlines))
                ctx.body_started = True
        pending.clear()
        pending_has_text = False

    if depth > MAX_DEPTH:
        ctx.flattened()
        text = _text_of(tag)
        return [Paragraph((Text(text),))] if text else []
    for child in tag.children:
        if isinstance(child, Tag):
            name = child.name
            if name in rules.UNSAFE_TAGS and name not in _READ_AS_TEXT:
                continue
            keep_styled_line_breaks(child)
            if _is_slide_counter(child):
                ctx.dropped.append(Dropped(_text_of(child), SLIDE_COUNTER_REASON))
                continue
            converter = BLOCK_CONVERTERS.get(name)
            if converter is None and name not in INLINE_CONVERTERS and name in _BLOCK_TAGS:
                converter = _container
            if converter is None and name not in INLINE_CONVERTERS and _contains_blocks(child):
                converter = _container  # <span> or <font> wrapping paragraphs
            if converter is not None and not (name in _PICTURES and pending_has_text):
                flush()
                blocks.extend(converter(child, ctx, depth + 1))
                continue
            if name in ("a", "span", "picture") and not pending_has_text and not child.get_text(strip=True):
                figure = _lone_image(child, ctx, depth + 1)
                # A picture left out (no address, no alt text) was reported by _figure: read again
                # as an inline, it gave nothing but the same warning a second time.
                if figure or _holds_a_picture(child):
                    flush()
                    blocks.extend(figure)
                    continue
        inlines = convert_inline(child, ctx, depth + 1)
        pending.extend(inlines)
        pending_has_text = pending_has_text or _has_text(inlines)
    flush()
    return blocks


def normalise_headings(blocks: list[Block], ctx: Context) -> list[Block]:
    """Renumber headings so the first is level 1 and no level is skipped."""
    if not ctx.headings:
        return blocks
    mapping: dict[int, Heading] = {}
    stack: list[int] = []
    for raw, heading in ctx.headings:
        while stack and stack[-1] >= raw:
            stack.pop()
        stack.append(raw)
        mapping[id(heading)] = Heading(len(stack), heading.inlines)
    return [_renumber(b, mapping) for b in blocks]


def _renumber(block: Block, mapping: dict[int, Heading]) -> Block:
    if isinstance(block, Heading):
        return mapping.get(id(block), block)
    if isinstance(block, Quote):
        return Quote(tuple(_renumber(b, mapping) for b in block.blocks))
    if isinstance(block, ListBlock):
        return replace(block, items=tuple(tuple(_renumber(b, mapping) for b in item) for item in block.items))
    return block


def convert_nodes(
    nodes: list[Tag], base_url: str | None = None, title: str = "", warnings: list[str] | None = None, dropped: list[Dropped] | None = None
) -> list[Block]:
    """Model blocks for the chosen article nodes, in order; conversion warnings go to
    ``warnings``, and what it leaves out (a headline unlike the title) to ``dropped``."""
    ctx = Context(base_url=base_url, title=title, warnings=warnings if warnings is not None else [], dropped=dropped if dropped is not None else [],
                  article_nodes=list(nodes))
    collect_footnote_ids(nodes, ctx)
    blocks: list[Block] = []
    for node in nodes:
        keep_styled_line_breaks(node)
        converter = BLOCK_CONVERTERS.get(node.name, _container)
        blocks.extend(converter(node, ctx, 0))
    return normalise_headings(blocks, ctx)


def without_credit_lines(blocks: list[Block], credits: list[str], dropped: list[Dropped]) -> list[Block]:
    """``blocks`` without the paragraphs that are a photo credit alone ("Crédits photos : Bestimage",
    "Photo courtesy of the studio"), by the credit conventions the text-dump reader reads too
    (:data:`CREDIT_LINE`): each goes to ``credits`` and to ``dropped`` with its reason. A short
    paragraph of text only (no link, no note marker) that ends with a picture's credit, no picture
    above it, becomes that picture's caption (:func:`caption_and_credit`)."""
    kept: list[Block] = []
    for block in blocks:
        text = _WS.sub(" ", inline_text(block.inlines)).strip() if isinstance(block, Paragraph) else ""
        # Not a sentence: "Courtesy of the festival, every film is subtitled." is the article's.
        credit = text and len(text.split()) <= text_rules.MAX_CAPTION_WORDS and not ends_sentence(text)
        if credit and full_match(CREDIT_LINE, text.strip("[]()（） ")):
            credits.append(text)
            dropped.append(Dropped(text, "photo credit (shown in the article header)"))
        elif (
            text
            and len(text.split()) <= 2 * text_rules.MAX_CAPTION_WORDS
            and not (kept and isinstance(kept[-1], Figure))  # a picture above: the caption is its, shown as the page set it
            and holds_only_text(block.inlines)  # a link or a note marker is the body's: a caption's text would lose it
            and (caption := caption_and_credit(text))
        ):
            kept.append(figure(*caption))
        else:
            kept.append(block)
    return kept


def caption_and_credit(text: str) -> tuple[str, str] | None:
    """``(caption, credit)`` of a paragraph's text that is a picture's caption with a picture's credit
    at its end ("Kim Ha-neul on the ferry. (Photo: Choi Min-seo)"), else None: a caption set apart,
    not body text (mozilla/readability#125). Only a credit that can be nothing but a picture's
    (:data:`ingest.credit_shape.PICTURE_TRAILING_CREDIT`): body text also ends "(Source: KOFIC)",
    "(Quelle: FFA)" or "© Name"."""
    caption, credit = credit_shape.split_trailing_credit(text, credit_shape.PICTURE_TRAILING_CREDIT)
    return (caption, credit) if credit and caption else None


def figure_credits(blocks: list[Block]) -> list[str]:
    """The plain text of every figure credit, in order (for ``Metadata.image_credits``)."""
    credits: list[str] = []
    stack = list(reversed(blocks))
    while stack:
        block = stack.pop()
        if isinstance(block, Figure) and block.credit:
            credits.append(_WS.sub(" ", inline_text(block.credit)).strip())
        elif isinstance(block, Quote):
            stack.extend(reversed(block.blocks))
        elif isinstance(block, ListBlock):
            for item in reversed(block.items):
                stack.extend(reversed(item))
    return credits
