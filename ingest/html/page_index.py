"""The parsed page, indexed for the metadata sources in one walk of its tree.

:class:`PageIndex` collects the elements the sources read (``<meta>``, JSON-LD
scripts, headlines, elements classed as a byline, a date or a footer);
:func:`json_ld_objects` iterates the page's JSON-LD objects;
:func:`in_foreign_chrome` tells whether an element sits in chrome that holds
other items (comments, lists, navigation). Also the small text helper
:func:`clean` and the :data:`Fields` every source returns.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter, deque
from collections.abc import Callable, Iterator

from bs4 import BeautifulSoup, Tag

from ingest.authors import site_key
from ingest.escape import clean_text
from ingest.html.classify import chrome_reason, class_tokens

Fields = dict[str, object]

WS = re.compile(r"\s+")
# Class words of the element that holds the byline (English, German, French, Italian, Spanish).
BYLINE_TOKENS = frozenset({"byline", "author", "authors", "writer", "creator", "contributor", "autor", "autoren",
                            "auteur", "autore", "authorname"})
# Class words news themes give the standfirst under the headline (French papers call it the "chapô").
_DECK_TOKENS = frozenset({"standfirst", "dek", "deck", "lede", "subtitle", "subheadline", "subhead", "strapline", "kicker", "chapo", "chapeau"})
# Class words of an element that shows the article's date ("post-date", "entry-date",
# "meta-date", "dateline"): read only inside the article's region, see metadata._article_date.
_DATE_TOKENS = frozenset({"date", "dateline", "pubdate", "published"})
_MAX_DATE_ELEMENTS = 20
_MAX_BYLINE_ELEMENTS = 30
# A byline class that recurs this often belongs to a list (teasers, comments), not to the article.
REPEATED_BYLINE = 3
# Class/id words of the page's footer band, where the rights notice is printed.
_FOOTER_TOKENS = frozenset({"footer", "copyright", "colophon"})
MAX_FOOTERS = 50
# WordPress's class for a comment by the post's author (``comment_class()``).
_POST_AUTHOR = "bypostauthor"
_MAX_FIELD_CHARS = 1000


def clean(value: object) -> str:
    if not isinstance(value, str):
        return ""
    # str.split() breaks on exactly the characters WS matches (checked over every code
    # point): the same as WS.sub(" ", value).strip(), at half the cost on short strings.
    return " ".join(value.split())[:_MAX_FIELD_CHARS]


# --- One pass over the page ---------------------------------------------------------


@functools.lru_cache(maxsize=20_000)
def _tokens(classes: tuple[str, ...], ident: str) -> frozenset[str]:
    """The class and id words of an element (pure, so cached across pages)."""
    return frozenset(t for value in (*classes, ident) for t in class_tokens(value))


# hAtom's class for a post's headline (Blogger, WordPress themes), on a heading.
_ENTRY_TITLE = "entry-title"
_HEADINGS = frozenset({"h1", "h2", "h3", "h4"})

# The attributes the index reads; an element with none of them is told by its name alone.
_SIGNAL_ATTRS = frozenset({"class", "id", "role", "itemprop"})


@functools.lru_cache(maxsize=20_000)
def _class_groups(classes: tuple[str, ...]) -> tuple[bool, bool, bool, bool]:
    """Whether class words name a date, a footer, a deck, a byline (pure, so cached across pages)."""
    tokens = _tokens(classes, "")
    return (not tokens.isdisjoint(_DATE_TOKENS), not tokens.isdisjoint(_FOOTER_TOKENS),
            not tokens.isdisjoint(_DECK_TOKENS), not tokens.isdisjoint(BYLINE_TOKENS))


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
        self.footers: deque[Tag] = deque(maxlen=MAX_FOOTERS)
        # The first comment WordPress marks as the post author's (bylines.post_author_commenting).
        self.post_author_comment: Tag | None = None
        self.entry_titles: list[Tag] = []  # <h1>-<h4> classed hAtom's "entry-title", in the page's order
        self.json_ld: list[dict] | None = None  # json_ld_objects' answer, decoded on its first call
        wanted = self.WANTED
        tags = self.tags
        footers = self.footers
        for node in soup.descendants:
            if not isinstance(node, Tag):
                continue
            name = node.name
            if name in wanted:
                tags[name].append(node)
            attrs = node.attrs
            if not attrs or _SIGNAL_ATTRS.isdisjoint(attrs):
                # No class, id, role or itemprop: only the tag's name can tell.
                if name == "footer":
                    footers.append(node)
                continue
            itemprop = attrs.get("itemprop")
            if itemprop == "author":
                self.itemprop_author.append(node)
            elif itemprop == "articleBody":
                self.article_bodies.append(node)
            classes = attrs.get("class")
            ident = attrs.get("id")
            if self.post_author_comment is None and classes and (classes == _POST_AUTHOR or _POST_AUTHOR in classes):
                self.post_author_comment = node  # as soup.find(class_=_POST_AUTHOR) finds it, in the same walk
            if classes and name in _HEADINGS and _ENTRY_TITLE in (classes if isinstance(classes, list) else classes.split()):
                self.entry_titles.append(node)  # hAtom's post headline (metadata._entry_title), in the same walk
            dated, footer, deck, byline = _class_groups(tuple(classes) if classes else ())
            if len(self.dates) < _MAX_DATE_ELEMENTS and name not in ("meta", "time") and (
                itemprop == "datePublished" or dated
            ):
                self.dates.append(node)
            if (
                name == "footer"
                or footer
                or attrs.get("role") == "contentinfo"
                or (isinstance(ident, str) and not _tokens((), ident).isdisjoint(_FOOTER_TOKENS))
            ):
                footers.append(node)
            if deck and len(self.decks) < 5:
                self.decks.append(node)
            if byline:
                self.byline_classes[" ".join(classes)] += 1
                if len(self.bylines) < _MAX_BYLINE_ELEMENTS:
                    self.bylines.append(node)
        self.meta = _meta_map(self.tags["meta"])
        # Keys of the site's own names, set by extract_metadata before the bylines are read.
        self.site_names: frozenset[str] = frozenset()
        self._headline_ancestors: frozenset[int] | None = None
        self._section_labels: frozenset[str] | None = None
        # The article's region, as the byline sources locate it once per page
        # (bylines._article_region, _headline_region): the tree does not change while they read it.
        self.regions: dict[str, Tag | None] = {}

    def headline_ancestors(self) -> frozenset[int]:
        """Ids of the elements around the page's first ``<h1>`` (empty without one)."""
        if self._headline_ancestors is None:
            h1s = self.tags["h1"][:1]
            self._headline_ancestors = frozenset(id(a) for h1 in h1s for a in h1.parents)
        return self._headline_ancestors

    def section_labels(self) -> frozenset[str]:
        """Keys (:func:`site_key`) of the site's sections named in one word: the
        article's section as its fields give it (schema.org ``articleSection``,
        OpenGraph's ``article:section``), a link in the page's navigation ("Brasília"
        in the menu), a link to a top-level path of the same word in lower case
        ("<a href=/features/>Features</a>").
        A byline line that prints its section beside the date or the writer
        ("8. November 2021 | Aktuelles") names a section there, not a person."""
        if self._section_labels is None:
            labels: set[str] = {site_key(value) for value in self.meta_values("article:section") if " " not in value.strip()}
            for obj in json_ld_objects(self):
                section = obj.get("articleSection")
                for value in section if isinstance(section, list) else [section]:
                    if isinstance(value, str):
                        labels.update(site_key(part) for part in value.split(",") if " " not in part.strip())
            navigation: dict[int, bool] = {}
            for link in self.tags["a"]:
                text = link.get_text(" ").split()
                if len(text) != 1 or len(labels) >= _MAX_SECTION_LABELS:
                    continue
                key = site_key(text[0])
                if key in labels:
                    continue  # a menu's word again (header and footer menus): adding it changes nothing, its ancestors need no walk
                path = str(link.get("href") or "").split("?")[0].split("#")[0]
                path = re.sub(r"^(?:https?:)?//[^/]+", "", path).strip("/")
                # A section's page is its word in lower case ("Features" at /features/); a top-level
                # path that spells the word as written is a user's page (github.com/golemfactory).
                section_page = path and "/" not in path and path == text[0].casefold() != text[0]
                if section_page or in_foreign_chrome(link, None, _NAVIGATION, navigation):
                    labels.add(key)
            labels.discard("")
            self._section_labels = frozenset(labels)
        return self._section_labels

    def in_a_list(self, byline: Tag) -> bool:
        """Whether a byline-classed element is one of a list's (teasers, comments): its
        class recurs on the page (:data:`REPEATED_BYLINE` times; a second layout's copy
        of the article's byline, desktop and mobile, makes two)."""
        return self.byline_classes[" ".join(byline.get("class", []) or [])] >= REPEATED_BYLINE

    def meta_values(self, key: str) -> list[str]:
        """The contents of every ``<meta>`` whose property or name is ``key`` (lower case)."""
        out = []
        for meta in self.tags["meta"]:
            name = meta.get("property") or meta.get("name")
            content = meta.get("content")
            if isinstance(name, str) and name.strip().lower() == key and isinstance(content, str):
                out.append(content)
        return out

    def rel(self, name: str, rel: str) -> list[Tag]:
        """Elements ``name`` whose rel attribute includes ``rel``."""
        out = []
        for tag in self.tags[name]:
            value = tag.get("rel")
            if value and rel in (value if isinstance(value, list) else value.split()):
                out.append(tag)
        return out


