"""Article metadata from a parsed page, one small function per source.

Sources are tried in ``SOURCES`` order; each returns the fields it found and
later sources only fill fields that are still empty.  Structured data the
publisher wrote for machines (JSON-LD) comes first, then social-card tags
(OpenGraph, Twitter), Dublin Core, generic ``<meta>``, plain HTML
(``<title>``, ``lang``, canonical link, ``<time>``, ``rel=author``) and last a
"By ..." byline found in the text.
"""

from __future__ import annotations

import functools
import html
import json
import re
import unicodedata
from collections import Counter, deque
from collections.abc import Callable, Iterator
from contextlib import suppress
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag
from lxml import etree
from lxml import html as lxml_html

from ingest import dates, rights
from ingest.html.authors import clean_authors, fuller_names, is_organisation, site_key, strip_byline_word
from ingest.html.classify import chrome_reason, class_tokens, vocabulary_reason
from ingest.model import Metadata
from people_films.detect import GIVEN_NAMES

Fields = dict[str, object]

_WS = re.compile(r"\s+")
_ARTICLE_TYPES = re.compile(r"(Article|BlogPosting|Posting|Report|Review)$")
# Class words of the element that holds the byline (English, German, French, Italian, Spanish).
_BYLINE_TOKENS = frozenset({"byline", "author", "authors", "writer", "creator", "contributor", "autor", "autoren",
                            "auteur", "autore", "authorname"})
# Class words news themes give the standfirst under the headline.
_DECK_TOKENS = frozenset({"standfirst", "dek", "deck", "subtitle", "subheadline", "subhead", "strapline", "kicker"})
_DECK_CHARS = (20, 400)
# Class words of an element that shows the article's date ("post-date", "entry-date",
# "meta-date", "dateline"): read only inside the article's region, see _article_date.
_DATE_TOKENS = frozenset({"date", "dateline", "pubdate", "published"})
_DATE_ELEMENT_CHARS = 80  # a date element holds a date and a few words, not prose
_MAX_DATE_ELEMENTS = 20
_MAX_BYLINE_ELEMENTS = 30
# A byline class that recurs this often belongs to a list (teasers, comments), not to the article.
_REPEATED_BYLINE = 3
# Class/id words of the page's footer band, where the rights notice is printed.
_FOOTER_TOKENS = frozenset({"footer", "copyright", "colophon"})
_MAX_FOOTERS = 50
_BYLINE_SCAN_STRINGS = 400  # a byline sits near the top; don't read the whole page
_HEADLINE_SCAN_STRINGS = 60  # ...or just after the headline
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


def _names(value: object, ids: dict[str, dict] | None = None, organisations: bool = False) -> list[str]:
    """Person names from a JSON-LD author value, read whole: a string, an object
    (``name``, or ``givenName`` + ``familyName``, or an ``@id`` pointing to a Person
    elsewhere in the page's graph), or a list of them.

    :param organisations: only the names of objects typed as an organisation
        (``Organization``, ``NewsMediaOrganization``...), not a person's.
    """
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str) and ids and item in ids:
            item = ids[item]  # "author": "https://site/#author", the @id alone
        if isinstance(item, dict):
            if ids and not item.get("name") and isinstance(item.get("@id"), str):
                item = ids.get(item["@id"], item)
            if organisations and not any(t.endswith("Organization") for t in _types(item)):
                continue
            name = item.get("name")
            if isinstance(name, list):
                name = " ".join(n for n in name if isinstance(n, str))
            if not name and isinstance(item.get("familyName"), str):
                name = f"{item.get('givenName') or ''} {item['familyName']}"
            item = name
        elif organisations:
            continue
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


@functools.lru_cache(maxsize=20_000)
def _tokens(classes: tuple[str, ...], ident: str) -> frozenset[str]:
    """The class and id words of an element (pure, so cached across pages)."""
    return frozenset(t for value in (*classes, ident) for t in class_tokens(value))


class PageIndex:
    """The elements metadata sources read, collected in one walk of the tree.

    Each source used to search the whole tree with ``find_all``; one shared
    walk costs a fraction of that on large pages.
    """

    WANTED = frozenset({"meta", "link", "script", "title", "time", "a", "html", "h1", "footer", "article", "main"})

    def __init__(self, soup: BeautifulSoup) -> None:
        self.soup = soup
        self.tags: dict[str, list[Tag]] = {name: [] for name in self.WANTED}
        self.itemprop_author: list[Tag] = []
        self.article_bodies: list[Tag] = []  # itemprop=articleBody
        self.decks: list[Tag] = []
        # Elements classed as a byline or author, and how often each class string recurs.
        self.bylines: list[Tag] = []
        self.byline_classes: Counter[str] = Counter()
        self.dates: list[Tag] = []  # classed as a date, or itemprop=datePublished
        # <footer>, role=contentinfo, classed footer/copyright: the last ones, where the page's footer is.
        self.footers: deque[Tag] = deque(maxlen=_MAX_FOOTERS)
        wanted = self.WANTED
        for node in soup.descendants:
            if not isinstance(node, Tag):
                continue
            if node.name in wanted:
                self.tags[node.name].append(node)
            attrs = node.attrs
            if attrs:
                itemprop = attrs.get("itemprop")
                if itemprop == "author":
                    self.itemprop_author.append(node)
                elif itemprop == "articleBody":
                    self.article_bodies.append(node)
                classes = attrs.get("class")
                ident = attrs.get("id")
                tokens = _tokens(tuple(classes) if classes else (), "")  # class words
                if len(self.dates) < _MAX_DATE_ELEMENTS and node.name not in ("meta", "time") and (
                    itemprop == "datePublished" or not tokens.isdisjoint(_DATE_TOKENS)
                ):
                    self.dates.append(node)
                if (
                    node.name == "footer"
                    or attrs.get("role") == "contentinfo"
                    or not tokens.isdisjoint(_FOOTER_TOKENS)
                    or (isinstance(ident, str) and not _tokens((), ident).isdisjoint(_FOOTER_TOKENS))
                ):
                    self.footers.append(node)
                if len(self.decks) < 5 and not tokens.isdisjoint(_DECK_TOKENS):
                    self.decks.append(node)
                if not tokens.isdisjoint(_BYLINE_TOKENS):
                    self.byline_classes[" ".join(classes)] += 1
                    if len(self.bylines) < _MAX_BYLINE_ELEMENTS:
                        self.bylines.append(node)
            elif node.name == "footer":
                self.footers.append(node)
        self.meta = _meta_map(self.tags["meta"])
        # Keys of the site's own names, set by extract_metadata before the bylines are read.
        self.site_names: frozenset[str] = frozenset()
        self._headline_ancestors: frozenset[int] | None = None

    def headline_ancestors(self) -> frozenset[int]:
        """Ids of the elements around the page's first ``<h1>`` (empty without one)."""
        if self._headline_ancestors is None:
            h1s = self.tags["h1"][:1]
            self._headline_ancestors = frozenset(id(a) for h1 in h1s for a in h1.parents)
        return self._headline_ancestors

    def in_a_list(self, byline: Tag) -> bool:
        """Whether a byline-classed element is one of a list's (teasers, comments): its
        class recurs on the page (:data:`_REPEATED_BYLINE` times; a second layout's copy
        of the article's byline, desktop and mobile, makes two)."""
        return self.byline_classes[" ".join(byline.get("class", []) or [])] >= _REPEATED_BYLINE

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


