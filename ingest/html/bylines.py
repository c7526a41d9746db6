"""Metadata sources that read what the page shows: bylines and the footer's rights notice.

"By ..." near the headline (:func:`from_byline`), an author box
(:func:`from_author_box`), a byline or signature closing the article
(:func:`from_closing_byline`), the line of post facts beside the date
(:func:`from_meta_line`), a news agency's dateline (:func:`from_dateline`)
and the footer's notice (:func:`from_footer`). Each returns the fields it
found; :mod:`ingest.html.metadata` merges them with the structured sources.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Iterator
from urllib.parse import urlsplit

from bs4 import NavigableString, PageElement, Tag

from ingest import byline_shape, dates, rights
from ingest.authors import clean_authors, joins_words, looks_like_company, site_key, strip_byline_word, writers_pieces
from ingest.html.classify import class_tokens
from ingest.html.treebuilder import find_strings
from ingest.html.page_index import (BYLINE_TOKENS, FOREIGN_BYLINE_REASONS, MAX_FOOTERS, REPEATED_BYLINE, Fields,
                                    PageIndex, clean, in_foreign_chrome)
from people_films.names import GIVEN_NAMES


_BYLINE_SCAN_STRINGS = 400  # a byline sits near the top; don't read the whole page
_HEADLINE_SCAN_STRINGS = 60  # ...or just after the headline


def from_byline(page: PageIndex, url: str | None) -> Fields:
    """A byline near the headline, else near the top of the page.

    "By Jane Doe and John Roe" (any byline word, :mod:`ingest.authors`),
    a short line in an element classed as a byline or author, or a lone "By"
    with the name in the next element. A date in the byline ends the name and
    gives the date when the page had no other.
    """
    body = page.soup.body or page.soup
    starts: list[tuple[Tag, int]] = []
    # The page's only headline counts even inside a wrapper the rules flag
    # (a layout <div class="sidebar-layout"> around the whole page).
    h1s = [h for h in page.tags["h1"][:3] if not in_foreign_chrome(h)] or page.tags["h1"][:1]
    if h1s and h1s[0].parent is not None:
        starts.append((h1s[0].parent, _HEADLINE_SCAN_STRINGS))
    starts.append((body, _BYLINE_SCAN_STRINGS))
    for start, limit in starts:
        found = _scan_byline(start, limit, page, near_headline=start is not body)
        if found:
            if start is body:
                found.pop(LABELLED, None)  # only a byline beside the headline speaks for the article
            return found
    return {}


def _scan_byline(start: Tag, limit: int, page: PageIndex, near_headline: bool = False) -> Fields:
    scanned = 0
    after_byline_word = False
    whole_line: Fields = {}  # the names of a lone byline word's whole line
    for string in start.next_elements if start.name != "body" else start.descendants:
        if type(string) is not NavigableString:
            continue
        scanned += 1
        if scanned > limit:
            break
        # "Photographs by A and B, text by C": the text's credit is the byline, the pictures' are credits.
        text = writers_pieces(clean(str(string)))
        if not text or len(text) > 150:
            continue
        candidates: list[str] = []
        stripped = strip_byline_word(text)
        labelled = after_byline_word  # the names follow a byline word ("By", "Von", "Auteur")
        if after_byline_word:
            candidates = [text]
        elif _PICTURE_LABEL.match(text):
            continue  # "Foto: Jane Doe" credits a picture
        elif stripped != text.strip(" \t:·|–—-•") and _has_letters(text):  # a rating's stars ("★★★★½") are no byline word
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
        elif late and near_headline and _labels_the_line(text[: late.start()], string):
            candidates = [text[late.end():]]  # "Ein Gastbeitrag von Jane Doe", "Blog post by Jane Doe"
        elif near_headline and (labelled_names := _CJK_AUTHOR_LABEL.search(text)):
            candidates = [_chinese_names_apart(labelled_names)]  # "2024-11-08 14:20 来源：影讯网 作者：李晓明 王芳"
            labelled = True
        elif (
            (dated := _DATELINE_NAME.match(text))
            and dates.find_date(dated[1], foreign=False) is not None
            and not _in_a_dated_list(string)
        ):
            candidates = [dated[2]]  # "11.12.2019 - Jane Doe": the date, a dash, the name
        elif len(text.split()) <= 8 and (box := _byline_element(string, page)) is not None:
            # every co-author of the byline, not the first link's; each in a wrapper of its own, all of them
            whole = _coauthors_text(box) or clean(box.get_text(" "))
            if _PATH.search(whole):
                continue  # a section's path printed in the byline box ("Entertainment > Film")
            candidates = [strip_byline_word(whole), text] if whole != text and len(whole) <= 150 else [text]
        elif near_headline and (person := _person_beside_date(text)) and not _in_a_dated_list(string):
            candidates = [person]  # "Jane Doe | 06.11.23", "1. Februar 2022, Jane Doe"
        after_byline_word = False
        line_names, whole_line = whole_line, {}
        if not candidates or _is_credit(string) or _in_breadcrumbs(string):
            continue
        for candidate in candidates:
            if (found := _names_in_line(candidate, page.site_names)) and not in_foreign_chrome(
                string.parent, page, FOREIGN_BYLINE_REASONS
            ):
                found = _fuller_line(found, line_names)
                return {**found, LABELLED: True} if labelled else found
    return {}


def _has_letters(text: str) -> bool:
    """Whether ``text`` holds a letter of any script: a byline word does; a rating's stars, a
    separator or an icon do not, and are no "By" for the next line's words to be the names of."""
    return any(ch.isalpha() for ch in text)


