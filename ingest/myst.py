"""Article -> MyST Markdown.

One small renderer per block and inline type, chosen through a table, as in
trafilatura's ``CONVERSIONS``. Scraped text reaches the output only through
:mod:`ingest.escape`; everything else written here (fences, field names,
classes, footnote labels, asset paths) is the pipeline's own vocabulary.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from urllib.parse import quote, urlsplit, urlunsplit

from ingest import model
from people_films import links
from ingest.assets import is_asset_src
from ingest.dates import display_date
from ingest.escape import clean_text, escape_inline, fence, href_as_browsers_read
from ingest.frontmatter import front_matter
from ingest.plaintext import holds_only_text, inline_text

# --- Inlines -----------------------------------------------------------------

_SAFE_SCHEMES = {"http", "https", "mailto"}
_LABEL_UNSAFE = re.compile(r"[^A-Za-z0-9-]")


def safe_url(url: str) -> str | None:
    """An absolute http(s)/mailto URL fit for ``[text](<url>)``, or None."""
    url = href_as_browsers_read(url)  # a space inside is kept, and quoted below
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _SAFE_SCHEMES:
        return None
    if parts.scheme.lower() != "mailto" and not parts.hostname:
        return None
    netloc = parts.netloc
    if not netloc.isascii():
        try:
            netloc = netloc.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    keep = "/%:@!$&'()*+,;=-._~?#"
    return urlunsplit(
        (
            parts.scheme.lower(),
            quote(netloc, safe=":@[]"),
            quote(parts.path, safe=keep),
            quote(parts.query, safe=keep),
            quote(parts.fragment, safe=keep),
        )
    ).replace("<", "%3C").replace(">", "%3E")


def shown_url(written: str, url: str) -> str:
    """``written``, an address a page or sidecar gives, as a reader should read it beside the link
    :func:`safe_url` made of it (``url``): with the host the link goes to, in ASCII (an IDN as its
    punycode) and without a user name or password. "https://www.\u0441inefilm.com/" (a Cyrillic
    \u0441) was shown as the publisher's own address; "https://www.variety.com@evil.example/" goes to
    evil.example. Raises nothing: ``written`` already parsed in :func:`safe_url`."""
    host = urlsplit(url).netloc.rpartition("@")[2]
    return urlunsplit(urlsplit(re.sub(r"[\x00-\x20\x7f]", "", written))._replace(netloc=host))


def footnote_label(label: str) -> str:
    return _LABEL_UNSAFE.sub("-", label) or "note"


def _wrap(marker: str, children: tuple[model.Inline, ...]) -> str:
    inner = render_inlines(children)
    core = inner.strip()
    if not core:
        return inner
    lead = inner[: len(inner) - len(inner.lstrip())]
    trail = inner[len(inner.rstrip()) :]
    return f"{lead}{marker}{core}{marker}{trail}"


def _backtick_span(text: str) -> str:
    """``text`` (folded to one line) between backtick runs longer than any inside it: inline code, or a role's content."""
    text = " ".join(clean_text(text).split())
    if not text:
        return ""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _unnested(node: model.Emphasis | model.Strong) -> tuple[model.Inline, ...]:
    """The children of ``node`` with any emphasis of its own kind inside unwrapped: the page shows
    ``<b><b>c</b></b>`` as bold once, but "****c****" is four literal asterisks, and
    "**a **b** c**" closes early (jgm/pandoc#5381, mixmark-io/turndown#271)."""
    kind = type(node)

    def flat(inlines: tuple[model.Inline, ...]) -> tuple[model.Inline, ...]:
        out: list[model.Inline] = []
        for child in inlines:
            if type(child) is kind:
                out.extend(flat(child.children))
            elif isinstance(child, model.Emphasis | model.Strong | model.Link | model.Mention):
                out.append(replace(child, children=flat(child.children)))
            else:
                out.append(child)
        return tuple(out)

    return flat(node.children)


def _code(node: model.Code) -> str:
    return _backtick_span(node.text)


# The roles the writer uses for text set above or below the line or struck through:
# docutils' own superscript and subscript, and the archive extension's "del".
# ingest.gate lets these names through, and no other role.
TEXT_ROLES = {model.Superscript: "sup", model.Subscript: "sub", model.Deleted: "del"}