_MAX_SECTION_LABELS = 300
_NAVIGATION = ("nav element", "navigation")


# --- JSON-LD ----------------------------------------------------------------------


def script_json(page: PageIndex, kind: Callable[[str], bool]) -> Iterator[object]:
    """The decoded JSON of each of the page's scripts whose ``type`` ``kind`` accepts (lower-cased),
    its strings cleaned as the page's text is; a script that is no JSON is passed over."""
    for script in page.tags["script"]:
        declared = script.get("type")
        if not isinstance(declared, str) or not kind(declared.strip().lower()):
            continue
        try:
            # JSON decodes its own escapes after the page's text was cleaned (ingest.html.decode):
            # "\u001b" is an ESC, "\ud800" a lone surrogate no UTF-8 output can hold.
            yield json.loads(script.string or "", strict=False, object_pairs_hook=_cleaned_object)
        except (ValueError, RecursionError):
            continue


def json_ld_objects(page: PageIndex) -> Iterator[dict]:
    """Every JSON object in the page's ld+json scripts, with @graph lists flattened.

    Decoded once per page and kept (the metadata sources ask about a dozen times a page; decoding
    and cleaning each time cost 2% of the HTML reader's profile): every reader of it reads before
    extraction takes the scripts out of the tree, and none changes an object."""
    if page.json_ld is None:
        page.json_ld = []
        for data in script_json(page, lambda declared: "ld+json" in declared):
            stack = [data]
            while stack:
                item = stack.pop()
                if isinstance(item, list):
                    stack.extend(reversed(item))
                elif isinstance(item, dict):
                    page.json_ld.append(item)
                    graph = item.get("@graph")
                    if isinstance(graph, list):
                        stack.extend(reversed(graph))
    return iter(page.json_ld)