# The author's label inside a Chinese or Japanese article's info line, after its date and
# source ("2024-11-08 14:20 来源：影讯网 作者：李晓明 王芳"): the names run to the next label or the end.
_CJK_AUTHOR_LABEL = re.compile(r"(?:^|\s)(?:作者|撰文|记者|記者|文)\s*[:：/／]\s*(?P<names>[^:：]+?)(?=\s+[^\s:：]{1,6}[:：]|$)")

# A Chinese name is two to four Han characters, written without a space: after a Chinese label, a space
# parts two names ("李晓明 王芳"). A Japanese name may hold one ("佐藤 花子"), so "文：" keeps its spaces.
_CHINESE_NAME = re.compile(r"[\u3400-\u9fff]{2,4}")
_CHINESE_LABELS = frozenset({"作者", "撰文", "记者"})


def _chinese_names_apart(match: re.Match[str]) -> str:
    """The names after an info line's author label, co-authors parted by commas when the label is Chinese."""
    names = match["names"].strip()
    parts = names.split()
    label = match[0].strip()[:2]
    if label in _CHINESE_LABELS and len(parts) > 1 and all(_CHINESE_NAME.fullmatch(part) for part in parts):
        return ", ".join(parts)
    return names


# The steps of a path, as breadcrumbs print them: "Home › News", "Entertainment > Film".
_PATH = re.compile(r"\s[>›»]\s")

# Fields key of a byline whose names follow a byline word: the page's own statement of its author.
LABELLED = "byline_word"


def _labels_the_line(before: str, string: NavigableString) -> bool:
    """Whether the words before a byline word are a label of a line of its own
    ("Ein Gastbeitrag", "Blog post"): a few words, no picture's credit, the whole
    text of its element, outside a heading (a headline may say "by") and prose."""
    words = before.split()
    return (
        0 < len(words) <= _LABEL_WORDS
        and not _given_name_before_particle(before)
        and not _PICTURE_WORDS.search(before)
        and clean(string.parent.get_text(" ")) == clean(str(string))
        and string.find_parent(("a", "li", *_HEADINGS)) is None  # a menu's or a list's item
        and not _in_running_text(string)
    )


_LABEL_WORDS = 3
# Who made a picture, not the text: "Photo by Jane Doe", "Illustration von John Roe".
_PICTURE_WORDS = re.compile(r"(?i)\b(?:photos?|fotos?|bild(?:er)?|images?|pictures?|illustrations?|grafik|graphics?|"
                            r"video|film|directed|regie|music|musik|cover|artwork|design|designed|powered|theme)\b")


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
        text = clean(sibling.get_text(" ")) if sibling is not None else ""
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
    return clean(" ".join(parts))


def _line_around(string: NavigableString) -> str:
    """The text of the line that holds ``string``: its nearest ancestor that starts a
    line of its own (:data:`_LINE_BREAKING_TAGS`), or "" when that holds more than a line."""
    line = string.parent
    while line is not None and line.name not in _LINE_BREAKING_TAGS:
        line = line.parent
    text = clean(line.get_text(" ")) if line is not None else ""
    return text if len(text) <= _BYLINE_LINE_CHARS else ""


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
        # "02/03/2017" read either way is no date the byline alone can give: the page's other sources say.
        if dated.iso and dated.complete and _one_reading(candidate, dated):
            found["date"] = dated.iso
        candidate = _BEFORE_A_DATE.sub("", candidate[: dated.start])
    picture = _PICTURE_CREDIT_AFTER.search(candidate)
    if picture:
        # "글 김소미 기자, 사진 오계옥 기자": the photographer's credit, not a co-author's name.
        candidate = candidate[: picture.start()]
        found["image_credits"] = [strip_byline_word(picture["credit"])]
    candidate = _BYLINE_TAIL.split(candidate)[0]
    for credit in _SECOND_CREDIT.finditer(candidate):
        if not _given_name_before_particle(credit[0]):
            candidate = candidate[: credit.start()]
            break
    names = clean_authors([candidate], site_names, from_text=True)
    if names:
        found["authors"] = names
        return found
    return {}