def _text_role(node: model.Superscript | model.Subscript | model.Deleted) -> str:
    """``{sup}`th```: a role's content is literal text, so the page's words are never markup in it;
    a backtick run in them gets a longer one around it, as in inline code. Children that are more
    than text (:func:`ingest.plaintext.holds_only_text`), or text that opens or closes with a
    backtick, are written without the role."""
    text = " ".join(clean_text(inline_text(node.children)).split())
    if not holds_only_text(node.children) or text.startswith("`") or text.endswith("`"):
        # A role's content cannot open or close with a backtick: its opening run would take it, and
        # the padding that inline code strips (CommonMark 6.1) a role keeps (mdit-py-plugins' myst_role).
        return render_inlines(node.children)
    span = _backtick_span(text)
    return f"{{{TEXT_ROLES[type(node)]}}}{span}" if span else ""


def _without_links(inlines: tuple[model.Inline, ...]) -> tuple[model.Inline, ...]:
    """``inlines`` with every link or mention inside them reduced to its words.

    A link may hold no link (CommonMark 6.3): "[[A still](<pic>)](<gallery>)", a picture's link
    inside a link to the gallery, shows its brackets and both addresses as text (field report:
    an image inside a link, firecrawl/html-to-markdown#8). The outer link is the one the reader clicked.
    """
    out: list[model.Inline] = []
    for child in inlines:
        if isinstance(child, model.Link | model.Mention):
            out.extend(_without_links(child.children))
        elif hasattr(child, "children"):  # emphasis, a text role: a link inside them is inside the link too
            out.append(replace(child, children=_without_links(child.children)))
        else:
            out.append(child)
    return tuple(out)


def _link(node: model.Link) -> str:
    text = render_inlines(_without_links(node.children))
    url = safe_url(node.url)
    if url is None or not text.strip():
        return text
    return f"[{text.strip()}](<{url}>)"




def _mention(node: model.Mention) -> str:
    """``[words as written](<cine:person/slug>)``: the archive extension makes it a typed reference."""
    text = render_inlines(_without_links(node.children))
    if node.kind not in links.KINDS or not links.ID.match(node.key) or not text.strip():
        return text
    return f"[{text.strip()}](<{links.target(node.kind, node.key)}>)"


def _text(node: model.Text) -> str:
    # Keep a single space at either edge so that adjacent inlines stay apart.
    escaped = escape_inline(node.text)
    if not escaped and node.text[:1].isspace():
        return " "  # a whitespace-only element between two words is a space, not nothing
    lead = " " if node.text[:1].isspace() and escaped else ""
    trail = " " if node.text[-1:].isspace() and escaped else ""
    return f"{lead}{escaped}{trail}"


INLINE_RENDERERS: dict[type, Callable[[object], str]] = {
    model.Text: _text,
    model.Emphasis: lambda n: _wrap("*", _unnested(n)),
    model.Strong: lambda n: _wrap("**", _unnested(n)),
    model.Code: _code,
    model.Link: _link,
    model.FootnoteRef: lambda n: f"[^{footnote_label(n.label)}]",
    model.LineBreak: lambda n: "\\\n",
    model.Mention: _mention,
    model.Superscript: _text_role,
    model.Subscript: _text_role,
    model.Deleted: _text_role,
}


def merge_adjacent_emphasis(inlines: Iterable[model.Inline]) -> list[model.Inline]:
    """``<b>Hand</b><b>drawn</b>`` as one strong run: ``**Hand****drawn**`` would show its asterisks.

    Only same-kind neighbours with nothing between them merge; a space between
    (``<b>Hand</b> <b>drawn</b>``) already separates them.
    """
    merged: list[model.Inline] = []
    for node in inlines:
        previous = merged[-1] if merged else None
        if type(node) in (model.Strong, model.Emphasis) and type(previous) is type(node):
            merged[-1] = type(node)(previous.children + node.children)
        else:
            merged.append(node)
    return merged


def _is_punctuation(character: str) -> bool:
    return unicodedata.category(character)[0] in "PS"  # CommonMark's punctuation: Unicode P and S


def _is_word_character(character: str) -> bool:
    return bool(character) and not character.isspace() and not _is_punctuation(character)


