"""The post's author as a blog platform's own template states it.

Blog platforms print the post's writer in slots their default templates ship
on every post, whatever the blogger writes: a ``<meta>`` in the head, an
attribute of the root element, an hAtom author (an hCard inside the entry).
The name there is often a handle ("cinefan", "무비로그"), which a byline read
from the visible text would not trust alone; the slot's meaning makes it the
author's. :func:`from_platform_fields` reads the fields (meta, root attribute) and
:func:`from_platform_slot` the slots printed on the page; :mod:`ingest.html.metadata`
merges their answers with its other sources (a byline naming more co-authors wins).
"""

from __future__ import annotations

from bs4 import Tag

from ingest.authors import site_key
from ingest.html.page_index import Fields, PageIndex, clean, in_foreign_chrome

# <meta> names (lower case) that a platform fills with the post's writer, each with its source.
# The first that names someone is read: Naver also prints og:article:author, as
# "네이버 블로그 | nickname" (the platform's name before the writer's), so its own tag comes first.
PLATFORM_AUTHOR_META = (
    "naverblog:nickname",  # Naver Blog's head: <meta property="naverblog:nickname" content="nickname">
    "by",  # Tistory's head: <meta name="by" content="nickname">
    "og.article.author",  # Tistory's head spells OpenGraph's article:author with dots
    "og:article:author",  # older Tistory heads, and static-site templates copying them
)

# The root element's attribute holding the blog writer's id: Hatena Blog prints
# <html data-author="hatena-id" ...> on every page of a blog (its entry and about pages).
ROOT_AUTHOR_ATTRIBUTE = "data-author"

# hAtom 0.1 (microformats.org/wiki/hatom): an entry's author is an hCard, an element
# classed "author vcard" whose "fn" is the name. Blogger's default templates class it
# "post-author vcard" ("Posted by <span class='fn'>"), WordPress's starter themes
# (_s, Twenty Fifteen to Twenty Seventeen) "author vcard" around "url fn n", Hatena
# Blog's entry footer "author vcard" around a "fn" holding the writer's id.
HATOM_AUTHOR_CLASSES = frozenset({"author", "post-author", "entry-author"})

# Chrome that holds other items' authors; a footer counts only outside the entry (_in_page_footer).
_FOREIGN = ("comments", "nav element", "navigation", "related list", "sidebar", "aside element")

# Tistory's default skins print the writer and the date in one slot, the writer's name first,
# parted from the date by an empty separator: <span class="txt_detail my_post">{author}<span
# class="txt_bar"></span>{date}</span> ([##_article_rep_author_##], the skin guide's team-blog
# writer's name, then [##_article_rep_date_##]).
TISTORY_POST_FACTS_CLASS = "my_post"

# A platform's name slot holds one display name; longer text is no name.
_MAX_NAME = 80


def from_platform_fields(page: PageIndex, url: str | None) -> Fields:
    """``{"authors": [name]}`` from a field a blog platform's template fills, else {}:
    a platform's ``<meta>`` (:data:`PLATFORM_AUTHOR_META`), else the root's
    ``data-author`` (Hatena Blog). A value that is an address is no name
    (OpenGraph's article:author may hold a profile's address)."""
    for key in PLATFORM_AUTHOR_META:
        names = [name for value in page.meta_values(key) if (name := _name(value))]
        if names:
            return {"authors": names[:1]}
    for root in page.tags["html"][:1]:
        if name := _name(root.get(ROOT_AUTHOR_ATTRIBUTE)):
            return {"authors": [name]}
    return {}


def from_platform_slot(page: PageIndex, url: str | None) -> Fields:
    """``{"authors": [name]}`` from the writer's slot a platform's template prints on the
    page, else {}: Tistory's post facts (:data:`TISTORY_POST_FACTS_CLASS`), else the first hAtom
    author card (:data:`HATOM_AUTHOR_CLASSES`) outside comments, teaser lists and other chrome.
    Never the site's own name (``page.site_names``: a blog theme that classes its title
    "vcard author"); read after :mod:`ingest.html.metadata` has set those names."""
    names = [_tistory_writer(page)] + [_hatom_author(card, page) for card in page.bylines]
    name = next((name for name in names if name and site_key(name) not in page.site_names), "")
    return {"authors": [name]} if name else {}


def _hatom_author(card: Tag, page: PageIndex) -> str:
    """The ``fn`` of an hAtom author card, or "" when ``card`` is none or sits in a list or chrome."""
    classes = card.get("class") or []
    tokens = {c.lower() for c in (classes.split() if isinstance(classes, str) else classes)}
    if "vcard" not in tokens or tokens.isdisjoint(HATOM_AUTHOR_CLASSES):
        return ""
    if page.in_a_list(card) or in_foreign_chrome(card, page, _FOREIGN) or _in_page_footer(card):
        return ""  # a teaser's, a comment's or a footer widget's author card
    fn = card if "fn" in tokens else card.find(class_="fn")
    return _name(fn.get_text(" ")) if isinstance(fn, Tag) else ""


def _tistory_writer(page: PageIndex) -> str:
    """The writer's name that opens Tistory's post facts slot (:data:`TISTORY_POST_FACTS_CLASS`),
    the text before its first element, or ""."""
    slot = page.soup.find("span", class_=TISTORY_POST_FACTS_CLASS)
    if not isinstance(slot, Tag) or in_foreign_chrome(slot, page, _FOREIGN):
        return ""
    leading = []
    for child in slot.children:
        if isinstance(child, Tag):
            break
        leading.append(str(child))
    return _name("".join(leading))


def _in_page_footer(card: Tag) -> bool:
    """Whether ``card`` sits in a ``<footer>`` of the page rather than of an entry: the HTML
    standard scopes a footer to its nearest sectioning ancestor, and hAtom's entry ("hentry")
    or an ``<article>`` keeps its writer in its own footer (Hatena Blog's "entry-footer")."""
    footer = card.find_parent("footer")
    return footer is not None and not any(
        ancestor.name == "article" or "hentry" in (ancestor.get("class") or []) for ancestor in footer.parents
    )


def _name(value: object) -> str:
    text = clean(value) if isinstance(value, str) else ""
    if not text or len(text) > _MAX_NAME or "://" in text or text.startswith(("www.", "@")):
        return ""
    return text