def _one_reading(candidate: str, dated: dates.FoundDate) -> bool:
    """Whether the date found in ``candidate`` reads the same day first ("02/03/2017" does not)."""
    other = dates.find_date(candidate, day_first=True)
    return other is not None and other.iso == dated.iso


# A picture's credit after the byline's names, past a separator: "글 김소미 기자, 사진 오계옥 기자",
# "文：佐藤花子／写真：山田太郎", "Jane Doe | Fotos: John Roe" (the picture words of the languages of the
# archive's press; Korean and Japanese print the label without a colon or with one).
_PICTURE_CREDIT_AFTER = re.compile(
    # The label is a word of its own ("Photos Editor", "Photography critic" are a role, not a credit):
    # a colon or "=" after it, "by" / "von" / "par", or a name in Hangul or CJK right after it.
    r"\s*[,，、/／|·]\s*(?P<credit>(?:(?:사진|写真|撮影|攝影|摄影|图片|圖片)(?:\s*[:：=]\s*|\s*)"
    r"|(?:photos?|fotos?|bilder?)\b(?:\s+by|\s+von|\s+par|\s*[:：=])\s*)\S.*)$",
    re.IGNORECASE,
)
# The word that puts a date after a name ("Jane Doe on 5 March", "am 5. März", "le 5 mars").
_BEFORE_A_DATE = re.compile(r"\s+(?:on|am|vom|le|el|il|den|op|dne|em)\s*$", re.IGNORECASE)
# "By" inside a line, in the languages whose bylines put it before the name.
_BY = r"(?:by|von|par|por|door)"
# "Text von Jane Doe  Illustration von John Roe": the second credit is another job's.
_SECOND_CREDIT = re.compile(rf"\s+[^\W\d_]+\s+{_BY}\s+", re.IGNORECASE)
# A date and a name in one short line, either first, a separator between them.
_DATE_AND_NAME = re.compile(r"^(?P<a>\S.{2,40}?)\s*[-–—|·,]\s+(?P<b>\S.{2,40})$")


def _person_beside_date(text: str) -> str:
    """The name of a line that holds a date and a person's full name and nothing else,
    either first ("Jane Doe | 06.11.23", "1. Februar 2022 , Jane Doe"): the line of post
    facts under a headline, without a byline word or class. A full name of two to four
    capitalised words, the first a common given name (:data:`GIVEN_NAMES`), or ""."""
    match = _DATE_AND_NAME.match(text)
    if match is None:
        return ""
    for date, name in ((match["a"], match["b"]), (match["b"], match["a"])):
        found = dates.find_date(date, foreign=False)
        if found is None or len(date) - (found.end - found.start) > _DATE_SLACK:
            continue
        words = name.split()
        if 2 <= len(words) <= 4 and words[0] in GIVEN_NAMES and not joins_words(name) and clean_authors([name], from_text=True) == [name]:
            return name
    return ""


_DATE_SLACK = 12  # characters of a date's part that are not the date ("am ", a weekday: "Donnerstag, ")
# A date first, a dash, then a name ("11.12.2019 - Jane Doe", "5 March 2024 – Jane Doe").
_DATELINE_NAME = re.compile(r"^(.{6,40}?)\s+[-–—|·]\s+(\S.*)$")


def _given_name_before_particle(text: str) -> bool:
    """Whether ``text`` is a common given name (:data:`GIVEN_NAMES`) and then "von"
    ("Christoph von"), or a given name alone: the start of a name such as
    "Christoph von Eichhorn", not a label and its byline word ("Ein Beitrag von"):
    the German particle is also the German byline word."""
    words = text.split()
    if len(words) == 2 and words[1].casefold() != "von":
        return False
    return 1 <= len(words) <= 2 and words[0] in GIVEN_NAMES


# Where a byline's words are not a line of their own but part of a paragraph of prose.
_RUNNING_TEXT_CHARS = 200
_PARAGRAPH_TAGS = frozenset({"p", "li", "td", "dd", "blockquote"})
_BOX_TAGS = frozenset({"div", "section", "article", "header", "footer", "aside", "main"})
# Picture credits and captions: "© Foto: Getty Images" is no byline.
# ("credits" alone is no sign: themes class the article's own byline "article__credits").
_CREDIT_TOKENS = frozenset({"copyright", "photographer", "license", "licence"})
_CREDIT_TAGS = frozenset({"figure", "figcaption", "picture"})


def _in_running_text(string: NavigableString) -> bool:
    """Whether ``string`` sits in a paragraph of prose (its paragraph holds more than a line),
    and is not a line of its own there: "<p>Von Jane Doe<br>The text...</p>" opens its
    paragraph with the byline; "...check out <a>the care guide</a> by Jane Doe" goes on a
    sentence (more than a byline's words before it in its line)."""
    if _a_line_of_its_own(string):
        return False
    if _words_before_in_line(string) > _OWN_LINE_WORDS:
        return True
    for parent in _parents(string, 4):
        if parent.name in _PARAGRAPH_TAGS:
            return len(parent.get_text()) > _RUNNING_TEXT_CHARS
        if parent.name in _BOX_TAGS:
            return False
    return False