def _peeled(node: model.Emphasis | model.Strong, trailing: bool) -> tuple[model.Inline, str]:
    """``node`` less the punctuation at its end (or start), and that punctuation; unchanged when
    its edge child is no text; plain text when it is all punctuation (``<b>:</b>``)."""
    edge = node.children[-1] if trailing else node.children[0]
    if not isinstance(edge, model.Text):
        return node, ""
    text = edge.text.rstrip() if trailing else edge.text.lstrip()
    core = text.rstrip("".join(c for c in text if _is_punctuation(c))) if trailing else text.lstrip("".join(c for c in text if _is_punctuation(c)))
    if core == text:
        return node, ""
    if not core.strip() and len(node.children) == 1:
        return model.Text(""), text
    peeled = text[len(core):] if trailing else text[: len(text) - len(core)]
    children = (*node.children[:-1], model.Text(core)) if trailing else (model.Text(core), *node.children[1:])
    return type(node)(children), peeled


def flanking_emphasis(inlines: list[model.Inline]) -> list[model.Inline]:
    r"""Emphasis whose asterisks CommonMark would read as literal moved clear of them.

    A closing ``*`` after punctuation must be followed by a space or punctuation, an opening one
    before punctuation preceded by them (the spec's flanking rules): ``<b>Director:</b>Park`` as
    ``**Director\:**Park`` or ``<i>(1961)</i>restored`` show their asterisks. The punctuation
    at that edge goes just outside the emphasis (``**Director**\:Park``): every character is
    kept, only the colon is no longer bold.
    """
    out: list[model.Inline] = []
    nodes = list(inlines)
    for i, node in enumerate(nodes):
        if isinstance(node, model.Emphasis | model.Strong):
            text = inline_text(node.children)
            before = inline_text(out[-1:])[-1:]
            after = inline_text(nodes[i + 1 : i + 2])[:1]
            lead = trail = ""
            if text[:1] and _is_punctuation(text[0]) and _is_word_character(before):
                node, lead = _peeled(node, trailing=False)
            if isinstance(node, model.Emphasis | model.Strong) and text[-1:] and _is_punctuation(text[-1]) and _is_word_character(after):
                node, trail = _peeled(node, trailing=True)
            out.extend(n for n in (model.Text(lead) if lead else None, node, model.Text(trail) if trail else None) if n is not None)
        else:
            out.append(node)
    return out


def render_inlines(inlines: Iterable[model.Inline]) -> str:
    out = "".join(INLINE_RENDERERS[type(node)](node) for node in flanking_emphasis(merge_adjacent_emphasis(inlines)))
    return re.sub(r" {2,}", " ", out)


# --- Blocks ------------------------------------------------------------------


def _heading(node: model.Heading) -> str:
    level = min(max(node.level, 1), 5) + 1  # the title is the only "#"
    # A heading is one line: a hard break in it ("Day one<br>The opening night") left a
    # literal backslash in the heading and the words after it as a paragraph.
    return f"{'#' * level} {render_inlines(_one_line(node.inlines)).strip()}"


def _one_line(inlines: tuple[model.Inline, ...]) -> tuple[model.Inline, ...]:
    """``inlines`` with each hard break a space, for a heading or a table cell: one line of MyST each."""
    return _map_inlines(inlines, lambda n: model.Text(" ") if isinstance(n, model.LineBreak) else n)


def _paragraph(node: model.Paragraph) -> str:
    return render_inlines(node.inlines).strip()


def _indent(text: str, prefix: str, rest: str) -> str:
    lines = text.split("\n")
    return "\n".join([prefix + lines[0]] + [(rest + line) if line else "" for line in lines[1:]])


def _without_rules(blocks: Iterable[model.Block]) -> list[model.Block]:
    """The blocks of a quote or a list item, without thematic breaks: docutils allows a
    transition only in a document or a section (a warning, failing the site's build
    under -W), and in a list item ``- ---`` is no item but a break that ends the list."""
    return [block for block in blocks if not isinstance(block, model.Rule)]


def _quote(node: model.Quote) -> str:
    body = render_blocks(_without_rules(node.blocks))
    if not body:
        return ""  # a bare ">" is an empty quote, which docutils drops: no neighbour for a break
    return "\n".join(f"> {line}" if line else ">" for line in body.split("\n"))


# The largest number a CommonMark list marker can hold (nine digits: spec 0.31, 5.2).
MAX_LIST_NUMBER = 999_999_999