# The page's own work when it has no article object: WordPress SEO plugins (Yoast)
# give the post's author on its WebPage node, not on an Article.
_PAGE_WORK_TYPES = frozenset({"WebPage", "ItemPage", "AboutPage", "CollectionPage", "CreativeWork", "MediaObject",
                              "VideoObject", "Recipe", "HowTo", "QAPage", "FAQPage", "ProfilePage"})


def _page_work(page: PageIndex) -> dict | None:
    """The first JSON-LD object of a page or work type that names an author, or None."""
    for obj in json_ld_objects(page):
        if (obj.get("author") or obj.get("creator")) and not _PAGE_WORK_TYPES.isdisjoint(_types(obj)):
            return obj
    return None


def from_json_ld(page: PageIndex, url: str | None) -> Fields:
    found: Fields = {}
    article = article_json_ld(page)
    if article is not None:
        found["title"] = _clean_ld(article.get("headline") or article.get("name"))
        deck = _clean_ld(article.get("alternativeHeadline"))
        found["deck"] = [deck] if deck else []
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
    ids = {obj["@id"]: obj for obj in json_ld_objects(page) if isinstance(obj.get("@id"), str)}
    work = article if article is not None and (article.get("author") or article.get("creator")) else _page_work(page)
    if work is not None:
        found["authors"] = _names(work.get("author") or work.get("creator"), ids)
        found["author_organisations"] = _names(work.get("author") or work.get("creator"), ids, organisations=True)
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
        label = _clean(meta.get(f"twitter:label{n}")).casefold()
        if label.startswith(_WRITTEN_BY_LABELS):
            found["authors"] = [_clean(meta.get(f"twitter:data{n}"))]
    return found


# Yoast SEO's "Written by" card label as its translations print it (English, German,
# French, Spanish/Portuguese, Italian, Dutch, Polish, Swedish, Danish/Norwegian), and "Author".
_WRITTEN_BY_LABELS = ("written by", "author", "verfasst von", "geschrieben von", "autor", "écrit par", "escrito por",
                      "scritto da", "geschreven door", "napisane przez", "skriven av", "skrevet af", "skrevet av",
                      "auteur", "autore")


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
    authors = next((values for key in _AUTHOR_META if (values := _meta_values(page, key))), [])
    return {
        "authors": [a for a in authors if not a.startswith("@")],
        "date": date,
        "description": _clean(meta.get("description")),
        "rights": _clean(meta.get("copyright") or meta.get("rights")),
        "publisher": _clean(meta.get("application-name") or meta.get("publisher")),
        "title": _clean(meta.get("citation_title")),
    }


# <meta> names that hold the article's author: the HTML standard's, then the
# analytics and newsletter tags news sites fill from their CMS (Parse.ly,
# Sailthru, the New York Times' "byl" with its "By"), then a paper's citation authors.
_AUTHOR_META = ("author", "parsely-author", "sailthru.author", "byl", "citation_author")


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
            with suppress(ValueError):  # "http://[oops": no address
                found["source_url"] = _clean(urljoin(url or "", canonical["href"]))
    for license_link in (page.rel("link", "license") + page.rel("a", "license"))[:1]:
        href = license_link.get("href")
        found["rights"] = _clean(license_link.get_text()) or _clean(href)
    found["date"], found["date_text"] = _article_date(page)
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
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_SINGLE_QUOTES = re.compile(r"[\u2018\u2019\u201a\u201b\u2032`´]")
_DOUBLE_QUOTES = re.compile(r"[\u201c\u201d\u201e\u201f\u2033«»]")


def title_key(text: str) -> str:
    """A title for comparison: NFKC, every dash "-", every quote straight, spaces collapsed, case folded.

    ``Lumen’s film – a review`` and ``Lumen's film - a review`` have one key.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _DOUBLE_QUOTES.sub('"', _SINGLE_QUOTES.sub("'", _DASHES.sub("-", text)))
    return _WS.sub(" ", text).strip().casefold()


def _title_without_site_name(title: str, headings: list[Tag]) -> str:
    """``<title>`` minus the " | Site name" part.

    The article's H1 when it is the title or its longest part (compared by
    :func:`title_key`); an H1 that is only a shorter part is the site's logo
    or name, not the headline. Else the longest part.
    """
    headline = matching_headline(title, headings)
    if headline:
        return headline
    parts = _TITLE_SEPARATORS.split(title)
    return max(parts, key=len) if len(parts) > 1 else title


def matching_headline(title: str, headings: list[Tag]) -> str:
    """The text of the first heading that is ``title``, or holds its longest part, or "".

    A heading equal to a shorter part (the site name of ``Headline | Site``) never matches.
    """
    key = title_key(title)
    if not key:
        return ""
    parts = [title_key(p) for p in _TITLE_SEPARATORS.split(title)]
    longest = max(parts, key=len)
    for heading in headings[:3]:
        text = _clean(heading.get_text(" "))
        heading_key = title_key(text)
        if not heading_key:
            continue
        if heading_key == key:
            return text
        if heading_key in key and longest in heading_key and len(parts) > 1:
            return text
    return ""


# Chrome where a date belongs to another item (a trending list, a comment,
# a sidebar), judged by the same rules as the extractor's.
_FOREIGN_DATE_REASONS = ("nav element", "footer element", "aside element", "navigation", "sidebar",
                         "related list", "comments", "ads", "newsletter", "slideshow")
_ARTICLE_REGION_TAGS = frozenset({"article", "main"})


def _in_foreign_chrome(tag: Tag, page: PageIndex | None = None, reasons: tuple[str, ...] = ()) -> bool:
    """Whether ``tag`` sits in chrome that holds other items (:func:`_is_foreign`).
    Given the ``page``, a wrapper around the headline is the page's layout, not
    chrome ("layoutTwoColumnsRightSidebar" around the whole article).

    :param reasons: the kinds of chrome that count (default :data:`_FOREIGN_DATE_REASONS`).
    """
    layout = page.headline_ancestors() if page is not None else frozenset()
    for ancestor in tag.parents:
        if ancestor.name in ("body", "html", "[document]"):
            return False
        if id(ancestor) in layout or (reasons is _FOREIGN_BYLINE_REASONS and _own_footer(ancestor)):
            continue
        if _is_foreign(ancestor, reasons):
            return True
    return False


def _own_footer(tag: Tag) -> bool:
    """Whether ``tag`` is an article's own ``<footer>`` (inside ``<article>``), where
    blog themes print "Posted by Jane Doe": not the page's footer."""
    return tag.name == "footer" and tag.find_parent("article") is not None