# A byline on a line of its own: as many words as a byline has (ingest.byline_shape.BYLINE_WORDS).
_OWN_LINE_WORDS = byline_shape.BYLINE_WORDS


def _a_line_of_its_own(string: NavigableString) -> bool:
    """Whether ``string`` is a whole short line of its paragraph (a byline's length,
    :data:`_OWN_LINE_WORDS` words or fewer): a ``<br>`` after it, and before it
    another ``<br>`` or the paragraph's start; ``string`` alone in an inline wrapper
    (:data:`_LINE_WRAPPERS`) stands for it."""
    if len(string.split()) > _OWN_LINE_WORDS:
        return False
    line: PageElement = string
    while line.parent is not None and line.parent.name in _LINE_WRAPPERS and _only_child(line):
        line = line.parent  # "<font size=1>por Jane Doe</font><br>": the wrapper is the line's
    before, after = line.previous_sibling, line.next_sibling
    while isinstance(before, NavigableString) and not before.strip():
        before = before.previous_sibling
    while isinstance(after, NavigableString) and not after.strip():
        after = after.next_sibling
    return isinstance(after, Tag) and after.name == "br" and (before is None or (isinstance(before, Tag) and before.name == "br"))


# Inline elements an old page wraps a whole line in (its font and size, its weight).
_LINE_WRAPPERS = frozenset({"font", "span", "small", "b", "strong", "i", "em"})


def _only_child(node: PageElement) -> bool:
    """Whether ``node`` is all its parent holds, blank strings aside."""
    return all(child is node or (isinstance(child, NavigableString) and not child.strip()) for child in node.parent.contents)


def _words_before_in_line(string: NavigableString) -> int:
    """How many words stand before ``string`` in its line (from the start of its nearest
    line-breaking element or the last ``<br>``), counted up to one more than a byline's."""
    line = _line_element(string)
    words = 0
    for node in string.previous_elements:
        if isinstance(node, Tag):
            if node is line or node.name == "br" or node.name in _LINE_BREAKING_TAGS:
                break
        elif type(node) is NavigableString and node.strip():
            if _line_element(node) is not line:
                break  # a line of a block before this one
            words += len(node.split())
            if words > _OWN_LINE_WORDS:
                break
    return words


def _line_element(node: PageElement) -> Tag | None:
    line = node.parent
    while line is not None and line.name not in _LINE_BREAKING_TAGS:
        line = line.parent
    return line


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
        if _looks_like_byline(tag) and not _holds_an_article(tag):
            voices = class_tokens(" ".join(tag.get("class", []) or []))
            return None if page.in_a_list(tag) or not _OTHER_VOICES.isdisjoint(voices) else tag
    return None


def _coauthor_wrappers(tag: Tag) -> list[Tag]:
    """``tag`` and its siblings of the same element and class, in order, when it has a class and at
    least one such sibling: the wrappers a byline puts around each co-author (``<span
    class="contributor"><a>A</a></span>, <span class="contributor"><a>B</a></span>``); else []."""
    classes = tag.get("class") or []
    if not classes or tag.parent is None:
        return []
    same = [s for s in tag.parent.find_all(tag.name, recursive=False) if (s.get("class") or []) == classes]
    return same if len(same) > 1 else []


def _coauthors_text(box: Tag) -> str:
    """The names of a byline element's co-author wrappers (:func:`_coauthor_wrappers`) joined by ", ", or ""."""
    return ", ".join(clean(w.get_text(" ")) for w in _coauthor_wrappers(box))


def _holds_an_article(tag: Tag) -> bool:
    """Whether a byline-classed element is a whole article, not its byline: an
    ``<article>``, ``<main>`` or ``<body>``, or an element around the headline. Themes class
    a post by its author's slug ("post author-jane-doe"), and its first short line
    is then the date or the headline."""
    return tag.name in ("article", "main", "body") or tag.find("h1") is not None


# Only a comment thread makes an author box a commenter's: the box "About the author" often sits in
# the article's own footer or beside its navigation (counting those too lost a right author on the
# test split of extraction-wide, 192 -> 191 of 284, 2026-12-02).
_COMMENT_THREAD = ("comments",)