def _list(node: model.ListBlock, after: str = "") -> tuple[str, str]:
    """The list's text, and the delimiter of its last marker. Bullets, or numbers from the list's
    start. CommonMark numbers a list from its first
    marker only and counts up, so numbers that do not count up by one (a countdown, ``descending``,
    or the page's own ``numbers``, "7, 8, 12") are written as lists of their own, each run of
    numbers counting up one list, the delimiter alternating ("10." then "9)"): a new delimiter
    starts a new list, and the blank line keeps "9)" from being read as the item's text. A countdown
    that would go below zero (``<ol start="0" reversed>``) is numbered up from its start: no marker
    is negative, and two items of one number read as a mistake. A list counting up past
    :data:`MAX_LIST_NUMBER` is numbered from 1 (HTML's own start): "1000000000." is no marker, so
    ``<ol start="999999999">`` of two items wrote one, the second's words run into the first's.
    ``after``: the last delimiter of a list just before this one, which this one's first avoids
    ("." -> ")", "-" -> "*"): with the same delimiter, two lists in a row are one list, the second's
    start lost (``<ol start="5">`` after another ``<ol>`` was numbered on from it)."""
    if not node.ordered:
        bullet = "* " if after == "-" else "- "
        return "\n".join(_indent(_item_text(item), bullet, "  ") for item in node.items), bullet[0]
    numbers = _item_numbers(node)
    first, other = (")", ".") if after == "." else (".", ")")
    runs = 0
    text = ""
    delimiter = first
    for index, (number, item) in enumerate(zip(numbers, node.items, strict=True)):
        if index and number == numbers[index - 1] + 1:
            text += "\n"
        else:
            delimiter = (first, other)[runs % 2]
            text += "\n\n" if runs else ""
            runs += 1
        marker = f"{number}{delimiter} "
        text += _indent(_item_text(item), marker, " " * len(marker))
    return text, delimiter


def _item_numbers(node: model.ListBlock) -> list[int]:
    """The number each item of an ordered list shows: the page's ``numbers``, or counted from its
    start (down for a countdown that stays at zero or above), within CommonMark's markers."""
    count = len(node.items)
    if len(node.numbers) == count and all(0 <= n <= MAX_LIST_NUMBER for n in node.numbers):
        return list(node.numbers)
    if node.descending and node.start - count + 1 >= 0:
        return [node.start - index for index in range(count)]
    start = node.start if node.start + count - 1 <= MAX_LIST_NUMBER else 1
    return [start + index for index in range(count)]


def _item_text(item: tuple[model.Block, ...]) -> str:
    return render_blocks(_without_rules(item)) or escape_inline(" ")


def _table(node: model.Table) -> str:
    if not node.rows:
        return ""
    width = max(len(row) for row in node.rows)

    def row_line(row: tuple[tuple[model.Inline, ...], ...]) -> str:
        # A table row is split at every "|" before its cells are parsed, inside a code
        # span too (GFM), and markdown-it takes "\|" for a "|" of the cell's text: a code
        # span holding "|" would be cut in two and what followed read as markup. Text
        # already writes "\|", which becomes "\\|", still one "|" on the page.
        # A hard break in a cell ("Split<br>the reel") wrote "\\" and a line break, folded
        # here to "Split\\ the reel": a literal backslash on the page (xberg-io/html-to-markdown#429). A space.
        cells = [render_inlines(_one_line(cell)).strip().replace("\n", " ").replace("|", "\\|") for cell in row]
        cells += [""] * (width - len(cells))
        return "| " + " | ".join(cells) + " |"

    rows = list(node.rows)
    header = row_line(rows.pop(0)) if node.header else row_line(((),) * width)
    return "\n".join([header, "|" + "---|" * width] + [row_line(row) for row in rows])