def _is_foreign(tag: Tag, reasons: tuple[str, ...] = ()) -> bool:
    """Whether ``tag`` is chrome that holds other items' dates and authors (a teaser list, comments)."""
    reason = chrome_reason(tag)
    return bool(reason) and any(word in reason for word in reasons or _FOREIGN_DATE_REASONS)


# Chrome whose names are never the article's byline: readers' comments, the
# page's footer (a licence's "CC BY Jane Doe"), navigation. Not sidebars or
# slideshows: themes class the wrapper of a whole article so ("gallery--wrapper__with-sidebar").
_FOREIGN_BYLINE_REASONS = ("comments", "footer element", "nav element", "navigation")


def _in_article_region(tag: Tag, headline_blocks: set[int]) -> bool:
    for ancestor in tag.parents:
        if ancestor.name in _ARTICLE_REGION_TAGS or id(ancestor) in headline_blocks:
            return True
        itemprop = ancestor.attrs.get("itemprop") if ancestor.attrs else None
        if isinstance(itemprop, str) and itemprop.lower() == "articlebody":
            return True
    return False


def _headline_blocks(page: PageIndex) -> set[int]:
    """The parent and grandparent of the page's first H1s: where the byline and dateline sit."""
    blocks: set[int] = set()
    for h1 in page.tags["h1"][:2]:
        parent = h1.parent
        if parent is not None and parent.name not in ("body", "html"):
            blocks.add(id(parent))
            if parent.parent is not None and parent.parent.name not in ("body", "html"):
                blocks.add(id(parent.parent))
    return blocks


def _article_date(page: PageIndex) -> tuple[str, str]:
    """``(iso, as_written)``: the date the page shows for the article, else ``("", "")``.

    In order: a ``<time>`` marked as the publication date (``itemprop``,
    ``pubdate``) or an element marked ``itemprop=datePublished``; the first
    ``<time>`` in the article's region (``<article>``, ``<main>``, beside the
    H1); the first element there classed as a date (``<p class="date">``,
    ``<span class="post-date">``); the first ``<time>`` anywhere outside
    chrome. A classed element outside the article's region is never read
    (teasers in an unflagged list carry them), nor is anything in a trending
    list, a sidebar or a comment. ``as_written`` is a date shown without its
    year ("March 5"), kept as the page wrote it when no full date is found.
    """
    times = [t for t in page.tags["time"][:40] if not _in_foreign_chrome(t)]
    headline = _headline_blocks(page)
    classed = [e for e in page.dates if not _in_foreign_chrome(e)]
    preferred = [t for t in times if t.get("itemprop") == "datePublished" or t.has_attr("pubdate")]
    preferred += [e for e in classed if e.get("itemprop") == "datePublished"]
    in_region = [t for t in times if _in_article_region(t, headline)]
    classed_in_region = [e for e in classed if _in_article_region(e, headline)]
    partial = ""
    for element in preferred + in_region + classed_in_region + times:
        value = element.get("datetime") or element.get("content")
        if isinstance(value, str) and (date := normalise_date(value)):
            return date, ""
        text = _clean(element.get_text(" "))
        if len(text) > _DATE_ELEMENT_CHARS:
            continue
        found = dates.find_date(text)
        if found is not None and found.iso and found.complete:
            return found.iso, ""
        if found is not None and not found.iso and not partial:
            partial = text[found.start:found.end]
    return "", partial


def _rel_author(page: PageIndex) -> list[str]:
    """Names marked ``rel=author`` or ``itemprop=author`` in the article's region
    (else anywhere outside chrome): never a comment's or a teaser's author."""
    candidates: list[Tag] = []
    for a in page.rel("a", "author")[:10]:
        candidates.append(a)
    for node in page.itemprop_author[:10]:
        inner = node.find(itemprop="name") or node
        if isinstance(inner, Tag):
            candidates.append(inner)
    candidates = [c for c in candidates if not _in_foreign_chrome(c)]
    headline = _headline_blocks(page)
    in_region = [c for c in candidates if _in_article_region(c, headline)]
    names: list[str] = []
    for tag in in_region or candidates:
        name = _clean(tag.get("content") or tag.get_text(" "))
        if name and len(name) < 80 and name not in names:
            names.append(name)
    return names


def from_byline(page: PageIndex, url: str | None) -> Fields:
    """A byline near the headline, else near the top of the page.

    "By Jane Doe and John Roe" (any byline word, :mod:`ingest.html.authors`),
    a short line in an element classed as a byline or author, or a lone "By"
    with the name in the next element. A date in the byline ends the name and
    gives the date when the page had no other.
    """
    body = page.soup.body or page.soup
    starts: list[tuple[Tag, int]] = []
    # The page's only headline counts even inside a wrapper the rules flag
    # (a layout <div class="sidebar-layout"> around the whole page).
    h1s = [h for h in page.tags["h1"][:3] if not _in_foreign_chrome(h)] or page.tags["h1"][:1]
    if h1s and h1s[0].parent is not None:
        starts.append((h1s[0].parent, _HEADLINE_SCAN_STRINGS))
    starts.append((body, _BYLINE_SCAN_STRINGS))
    for start, limit in starts:
        found = _scan_byline(start, limit, page)
        if found:
            if start is body:
                found.pop(_LABELLED, None)  # only a byline beside the headline speaks for the article
            return found
    return {}