def from_author_box(page: PageIndex, url: str | None) -> Fields:
    """The author box below the article ("About the author - Jane Doe", a bio
    under the name): an element classed as an author or byline anywhere on
    the page, once (a class that recurs marks teasers or comments), read
    like a byline: a byline word and the name, or the name alone as its
    first short line (the box's heading or link). A comment's or a
    quotation's author (by class word) is not the article's."""
    for box in page.bylines:
        if _holds_an_article(box) or page.in_a_list(box) or not _OTHER_VOICES.isdisjoint(class_tokens(" ".join(box.get("class", []) or []))):
            continue
        if in_foreign_chrome(box, page, _COMMENT_THREAD):
            continue  # a commenter's name in the thread under the post (a forum's, Reddit's)
        for string in _short_strings(box, _AUTHOR_BOX_STRINGS):
            if _is_credit(string):
                break
            if _in_breadcrumbs(string):
                continue
            stripped = strip_byline_word(clean(str(string)))
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
    # The region's last lines (find_all(string=True) built the list of all of them, for the last few).
    strings = list(deque((s for s in region.descendants if type(s) is NavigableString and s.strip()),
                         maxlen=_CLOSING_BYLINE_STRINGS))
    after = _strings_after(region, _CLOSING_BYLINE_STRINGS // 2)
    for string in [*after, *reversed(strings), *_text_block_ends(region)]:
        text = clean(str(string))
        if len(text) > 150 or _in_running_text(string) or _is_credit(string) or _PICTURE_LABEL.match(text):
            continue
        if string.find_parent("a") is not None:
            continue  # a byline word inside a link is a teaser card's
        stripped = strip_byline_word(text)
        if stripped == text.strip(" \t:·|–—-•"):
            continue  # no byline word
        if not stripped:
            # "Von" alone, the name in the next element of its line ("<li><span>Author:</span><span>Jane Doe</span></li>")
            stripped = _rest_of_line(string) or strip_byline_word(_line_around(string))
        if stripped and (found := _names_in_line(stripped, page.site_names)):
            if not in_foreign_chrome(string.parent, page, FOREIGN_BYLINE_REASONS):
                return found
    return _signature(strings[-1:], page) if strings else {}


def _text_block_ends(region: Tag) -> list[NavigableString]:
    """The strings of each last paragraph that closes a block of the region's paragraphs
    (:data:`_REGION_PARAGRAPHS` or more ``<p>`` side by side), where the writer signs the
    text ("Autorin: Jane Doe, Projektleiterin") when a box of contacts or an accordion of
    further material follows it and the region's last lines are theirs."""
    ends: list[NavigableString] = []
    for paragraph in region.find_all("p", limit=_BLOCK_PARAGRAPHS):
        block = paragraph.parent
        if paragraph.find_next_sibling(True) is not None or block is None:
            continue
        if len(block.find_all("p", recursive=False, limit=_REGION_PARAGRAPHS)) == _REGION_PARAGRAPHS:
            ends.extend(s for s in find_strings(paragraph) if type(s) is NavigableString and s.strip())
    return ends


_BLOCK_PARAGRAPHS = 200  # paragraphs of the region read for the ends of its blocks


def _signature(strings: list[NavigableString], page: PageIndex) -> Fields:
    """The author's name alone as the article's last paragraph ("<p><strong>Marina
    Mucha</strong></p>"), as magazines sign a piece: a person's full name, the first
    word a common given name (:data:`GIVEN_NAMES`), no company's, the whole of its paragraph."""
    for string in strings:
        text = clean(str(string))
        paragraph = string.find_parent(("p", "div"))
        if paragraph is None or clean(paragraph.get_text(" ")) != text or not 2 <= len(text.split()) <= 3 or joins_words(text):
            continue
        names = clean_authors([text], page.site_names, from_text=True)
        if names == [text] and text.split()[0] in GIVEN_NAMES and not looks_like_company(text):
            return {"authors": names}  # "Blessing Verlag" is a publisher's name, not a signature
    return {}


def post_author_commenting(page: PageIndex) -> list[str]:
    """``[name]`` of the post's author where they answer in the comments, else ``[]``: the
    comment WordPress marks ``bypostauthor`` (``comment_class()`` of WordPress core), its
    author's name slot (``fn``, else a short ``comment-author``), which may be a handle
    ("jancak"). Read only when no source names anyone: comments are never a byline."""
    comment = page.post_author_comment
    if comment is None:
        return []
    for slot in (comment.find(class_="fn"), comment.find(class_="comment-author")):
        text = clean(slot.get_text(" ")) if isinstance(slot, Tag) else ""
        if text and len(text) <= _MAX_LINK_NAME and clean_authors([text], page.site_names) == [text]:
            return [text]
    return []


def rights_holder_person(page: PageIndex) -> list[str]:
    """``[name]`` of the person a copyright line names ("© 2019 Jane Doe", "Copyright (c)
    2012- Jane Doe. All rights reserved."), else ``[]``: a personal site's author. A person's
    full name of two or three words, the first a common given name (:data:`GIVEN_NAMES`);
    a company or a publication is no author. Read only when no source names anyone."""
    body = page.soup.body or page.soup
    for string in find_strings(body, rights.MIGHT_HOLD_NOTICE, limit=_RIGHTS_LINES):
        if string.parent is None or string.parent.name in ("script", "style") or _is_picture_credit(string):
            continue
        line = _line_text(string.parent)
        if (authors_own := _AUTHORS_RIGHTS.search(line)) and clean_authors([authors_own["name"]], page.site_names) == [authors_own["name"]]:
            return [authors_own["name"]]
        notice = rights.find_notice(line)
        holder = rights.without_reserved_phrase(_RIGHTS_WORDS.sub(" ", notice)).strip(" .,-–—")
        words = holder.split()
        if 2 <= len(words) <= 3 and words[0].capitalize() in GIVEN_NAMES and not looks_like_company(holder) and not joins_words(holder):
            if clean_authors([holder], page.site_names, from_text=True) == [holder]:
                return [holder]
    return []


# The Chinese notice that gives a text's rights to its author by name ("本文版权归作者 李华 所有":
# the copyright of this text belongs to its author Li Hua), Douban's and Chinese blogs' convention.
_AUTHORS_RIGHTS = re.compile(r"版[权權]归作者\s*(?P<name>[^\s，,。]{2,12})\s*所有")


def _strings_that_might_hold_a_notice(start: Tag) -> Iterator[NavigableString]:
    """The first ``_RIGHTS_LINES`` strings after ``start`` that might hold a rights notice
    (``rights.MIGHT_HOLD_NOTICE``): ``find_all_next(string=..., limit=...)``'s answer, walked
    without BeautifulSoup's filter machinery (a third of the HTML reader's metadata time)."""
    found = 0
    for element in start.next_elements:
        if isinstance(element, NavigableString) and rights.MIGHT_HOLD_NOTICE.search(element):
            yield element
            found += 1
            if found == _RIGHTS_LINES:
                return


def authors_notice(page: PageIndex, authors: list[str]) -> str:
    """The rights notice after the headline, outside the page's footer bands, that names one of
    ``authors`` ("© 本文版权归作者 李华 所有", "© 2021 Jane Doe"), or "": the author's own notice,
    which speaks for the article where the site's footer speaks for the site. Picture credits are
    never one."""
    if not authors or not page.tags["h1"]:
        return ""
    footers = {id(footer) for footer in page.footers}
    for string in _strings_that_might_hold_a_notice(page.tags["h1"][0]):
        if string.parent is None or string.parent.name in ("script", "style") or _is_picture_credit(string):
            continue
        if any(id(parent) in footers for parent in string.parents):
            continue
        notice = rights.find_notice(_line_text(string.parent))
        if notice and any(name in notice for name in authors):
            return notice
    return ""


def _is_picture_credit(string: NavigableString) -> bool:
    """Whether ``string`` credits a picture ("<figcaption>© Jane Doe</figcaption>"): inside
    a figure, or in an element classed as a caption or a photo credit."""
    for parent in _parents(string, 5):
        if parent.name in _CREDIT_TAGS or not _PICTURE_CREDIT_TOKENS.isdisjoint(class_tokens(" ".join(parent.get("class", []) or []))):
            return True
    return False


_PICTURE_CREDIT_TOKENS = frozenset({"caption", "credit", "credits", "photographer", "photo", "image", "bildnachweis"})
_RIGHTS_LINES = 5
# The words of a copyright line around its holder: the sign, "Copyright", years, "by".
_RIGHTS_WORDS = re.compile(r"(?i)©|\(c\)|&copy;|\bcopyright\b|\b(?:19|20)\d\d\b(?:\s*[-–]\s*(?:(?:19|20)\d\d\b)?)?|\bby\b")


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
        if match := _AGENCY_DATELINE.match(clean(node.get_text(" ")[:_DATELINE_CHARS])):
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


def from_author_link(page: PageIndex, url: str | None) -> Fields:
    """The names of links to an author's page, the address convention of blog and
    news platforms (WordPress's ``/author/jane-doe/``, ``/autoren/``, ``/profile/``,
    a forum's ``/user/``, or forum software's profile page by its query:
    :data:`_PROFILE_QUERY`): the whole link text, shaped like a name. Links inside
    the article's region (:func:`_article_region`, else the block around the
    headline) first; else the page's, when they name at most two people (more
    are the authors of a list of teasers). Never in comments, related lists,
    sidebars or navigation. Co-authors are the links beside the first one."""
    linked: list[tuple[Tag, str]] = []
    own_site = _site_of(url or page.meta.get("og:url"))
    for link in page.tags["a"]:
        href = link.get("href")
        if not isinstance(href, str) or not (
            _AUTHOR_PATH.search(href.split("?", 1)[0].split("#", 1)[0]) or _PROFILE_QUERY.search(href.split("#", 1)[0])
        ):
            continue
        if "//" in href and (not own_site or _site_of(href) != own_site):
            continue  # another site's user page (a video platform's channel, a social profile)
        text = clean(link.get_text(" "))
        if late := _LATE_BYLINE_WORD.search(text):
            text = text[late.end():]  # "Alle Artikel von Jane Doe", "More by Jane Doe"
        elif _ENDS_WITH_BYLINE_WORD.search(text):
            continue  # "Autorenseite von", the name in the next element
        if not text or len(text) > _MAX_LINK_NAME or in_foreign_chrome(link, page):
            continue
        # The link text is a display name or, on forums and blog platforms, the user's handle ("delta201").
        if not text.endswith(".") and clean_authors([text], page.site_names, from_text=" " in text) == [text]:
            linked.append((link, text))
    region = _article_region(page) or _headline_region(page)
    inside = [(link, text) for link, text in linked if region is not None and region in link.parents]
    if not inside and len(dict.fromkeys(text for _, text in linked)) > _MAX_PAGE_LINKED_AUTHORS:
        return {}
    chosen = inside or linked
    if not chosen:
        return {}
    line = chosen[0][0].parent
    # Co-authors: links in the first one's line, or each in a wrapper of its own beside the first's.
    beside = [line, *_coauthor_wrappers(line)]
    names = [text for link, text in chosen if any(link.parent is wrapper for wrapper in beside) or link.parent.parent is line]
    return {"authors": list(dict.fromkeys(names))[:_MAX_LINKED_COAUTHORS]}


def _site_of(address: object) -> str:
    """The last two labels of an address's host ("example.org" of https://www.example.org/a), or ""."""
    try:
        host = urlsplit(address).hostname or "" if isinstance(address, str) else ""
    except ValueError:  # "http://[oops"
        return ""
    return ".".join(host.split(".")[-2:])


# The path segment of an author's page on blog and news platforms, in the archive's languages.
_AUTHOR_PATH = re.compile(
    r"/(?:authors?|autor(?:en|in|innen)?|auteurs?|autore|autori|journalist(?:en|in)?|redakteur(?:e|in)?|writers?|"
    r"contributors?|columnists?|people|profiles?|profil|user|users|members?)/[^/]+",
    re.IGNORECASE,
)
# A member's profile page that forum software addresses by its query, not its path (issue 12): the
# poster's name above a thread's post links there. vBulletin's "member.php?u=123", phpBB's
# "memberlist.php?mode=viewprofile&u=123", SMF's "index.php?action=profile;u=123", MyBB's
# "member.php?action=profile&uid=123"; each the platform's own documented address.
_PROFILE_QUERY = re.compile(
    r"(?:^|/)(?:member\.php\?(?:[^#]*[&;])?(?:u|userid|uid)=\d|memberlist\.php\?(?:[^#]*&)?mode=viewprofile\b"
    r"|index\.php\?(?:[^#]*[&;])?action=profile\b)",
    re.IGNORECASE,
)
_MAX_LINK_NAME = 60
_MAX_PAGE_LINKED_AUTHORS = 2
_MAX_LINKED_COAUTHORS = 4


def from_meta_line(page: PageIndex, url: str | None) -> Fields:
    """The author's name beside the article's date in the line of post facts under
    the headline ("Kommentar · 19. Oktober 2019 · Boris T. Kaiser · 1 Kommentar"),
    which page builders print without a byline word or class: a sibling item of
    the date's, shaped like a person's full name (two to four capitalised words,
    the first a common given name: ``people_films.names.GIVEN_NAMES``, data
    drawn from national name statistics, not from these pages)."""
    if not page.tags["h1"]:
        return {}
    classes = Counter(" ".join(e.get("class", []) or []) for e in page.dates)
    marked = {id(e) for e in page.tags["time"][:20]}
    marked.update(id(e) for e in page.dates if classes[" ".join(e.get("class", []) or [])] < REPEATED_BYLINE)
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
            text = clean(sibling.get_text(" "))
            if not text or len(text) > _META_LINE_CHARS or in_foreign_chrome(sibling, page, FOREIGN_BYLINE_REASONS):
                continue
            names = clean_authors([text], page.site_names, from_text=True)
            if len(names) == 1 and names[0] == text and 2 <= len(text.split()) <= 4 and text.split()[0] in GIVEN_NAMES and not joins_words(text):
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
    if "headline" not in page.regions:
        page.regions["headline"] = _find_headline_region(page)
    return page.regions["headline"]


def _find_headline_region(page: PageIndex) -> Tag | None:
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
    for string in find_strings(box):
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
    if "article" not in page.regions:
        page.regions["article"] = _find_article_region(page)
    return page.regions["article"]


def _find_article_region(page: PageIndex) -> Tag | None:
    h1s = page.tags["h1"][:2]
    for tag in page.tags["article"][:10]:
        if any(tag in h1.parents for h1 in h1s):
            return tag  # the article that holds the headline, not a teaser's <article>
    for tag in page.article_bodies[:2] + page.tags["main"][:1]:
        if not in_foreign_chrome(tag) and len(tag.get_text()) >= _REGION_CHARS:
            return tag  # not an empty articleBody marker beside the text
    return None


_REGION_CHARS = 200


# A link's text that ends in the byline word ("Autorenseite von"): the name is elsewhere.
_ENDS_WITH_BYLINE_WORD = re.compile(rf"(?:^|\s){_BY}$", re.IGNORECASE)
# A byline word after a date in the same short line ("Posted on 5 May 2020 by Jane Doe").
_LATE_BYLINE_WORD = re.compile(rf"\s{_BY}\s+(?=\S)", re.IGNORECASE)
# Where a byline's names end: "Jane Doe | 5 March", "Jane Doe · Staff writer", and the
# section a blog files the post in ("Posted by Jane Doe in News", "par Jane Doe dans Cinéma"),
# a sentence's end ("von <a>Jane Doe</a>. <a>Permalink</a>"), and the clock time a blog's post
# footer prints after the names (Blogger's "posted by Jane Doe at <a>11:02 PM</a>", "Eingestellt
# von Jane Doe um 11:02", "Publié par Jane Doe à 11:02"), the time often a link of its own.
_BYLINE_TAIL = re.compile(
    r"\s+[|·•–—]\s*|\s+-\s+|\s+(?:in|dans)\s+|\s\.(?:\s|$)|\s+(?:at|um|à)(?:\s+\d{1,2}[:.h]\d{2}|\s*$)"
)


def _parents(node: object, levels: int) -> list[Tag]:
    out: list[Tag] = []
    parent = getattr(node, "parent", None)
    while parent is not None and len(out) < levels:
        out.append(parent)
        parent = parent.parent
    return out


def _looks_like_byline(tag: Tag) -> bool:
    if not tag.attrs:
        return False  # no class and no id: no byline's class words
    value = " ".join(tag.get("class", []) or []) + " " + (tag.get("id") or "")
    return any(t in BYLINE_TOKENS for t in class_tokens(value))


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
    if not page.footers and (notice := _closing_line_notice(page)):
        return {"rights": notice}
    return {}


def _closing_line_notice(page: PageIndex) -> str:
    """The notice that opens the page's last line of text, on a page with no footer band: an old
    hand-made page's last table row ("© 2017 Site - best seen at 800x600"). Opening the line, so a
    caption's credit ending it ("The hall. (Photo © Jane Doe)") is none; nor is a picture's credit
    (in a figure or a caption-classed element, or right under an ``<img>``: "© Netflix")."""
    last = _last_text(page.soup.body or page.soup)
    if last is None or not rights.MIGHT_HOLD_NOTICE.search(last) or _is_picture_credit(last) or _under_a_picture(last):
        return ""
    line = _line_text(_line_element(last) or last.parent)
    notice = rights.find_notice(line)
    return notice if notice and line.startswith(notice[:2]) and len(line) <= _FOOTER_LINE_CHARS else ""


def _under_a_picture(string: NavigableString) -> bool:
    """Whether a picture stands right before ``string``, with only line breaks and spaces between
    (``<img><br>© CJ Entertainment 2019``): its credit. A picture further up the line (a hit
    counter beside "© 2003 Site") is not looked at."""
    ancestors = {id(parent) for parent in _parents(string, _PICTURE_CREDIT_STEPS)}
    for steps, element in enumerate(string.previous_elements):
        if steps >= _PICTURE_CREDIT_STEPS:
            return False
        if id(element) in ancestors or (type(element) is NavigableString and not element.strip()):
            continue
        if not isinstance(element, Tag) or element.name != "br":
            return isinstance(element, Tag) and element.name in ("img", "picture", "amp-img", "source")
    return False


# Elements looked back through from a closing line to the picture it credits.
_PICTURE_CREDIT_STEPS = 8


def _last_text(root: Tag) -> NavigableString | None:
    """The last string of ``root`` with text a reader sees (no script, style or comment)."""
    node: PageElement | None = root
    while isinstance(node, Tag) and node.contents:
        node = node.contents[-1]  # the last descendant in document order
    while node is not None and node is not root:
        if type(node) is NavigableString and node.strip() and node.parent.name not in ("script", "style", "template"):
            return node
        node = node.previous_element
    return None


_MAX_FOOTERS_TRIED = MAX_FOOTERS  # every band kept: teaser cards classed "footer" often follow the page footer


def _footer_notice(footer: Tag) -> str:
    """The notice in the widest line of ``footer`` (an element whose text holds at
    most ``_FOOTER_LINE_CHARS``) around a string that may hold one; a line cut off
    by the menu around it is read from the element that holds it alone."""
    for string in find_strings(footer, rights.MIGHT_HOLD_NOTICE, limit=10):
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
    return _SPACE_BEFORE_PUNCTUATION.sub(r"\1", clean(element.get_text(" ")))


_FOOTER_LINE_CHARS = 300
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([.,;:!?])")