def _figure(node: model.Figure) -> str:
    # ``![]()`` only for a picture the pipeline copied (ingest.assets): any
    # other local path would copy a file of the build machine into the site,
    # a remote one would be a tracking pixel (SECURITY-NOTES.md rows 8 and 26),
    # so a remote picture is a link its reader may choose to follow.
    caption = render_inlines(node.caption).strip()
    credit = render_inlines(node.credit).strip()
    alt = escape_inline(node.alt)
    parts: list[str] = []
    if node.image and is_asset_src(node.image):
        parts.append(f"![{alt}]({node.image})")
        css = "figure figure-saved"
    elif node.image and (url := safe_url(node.image)):
        parts.append(f"[{alt or escape_inline('Image')}](<{url}>)")
        css = "figure figure-remote"
    else:
        css = "figure figure-lost"  # the picture is gone; only words remain
        if alt and node.alt.strip() != inline_text(node.caption).strip():
            parts.append(alt)  # what the picture showed, in the page's own words
    if caption:
        parts.append(caption)
    if credit:
        parts.append(credit)
    if not parts:
        return ""
    return _container(css, "\n\n".join(parts))


def _footnote(node: model.Footnote) -> str:
    return f"[^{footnote_label(node.label)}]: {render_inlines(node.inlines).strip()}"


BLOCK_RENDERERS: dict[type, Callable[[object], str]] = {
    model.Heading: _heading,
    model.Paragraph: _paragraph,
    model.Quote: _quote,
    model.ListBlock: lambda n: _list(n)[0],
    model.Preformatted: lambda n: fence(n.text),
    model.Table: _table,
    model.Figure: _figure,
    model.Footnote: _footnote,
    model.Rule: lambda n: "---",
}


def _rendered(blocks: Iterable[model.Block]) -> Iterator[tuple[model.Block, str]]:
    """Each block with its text, those that render as nothing left out; a list after a list
    writes its markers with another delimiter (:func:`_list`), so that it stays a list of its own."""
    after = ""  # the delimiter of the list just written, if the block before is one
    for block in blocks:
        if isinstance(block, model.ListBlock):
            text, after = _list(block, after)
        else:
            text = BLOCK_RENDERERS[type(block)](block)
            after = after if not text else ""
        if text:
            yield block, text


def render_blocks(blocks: Iterable[model.Block]) -> str:
    return "\n\n".join(text for _block, text in _rendered(blocks))


def _container(classes: str, body: str) -> str:
    """A styled block. The blank line keeps the body from reading as options."""
    return f":::{{container}} {classes}\n\n{body}\n:::"


# --- The article -------------------------------------------------------------


def mention_datum(mention: model.HeaderMention, meta: model.Metadata) -> str:
    """A title or deck mention as front matter text: "person/kim-tae-yong title Kim Taeyong", "film/x deck-2 X".

    The line is named, not copied: ``title``, or ``deck-N`` for the Nth deck line (from 1).
    """
    place = "title" if mention.place == "title" else f"deck-{meta.deck.index(mention.line) + 1}"
    return f"{mention.kind}/{mention.entity_id} {place} {mention.written}"


def _with_people_linked(line: str, place: str, header: list[model.HeaderMention]) -> str:
    """A byline's author or a picture credit (``place``: "byline", "credit"), each person the ingest found in
    ``line`` linked to their page ("Photo: [Jane Doe](<cine:person/jane-doe>)")."""
    inlines: list[model.Inline] = []
    at = 0
    for mention in header:
        start = line.find(mention.written, at) if mention.place == place and mention.kind == "person" and mention.line == line else -1
        if start < 0:
            continue
        if start > at:
            inlines.append(model.Text(line[at:start]))
        inlines.append(model.Mention("person", mention.entity_id, (model.Text(mention.written),)))
        at = start + len(mention.written)
    if at < len(line):
        inlines.append(model.Text(line[at:]))
    return render_inlines(tuple(inlines)).strip()


def _header(meta: model.Metadata, header: list[model.HeaderMention] = ()) -> str:
    """The facts about the article, shown above its text."""
    fields: list[tuple[str, str]] = []
    if meta.publisher:
        fields.append(("Publisher", escape_inline(meta.publisher)))
    shown_date = display_date(meta.date, meta.date_text)
    if shown_date:
        fields.append(("Date", escape_inline(shown_date)))
    if meta.authors:
        authors = (escape_inline(";") + " ").join(_with_people_linked(name, "byline", list(header)) for name in meta.authors)  # escape_inline trims the space
        fields.append(("Author" if len(meta.authors) == 1 else "Authors", authors))
    if meta.source_url and (url := safe_url(meta.source_url)):
        fields.append(("Source", f"[{escape_inline(shown_url(meta.source_url, url))}](<{url}>)"))
    if meta.image_credits:
        # Apart as the authors are: "Photo: A Photo: B" ran together.
        credits = (escape_inline(";") + " ").join(_with_people_linked(credit, "credit", list(header)) for credit in meta.image_credits)
        fields.append(("Picture credits", credits))  # each credit keeps its label: "Photos: Photo: X" read it twice
    if meta.rights:
        fields.append(("Rights", escape_inline(meta.rights)))
    lines = [f":{name}: {value}" for name, value in fields]
    return _container("article-info", "\n".join(lines)) if lines else ""


