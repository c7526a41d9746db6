"""Text files that hold markup: a page's source or a feed's item saved under a ``.txt`` name.

A curator who saves a page with ``curl URL > page.txt``, or copies a feed reader's item "as text",
keeps the markup, not the text a browser shows: read as a text dump, its tags became the article's
lines, its card summary and its title the file's name. Such a file is recognised by its shape (it
opens with a tag, and tags of HTML or of RSS/Atom fill a good share of it) and read as what it
is: an HTML page by the HTML reader, a feed's one item by the HTML reader too, from a page made of
the item's fields. A Korean headline's film title in angle brackets ("<기생충> 봉준호 감독") is no tag:
only the elements' names below count.
"""

from __future__ import annotations

import html
import re
from email.utils import parsedate_to_datetime

from bs4 import BeautifulSoup

from ingest.errors import NotAnArticle

# Elements of HTML pages and of RSS 2.0 / Atom 1.0 feeds (RFC 4287) that a saved page or item opens with or holds.
_HTML_TAGS = "html|head|body|meta|title|div|p|span|a|article|section|header|footer|nav|main|br|img|script|style|table|tr|td|ul|ol|li|h[1-6]"
_FEED_TAGS = "rss|channel|feed|item|entry|description|pubDate|guid|link|dc:creator|content:encoded|summary|published|updated"
_TAG = re.compile(rf"<(?:!DOCTYPE\s+html|\?xml|/?(?:{_HTML_TAGS}|{_FEED_TAGS})\b)[^<>]{{0,2000}}>", re.I)
# What an XML document may hold before its root element: the declaration, processing instructions (a
# stylesheet for browsers, <?xml-stylesheet?>, which WordPress and FeedBurner feeds carry), comments and a
# document type, with an internal subset of entity declarations or without.
_DOCTYPE = r"<!DOCTYPE[^\[>]*(?:\[[^\]]*\])?\s*>"
_PROLOG = re.compile(rf"(?:<\?[^>]*>\s*|<!--.*?-->\s*|{_DOCTYPE}\s*)*", re.I | re.S)
_FEED_ROOT = re.compile(r"<(?:rss|feed|channel|item|entry)\b", re.I)
# A page's source or an item holds a tag every line or two; prose quoting one tag does not.
MIN_TAGS = 4
MIN_TAG_SHARE = 0.08


def markup_kind(text: str) -> str | None:
    """"feed" for an RSS or Atom feed (or one item of it), "html" for an HTML page's source, None for a
    text dump (what a browser shows), by the shape above: the first character a tag's, at least
    MIN_TAGS known elements, their tags at least MIN_TAG_SHARE of the characters."""
    head = text.lstrip("\ufeff \t\r\n")
    root = _PROLOG.match(head).end()  # a browser's "saved from url" comment may come first
    if not head.startswith("<") or not (_TAG.match(head) or _TAG.match(head, root)):
        return None
    tags = _TAG.findall(head)
    if len(tags) < MIN_TAGS or sum(map(len, tags)) < MIN_TAG_SHARE * len(head):
        return None
    return "feed" if _FEED_ROOT.match(head, root) else "html"


def _without_document_type(text: str) -> str:
    """``text`` without the document type in its prolog. Its internal subset is a feed author's: entity
    declarations that expand ("billion laughs") or name a file or an address (``<!ENTITY x SYSTEM
    "file:///etc/passwd">``); lxml reads neither, but with one the parser BeautifulSoup drives
    kept no element at all. Without it an entity reference is an unknown one, left out."""
    prolog = _PROLOG.match(text).end()
    return re.sub(_DOCTYPE, "", text[:prolog], flags=re.I) + text[prolog:]


def _text(item, *names: str) -> str:
    """The text (or ``href``) of ``item``'s first child element named one of ``names``, in that order;
    "" when none has any. Children only, and none of Media RSS's ("media:content", "media:title",
    "media:description" describe a photo: its caption became the article's body)."""
    for name in names:
        for element in item.find_all(name, recursive=False):
            if element.prefix != "media" and (value := element.get_text().strip() or str(element.get("href") or "").strip()):
                return value
    return ""