def _scan_byline(start: Tag, limit: int, page: PageIndex) -> Fields:
    scanned = 0
    after_byline_word = False
    whole_line: Fields = {}  # the names of a lone byline word's whole line
    for string in start.next_elements if start.name != "body" else start.descendants:
        if type(string) is not NavigableString:
            continue
        scanned += 1
        if scanned > limit:
            break
        text = _clean(str(string))
        if not text or len(text) > 150:
            continue
        candidates: list[str] = []
        stripped = strip_byline_word(text)
        labelled = after_byline_word  # the names follow a byline word ("By", "Von", "Auteur")
        if after_byline_word:
            candidates = [text]
        elif _PICTURE_LABEL.match(text):
            continue  # "Foto: Jane Doe" credits a picture
        elif stripped != text.strip(" \t:·|–—-•"):
            if not stripped:
                # "By" alone: the names are the rest of its line ("von <a>A</a> und <a>B</a>"), or the next element
                after_byline_word = not _in_running_text(string)
                line = _rest_of_line(string) if after_byline_word else ""
                whole_line = _names_in_line(line, page.site_names) if line else {}
                continue
            if not _in_running_text(string):  # "... leaders of farmers' movements, by ..." is prose
                candidates = [stripped]
                labelled = True
        elif (late := _LATE_BYLINE_WORD.search(text)) and dates.find_date(text[: late.start()]) is not None:
            candidates = [text[late.end():]]  # "Posted on September 21, 2020 by Jane Doe"
        elif (
            (dated := _DATELINE_NAME.match(text))
            and dates.find_date(dated[1], foreign=False) is not None
            and not _in_a_dated_list(string)
        ):
            candidates = [dated[2]]  # "11.12.2019 - Jane Doe": the date, a dash, the name
        elif len(text.split()) <= 8 and (box := _byline_element(string, page)) is not None:
            whole = _clean(box.get_text(" "))  # every co-author of the byline, not the first link's
            candidates = [strip_byline_word(whole), text] if whole != text and len(whole) <= 150 else [text]
        after_byline_word = False
        line_names, whole_line = whole_line, {}
        if not candidates or _is_credit(string) or _in_breadcrumbs(string):
            continue
        for candidate in candidates:
            if (found := _names_in_line(candidate, page.site_names)) and not _in_foreign_chrome(
                string.parent, page, _FOREIGN_BYLINE_REASONS
            ):
                found = _fuller_line(found, line_names)
                return {**found, _LABELLED: True} if labelled else found
    return {}


# Fields key of a byline whose names follow a byline word: the page's own statement of its author.
_LABELLED = "byline_word"


def _in_breadcrumbs(string: NavigableString) -> bool:
    """Whether ``string`` is a step of a breadcrumb trail (schema.org ``BreadcrumbList``,
    a class word "breadcrumb"), which themes print inside the byline box ("in Rubrik: Hyundai")."""
    for parent in _parents(string, 4):
        itemtype = parent.get("itemtype")
        if isinstance(itemtype, str) and "BreadcrumbList" in itemtype:
            return True
        if {"breadcrumb", "breadcrumbs"} & set(class_tokens(" ".join(parent.get("class", []) or []))):
            return True
    return False


def _in_a_dated_list(string: NavigableString) -> bool:
    """Whether the line of ``string`` ("02.11.2022 - Placebo - Stadthalle") has a
    neighbour of its shape, date, dash, words: a calendar, not a dated byline."""
    line = string.parent
    while line is not None and line.name not in _LINE_BREAKING_TAGS:
        line = line.parent
    if line is None:
        return False
    for sibling in (line.find_previous_sibling(), line.find_next_sibling()):
        text = _clean(sibling.get_text(" ")) if sibling is not None else ""
        if (dated := _DATELINE_NAME.match(text)) and dates.find_date(dated[1], foreign=False) is not None:
            return True
    return False


def _fuller_line(found: Fields, whole_line: Fields) -> Fields:
    """The names of the byline word's whole line when they are the next element's
    and more ("von <a>Lars Fischer</a> und <a>Alina Schadwinkel</a>"), else ``found``:
    what follows a name in its line is often no co-author ("von Fatima in Gefühle")."""
    names, more = found.get("authors") or [], whole_line.get("authors") or []
    if len(more) > len(names) and {site_key(n) for n in names} <= {site_key(n) for n in more}:
        return whole_line
    return found


def _rest_of_line(string: NavigableString) -> str:
    """The text after ``string`` in its element, up to the end of its line (a ``<br>``,
    the start of a block, :data:`_BYLINE_LINE_CHARS`): "von <a>Lars Fischer</a> und
    <a>Alina Schadwinkel</a>"."""
    parts: list[str] = []
    length = 0
    line = string.parent
    for node in string.next_elements:
        if line is not None and line not in node.parents:
            break  # the byline word's element ends ("Von <a>Henry</a>" then "In <a>Aktuell</a>")
        if isinstance(node, Tag):
            if node.name == "br" or node.name in _LINE_BREAKING_TAGS:
                break
            continue
        if type(node) is not NavigableString:
            continue
        parts.append(str(node))
        length += len(node)
        if length > _BYLINE_LINE_CHARS:
            return ""
    return _clean(" ".join(parts))


# Elements that start a line of their own.
_LINE_BREAKING_TAGS = frozenset({"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
                                 "section", "article", "header", "footer", "aside", "nav", "table", "tr", "td",
                                 "blockquote", "figure", "hr", "address", "main", "form", "script", "style"})
_BYLINE_LINE_CHARS = 150
# A picture's credit label ("Foto: Jane Doe", "Bild: dpa"), unless the same
# person wrote the text ("Text und Fotos: Jane Doe", which the byline words read).
_PICTURE_LABEL = re.compile(r"^\s*(?:fotos?|photos?|bild|bilder|image|images|picture|credit|quelle|source)\s*[:：]", re.IGNORECASE)


def _names_in_line(candidate: str, site_names: frozenset[str] = frozenset()) -> Fields:
    """``{"authors": [...], "date"?: iso}`` from one byline's words, or {}: a date ends the names."""
    dated = dates.find_date(candidate)
    found: Fields = {}
    if dated is not None:
        if dated.iso and dated.complete:
            found["date"] = dated.iso
        candidate = _BEFORE_A_DATE.sub("", candidate[: dated.start])
    candidate = _SECOND_CREDIT.split(_BYLINE_TAIL.split(candidate)[0])[0]
    names = clean_authors([candidate], site_names, from_text=True)
    if names:
        found["authors"] = names
        return found
    return {}


