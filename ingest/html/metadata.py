"""Article metadata from a parsed page, one small function per source.

Sources are tried in ``SOURCES`` order; each returns the fields it found and
later sources only fill fields that are still empty.  Structured data the
publisher wrote for machines (JSON-LD) comes first, then social-card tags
(OpenGraph, Twitter), Dublin Core, generic ``<meta>``, plain HTML
(``<title>``, ``lang``, canonical link, ``<time>``, ``rel=author``) and last a
"By ..." byline found in the text.

This module holds the structured sources and the merge (:data:`SOURCES`,
:func:`extract_metadata`); the sources that read the visible page (bylines,
datelines, the footer's rights notice) are in :mod:`ingest.html.bylines`, and
the index of the page they all read in :mod:`ingest.html.page_index`.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from contextlib import suppress
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag
from lxml import etree
from lxml import html as lxml_html

from ingest import dates
from ingest.authors import clean_authors, fuller_names, is_organisation, is_organisation_credit, site_key
from ingest.credit_shape import PICTURE_AGENCIES
from ingest.html.bylines import (LABELLED, authors_notice, from_author_box, from_author_link, from_byline, from_closing_byline, from_dateline,
                                 from_footer, from_meta_line, post_author_commenting,
                                 rights_holder_person)
from ingest.html.classify import chrome_reason, vocabulary_reason
from ingest.html.platform_authors import from_platform_fields, from_platform_slot
from ingest.html.page_index import WS, Fields, PageIndex, clean, in_foreign_chrome, json_ld_objects, script_json
from ingest.html.treebuilder import find_strings
from ingest.model import Metadata
from ingest.proxy_address import untranslated
from ingest.scripts import UNSPACED
from ingest.html import rules
from ingest.text import rules as text_rules
from ingest.text.datelines import milestone_publication_date
from people_films.names import is_chinese_given_name, is_chinese_surname, is_korean_given_name, is_korean_surname


# --- Sources -----------------------------------------------------------------------

_ARTICLE_TYPES = re.compile(r"(Article|BlogPosting|Posting|Report|Review)$")
_DECK_CHARS = (20, 400)
_DATE_ELEMENT_CHARS = 80  # a date element holds a date and a few words, not prose
# The authors read from one source (a JSON-LD "author" array, the page's <meta name=author> tags):
# an article names a handful, a paper's consortium some hundreds. Each is checked against the others
# and the byline several times over (about 5 ms a name on the shared machine): a JSON-LD array of
# 200 000 authors in an 8 MB page kept one page's reading busy for eight minutes.
MAX_FIELD_AUTHORS = 300


def _clean_ld(value: object) -> str:
    """A JSON-LD string: CMSs often leave HTML entities in it (``&#8216;``)."""
    return clean(html.unescape(value)) if isinstance(value, str) else ""


def normalise_date(value: object) -> str:
    """ISO 8601 date from a metadata field (see :func:`ingest.dates.normalise_date`), or ""."""
    return dates.normalise_date(clean(value))


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
    value = clean(value).replace("_", "-")
    if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", value):
        return ""
    first, *rest = value.split("-")
    return "-".join([first.lower(), *(p.upper() if len(p) == 2 else p for p in rest)])


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


def _meta_values(page: PageIndex, key: str) -> list[str]:
    values = []
    for meta in page.tags["meta"]:
        name = meta.get("property") or meta.get("name")
        if isinstance(name, str) and name.strip().lower() == key:
            value = clean(meta.get("content"))
            if value and not _is_url(value):
                values.append(value)
    return values


def from_opengraph(page: PageIndex, url: str | None) -> Fields:
    meta = page.meta
    return {
        "title": clean(meta.get("og:title")),
        "publisher": clean(meta.get("og:site_name")),
        "source_url": clean(meta.get("og:url")),
        "description": clean(meta.get("og:description")),
        "language": _language(meta.get("og:locale", "")),
        "date": normalise_date(meta.get("article:published_time", "")),
        "authors": _meta_values(page, "article:author"),
    }


def from_twitter(page: PageIndex, url: str | None) -> Fields:
    meta = page.meta
    found: Fields = {
        "title": clean(meta.get("twitter:title")),
        "description": clean(meta.get("twitter:description")),
    }
    # Card "labels" (WordPress SEO plugins): twitter:label1 "Written by" / twitter:data1 "Name".
    for n in range(1, 5):
        label = clean(meta.get(f"twitter:label{n}")).casefold()
        if label.startswith(_WRITTEN_BY_LABELS):
            found["authors"] = [clean(meta.get(f"twitter:data{n}"))]
    return found


# Yoast SEO's "Written by" card label as its translations print it (English, German,
# French, Spanish/Portuguese, Italian, Dutch, Polish, Swedish, Danish/Norwegian), and "Author".
_WRITTEN_BY_LABELS = ("written by", "author", "verfasst von", "geschrieben von", "autor", "écrit par", "escrito por",
                      "scritto da", "geschreven door", "napisane przez", "skriven av", "skrevet af", "skrevet av",
                      "auteur", "autore")


def from_dublin_core(page: PageIndex, url: str | None) -> Fields:
    meta = page.meta

    def dc(name: str) -> str:
        return clean(meta.get(f"dc.{name}") or meta.get(f"dcterms.{name}") or meta.get(f"dc:{name}"))

    creators = _meta_values(page, "dc.creator") or _meta_values(page, "dcterms.creator")
    return {
        "title": dc("title"),
        "authors": [_given_name_first(creator) for creator in creators],
        # Qualified Dublin Core names the date's refinement after a dot: DC.date.issued.
        "date": normalise_date(dc("date") or dc("date.issued") or dc("issued") or dc("date.created") or dc("created")),
        "publisher": dc("publisher"),
        "language": _language(dc("language")),
        "description": dc("description") or dc("abstract"),
        "rights": dc("rights") or dc("license"),
        "source_url": dc("identifier") if _is_url(dc("identifier")) else "",
    }


def _given_name_first(creator: str) -> str:
    """"Quintero, Marta" -> "Marta Quintero": Dublin Core writes a creator family name first,
    as catalogues do (DCMI's "Using Dublin Core", creator: "Family, Given"), where a byline
    writes the given name first. Only a family name of one word (or particles and a word:
    "van der Berg") before one comma and at most three given names or initials after it; a list of
    names ("Marta Quintero, Tomasz Wrona") is left as it is, and so are two credits, no one's name:
    an agency, a desk or an acronym ("Reuters, AFP", "Variety, Staff"; ``is_organisation_credit``).
    A Korean or Chinese family name before a given name of its language stays first, as a byline
    writes it too: "Kim, Ji-woon" -> "Kim Ji-woon" (people_films.names' romanisations)."""
    match = _FAMILY_COMMA_GIVEN.fullmatch(creator)
    if match is None or any(
        part.casefold() in PICTURE_AGENCIES or is_organisation_credit(part) for part in (match["family"], match["given"])
    ):
        return creator
    family, given = match["family"], match["given"]
    if (is_korean_surname(family) and is_korean_given_name(given)) or (is_chinese_surname(family) and is_chinese_given_name(given)):
        return f"{family} {given}"  # "Lee, Spike" (no Korean given name) is still Spike Lee
    return f"{given} {family}"


_FAMILY_COMMA_GIVEN = re.compile(
    r"(?P<family>(?:(?:van|von|de|der|den|del|della|di|da|du|la|le)\s+)*[^\W\d_][\w'’-]*)\s*,\s*"
    r"(?P<given>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2})"
)


def from_meta_tags(page: PageIndex, url: str | None) -> Fields:
    meta = page.meta
    date = ""
    for key in ("article:published_time", "datepublished", "date", "pubdate", "publish-date",
                "publishdate", "citation_publication_date", "sailthru.date", "parsely-pub-date"):
        date = normalise_date(meta.get(key, ""))
        if date:
            break
    authors = next((values for key in _AUTHOR_META if (values := _meta_values(page, key))), [])
    parsely = _parsely_page(meta.get("parsely-page", ""))
    date = date or normalise_date(str(parsely.get("pub_date") or ""))
    authors = authors or [clean(name) for name in _as_list(parsely.get("authors") or parsely.get("author")) if isinstance(name, str)]
    return {
        "authors": [a for a in authors if not a.startswith("@")],
        "date": date,
        "description": clean(meta.get("description")),
        "rights": clean(meta.get("copyright") or meta.get("rights")),
        "publisher": clean(meta.get("application-name") or meta.get("publisher")),
        "title": clean(meta.get("citation_title")),
    }


def _parsely_page(content: str) -> dict:
    """The JSON object of Parse.ly's older ``<meta name="parsely-page">`` tag (``title``,
    ``pub_date``, ``author`` or ``authors``: goose3#61), or {} when it is no JSON object."""
    if not content.lstrip().startswith("{"):
        return {}
    with suppress(ValueError, RecursionError):
        value = json.loads(content)
        return value if isinstance(value, dict) else {}
    return {}


def _as_list(value: object) -> list:
    return value if isinstance(value, list) else [value]


# <meta> names that hold the article's author: the HTML standard's, then the
# analytics and newsletter tags news sites fill from their CMS (Parse.ly,
# Sailthru, the New York Times' "byl" with its "By"), then a paper's citation authors.
_AUTHOR_META = ("author", "parsely-author", "sailthru.author", "byl", "citation_author")


def from_html(page: PageIndex, url: str | None) -> Fields:
    found: Fields = {}
    titles = page.tags["title"]
    if titles:
        found["title"] = _title_without_site_name(clean(titles[0].get_text()), page.tags["h1"])
    if not found.get("title") and page.tags["h1"]:
        found["title"] = heading_text(page.tags["h1"][0])
    for root in page.tags["html"][:1]:
        if isinstance(root.get("lang"), str):
            found["language"] = _language(root["lang"])
    for canonical in page.rel("link", "canonical")[:1]:
        if isinstance(canonical.get("href"), str):
            with suppress(ValueError):  # "http://[oops": no address
                found["source_url"] = clean(urljoin(url or "", canonical["href"]))
    for license_link in (page.rel("link", "license") + page.rel("a", "license"))[:1]:
        href = license_link.get("href")
        found["rights"] = clean(license_link.get_text()) or clean(href)
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
        text = clean(node.get_text())  # inline text as written: " " between nodes made "<em>Title</em>," "Title ,"
        if low <= len(text) <= high and not _is_timestamp_line(node, text) and not _is_section_path(text):
            return [text]
    return _subheadline(page)


def _is_section_path(text: str) -> bool:
    """The site's sections leading to the article, a breadcrumb in a kicker's element ("Entertainment &
    Arts > Films", The Korea Times): two items or more between chevrons, each a name of a few words
    (``_SECTION_NAME_WORDS``). A deck is a phrase, and has no chevron."""
    items = [item.split() for item in _CHEVRON.split(text)]
    return len(items) >= 2 and all(1 <= len(item) <= _SECTION_NAME_WORDS for item in items)


_CHEVRON = re.compile(r"\s[>»›]\s")
_SECTION_NAME_WORDS = 3


def _subheadline(page: PageIndex) -> list[str]:
    """The deck printed as a heading right under the headline, whatever its class ("<h1>...</h1><h2
    class="a_st">La intérprete ... habla de censura, edad y de su director</h2>"): the page's first
    ``<h1>``'s next element, an ``<h2>``-``<h4>`` of a sentence's length (``_SUBHEADLINE_WORDS`` words
    or more; a section's heading is a name or a phrase), or []."""
    for h1 in page.tags["h1"][:1]:
        following = h1.find_next_sibling()
        if following is None or following.name not in _SUBHEADLINE_TAGS:
            return []
        text = clean(following.get_text())
        low, high = _DECK_CHARS
        if low <= len(text) <= high and len(text.split()) >= _SUBHEADLINE_WORDS and not text.endswith((":", "：")):
            return [text]
    return []


_SUBHEADLINE_TAGS = frozenset({"h2", "h3", "h4"})
_SUBHEADLINE_WORDS = 8


def _is_timestamp_line(node: Tag, text: str) -> bool:
    """A line that holds a ``<time>`` element, or a date and fewer than
    ``_DECK_MIN_WORDS`` words beside it ("Energie 12.12.2022, 08:30 Uhr"): the article's
    dateline under a kicker's class, not its standfirst, which is a sentence."""
    if node.find("time") is not None:
        return True
    found = dates.find_date(text)
    if found is None:
        return False
    return len(_WORD.findall(text[: found.start] + " " + text[found.end :])) < _DECK_MIN_WORDS


_WORD = re.compile(r"[^\W\d_]{2,}")
_DECK_MIN_WORDS = 4


# " | ", " - ", " – ": spaced; in Chinese and Japanese, which write no spaces, a bar ("NEWS WEB
# EASY|子どもへの…") or a dash against their characters ("…英雄的城！-新华网") as well.
_UNSPACED_AROUND = rf"{UNSPACED.pattern[:-1]}！？。」』）]"
_TITLE_SEPARATORS = re.compile(
    rf"\s+[|\-–—:·•»]\s+|\s*[|｜]\s*(?={UNSPACED.pattern})|(?<={UNSPACED.pattern})\s*[|｜]\s*|(?<={_UNSPACED_AROUND})\s*[-–—]\s*(?={UNSPACED.pattern}|[^\W\d_])"
)


def title_parts(title: str) -> list[str]:
    """``title`` split at its separators (:data:`_TITLE_SEPARATORS`): ["Headline", "Site"] for
    "Headline | Site". A "»" that closes a "«" quotes a title ("« La Rivière » : la critique"),
    it separates nothing."""
    parts, start = [], 0
    for separator in _TITLE_SEPARATORS.finditer(title):
        before = title[: separator.start()]
        if "»" in separator.group() and before.count("«") > before.count("»"):
            continue
        parts.append(title[start : separator.start()])
        start = separator.end()
    return [*parts, title[start:]]


# get_text(" ") puts a space between the nodes of a heading (ruby's base and its reading, a <span>
# per word): between two Chinese or Japanese characters it is no space of the text's, nor is a
# line break of the source. The ideographic space (U+3000) is the text's own: Japanese headlines
# part their clauses with it.
# A space the heading's own text prints there parts two clauses ("入選柏林影展 李康生再度擔綱主演") and stays.
_NODE_GAP = "\x00"
_SPACE_IN_UNSPACED = re.compile(rf"(?<={UNSPACED.pattern})[{_NODE_GAP}\t\r\n\f]+(?={UNSPACED.pattern})")


def heading_text(tag: Tag) -> str:
    """A heading's text, cleaned, without the spaces get_text puts between Chinese or Japanese characters."""
    return clean(_SPACE_IN_UNSPACED.sub("", tag.get_text(_NODE_GAP)).replace(_NODE_GAP, " "))
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_SINGLE_QUOTES = re.compile(r"[\u2018\u2019\u201a\u201b\u2032`´]")
_DOUBLE_QUOTES = re.compile(r"[\u201c\u201d\u201e\u201f\u2033«»]")


def title_key(text: str) -> str:
    """A title for comparison: NFKC, every dash "-", every quote straight, spaces collapsed, case folded.

    ``Lumen’s film – a review`` and ``Lumen's film - a review`` have one key.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _DOUBLE_QUOTES.sub('"', _SINGLE_QUOTES.sub("'", _DASHES.sub("-", text)))
    return WS.sub(" ", text).strip().casefold()


def same_words(one: str, other: str) -> bool:
    """Whether two titles differ only in spaces, punctuation, quotes and case: a heading spaced by its
    markup ("<span>Klimaschutz</span> : Bohren") and the page's "Klimaschutz: Bohren" are one title."""
    return _letters(one) == _letters(other)


def _letters(text: str) -> str:
    return "".join(ch for ch in title_key(text) if ch.isalnum())


def _title_without_site_name(title: str, headings: list[Tag]) -> str:
    """``<title>`` minus the " | Site name" part.

    The article's H1 when it is the title or its longest part (compared by
    :func:`title_key`); an H1 that is only a shorter part is the site's logo
    or name, not the headline. Else the longest part.
    """
    headline = matching_headline(title, headings) or shown_headline(headings)
    if headline:
        return headline
    parts = _without_web_names(title_parts(title))
    return max(parts, key=len) if len(parts) > 1 else parts[0] if parts else title


def _without_web_names(parts: list[str]) -> list[str]:
    """The parts of a ``<title>`` that are not the site's name written as its address ("Park Ji-won |
    filmportal.de", "Review | IndieWire.com"): such a part is the site's, even when it is the longest;
    all of them when every part is one."""
    return [part for part in parts if not _WEB_NAME.fullmatch(part.strip())] or parts


# A site's name written as its address: a dotted name ending in a top-level domain.
_WEB_NAME = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", re.IGNORECASE)


def names_the_site(title: str, page: PageIndex) -> bool:
    """Whether the article's ``title`` (as the metadata chose it) is the site's name or section,
    not the article's: set between runs of marks ("::: Movie Zine ::: Reviews", an old hand-made
    site's one ``<title>`` for every page), or every part of it (:func:`title_parts`) printed in
    the page's chrome as a link's text (the site's or a web archive's logo, "Wayback Machine"; a
    menu's "Reviews") or as an item of a menu line ("Film Database · Films · People"), each part
    a name's length (:data:`_SITE_NAME_WORDS` words at most). The reader then titles the article
    with the headline that opens its text, when one does (:func:`ingest.html.convert.opening_headline`)."""
    if _DECORATION.search(title):
        return True
    parts = [title_key(part) for part in title_parts(title) if part.strip()]
    if not parts or any(len(part.split()) > _SITE_NAME_WORDS for part in parts):
        return False
    headlines = {title_key(h1.get_text(" ")) for h1 in page.tags["h1"]}
    if any(part in headlines for part in parts):
        return False  # the page's headline is the article's title, never the site's name
    printed = _chrome_items(page)
    return all(part in printed for part in parts)


def _chrome_items(page: PageIndex) -> frozenset[str]:
    """Keys (:func:`title_key`) of the texts of the links in the site's chrome to its root or a
    section, and of the items of its menu lines (short strings split at "·", "|", "•") outside the
    article's own lines (a ``<p>``, an ``<article>``, the ``<h1>``'s container: a film's facts line
    "Anatomie eines Falls · Frankreich · Justine Triet" names the film, not the site)."""
    # A logo's or a menu's link goes to the site's root or a section ("/", "/web/", "/reviews/") and sits
    # in a <nav>, <header>, <footer> or a logo's box; a link with a longer path (breadcrumbs' last step, a
    # teaser), or one step deep elsewhere (a WordPress permalink), may print the article's own title.
    items = {title_key(link.get_text(" ")) for link in page.tags["a"]
             if _goes_to_a_section(str(link.get("href") or "")) and _in_site_chrome(link)}
    article_boxes = {id(h1.parent) for h1 in page.tags["h1"] if h1.parent is not None and h1.parent.name not in ("body", "html", "[document]")}
    for string in find_strings(page.soup, _MENU_GLUE, limit=_MENU_LINES):
        if len(string) <= _MENU_LINE_CHARS and not any(
                parent.name in ("p", "article") or id(parent) in article_boxes for parent in string.parents):
            items.update(title_key(item) for item in _MENU_GLUE.split(str(string)))
    items.discard("")
    return frozenset(items)


def _in_site_chrome(link: Tag) -> bool:
    """Whether ``link`` sits in a ``<nav>``, ``<header>`` or ``<footer>``, or in a box whose id or
    class names a logo ("wm-logo", "site-logo") or is a Korean site's navigation bar (:data:`_KOREAN_NAV_BARS`)."""
    for box in (link, *link.parents):
        if box.name in ("nav", "header", "footer"):
            return True
        marks = " ".join([str(box.get("id") or ""), *(box.get("class") or [])]) if isinstance(box, Tag) and box.attrs else ""
        if "logo" in marks.casefold() or _KOREAN_NAV_BARS.intersection(marks.casefold().split()):
            return True
    return False


# The Korean web's names for a page's menus, as its CMSs and front-end convention set them on the box's id or
# class: "gnb" (global navigation bar, the top menu), "lnb" (local) and "snb" (side or sub navigation bar).
_KOREAN_NAV_BARS = frozenset({"gnb", "lnb", "snb"})


def _goes_to_a_section(href: str) -> bool:
    """Whether ``href``'s path is the site's root or one step under it; False for an address that does
    not parse ("http://[broken/", as scraped pages hold)."""
    try:
        return len([step for step in urlsplit(href).path.split("/") if step]) <= 1
    except ValueError:
        return False


# A run of three marks or more standing apart, as old sites decorate a <title> ("::: Zine :::", "=== Site ===").
_DECORATION = re.compile(r"(?:^|\s)([:=*+~#■□◆◇●○★☆▶►])\1{2,}(?:\s|$)")
_SITE_NAME_WORDS = 4
# The glue between a menu line's items, and the lines looked at.
_MENU_GLUE = re.compile(rules.MENU_SEPARATOR_PATTERN)
_MENU_LINES = 20
_MENU_LINE_CHARS = 200


def shown_headline(headings: list[Tag]) -> str:
    """The article's one headline as the page shows it, or "": the text of the page's only ``<h1>``
    when it lies in ``<article>`` or ``<main>`` and reads as a headline (:func:`headline_shaped`).

    It wins over a ``<title>``, ``og:title`` or JSON-LD ``headline`` that says it otherwise: those
    are written for search engines and link previews ("Brexit: Nervenkrieg geht in nächste Runde"
    over the page's "Der Nervenkrieg um den Brexit geht in die nächste Runde"), often with the
    site's name or a CMS slug ("adac-kindersitztest-herbst-2018"), and a reader quotes what the page
    printed. On extraction-wide's dev split it changes the title of 21 of 475 pages; read by hand,
    about 17 for the better (site names, CMS slugs and search titles gone) and 2 for the worse
    (a newsletter box's and a section's ``<h1>``).
    """
    if len(headings) != 1 or not any(parent.name in _ARTICLE_REGION_TAGS for parent in headings[0].parents):
        return ""
    shown = heading_text(headings[0])
    return shown if headline_shaped(shown) else ""


# A headline is a phrase: three words at least ("Pressemitteilungen", "Essen-Westviertel" name a
# section), or ten letters of a script written without spaces; never a label ending in a colon.
_HEADLINE_WORDS = 3
_UNSPACED_HEADLINE_CHARS = 10


def headline_shaped(text: str) -> bool:
    """Whether an H1's ``text`` reads as a headline rather than a section's name or a label."""
    if not text or text.endswith((":", "：")):
        return False
    return len(text.split()) >= _HEADLINE_WORDS or len(UNSPACED.findall(text)) >= _UNSPACED_HEADLINE_CHARS


def matching_headline(title: str, headings: list[Tag]) -> str:
    """The text of the first heading that is ``title``, or holds its longest part, or "".

    A heading equal to a shorter part (the site name of ``Headline | Site``) never matches.
    A heading that holds the longest part and goes on is the headline the ``<title>``
    shortened ("Review: Harbour Lights After Midnight | Site" for "Review: *Harbour
    Lights After Midnight* finds tenderness in Kowloon's neon"), when that part has two words or more.
    When none matches, the title's short labels ("Print: ", "Blog Name: ") are taken off one by one
    and the rest tried again; a heading that prints a label too is the title's words, not a headline.
    """
    labels: list[str] = []
    while not (found := _heading_matching(title, headings)):
        label = _TITLE_LABEL.match(title)
        if not label or label.end() >= len(title):
            return ""
        labels.append(label.group())
        title = title[label.end():]
    # A heading that prints the label too ("<span>Klimaschutz</span> : Bohren") is the title's words.
    return "" if any(_letters(found).startswith(_letters(label)) for label in labels) else found


def _heading_matching(title: str, headings: list[Tag]) -> str:
    """The first of the first three ``headings`` that is ``title`` or its headline part (:func:`matching_headline`), or ""."""
    key = title_key(title)
    if not key:
        return ""
    parts = [title_key(p) for p in title_parts(title)]
    longest = max((title_key(p) for p in _without_web_names(title_parts(title))), key=len)
    for heading in headings[:3]:
        text = heading_text(heading)
        heading_key = title_key(text)
        if not heading_key:
            continue
        if heading_key == key:
            return text
        if heading_key in key and longest in heading_key and len(parts) > 1:
            return text
        if longest in heading_key and len(longest.split()) >= 2:
            return text
        suffix = key[len(heading_key):].lstrip()
        if key.startswith(heading_key) and suffix[:1] in _OPENING_BRACKETS and len(suffix) <= len(heading_key):
            return text  # a bracketed suffix after the headline, shorter than it: Douban's "Headline (Film)影评"
    return ""


_OPENING_BRACKETS = frozenset("(（[【〔")
# A short label before the headline in <title>: a print view's ("Print: Headline"), a blog's name
# on Blogger ("Blog Name: Headline"); the page's heading is the headline without it.
_TITLE_LABEL = re.compile(r"^\s*(?:[^\s:：]+\s+){0,3}[^\s:：]+\s*[:：]\s+")
_ARTICLE_REGION_TAGS = frozenset({"article", "main"})


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
    times = [t for t in page.tags["time"][:40] if not in_foreign_chrome(t)]
    headline = _headline_blocks(page)
    classed = [e for e in page.dates if not in_foreign_chrome(e)]
    preferred = [t for t in times if t.get("itemprop") == "datePublished" or t.has_attr("pubdate")]
    preferred += [e for e in classed if e.get("itemprop") == "datePublished"]
    in_region = [t for t in times if _in_article_region(t, headline)]
    classed_in_region = [e for e in classed if _in_article_region(e, headline)]
    partial = ""
    for element in preferred + in_region + classed_in_region + times:
        value = element.get("datetime") or element.get("content")
        if isinstance(value, str) and (date := normalise_date(value)):
            return date, ""
        text = clean(element.get_text(" "))
        if len(text) > _DATE_ELEMENT_CHARS:
            continue
        found = dates.find_date(text)
        if found is not None and found.iso and found.complete:
            # The patterns alone: only a slashed date reads both ways, and one that reads month first only
            # ("11/20/2019 01:14 PM") sent dateparser the string, 0.35 s of CPU the first time in a process.
            day_first = dates.find_date(text, foreign=False, day_first=True)
            if day_first is not None and day_first.iso != found.iso and _writes_dates_day_first(page):
                return day_first.iso, ""  # "Publié le 03/04/2024": 3 April (dateparser#412)
            return found.iso, ""
        if found is not None and not found.iso and not partial:
            partial = text[found.start:found.end]
    return "", partial


def _writes_dates_day_first(page: PageIndex) -> bool:
    """Whether the page writes its dates day first, by the text reader's rule
    (:func:`ingest.dates.day_first_order`: its dates that read one way only, else
    text that is not English) over the first ``_DATE_ORDER_LINES`` lines of its
    article (or ``<main>``, or body). Asked only of a date that reads both ways."""
    region = next(iter(page.tags["article"] or page.tags["main"]), None) or page.soup.body or page.soup
    lines = [line for line in (clean(text) for text in region.get_text("\n").split("\n")) if line]
    return dates.day_first_order(lines[:_DATE_ORDER_LINES])


_DATE_ORDER_LINES = 80


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
    candidates = [c for c in candidates if not in_foreign_chrome(c)]
    headline = _headline_blocks(page)
    in_region = [c for c in candidates if _in_article_region(c, headline)]
    names: list[str] = []
    for tag in in_region or candidates:
        name = clean(tag.get("content") or tag.get_text(" "))
        if name and len(name) < 80 and name not in names:
            names.append(name)
    return names


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
    names.update(site_key(part) for part in title_parts(site_name))
    titles = page.tags["title"]
    if titles:
        parts = title_parts(clean(titles[0].get_text()))
        if len(parts) > 1:
            headline = max(parts, key=len)
            # "Headline｜Writer｜note", "Headline | by Writer | Medium": the part between the headline
            # and the site's is the writer's (or a section's) on blog platforms. Four parts and more are
            # the site's name and its tagline ("Headline : Krimiblog-Archiv | Ermittlungen ... | Gegründet 2005").
            ends = {parts[0], parts[-1]} if len(parts) == 3 and headline == parts[0] else set(parts)
            names.update(site_key(part) for part in parts if part != headline and part in ends)
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


SOURCES: tuple[Callable[[PageIndex, str | None], Fields], ...] = (
    from_json_ld,
    from_opengraph,
    from_twitter,
    from_dublin_core,
    from_meta_tags,
    from_platform_fields,
    from_html,
    from_platform_slot,
    from_byline,
    from_author_box,
    from_closing_byline,
    from_author_link,
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
    return _milestones_publication_date(tree) or dates.page_date(tree, url)


def _milestones_publication_date(tree: lxml_html.HtmlElement) -> str:
    """The date a short line labels as the publication's beside other dates ("Submitted 16 December
    2023. Published 2 January 2024."): htmldate would take the earliest (AndyTheFactory/newspaper4k#575)."""
    if not re.search(text_rules.PUBLISHED_NOTE, WS.sub(" ", tree.text_content()), re.I):
        return ""  # one look at the whole page spares reading every element's text (nested ones again)
    for element in tree.iter("p", "div", "span", "li", "small", "time"):
        text = WS.sub(" ", element.text_content()).strip()
        if len(text) <= _MILESTONES_CHARS and re.search(text_rules.PUBLISHED_NOTE, text, re.I) and (iso := milestone_publication_date(text)):
            return iso
    return ""


# A line of dates and their labels; a longer one is a sentence that tells a story's dates.
_MILESTONES_CHARS = 160


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")

# Chrome that lists other items with their dates (the vocabulary's groups, ingest/html/rules.py).
_OTHER_ITEMS_REASONS = ("comments", "related list", "sidebar", "navigation")


def _inside_article(element: etree._Element) -> bool:
    return any(parent.tag in _ARTICLE_REGION_TAGS for parent in element.iterancestors())


# Sources that read the names the page shows (rel=author links, bylines), not a field written for machines.
_VISIBLE_AUTHOR_SOURCES = (from_html, from_platform_slot, from_byline, from_author_link, from_author_box, from_closing_byline, from_meta_line)

# Sources read far from the headline, which only fill an empty field: what follows
# a name there ("Posted by Jane Doe, AMP Project Marketing") is a role, not a co-author.
_LATE_AUTHOR_SOURCES = (from_author_link, from_author_box, from_closing_byline, from_meta_line, from_dateline)


def _stated_authors(chosen: list[str], stated: list[str], page: PageIndex) -> list[str]:
    """The byline beside the headline ("Von Jane Doe", "Auteur  Jane Doe") over a
    field's author who is nowhere in the page's text: the CMS account that
    posted a guest's article (a WordPress user in JSON-LD and ``<meta>``)."""
    if not chosen or any(is_organisation(n) for n in stated):
        return chosen
    text = WS.sub(" ", shown_text(page.soup.body or page.soup)).casefold()
    if any(WS.sub(" ", name).casefold() in text for name in chosen):
        return chosen
    return stated


def shown_text(root: Tag) -> str:
    """The text of ``root`` a reader sees: without the subtrees the page hides
    (the ``hidden`` attribute, ``display: none``, a hiding class such as
    WordPress's ``screen-reader-text`` or Avada's ``rich-snippet-hidden``:
    :func:`ingest.html.classify.chrome_reason`), where themes print the post's
    author as hCard data for search engines."""
    parts: list[str] = []
    stack: list[object] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, Tag):
            if node is not root and node.attrs and "hidden" in (chrome_reason(node) or ""):
                continue
            if node.name not in ("script", "style", "template"):
                stack.extend(reversed(node.contents))
        elif type(node) is NavigableString:  # not a comment or a CDATA section
            parts.append(str(node))
    return " ".join(parts)


# The JSON-LD date fields a page's date is read from.
_LD_DATE = re.compile(r'"date(?:Published|Created)"\s*:\s*"([^"]{4,40})"')


def impossible_page_date(page: PageIndex) -> dates.DateError | None:
    """The error :func:`ingest.dates.check_date` gives for a date no calendar has, when the
    page's date sources (date ``<meta>`` tags, JSON-LD, ``<time>``, elements classed as a
    date) print one and none of them a real date; else None. The same message as for a text
    dump's or a sidecar's date: ``'2025-02-30' is not a calendar date (2025-02 has 28 days)``."""
    values = [tag.get("content") or "" for tag in page.tags["meta"]
              if re.search(r"date|published|time", " ".join(str(tag.get(k) or "") for k in ("name", "property", "itemprop")), re.I)]
    values += [match for tag in page.tags["script"] if "ld+json" in str(tag.get("type") or "").lower()
               for match in _LD_DATE.findall(tag.get_text())]
    values += [str(tag.get("datetime") or "") for tag in page.tags["time"]]
    values += [tag.get_text(" ", strip=True)[:80] for tag in [*page.tags["time"], *page.dates]]  # fmt: skip
    values = [value for value in values if value.strip()]
    if any(dates.normalise_date(value) or dates.find_date(value, foreign=False) for value in values):
        return None
    return next((error for value in values if (error := dates.impossible_date(value))), None)


def structured_article_body(page: PageIndex) -> str:
    """The JSON-LD ``articleBody`` text, or "" (a check for extraction, not a source of blocks)."""
    article = article_json_ld(page)
    body = article.get("articleBody") if article else None
    return html.unescape(body) if isinstance(body, str) else ""


def app_state_body(page: PageIndex) -> str:
    """The longest string in a JSON app-state script (Next.js ``<script id="__NEXT_DATA__">``,
    Nuxt 3's ``__NUXT_DATA__``, any ``<script type="application/json">``) that is HTML of at least
    ``_APP_STATE_MIN_PARAGRAPHS`` paragraphs, or "": a client-rendered page ships an empty shell and
    its article in that blob (article-extractor#117, ftr-site-config#1008). By shape, not key: each
    framework names the field its own way, and Nuxt 3 flattens its state to a list. The reader
    takes it only for a page that shows no text at all: a longest string is no check of a page
    that shows an article (the extraction-wide test split fell by 0.002 F1 with it as one)."""
    best = ""
    for data in script_json(page, lambda declared: declared == "application/json"):
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, str) and len(item) > len(best) and len(_PARAGRAPH_TAG.findall(item)) >= _APP_STATE_MIN_PARAGRAPHS:
                best = item
    return best