def _iso_date(value: str) -> str:
    """RSS writes RFC 822 dates ("Sat, 08 Oct 2011 06:00:00 +0900"); Atom writes RFC 3339 ones already."""
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return value


def _author(item) -> str:
    """dc:creator, Atom's author/name, or RSS's author ("jane@example.org (Jane Doe)": the name in brackets)."""
    author = item.find("author", recursive=False)
    if name := _text(item, "creator") or (_text(author, "name") if author is not None else ""):
        return name
    written = _text(item, "author")
    return match.group(1) if (match := re.search(r"\(([^()]+)\)", written)) else ("" if "@" in written else written)


def _content(item) -> str:
    """The item's article as HTML: RSS's ``content:encoded`` or description (HTML, escaped or in CDATA);
    an Atom entry's content or summary as its ``type`` says (RFC 4287 3.1.1, 4.1.3): "html" escaped
    HTML, "xhtml" a ``div`` of elements (read as text, its paragraphs and any escaped "<" ran into
    one line, the "<" turned into a tag), "text" (the default) plain text, never markup."""
    if item.name != "entry":
        return _text(item, "encoded", "content", "description", "summary")
    for name in ("content", "summary"):
        for element in item.find_all(name, recursive=False):
            kind = str(element.get("type") or "text").strip().lower()
            if kind in ("html", "text/html"):
                html_text = element.get_text().strip()
            elif kind in ("xhtml", "application/xhtml+xml"):
                html_text = element.decode_contents().strip()
            elif kind == "text" or kind.startswith("text/"):
                html_text = "".join(f"<p>{html.escape(part.strip())}</p>" for part in re.split(r"\n\s*\n", element.get_text()) if part.strip())
            else:  # another media type (a picture in base64, or out of line, src=): no article text
                html_text = ""
            if html_text:
                return html_text
    return ""


def _atom_link(entry) -> str:
    """An Atom entry's own page: its ``link`` whose ``rel`` is "alternate", or has none (RFC 4287 4.2.7.2);
    Blogger writes the entry's comments ("replies"), its editing address and its feed ("self") first."""
    for link in entry.find_all("link", recursive=False):
        if str(link.get("rel") or "alternate").strip().lower() == "alternate" and (href := str(link.get("href") or "").strip()):
            return href
    return ""


def _atom_text(element) -> str:
    """An Atom text construct (a title) as plain text: its "html" and "xhtml" kinds without their tags."""
    if element is None:
        return ""
    kind = str(element.get("type") or "text").strip().lower()
    text = element.get_text()
    return " ".join((BeautifulSoup(text, "html.parser").get_text() if kind == "html" else text).split())


def feed_item_page(text: str, name: str) -> str:
    """An HTML page made of a feed's one item: its title as the headline, its author, date and link as
    the page's meta tags, its content (``content:encoded``, Atom's ``content``, else the description or
    summary: HTML, escaped or in CDATA) as the article. Every field but the content is escaped; the
    content is scraped HTML like any page's, which the HTML reader reads as such.

    Raises :class:`~ingest.errors.NotAnArticle` naming ``name`` when the feed holds no item or several.
    """
    soup = BeautifulSoup(_without_document_type(text.lstrip("\ufeff \t\r\n")), "xml")
    items = soup.find_all(["item", "entry"])
    if len(items) != 1:
        raise NotAnArticle(f"{name}: a news feed of {len(items)} items saved as text, not one article; not published (save each item's page instead)")
    item = items[0]
    if item.name == "entry":  # Atom
        title, link = _atom_text(item.find("title", recursive=False)), _atom_link(item)
    else:
        title, link = _text(item, "title"), _text(item, "link")
    author, date = _author(item), _iso_date(_text(item, "pubDate", "date", "published", "updated"))
    content = _content(item)
    meta = "".join(
        f'<meta {attribute}="{key}" content="{html.escape(value)}">'
        for attribute, key, value in (("name", "author", author), ("property", "article:published_time", date))
        if value
    )
    canonical = f'<link rel="canonical" href="{html.escape(link)}">' if link.startswith(("http://", "https://")) else ""
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title>{meta}{canonical}</head>'
        f"<body><article><h1>{html.escape(title)}</h1>{content}</article></body></html>"
    )
