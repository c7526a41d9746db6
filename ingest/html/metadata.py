"""Article metadata from a parsed page, one small function per source.

Sources are tried in ``SOURCES`` order; each returns the fields it found and
later sources only fill fields that are still empty.  Structured data the
publisher wrote for machines (JSON-LD) comes first, then social-card tags
(OpenGraph, Twitter), Dublin Core, generic ``<meta>``, plain HTML
(``<title>``, ``lang``, canonical link, ``<time>``, ``rel=author``) and last a
"By ..." byline found in the text.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterator
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag

from ingest import dates
from ingest.html.classify import class_tokens
from ingest.model import Metadata

Fields = dict[str, object]

_WS = re.compile(r"\s+")
_ARTICLE_TYPES = re.compile(r"(Article|BlogPosting|Posting|Report|Review)$")
_BYLINE = re.compile(
    r"^\s*(?i:by|written by|words by|von|par|por)\s*:?\s+"
    r"((?:[A-Z][\w.'’-]*)(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|der|da|di|la|le|bin)){0,4}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})*)"
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")
_BYLINE_TOKENS = frozenset({"byline", "author", "authors", "writer", "creator", "contributor"})
# Class words news themes give the standfirst under the headline.
_DECK_TOKENS = frozenset({"standfirst", "dek", "deck", "subtitle", "subheadline", "subhead", "strapline", "kicker"})
_DECK_CHARS = (20, 400)
_BYLINE_SCAN_STRINGS = 400  # a byline sits near the top; don't read the whole page
_MAX_FIELD_CHARS = 1000


def _clean(value: object) -> str:
    if not isinstance(value, str):
        return ""
    return _WS.sub(" ", value).strip()[:_MAX_FIELD_CHARS]


def _clean_ld(value: object) -> str:
    """A JSON-LD string: CMSs often leave HTML entities in it (``&#8216;``)."""
    return _clean(html.unescape(value)) if isinstance(value, str) else ""


def normalise_date(value: object) -> str:
    """ISO 8601 date from a metadata field (see :func:`ingest.dates.normalise_date`), or ""."""
    return dates.normalise_date(_clean(value))


def _names(value: object) -> list[str]:
    """Person names from a JSON-LD author value (string, object, or list of them)."""
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, dict):
            item = item.get("name")
            if isinstance(item, list):
                item = item[0] if item else ""
        name = _clean_ld(item)
        if name and not _is_url(name):
            out.append(name)
    return out


def _is_url(value: str) -> bool:
    return value.startswith(("http://", "https://", "//", "/"))


def _language(value: str) -> str:
    """BCP 47 tag from ``en_US``/``en-us`` style values."""
    value = _clean(value).replace("_", "-")
    if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", value):
        return ""
    first, *rest = value.split("-")
    return "-".join([first.lower(), *(p.upper() if len(p) == 2 else p for p in rest)])


# --- One pass over the page ---------------------------------------------------------


class PageIndex:
    """The elements metadata sources read, collected in one walk of the tree.

    Each source used to search the whole tree with ``find_all``; one shared
    walk costs a fraction of that on large pages.
    """

    WANTED = frozenset({"meta", "link", "script", "title", "time", "a", "html", "h1"})

    def __init__(self, soup: BeautifulSoup) -> None:
        self.soup = soup
        self.tags: dict[str, list[Tag]] = {name: [] for name in self.WANTED}
        self.itemprop_author: list[Tag] = []
        self.decks: list[Tag] = []
        wanted = self.WANTED
        for node in soup.descendants:
            if not isinstance(node, Tag):
                continue
            if node.name in wanted:
                self.tags[node.name].append(node)
            attrs = node.attrs
            if attrs:
                if attrs.get("itemprop") == "author":
                    self.itemprop_author.append(node)
                classes = attrs.get("class")
                if classes and len(self.decks) < 5 and any(
                    t in _DECK_TOKENS for c in classes for t in class_tokens(c)
                ):
                    self.decks.append(node)
        self.meta = _meta_map(self.tags["meta"])

    def rel(self, name: str, rel: str) -> list[Tag]:
        """Elements ``name`` whose rel attribute includes ``rel``."""
        out = []
        for tag in self.tags[name]:
            value = tag.get("rel")
            if value and rel in (value if isinstance(value, list) else value.split()):
                out.append(tag)
        return out