# The word that puts a date after a name ("Jane Doe on 5 March", "am 5. März", "le 5 mars").
_BEFORE_A_DATE = re.compile(r"\s+(?:on|am|vom|le|el|il|den|op|dne|em)\s*$", re.IGNORECASE)
# "Text von Jane Doe  Illustration von John Roe": the second credit is another job's.
_SECOND_CREDIT = re.compile(r"\s+[^\W\d_]+\s+(?:von|by|par|por|door)\s+", re.IGNORECASE)
# A date first, a dash, then a name ("11.12.2019 - Jane Doe", "5 March 2024 – Jane Doe").
_DATELINE_NAME = re.compile(r"^(.{6,40}?)\s+[-–—|·]\s+(\S.*)$")
# Where a byline's words are not a line of their own but part of a paragraph of prose.
_RUNNING_TEXT_CHARS = 200
_PARAGRAPH_TAGS = frozenset({"p", "li", "td", "dd", "blockquote"})
_BOX_TAGS = frozenset({"div", "section", "article", "header", "footer", "aside", "main"})
# Picture credits and captions: "© Foto: Getty Images" is no byline.
# ("credits" alone is no sign: themes class the article's own byline "article__credits").
_CREDIT_TOKENS = frozenset({"copyright", "photographer", "license", "licence"})
_CREDIT_TAGS = frozenset({"figure", "figcaption", "picture"})


def _in_running_text(string: NavigableString) -> bool:
    """Whether ``string`` sits in a paragraph of prose (its paragraph holds more than a line)."""
    for parent in _parents(string, 4):
        if parent.name in _PARAGRAPH_TAGS:
            return len(parent.get_text()) > _RUNNING_TEXT_CHARS
        if parent.name in _BOX_TAGS:
            return False
    return False


def _is_credit(string: NavigableString) -> bool:
    """Whether ``string`` is a picture's credit or caption, by element or class word."""
    for parent in _parents(string, 5):
        if parent.name in _CREDIT_TAGS:
            return True
        value = " ".join(parent.get("class", []) or [])
        if value and not _CREDIT_TOKENS.isdisjoint(class_tokens(value)):
            return True
    return False


def _byline_element(string: NavigableString, page: PageIndex) -> Tag | None:
    """The nearest of ``string``'s five parents classed as a byline or author, or None
    when it is one of a list's (:meth:`PageIndex.in_a_list`: a teaser's or a comment's author)."""
    for tag in _parents(string, 5):
        if _looks_like_byline(tag):
            voices = class_tokens(" ".join(tag.get("class", []) or []))
            return None if page.in_a_list(tag) or not _OTHER_VOICES.isdisjoint(voices) else tag
    return None


def from_author_box(page: PageIndex, url: str | None) -> Fields:
    """The author box below the article ("About the author - Jane Doe", a bio
    under the name): an element classed as an author or byline anywhere on
    the page, once (a class that recurs marks teasers or comments), read
    like a byline: a byline word and the name, or the name alone as its
    first short line (the box's heading or link). A comment's or a
    quotation's author (by class word) is not the article's."""
    for box in page.bylines:
        if page.in_a_list(box) or not _OTHER_VOICES.isdisjoint(class_tokens(" ".join(box.get("class", []) or []))):
            continue
        for string in _short_strings(box, _AUTHOR_BOX_STRINGS):
            if _is_credit(string):
                break
            if _in_breadcrumbs(string):
                continue
            stripped = strip_byline_word(_clean(str(string)))
            if stripped and (found := _names_in_line(stripped, page.site_names)):
                return found
    return {}