_PARAGRAPH_TAG = re.compile(r"<p[\s>]", re.IGNORECASE)
_APP_STATE_MIN_PARAGRAPHS = 2


# The address a browser writes into the page it saves: Internet Explorer's, Chrome's and Edge's "Save
# page as" ("<!-- saved from url=(0068)https://... -->", the mark of the web), SingleFile's comment
# ("Page saved with SingleFile / url: https://..."). Either opens the file, after the doctype and at most
# the <html> tag, ahead of the page's head: a comment further in is the page's own text.
_SAVED_FROM = re.compile(
    r"\ufeff?\s*(?:<!DOCTYPE[^>]{0,200}>\s*)?(?:<html[^>]{0,500}>\s*)?"
    r"<!--\s*(?:saved from url=\(\d+\)|Page saved with SingleFile\s+url:\s*)(https?://[^\s<>\"']+)",
    re.I,
)
_SAVED_FROM_WINDOW = 4096


def saved_page_address(text: str) -> str:
    """The address of the page a browser saved ``text`` from, as the comment it wrote at the file's top
    says, or "" (tagspaces/browser-extensions#32 describes SingleFile's comment)."""
    match = _SAVED_FROM.match(text[:_SAVED_FROM_WINDOW])
    return match.group(1) if match else ""


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
            page.site_names = (_site_names(page, found, url) | page.section_labels()) - named
        fields = source(page, url)
        if fields.get("authors"):
            fields["authors"] = list(fields["authors"])[:MAX_FIELD_AUTHORS]
        found.append(fields)
    organisations = {site_key(name) for fields in found for name in fields.pop("author_organisations", None) or []}
    headline_byline = [fields.get("authors") or [] for fields in found if fields.pop(LABELLED, False)]
    site_names = _site_names(page, found, url) - _confirmed_names(found)
    every_author: list[str] = []
    people: list[list[str]] = []  # each source's names, when they are people's
    for source, fields in zip(SOURCES, found):
        for key, value in fields.items():
            if key == "authors" and value and source is not from_dateline:  # an agency's code is no name's shape
                # A one-word name the menu lists is a section's, when the page shows it (a field names a desk so).
                value = clean_authors(value, site_names | page.section_labels() if source in _VISIBLE_AUTHOR_SOURCES else site_names)
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
    metadata.authors = (
        fuller_names(metadata.authors, every_author) or post_author_commenting(page) or rights_holder_person(page)
    )
    if metadata.rights == found[-1].get("rights") and (own := authors_notice(page, metadata.authors)):
        metadata.rights = own  # the author's notice in the article, not the site footer's
    elif metadata.rights and metadata.rights == found[-1].get("rights") and _platforms_notice(page, metadata.authors, metadata.rights):
        metadata.rights = ""  # the platform's notice on a writer's post: the post's rights are hers, unprinted
    if not metadata.date:
        metadata.date = _htmldate_vote(html_text if html_text is not None else str(soup), metadata.source_url or url)
    headline = matching_headline(metadata.title, _entry_title(page) + page.tags["h1"]) if metadata.title else ""
    if not headline and (shown := shown_headline(page.tags["h1"])) and not same_words(shown, metadata.title):
        headline = shown  # not the same words spaced by the heading's markup ("Klimaschutz : Bohren"): another headline
    if headline:
        metadata.title = headline  # the article's own typography of the same words, or the headline it shows
    if post := _SOCIAL_POST_TITLE.fullmatch(metadata.title.strip()):
        # X's page title, "Name on X: "post" / X": the account's display name is the author, the post the title.
        metadata.authors = metadata.authors or [post["name"].strip()]
        metadata.title = post["post"].strip()
    if not metadata.source_url and url:
        metadata.source_url = url
    metadata.source_url = archived_original(metadata.source_url)  # a web archive's capture of the page: the page's own address
    if metadata.source_url and _scheme(metadata.source_url) not in ("http", "https"):
        metadata.source_url = url or ""
    return metadata