# --- Sources -----------------------------------------------------------------------


def json_ld_objects(page: PageIndex) -> Iterator[dict]:
    """Every JSON object in the page's ld+json scripts, with @graph lists flattened."""
    for script in page.tags["script"]:
        kind = script.get("type")
        if not isinstance(kind, str) or "ld+json" not in kind.lower():
            continue
        try:
            data = json.loads(script.string or "", strict=False)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(reversed(graph))


def _types(obj: dict) -> list[str]:
    value = obj.get("@type", [])
    return [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]


def article_json_ld(page: PageIndex) -> dict | None:
    """The page's JSON-LD article object (NewsArticle, Article, BlogPosting...), if any."""
    for obj in json_ld_objects(page):
        if any(_ARTICLE_TYPES.search(t) for t in _types(obj)):
            return obj
    return None


def from_json_ld(page: PageIndex, url: str | None) -> Fields:
    found: Fields = {}
    article = article_json_ld(page)
    if article is not None:
        found["title"] = _clean_ld(article.get("headline") or article.get("name"))
        deck = _clean_ld(article.get("alternativeHeadline"))
        found["deck"] = [deck] if deck else []
        found["authors"] = _names(article.get("author") or article.get("creator"))
        found["date"] = normalise_date(_clean_ld(article.get("datePublished") or article.get("dateCreated")))
        publisher = article.get("publisher")
        found["publisher"] = _clean_ld(publisher.get("name") if isinstance(publisher, dict) else publisher)
        entity = article.get("mainEntityOfPage")
        entity = entity.get("@id") if isinstance(entity, dict) else entity
        found["source_url"] = _clean_ld(article.get("url") or entity)
        found["language"] = _language(_clean_ld(article.get("inLanguage")))
        found["description"] = _clean_ld(article.get("description"))
        license_ = article.get("license") or article.get("copyrightNotice")
        found["rights"] = _clean_ld(license_) or _rights_holder(article)
    for obj in json_ld_objects(page):
        if "WebSite" in _types(obj) or "Organization" in _types(obj) or "NewsMediaOrganization" in _types(obj):
            found.setdefault("publisher", _clean_ld(obj.get("name")))
            if not found.get("publisher"):
                found["publisher"] = _clean_ld(obj.get("name"))
            break
    return found


def _rights_holder(article: dict) -> str:
    holder = _names(article.get("copyrightHolder"))
    year = article.get("copyrightYear")
    if holder:
        return f"© {year} {holder[0]}" if year else f"© {holder[0]}"
    return ""


def _meta_map(metas: list[Tag]) -> dict[str, str]:
    """``<meta>`` name/property (lower-cased) -> first non-empty content."""
    found: dict[str, str] = {}
    for meta in metas:
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if isinstance(key, str) and isinstance(content, str) and content.strip():
            found.setdefault(key.strip().lower(), content)
    return found


def _meta_values(page: PageIndex, key: str) -> list[str]:
    values = []
    for meta in page.tags["meta"]:
        name = meta.get("property") or meta.get("name")
        if isinstance(name, str) and name.strip().lower() == key:
            value = _clean(meta.get("content"))
            if value and not _is_url(value):
                values.append(value)
    return values