def _deck(meta: model.Metadata) -> str:
    if not meta.deck:
        return ""
    return _container("deck", "\n\n".join(escape_inline(line) for line in meta.deck))


def render_body(blocks: list[model.Block]) -> str:
    """The article's text, each block rendered once, thematic breaks only where docutils takes them.

    A transition may not open or close the document or a section, nor follow
    another (a warning, which fails the whole site's build under ``-W``);
    footnotes count as the end, since MyST moves them there behind a
    transition of its own. A block that renders as nothing (a figure whose
    picture, alt text and caption are all gone, a table with no rows) is no
    neighbour: a break with only such a block before it still opens the
    document. Footnotes are written last.
    """
    shown = list(_rendered(b for b in blocks if not isinstance(b, model.Footnote)))
    # The first block after each position that is not a break: one pass from the end, not a scan per break.
    following: list[model.Block | None] = [None] * (len(shown) + 1)
    for index in range(len(shown) - 1, -1, -1):
        block = shown[index][0]
        following[index] = following[index + 1] if isinstance(block, model.Rule) else block
    kept: list[tuple[model.Block, str]] = []
    for index, (block, text) in enumerate(shown):
        if isinstance(block, model.Rule):
            before = kept[-1][0] if kept else None
            after = following[index + 1]
            if before is None or after is None or isinstance(before, model.Heading | model.Rule) or isinstance(after, model.Heading):
                continue
        kept.append((block, text))
    notes = render_blocks(b for b in blocks if isinstance(b, model.Footnote))
    return "\n\n".join([text for _, text in kept] + ([notes] if notes else []))


def with_consecutive_headings(blocks: list[model.Block]) -> list[model.Block]:
    """The blocks with their section headings renumbered so that none skips a level.

    Docutils refuses a section two levels under its parent ("Non-consecutive
    header level increase", an error under ``-W``). The readers number
    headings as the page does, and a page's own levels skip (an ``<h3>``
    credits box under the ``<h1>``), or a heading between them was dropped
    as chrome after they were numbered; so the writer, which knows the
    rule, keeps the order and nesting and closes the gaps.
    """
    stack: list[int] = []
    out: list[model.Block] = []
    for block in blocks:
        if isinstance(block, model.Heading):
            while stack and stack[-1] >= block.level:
                stack.pop()
            stack.append(block.level)
            block = model.Heading(len(stack), block.inlines)
        out.append(block)
    return out


# markdown-it, MyST's parser, reads blocks at most 20 levels deep (its maxNesting) and silently
# drops what lies deeper, from the site and from the gate's view alike; a quote is one level, a
# list two (the list and its item), and a paragraph in the deepest needs one more.
_MAX_NESTING = 18
_NESTING = {model.Quote: 1, model.ListBlock: 2}


def with_bounded_nesting(blocks: Iterable[model.Block], depth: int = 0) -> list[model.Block]:
    """The blocks with quotes and lists nested too deep for MyST to read (_MAX_NESTING) opened:
    their blocks take their place, so the text stays on the page, only less indented.

    The HTML reader keeps 120 levels of a page's nesting; past markdown-it's 20, a quote's or a
    list's text was in the article's file but not on the site.
    """
    out: list[model.Block] = []
    for block in blocks:
        cost = _NESTING.get(type(block))
        if cost is None:
            out.append(block)
            continue
        inner = block.blocks if isinstance(block, model.Quote) else [b for item in block.items for b in item]
        if depth + cost > _MAX_NESTING:
            out.extend(with_bounded_nesting(inner, depth))
        elif isinstance(block, model.Quote):
            out.append(replace(block, blocks=tuple(with_bounded_nesting(block.blocks, depth + cost))))
        else:
            out.append(replace(block, items=tuple(tuple(with_bounded_nesting(item, depth + cost)) for item in block.items)))
    return out