# The <title> X (and Twitter before it) gives a post's page: "Display Name on X: "the post's text" / X".
_SOCIAL_POST_TITLE = re.compile(r"(?P<name>[^\n\"“]{1,80}?) on (?P<site>X|Twitter): [\"“](?P<post>.+)[\"”]\s*/\s*(?P=site)")


def archived_original(url: str) -> str:
    """The original address a web archive's capture address holds, else ``url``: the Wayback
    Machine's ``https://web.archive.org/web/20030314082211/http://site/page``, the timestamp of
    14 digits or fewer and a mode suffix ("id_", "im_") allowed. The original only when it is an
    http(s) address with a host ("…/web/2003/http:///etc/passwd" keeps the capture's address). A proxy's
    address is read back the same way: Google Translate's (:func:`ingest.proxy_address.untranslated`)."""
    if (original := untranslated(url)) != url:
        return original
    match = _CAPTURE.match(url)
    if not match:
        return url
    try:
        parts = urlsplit(match["original"])
        host = parts.hostname
    except ValueError:  # "http://[broken/": no address
        return url
    return match["original"] if parts.scheme.lower() in ("http", "https") and host else url


def is_capture(url: str | None) -> bool:
    """Whether ``url`` is a web archive's capture address (:func:`archived_original`)."""
    return bool(url and _CAPTURE.match(url))