def from_opengraph(page: PageIndex, url: str | None) -> Fields:
    meta = page.meta
    return {
        "title": _clean(meta.get("og:title")),
        "publisher": _clean(meta.get("og:site_name")),
        "source_url": _clean(meta.get("og:url")),
        "description": _clean(meta.get("og:description")),
        "language": _language(meta.get("og:locale", "")),
        "date": normalise_date(meta.get("article:published_time", "")),
        "authors": _meta_values(page, "article:author"),
    }


def from_twitter(page: PageIndex, url: str | None) -> Fields:
    meta = page.meta
    found: Fields = {
        "title": _clean(meta.get("twitter:title")),
        "description": _clean(meta.get("twitter:description")),
    }
    # Card "labels" (WordPress SEO plugins): twitter:label1 "Written by" / twitter:data1 "Name".
    for n in range(1, 5):
        label = _clean(meta.get(f"twitter:label{n}")).lower()
        if label.startswith(("written by", "author")):
            found["authors"] = [_clean(meta.get(f"twitter:data{n}"))]
    return found


def from_dublin_core(page: PageIndex, url: str | None) -> Fields:
    meta = page.meta

    def dc(name: str) -> str:
        return _clean(meta.get(f"dc.{name}") or meta.get(f"dcterms.{name}") or meta.get(f"dc:{name}"))

    creators = _meta_values(page, "dc.creator") or _meta_values(page, "dcterms.creator")
    return {
        "title": dc("title"),
        "authors": creators,
        "date": normalise_date(dc("date") or dc("issued") or dc("created")),
        "publisher": dc("publisher"),
        "language": _language(dc("language")),
        "description": dc("description") or dc("abstract"),
        "rights": dc("rights") or dc("license"),
        "source_url": dc("identifier") if _is_url(dc("identifier")) else "",
    }


def from_meta_tags(page: PageIndex, url: str | None) -> Fields:
    meta = page.meta
    date = ""
    for key in ("article:published_time", "datepublished", "date", "pubdate", "publish-date",
                "publishdate", "citation_publication_date", "sailthru.date", "parsely-pub-date"):
        date = normalise_date(meta.get(key, ""))
        if date:
            break
    authors = _meta_values(page, "author") or _meta_values(page, "citation_author")
    return {
        "authors": [a for a in authors if not a.startswith("@")],
        "date": date,
        "description": _clean(meta.get("description")),
        "rights": _clean(meta.get("copyright") or meta.get("rights")),
        "publisher": _clean(meta.get("application-name") or meta.get("publisher")),
        "title": _clean(meta.get("citation_title")),
    }


def from_html(page: PageIndex, url: str | None) -> Fields:
    found: Fields = {}
    titles = page.tags["title"]
    if titles:
        found["title"] = _title_without_site_name(_clean(titles[0].get_text()), page.tags["h1"])
    if not found.get("title") and page.tags["h1"]:
        found["title"] = _clean(page.tags["h1"][0].get_text(" "))
    for root in page.tags["html"][:1]:
        if isinstance(root.get("lang"), str):
            found["language"] = _language(root["lang"])
    for canonical in page.rel("link", "canonical")[:1]:
        if isinstance(canonical.get("href"), str):
            found["source_url"] = _clean(urljoin(url or "", canonical["href"]))
    for license_link in (page.rel("link", "license") + page.rel("a", "license"))[:1]:
        href = license_link.get("href")
        found["rights"] = _clean(license_link.get_text()) or _clean(href)
    found["date"] = _time_element_date(page)
    found["authors"] = _rel_author(page)
    found["deck"] = _deck(page)
    return found


def _deck(page: PageIndex) -> list[str]:
    """The standfirst: an element classed as one, next to the headline, of a plausible length.

    "Next to" = its parent is the H1's parent or grandparent; that keeps out
    widget subtitles ("Most popular") and author boxes elsewhere on the page.
    """
    anchors: set[int] = set()
    for h1 in page.tags["h1"][:2]:
        parent = h1.parent
        if parent is not None:
            anchors.add(id(parent))
            if parent.parent is not None:
                anchors.add(id(parent.parent))
    low, high = _DECK_CHARS
    for node in page.decks:
        if node.parent is None or id(node.parent) not in anchors:
            continue
        text = _clean(node.get_text(" "))
        if low <= len(text) <= high:
            return [text]
    return []