def _map_inlines(inlines: Iterable[model.Inline], change: Callable[[model.Inline], model.Inline]) -> tuple[model.Inline, ...]:
    """``inlines`` with ``change`` applied to each, nested ones first."""
    changed = []
    for node in inlines:
        if isinstance(node, (model.Emphasis, model.Strong, model.Link, model.Mention, *TEXT_ROLES)):
            node = replace(node, children=_map_inlines(node.children, change))
        changed.append(change(node))
    return tuple(changed)


def _map_block(
    block: model.Block, change_inline: Callable[[model.Inline], model.Inline], change_block: Callable[[model.Block], model.Block]
) -> model.Block:
    """``block`` with ``change_inline`` applied to every inline in it and ``change_block`` to
    every block, in the order of the text (a block after the blocks and inlines it holds)."""
    if isinstance(block, (model.Heading, model.Paragraph, model.Footnote)):
        block = replace(block, inlines=_map_inlines(block.inlines, change_inline))
    elif isinstance(block, model.Quote):
        block = replace(block, blocks=tuple(_map_block(b, change_inline, change_block) for b in block.blocks))
    elif isinstance(block, model.ListBlock):
        items = tuple(tuple(_map_block(b, change_inline, change_block) for b in item) for item in block.items)
        block = replace(block, items=items)
    elif isinstance(block, model.Table):
        block = replace(block, rows=tuple(tuple(_map_inlines(cell, change_inline) for cell in row) for row in block.rows))
    elif isinstance(block, model.Figure):
        block = replace(block, caption=_map_inlines(block.caption, change_inline), credit=_map_inlines(block.credit, change_inline))
    return change_block(block)


def _footnote_key(label: str) -> str:
    return footnote_label(label).lower()  # docutils compares names without their case


def with_matched_footnotes(blocks: list[model.Block]) -> list[model.Block]:
    """The blocks with every footnote marker pointing at one note, and every note pointed at.

    Docutils warns (an error under ``-W``, so the whole site's build fails) about a
    marker with no note, two notes of one label, and a note no marker points at; pages
    have all three (two footnote lists, a superscript linked to nothing, labels that
    differ only in case or in characters a label may not hold). A marker points at the
    first note of its label; a marker with no note is its label as text ("[9]"); a note that is not the first of its label, or that no marker
    points at, is a paragraph opening with its label: nothing the page says is lost.
    """
    defined: dict[str, str] = {}  # key -> the label of its first note
    marked: set[str] = set()

    def note(node: model.Block) -> model.Block:
        if isinstance(node, model.Footnote):
            defined.setdefault(_footnote_key(node.label), node.label)
        return node

    def marker(node: model.Inline) -> model.Inline:
        if isinstance(node, model.FootnoteRef):
            marked.add(_footnote_key(node.label))
        return node

    for block in blocks:
        _map_block(block, marker, note)
    kept: set[str] = set()

    def matched_marker(node: model.Inline) -> model.Inline:
        if not isinstance(node, model.FootnoteRef):
            return node
        label = defined.get(_footnote_key(node.label))
        return model.Text(f"[{node.label}]") if label is None else model.FootnoteRef(label)

    def matched_note(node: model.Block) -> model.Block:
        if not isinstance(node, model.Footnote):
            return node
        key = _footnote_key(node.label)
        if key in marked and key not in kept:
            kept.add(key)
            return node
        return model.Paragraph((model.Text(f"[{node.label}] "), *node.inlines))

    return [_map_block(block, matched_marker, matched_note) for block in blocks]


def render_article(article: model.Article, extra_front_matter: dict[str, object] | None = None) -> str:
    """The whole ``.md`` file: front matter, title, deck, facts, then the text."""
    meta = article.metadata
    extra = dict(extra_front_matter or {})
    shown_apart = [mention_datum(m, meta) for m in article.header_mentions if m.place in ("title", "deck")]  # the others link in the page
    if shown_apart:  # title and deck mentions, as data for the archive extension
        extra["mentions"] = shown_apart
    parts = [
        front_matter(meta, extra),
        f"# {escape_inline(meta.title)}",
        _deck(meta),
        _header(meta, article.header_mentions),
        render_body(with_consecutive_headings(with_matched_footnotes(with_bounded_nesting(article.blocks)))),
    ]
    return "\n\n".join(part for part in parts if part) + "\n"