_CAPTURE = re.compile(r"^https?://(?:web\.)?archive\.org/web/\d{1,14}[a-z_]*/(?P<original>https?:/\S+)$", re.IGNORECASE)


def _platforms_notice(page: PageIndex, authors: list[str], notice: str) -> bool:
    """Whether the footer's ``notice`` is a writers' platform's: the ``<title>`` is
    "Headline｜Writer｜Platform" (note's, Medium's "Headline | by Writer | Medium"), its middle part
    one of ``authors``, and the notice names the last part ("© note inc."). The platform holds the
    rights to its pages, not to the posts its writers publish there."""
    titles = page.tags["title"]
    parts = [clean(part) for part in title_parts(clean(titles[0].get_text()))] if titles else []
    if len(parts) != 3 or max(parts, key=len) != parts[0] or not parts[2]:
        return False
    writer = site_key(re.sub(r"(?i)^by\s+", "", parts[1]))
    platform = re.escape(parts[2].casefold())
    return any(site_key(name) == writer for name in authors) and re.search(rf"(?<!\w){platform}(?!\w)", notice.casefold()) is not None


def _entry_title(page: PageIndex) -> list[Tag]:
    """The post's headline a blog marks with hAtom's ``entry-title`` class (Blogger's
    ``<h3 class="post-title entry-title">`` under the blog name's ``<h1>``), when the page
    has one such heading; a list page's many are teasers'. As a list, [] when none."""
    return list(page.entry_titles) if len(page.entry_titles) == 1 else []


def _scheme(url: str) -> str:
    """The scheme of ``url``; empty when it is no address ("http://[oops", an og:url a page got wrong)."""
    try:
        return urlsplit(url).scheme
    except ValueError:
        return ""