_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»]\s+")


def _title_without_site_name(title: str, headings: list[Tag]) -> str:
    """``<title>`` minus the " | Site name" part: the H1 when the title contains it, else the longest part."""
    for h1 in headings[:3]:
        text = _clean(h1.get_text(" "))
        if text and text != title and text in title:
            return text
    parts = _TITLE_SEPARATORS.split(title)
    return max(parts, key=len) if len(parts) > 1 else title


def _time_element_date(page: PageIndex) -> str:
    times = page.tags["time"][:20]
    preferred = [t for t in times if t.get("itemprop") == "datePublished" or t.has_attr("pubdate")]
    for time in preferred + times:
        value = time.get("datetime")
        date = normalise_date(value if isinstance(value, str) else time.get_text())
        if date:
            return date
    return ""


def _rel_author(page: PageIndex) -> list[str]:
    names: list[str] = []
    for a in page.rel("a", "author")[:10]:
        name = _clean(a.get_text())
        if name and name not in names:
            names.append(name)
    for node in page.itemprop_author[:10]:
        inner = node.find(itemprop="name") or node
        name = _clean(inner.get("content") or inner.get_text()) if isinstance(inner, Tag) else ""
        if name and len(name) < 80 and name not in names:
            names.append(name)
    return names


def from_byline(page: PageIndex, url: str | None) -> Fields:
    """A "By Jane Doe and John Roe" line near the top of the page text."""
    body = page.soup.body or page.soup
    scanned = 0
    for string in body.descendants:
        if type(string) is not NavigableString:
            continue
        scanned += 1
        if scanned > _BYLINE_SCAN_STRINGS:
            break
        text = _clean(str(string))
        if not text or len(text) > 120:
            continue
        match = _BYLINE.match(text)
        if match:
            return {"authors": _split_authors(match.group(1))}
        parent = string.parent
        if parent is not None and _looks_like_byline(parent) and len(text.split()) <= 5 and text[0].isupper():
            return {"authors": _split_authors(text)}
    return {}


def _looks_like_byline(tag: Tag) -> bool:
    value = " ".join(tag.get("class", []) or []) + " " + (tag.get("id") or "")
    return any(t in _BYLINE_TOKENS for t in class_tokens(value))


def _split_authors(text: str) -> list[str]:
    return [a.strip() for a in _AUTHOR_SPLIT.split(text) if a.strip()]


SOURCES: tuple[Callable[[PageIndex, str | None], Fields], ...] = (
    from_json_ld,
    from_opengraph,
    from_twitter,
    from_dublin_core,
    from_meta_tags,
    from_html,
    from_byline,
)


def structured_article_body(page: PageIndex) -> str:
    """The JSON-LD ``articleBody`` text, or "" (a check for extraction, not a source of blocks)."""
    article = article_json_ld(page)
    body = article.get("articleBody") if article else None
    return html.unescape(body) if isinstance(body, str) else ""


def extract_metadata(soup: BeautifulSoup, url: str | None = None, page: PageIndex | None = None) -> Metadata:
    """Metadata from every source in order; later sources fill only empty fields.

    :param page: an index of ``soup`` already built by the caller, to share its walk.
    """
    metadata = Metadata()
    page = page or PageIndex(soup)
    for source in SOURCES:
        for key, value in source(page, url).items():
            if value and not getattr(metadata, key):
                setattr(metadata, key, list(dict.fromkeys(value)) if isinstance(value, list) else value)
    if not metadata.source_url and url:
        metadata.source_url = url
    if metadata.source_url and urlsplit(metadata.source_url).scheme not in ("http", "https"):
        metadata.source_url = url or ""
    return metadata