def from_closing_byline(page: PageIndex, url: str | None) -> Fields:
    """A byline at the end of the article ("Autorin: Jane Doe, project lead",
    "Written by Jane Doe", "Von <span>Jane Doe</span>"): a line of its own that
    starts with a byline word, among the last strings of the article's region
    (``<article>``, ``itemprop=articleBody``, ``<main>``, else the block around
    the headline that holds the paragraphs) or the first ones after it; else a
    signature, the name alone as the region's last paragraph (:func:`_signature`)."""
    region = _article_region(page) or _headline_region(page)
    if region is None:
        return {}
    strings = [s for s in region.find_all(string=True) if type(s) is NavigableString and s.strip()]
    after = _strings_after(region, _CLOSING_BYLINE_STRINGS // 2)
    for string in [*after, *reversed(strings[-_CLOSING_BYLINE_STRINGS:])]:
        text = _clean(str(string))
        if len(text) > 150 or _in_running_text(string) or _is_credit(string) or _PICTURE_LABEL.match(text):
            continue
        if string.find_parent("a") is not None:
            continue  # a byline word inside a link is a teaser card's
        stripped = strip_byline_word(text)
        if stripped == text.strip(" \t:·|–—-•"):
            continue  # no byline word
        if not stripped:
            stripped = _rest_of_line(string)  # "Von" alone, the name in the next element
        if stripped and (found := _names_in_line(stripped, page.site_names)):
            if not _in_foreign_chrome(string.parent, page, _FOREIGN_BYLINE_REASONS):
                return found
    return _signature(strings[-1:], page) if strings else {}


def _signature(strings: list[NavigableString], page: PageIndex) -> Fields:
    """The author's name alone as the article's last paragraph ("<p><strong>Marina
    Mucha</strong></p>"), as magazines sign a piece: a person's full name, the first
    word a common given name (:data:`GIVEN_NAMES`), the whole of its paragraph."""
    for string in strings:
        text = _clean(str(string))
        paragraph = string.find_parent(("p", "div"))
        if paragraph is None or _clean(paragraph.get_text(" ")) != text or not 2 <= len(text.split()) <= 3:
            continue
        names = clean_authors([text], page.site_names, from_text=True)
        if names == [text] and text.split()[0] in GIVEN_NAMES:
            return {"authors": names}
    return {}


def from_dateline(page: PageIndex, url: str | None) -> Fields:
    """A news agency's credit in the dateline that opens the article's text,
    "Hamburg (dpa/lno) – ...", "WASHINGTON (AP) — ...", "(Reuters) - ...": the
    agency is the author of a wire story that names no one else. Read in the
    first paragraphs after the headline (or of the article's region)."""
    start = page.tags["h1"][0] if page.tags["h1"] else _article_region(page)
    if start is None:
        return {}
    seen = 0
    for node in start.next_elements:
        if not isinstance(node, Tag) or node.name not in ("p", "div"):
            continue
        if node.name == "div" and node.find(("p", "div")) is not None:
            continue  # a wrapper: its first paragraph comes next
        seen += 1
        if seen > _DATELINE_PARAGRAPHS:
            break
        if match := _AGENCY_DATELINE.match(_clean(node.get_text(" ")[:_DATELINE_CHARS])):
            return {"authors": [match["code"]]}
    return {}


# A dateline: up to four words of a place (or none), the agency's code in
# brackets, a dash or colon. The code is lower or upper case ("dpa", "AFP"),
# codes joined by "/" ("dpa/lno"), or after a place in capitals a capitalised
# name ("LONDON (Reuters) -"; "(Leipzig) -" and "Moskau (Russland) -" are places).
_AGENCY_DATELINE = re.compile(
    r"^(?:(?P<caps>[A-Z][A-Z.'’-]+(?:[ /,][A-Z][A-Z.'’-]*){0,3}\s*)|[^\W\d_][\w.'’-]*(?:[ /,][^\W\d_][\w.'’-]*){0,3}\s*)?"
    r"\((?P<code>[a-z]{2,8}|[A-Z]{2,8}|(?(caps)[A-Z][a-z]{2,12}|(?!))|[^\W\d_]{2,8}(?:/[^\W\d_]{2,8}){1,3})\)"
    r"\s*[-–—:]\s"
)
_DATELINE_PARAGRAPHS = 8
_DATELINE_CHARS = 120


def from_meta_line(page: PageIndex, url: str | None) -> Fields:
    """The author's name beside the article's date in the line of post facts under
    the headline ("Kommentar · 19. Oktober 2019 · Boris T. Kaiser · 1 Kommentar"),
    which page builders print without a byline word or class: a sibling item of
    the date's, shaped like a person's full name (two to four capitalised words,
    the first a common given name: ``people_films.detect.GIVEN_NAMES``, data
    drawn from national name statistics, not from these pages)."""
    if not page.tags["h1"]:
        return {}
    classes = Counter(" ".join(e.get("class", []) or []) for e in page.dates)
    marked = {id(e) for e in page.tags["time"][:20]}
    marked.update(id(e) for e in page.dates if classes[" ".join(e.get("class", []) or [])] < _REPEATED_BYLINE)
    dated: list[Tag] = []  # the first dates after the headline, not a list's
    for seen, node in enumerate(page.tags["h1"][0].next_elements):
        if seen > _META_LINE_SCAN or len(dated) == _META_LINE_DATES:
            break
        if id(node) in marked:
            dated.append(node)
    for element in dated:
        item = element
        for _ in range(3):  # the date's item in its line: the ancestor with siblings
            if item.parent is None or len(item.parent.find_all(recursive=False)) >= 2:
                break
            item = item.parent
        for sibling in item.find_next_siblings(limit=_META_LINE_ITEMS) + item.find_previous_siblings(limit=2):
            text = _clean(sibling.get_text(" "))
            if not text or len(text) > _META_LINE_CHARS or _in_foreign_chrome(sibling, page, _FOREIGN_BYLINE_REASONS):
                continue
            names = clean_authors([text], page.site_names, from_text=True)
            if len(names) == 1 and names[0] == text and 2 <= len(text.split()) <= 4 and text.split()[0] in GIVEN_NAMES:
                return {"authors": names}
    return {}


_META_LINE_DATES = 3
_META_LINE_SCAN = 300  # elements after the headline
_META_LINE_ITEMS = 4
_META_LINE_CHARS = 40


def _strings_after(region: Tag, limit: int) -> list[NavigableString]:
    """The first ``limit`` non-empty strings that follow ``region`` inside its parent,
    up to the next heading (where a teaser or another item starts)."""
    last = region
    while isinstance(last, Tag) and last.contents:
        last = last.contents[-1]
    out: list[NavigableString] = []
    container = region.parent
    for node in last.next_elements:
        if len(out) == limit or container is None or container not in node.parents:
            break
        if isinstance(node, Tag) and node.name in _HEADINGS:
            break
        if type(node) is NavigableString and node.strip() and node.parent.name not in ("script", "style"):
            out.append(node)
    return out


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _headline_region(page: PageIndex) -> Tag | None:
    """The nearest element around the first ``<h1>`` that holds paragraphs of its own
    (:data:`_REGION_PARAGRAPHS` or more), or None: a page's article without ``<article>``."""
    for h1 in page.tags["h1"][:1]:
        for ancestor in _parents(h1, 4):
            if ancestor.name in ("body", "html"):
                return None
            if len(ancestor.find_all("p", limit=_REGION_PARAGRAPHS)) == _REGION_PARAGRAPHS:
                return ancestor
    return None


_REGION_PARAGRAPHS = 3


_AUTHOR_BOX_STRINGS = 6
# Class words of an author who is not the article's: a comment's, a quotation's, a testimonial's.
# Not "review": in a film-review archive the reviewer's own box is classed "review-author".
_OTHER_VOICES = frozenset({"comment", "comments", "quote", "testimonial", "reply"})
_CLOSING_BYLINE_STRINGS = 12


def _short_strings(box: Tag, limit: int) -> Iterator[NavigableString]:
    """The first ``limit`` non-empty strings of ``box`` that are a line's length."""
    seen = 0
    for string in box.find_all(string=True):
        if type(string) is not NavigableString or not string.strip():
            continue
        seen += 1
        if seen > limit:
            return
        if len(string) <= 150:
            yield string


def _article_region(page: PageIndex) -> Tag | None:
    """The article's element: the ``<article>`` that holds the headline, else
    ``itemprop=articleBody`` or ``<main>`` outside chrome, else None."""
    h1s = page.tags["h1"][:2]
    for tag in page.tags["article"][:10]:
        if any(tag in h1.parents for h1 in h1s):
            return tag  # the article that holds the headline, not a teaser's <article>
    for tag in page.article_bodies[:2] + page.tags["main"][:1]:
        if not _in_foreign_chrome(tag) and len(tag.get_text()) >= _REGION_CHARS:
            return tag  # not an empty articleBody marker beside the text
    return None


_REGION_CHARS = 200


# A byline word after a date in the same short line ("Posted on 5 May 2020 by Jane Doe").
_LATE_BYLINE_WORD = re.compile(r"\s(?:by|von|par|por|door)\s+(?=\S)", re.IGNORECASE)
# Where a byline's names end: "Jane Doe | 5 March", "Jane Doe · Staff writer", and the
# section a blog files the post in ("Posted by Jane Doe in News", "par Jane Doe dans Cinéma"),
# a sentence's end ("von <a>Jane Doe</a>. <a>Permalink</a>").
_BYLINE_TAIL = re.compile(r"\s+[|·•–—]\s*|\s+-\s+|\s+(?:in|dans)\s+|\s\.(?:\s|$)")


def _parents(node: object, levels: int) -> list[Tag]:
    out: list[Tag] = []
    parent = getattr(node, "parent", None)
    while parent is not None and len(out) < levels:
        out.append(parent)
        parent = parent.parent
    return out


def _looks_like_byline(tag: Tag) -> bool:
    value = " ".join(tag.get("class", []) or []) + " " + (tag.get("id") or "")
    return any(t in _BYLINE_TOKENS for t in class_tokens(value))


def _site_names(page: PageIndex, found: list[Fields], url: str | None = None) -> frozenset[str]:
    """Keys of the site's own names: never an author.

    The publisher, og:site_name and each of its parts ("Headline | Die FURCHE"),
    the parts of ``<title>`` beside the headline ("Post - Krimiblog-Archiv"),
    and the name the site registered as its host ("makronom" of makronom.de,
    "auto-motor.at" whole), from the page's address or canonical link, when a
    source gives it as a one-word author.
    """
    names = {site_key(str(f.get("publisher") or "")) for f in found}
    for address in (url, *(str(f.get("source_url") or "") for f in found)):
        # A person's own domain ("gregoryszorc.com") is no brand: the host names one-word authors only.
        names.update(key for key in _host_names(address) if key in _one_word_authors(found))
    site_name = page.meta.get("og:site_name", "")
    names.add(site_key(site_name))
    names.update(site_key(part) for part in _TITLE_SEPARATORS.split(site_name))
    titles = page.tags["title"]
    if titles:
        parts = _TITLE_SEPARATORS.split(_clean(titles[0].get_text()))
        if len(parts) > 1:
            headline = max(parts, key=len)
            names.update(site_key(part) for part in parts if part != headline)
    names.discard("")
    return frozenset(names)


def _one_word_authors(found: list[Fields]) -> set[str]:
    """Keys of the one-word names the sources give ("Makronom", "auto-motor.at")."""
    return {site_key(str(n)) for f in found for n in f.get("authors") or [] if len(str(n).split()) == 1}


def _host_names(address: str | None) -> set[str]:
    """Keys of the names in an address's host: the registered name without its
    suffix ("makronom" of www.makronom.de) and with it ("automotorat")."""
    try:
        host = (urlsplit(address).hostname or "") if address and "//" in address else ""
    except ValueError:  # "http://[oops": no address, so no host to name the site
        return set()
    labels = [label for label in host.split(".") if label and label != "www"]
    if len(labels) < 2:
        return set()
    return {site_key(labels[-2]), site_key(".".join(labels[-2:]))}


def _confirmed_names(found: list[Fields]) -> frozenset[str]:
    """Keys of authors that a field and the visible page give alike (JSON-LD or a
    ``<meta>`` tag, and the byline), or two fields give as a person's full name:
    a person, even on a site named after them ("Helge Fahrnberger" on his own
    blog). One word in two fields is the CMS's brand setting ("Makronom"), and
    two readings of the visible page may be one element read twice."""
    counts: Counter[str] = Counter()
    on_page: set[str] = set()
    people: set[str] = set()
    for source, fields in zip(SOURCES, found):
        names = clean_authors(list(fields.get("authors") or []))
        keys = {site_key(name) for name in names}
        people.update(site_key(name) for name in names if len(name.split()) >= 2)
        if source in _VISIBLE_AUTHOR_SOURCES:
            on_page.update(keys)
        else:
            counts.update(keys)
    return frozenset(key for key in counts if key in on_page or (counts[key] >= 2 and key in people))


def _names_more(names: list[str], known: list[str]) -> bool:
    """Whether ``names`` holds every name of ``known`` (a non-empty list) and more."""
    keys = {site_key(n) for n in names}
    return (
        bool(known)
        and len(known) < len(names) <= _MAX_COAUTHORS
        and site_key(names[0]) == site_key(known[0])
        and all(site_key(k) in keys for k in known)
        and all(len(n.split()) >= 2 for n in names)  # people, not a desk ("Online-Redaktion")
    )


# A byline names a few co-authors; a longer list is a paper's citation authors.
_MAX_COAUTHORS = 4


def from_footer(page: PageIndex, url: str | None) -> Fields:
    """The rights notice the page's footer prints ("© 2024 Publisher. All rights reserved.").

    Read from the last footer band first (``<footer>``, ``role=contentinfo``,
    an element classed footer/copyright/colophon), never one inside
    ``<article>`` (an article's own footer holds tags and photo credits), by
    :func:`ingest.rights.find_notice` on the shortest element that holds
    the whole line. Last of the sources: structured rights metadata (JSON-LD
    ``license``, Dublin Core ``rights``, ``rel=license``) wins.
    """
    tried = 0
    for footer in reversed(page.footers):
        if tried == _MAX_FOOTERS_TRIED:
            break
        if footer.find_parent("article") is not None:
            continue
        tried += 1
        if notice := _footer_notice(footer):
            return {"rights": notice}
    return {}


_MAX_FOOTERS_TRIED = _MAX_FOOTERS  # every band kept: teaser cards classed "footer" often follow the page footer


def _footer_notice(footer: Tag) -> str:
    """The notice in the widest line of ``footer`` (an element whose text holds at
    most ``_FOOTER_LINE_CHARS``) around a string that may hold one; a line cut off
    by the menu around it is read from the element that holds it alone."""
    for string in footer.find_all(string=rights.MIGHT_HOLD_NOTICE, limit=10):
        notice = ""
        element = string.parent
        while isinstance(element, Tag):
            text = _line_text(element)
            if len(text) > _FOOTER_LINE_CHARS:
                break
            notice = rights.find_notice(text) or notice
            if element is footer:
                break
            element = element.parent
        if notice:
            return notice
    return ""


def _line_text(element: Tag) -> str:
    """An element's text as one line: "© 2024 <a>X</a>." reads "© 2024 X."."""
    return _SPACE_BEFORE_PUNCTUATION.sub(r"\1", _clean(element.get_text(" ")))


_FOOTER_LINE_CHARS = 300
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([.,;:!?])")


SOURCES: tuple[Callable[[PageIndex, str | None], Fields], ...] = (
    from_json_ld,
    from_opengraph,
    from_twitter,
    from_dublin_core,
    from_meta_tags,
    from_html,
    from_byline,
    from_author_box,
    from_closing_byline,
    from_meta_line,
    from_dateline,
    from_footer,
)


def _htmldate_vote(html_text: str, url: str | None) -> str:
    """htmldate's date (:func:`ingest.dates.page_date`) for a page no source dated,
    read in what the page shows minus what is not the article's: its ``<meta>``
    and JSON-LD (the sources above read and judged them: an impossible date
    stays refused) and chrome that holds other items' dates (comments, related
    and trending lists, navigation, sidebars, footers)."""
    try:
        # lxml refuses a str that declares its encoding (XHTML's <?xml ...?>): the text is decoded already.
        tree = lxml_html.document_fromstring(_XML_DECLARATION.sub("", html_text, count=1))
    except (ValueError, etree.ParserError):
        return ""
    headline = tree.find(".//h1")
    # A body or wrapper classed for its layout ("right-sidebar", "comments-open") holds the article.
    kept = {tree, tree.find("body"), *(headline.iterancestors() if headline is not None else ()), headline}
    doomed = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element in kept:
            continue
        if element.tag == "meta" or (element.tag == "script" and "ld+json" in (element.get("type") or "").lower()):
            doomed.append(element)
        elif element.tag == "nav" or (element.tag in ("footer", "aside") and not _inside_article(element)):
            doomed.append(element)  # an article's own <footer> holds its date on many blogs
        elif (reason := vocabulary_reason(f"{element.get('class') or ''} {element.get('id') or ''}".strip())) and any(
            word in reason for word in _OTHER_ITEMS_REASONS
        ):
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.getparent().remove(element)  # its tail text goes with it: that is chrome's too
    body = tree.find("body")
    article = next((a for a in headline.iterancestors("article")), None) if headline is not None else None
    if body is not None and article is not None:
        # The article that holds the headline is the page's: lists beside it are other items'.
        for child in list(body):
            child.getparent().remove(child)
        body.append(article)
    return dates.page_date(tree, url)


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")

# Chrome that lists other items with their dates (the vocabulary's groups, ingest/html/rules.py).
_OTHER_ITEMS_REASONS = ("comments", "related list", "sidebar", "navigation")


def _inside_article(element: etree._Element) -> bool:
    return any(parent.tag in _ARTICLE_REGION_TAGS for parent in element.iterancestors())


# Sources that read the names the page shows (rel=author links, bylines), not a field written for machines.
_VISIBLE_AUTHOR_SOURCES = (from_html, from_byline, from_author_box, from_closing_byline, from_meta_line)

# Sources read far from the headline, which only fill an empty field: what follows
# a name there ("Posted by Jane Doe, AMP Project Marketing") is a role, not a co-author.
_LATE_AUTHOR_SOURCES = (from_author_box, from_closing_byline, from_meta_line, from_dateline)


def _stated_authors(chosen: list[str], stated: list[str], page: PageIndex) -> list[str]:
    """The byline beside the headline ("Von Jane Doe", "Auteur  Jane Doe") over a
    field's author who is nowhere in the page's text: the CMS account that
    posted a guest's article (a WordPress user in JSON-LD and ``<meta>``)."""
    if not chosen or any(is_organisation(n) for n in stated):
        return chosen
    text = _WS.sub(" ", (page.soup.body or page.soup).get_text(" ")).casefold()
    if any(_WS.sub(" ", name).casefold() in text for name in chosen):
        return chosen
    return stated


def structured_article_body(page: PageIndex) -> str:
    """The JSON-LD ``articleBody`` text, or "" (a check for extraction, not a source of blocks)."""
    article = article_json_ld(page)
    body = article.get("articleBody") if article else None
    return html.unescape(body) if isinstance(body, str) else ""


def extract_metadata(soup: BeautifulSoup, url: str | None = None, page: PageIndex | None = None,
                     html_text: str | None = None) -> Metadata:
    """Metadata from every source in order; later sources fill only empty fields.

    A page that gives no date by any source gets the one ``htmldate`` reads
    in the whole page (:func:`ingest.dates.page_date`): on pages whose meta
    tags and JSON-LD are removed, that lifts the share of right dates from
    0.53 to 0.80 on the dev split (``python -m bench.html_dates --split dev``).

    :param page: an index of ``soup`` already built by the caller, to share its walk.
    :param html_text: the page's decoded text, parsed again for ``htmldate``
        only when no date is found (``str(soup)`` when not given).
    """
    metadata = Metadata()
    page = page or PageIndex(soup)
    found: list[Fields] = []
    for source in SOURCES:
        if source is _VISIBLE_AUTHOR_SOURCES[0]:
            # A byline that names the site is skipped for the next one; a name a field gives is a person's.
            named = {site_key(n) for fields in found for n in clean_authors(list(fields.get("authors") or []))}
            page.site_names = _site_names(page, found, url) - named
        found.append(source(page, url))
    organisations = {site_key(name) for fields in found for name in fields.pop("author_organisations", None) or []}
    headline_byline = [fields.get("authors") or [] for fields in found if fields.pop(_LABELLED, False)]
    site_names = _site_names(page, found, url) - _confirmed_names(found)
    every_author: list[str] = []
    people: list[list[str]] = []  # each source's names, when they are people's
    for source, fields in zip(SOURCES, found):
        for key, value in fields.items():
            if key == "authors" and value and source is not from_dateline:  # an agency's code is no name's shape
                value = clean_authors(value, site_names)
                every_author.extend(value)
                if value and not any(site_key(n) in organisations or is_organisation(n) for n in value):
                    people.append(value)
                if source not in _LATE_AUTHOR_SOURCES and _names_more(value, metadata.authors):
                    metadata.authors = value  # the byline names the co-authors a meta tag left out
            if value and not getattr(metadata, key):
                setattr(metadata, key, list(dict.fromkeys(value)) if isinstance(value, list) else value)
    if metadata.authors and people and metadata.authors not in people:
        metadata.authors = people[0]  # an organisation is the author only when no source names a person
    if headline_byline and (stated := clean_authors(headline_byline[0], site_names)):
        metadata.authors = _stated_authors(metadata.authors, stated, page)
    metadata.authors = fuller_names(metadata.authors, every_author)
    if not metadata.date:
        metadata.date = _htmldate_vote(html_text if html_text is not None else str(soup), metadata.source_url or url)
    headline = matching_headline(metadata.title, page.tags["h1"]) if metadata.title else ""
    if headline:
        metadata.title = headline  # the article's own typography of the same words
    if not metadata.source_url and url:
        metadata.source_url = url
    if metadata.source_url and _scheme(metadata.source_url) not in ("http", "https"):
        metadata.source_url = url or ""
    return metadata


def _scheme(url: str) -> str:
    """The scheme of ``url``; empty when it is no address ("http://[oops", an og:url a page got wrong)."""
    try:
        return urlsplit(url).scheme
    except ValueError:
        return ""