def _cleaned_object(pairs: list[tuple[str, object]]) -> dict[str, object]:
    return {clean_text(key): _cleaned(value) for key, value in pairs}


def _cleaned(value: object) -> object:
    """A JSON value's strings cleaned (objects are cleaned as the decoder builds them)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_cleaned(item) for item in value]
    return value


def _meta_map(metas: list[Tag]) -> dict[str, str]:
    """``<meta>`` name/property (lower-cased) -> first non-empty content."""
    found: dict[str, str] = {}
    for meta in metas:
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if isinstance(key, str) and isinstance(content, str) and content.strip():
            found.setdefault(key.strip().lower(), content)
    return found


# Chrome where a date belongs to another item (a trending list, a comment,
# a sidebar), judged by the same rules as the extractor's.
_FOREIGN_DATE_REASONS = ("nav element", "footer element", "aside element", "navigation", "sidebar",
                         "related list", "comments", "ads", "newsletter", "slideshow")


def in_foreign_chrome(tag: Tag, page: PageIndex | None = None, reasons: tuple[str, ...] = (), seen: dict[int, bool] | None = None) -> bool:
    """Whether ``tag`` sits in chrome that holds other items (:func:`_is_foreign`).
    Given the ``page``, a wrapper around the headline is the page's layout, not
    chrome ("layoutTwoColumnsRightSidebar" around the whole article).

    :param reasons: the kinds of chrome that count (default :data:`_FOREIGN_DATE_REASONS`).
    :param seen: each ancestor's verdict by ``id``, kept by a caller asking of many tags with the
        same ``reasons`` over an unchanged tree (the links of one page share their menus' ancestors).
    """
    layout = page.headline_ancestors() if page is not None else frozenset()
    for ancestor in tag.parents:
        if ancestor.name in ("body", "html", "[document]"):
            return False
        if id(ancestor) in layout or (reasons is FOREIGN_BYLINE_REASONS and _own_footer(ancestor)):
            continue
        if seen is None:
            foreign = _is_foreign(ancestor, reasons)
        elif (foreign := seen.get(id(ancestor))) is None:
            foreign = seen[id(ancestor)] = _is_foreign(ancestor, reasons)
        if foreign:
            return True
    return False


def _own_footer(tag: Tag) -> bool:
    """Whether ``tag`` is an article's own ``<footer>`` (inside ``<article>`` or ``<main>``),
    where blog themes print "Posted by Jane Doe": not the page's footer."""
    return tag.name == "footer" and tag.find_parent(("article", "main")) is not None


def _is_foreign(tag: Tag, reasons: tuple[str, ...] = ()) -> bool:
    """Whether ``tag`` is chrome that holds other items' dates and authors (a teaser list, comments)."""
    reason = chrome_reason(tag)
    return bool(reason) and any(word in reason for word in reasons or _FOREIGN_DATE_REASONS)


# Chrome whose names are never the article's byline: readers' comments, the
# page's footer (a licence's "CC BY Jane Doe"), navigation. Not sidebars or
# slideshows: themes class the wrapper of a whole article so ("gallery--wrapper__with-sidebar").
FOREIGN_BYLINE_REASONS = ("comments", "footer element", "nav element", "navigation")
