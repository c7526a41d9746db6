"""What an element is, judged from its own tag and attributes alone.

``chrome_reason`` says why an element is page chrome (HTML semantics, ARIA
role, hidden, class/id vocabulary from ``rules.py``) and ``body_bonus`` how
strongly the page labels it as the article body.  No tree walking here: the
extractor asks once per element (a comment thread's shape, :func:`_is_counted_thread`,
reads the element's children and the opening of each reply's subtree).

The caches below memoise pure functions of their keys (class strings), so
results never depend on which pages were read before.
"""

from __future__ import annotations

import re

from bs4 import Comment, Tag

from ingest import dates
from ingest.html import rules
from ingest.html.treebuilder import find_strings

_TOKEN_SPLIT = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")
_BODY_CONTAINER = re.compile(rules.BODY_CONTAINER_PATTERN)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_TAXONOMY = re.compile(rules.TAXONOMY_CLASS_PATTERN)
_RESPONSIVE_SHOW = re.compile(rules.RESPONSIVE_SHOW_PATTERN)
_NON_ALNUM = re.compile(r"[^A-Za-z0-9]+")
# A heading that counts: "Kommentare (2)", "Reacties [3]", "評論 (4)", "12 Responses to “Title”",
# "10 of 12 Responses" (shown of all, the first number taken), "Showing 5 comments" (one word before the count).
_COUNTING_HEADING = re.compile(
    r"^[^\d()\[\]]{1,40}[(\[]\s*(\d{1,5})\s*[)\]]$|^(\d{1,5})(?:\s*\D{1,6}\s*\d{1,5})?\s+\D{1,80}$"
    r"|^[^\W\d_]{1,20}\s+(\d{1,5})\s+\D{1,80}$"
)
# What a reader posted, after the day (and its hour): its letters, not digits or punctuation.
_LETTER = re.compile(r"[^\W\d_]")
_CACHE_LIMIT = 100_000

_token_cache: dict[str, tuple[str, ...]] = {}


def class_tokens(value: str) -> tuple[str, ...]:
    """Split a class/id value into lowercase word tokens (``shareBar-top`` -> share, bar, top)."""
    cached = _token_cache.get(value)
    if cached is None:
        cached = tuple(t.lower() for t in _TOKEN_SPLIT.split(value) if t)
        if len(_token_cache) < _CACHE_LIMIT:
            _token_cache[value] = cached
    return cached


def _class_id(tag: Tag) -> str:
    attrs = tag.attrs
    cls = attrs.get("class")
    if isinstance(cls, list):
        cls = " ".join(c for c in cls if not _TAXONOMY.match(c.lower()))
    ident = attrs.get("id")
    if cls and ident:
        return f"{cls} {ident}"
    return cls or ident or ""


_reason_cache: dict[str, str | None] = {}


def vocabulary_reason(value: str) -> str | None:
    """The chrome group a class/id string belongs to, as a Dropped reason, or None."""
    if not value:
        return None
    if value in _reason_cache:
        return _reason_cache[value]
    reason = _vocabulary_reason(value)
    if len(_reason_cache) < _CACHE_LIMIT:
        _reason_cache[value] = reason
    return reason


def _vocabulary_reason(value: str) -> str | None:
    """The reason for the first chrome word of ``value``: a whole token in the first group of
    :data:`rules.CHROME_TOKENS` (in the table's order) holding one, the value's first such token;
    else a part of the tokens run together, from :data:`rules.CHROME_SUBSTRINGS` likewise. A value
    that also says it is content (:data:`rules.CONTENT_TOKENS`) only by a strong group's word
    (:data:`rules.STRONG_CHROME_GROUPS`)."""
    tokens = class_tokens(value)
    content = not rules.CONTENT_TOKENS.isdisjoint(tokens)
    token_groups, part_groups = _STRONG_GROUPS if content else _ALL_GROUPS
    for group, words in token_groups:
        if not words.isdisjoint(tokens):
            return f"class token '{next(t for t in tokens if t in words)}' ({group})"
    joined = "".join(tokens)
    for group, parts in part_groups:
        for part in parts:
            if part in joined:
                return f"class token '{part}' ({group})"
    return None


# The chrome tables' groups in order, all or the strong ones alone (a value that also says it is content):
# worked out once, as each class value is tested against them (a loop per group cost 1.5% of the reader's profile).
_ALL_GROUPS = (tuple(rules.CHROME_TOKENS.items()), tuple(rules.CHROME_SUBSTRINGS.items()))
_STRONG_GROUPS = tuple(tuple((group, words) for group, words in table if group in rules.STRONG_CHROME_GROUPS) for table in _ALL_GROUPS)


_ATTRS_THAT_MATTER = frozenset({"class", "id", "role", "hidden", "aria-hidden", "style"})
_class_reason_cache: dict[tuple[tuple[str, ...], str], str | None] = {}


def chrome_reason(tag: Tag) -> str | None:
    """Why ``tag`` is page chrome (tag, role, hidden, class/id vocabulary), or None."""
    name = tag.name
    if name in rules.CHROME_TAGS:
        if _is_footnotes(tag):
            return None  # <footer class="footnotes">: the article's notes, not page chrome
        return rules.CHROME_TAGS[name]
    if name in rules.THREAD_TAGS and _is_counted_thread(tag):
        return "comments"
    attrs = tag.attrs
    if not attrs:
        return None
    if _is_schema_comment(attrs):
        return "comments"
    if attrs.keys().isdisjoint(_ATTRS_THAT_MATTER):
        return None
    role = attrs.get("role")
    if isinstance(role, str) and role.lower() in rules.CHROME_ROLES:
        return rules.CHROME_ROLES[role.lower()]
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return "hidden element"
    style = attrs.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return "hidden by style"
    itemprop = attrs.get("itemprop")
    if isinstance(itemprop, str) and itemprop.lower() == rules.ARTICLE_BODY_ITEMPROP:
        return None
    classes = attrs.get("class")
    ident = attrs.get("id")
    key = (tuple(classes) if isinstance(classes, list) else (), ident if isinstance(ident, str) else "")
    if name in rules.PHRASE_TAGS:
        # Class words on a link or emphasis describe a phrase, not a page
        # region (<a class="affiliate-link"> inside a sentence): only hiding counts.
        return _hidden_class(key[0])
    if key in _class_reason_cache:
        return _class_reason_cache[key]
    reason = _class_reason(key[0], key[1])
    if len(_class_reason_cache) < _CACHE_LIMIT:
        _class_reason_cache[key] = reason
    return reason


def _is_schema_comment(attrs: dict) -> bool:
    """Whether the element is marked up as a reader's comment (schema.org ``Comment``, or
    a ``comment`` property of the item around it, as WordPress themes and Disqus mark them)."""
    itemtype = attrs.get("itemtype")
    if isinstance(itemtype, str) and itemtype.rstrip("/").rsplit("/", 1)[-1] == "Comment":
        return True
    itemprop = attrs.get("itemprop")
    return isinstance(itemprop, str) and itemprop.lower() == "comment"


def _is_counted_thread(tag: Tag) -> bool:
    """Whether ``tag`` is a comment thread by its shape, in any language: its first element
    is a heading that counts something ("Kommentare (2)", "12 Responses", "10 of 12 Responses",
    "Showing 5 comments"), and what follows it is blocks, each opening with a poster's name in
    an element or a line of its own and then when it was posted ("<b>M. Schulz</b> schrieb am
    13.03.2025: ..."), then what was posted: ``rules.MIN_REPLY_LETTERS`` letters a reply or more
    on average. As many blocks as the heading counts, or fewer (a partial thread, the rest
    behind a "Load more comments" control or on another page) when two posters or more are
    named and the rest is shown to be elsewhere: a control after the blocks, a heading "10 of
    12 ...", or one naming comments (``rules.COMMENT_NOUN``). A filmography's heading over its
    films, an awards list ("Berlinale, 20 February 2024: ...") or a screenings list under a
    count has no poster's name before each day, and a
    screening listing ("<strong>Kino</strong> 12.03.2025") nothing posted after it."""
    first = next((child for child in tag.children if isinstance(child, Tag)), None)
    if first is None or first.name not in rules.HEADING_TAGS:
        return False
    heading = first.get_text(" ", strip=True)
    match = _COUNTING_HEADING.match(heading)
    if match is None:
        return False
    count = int(next(group for group in match.groups() if group))
    replies = [child for child in first.find_next_siblings() if isinstance(child, Tag)]
    if len(replies) == 1 and replies[0].name in ("ol", "ul"):
        replies = [child for child in replies[0].children if isinstance(child, Tag)]
    pager = False
    while replies and _is_control(replies[-1]):
        replies.pop()  # "Load more comments": the thread's own pager, not a reply
        pager = True
    openings = [_reply_opening(reply) for reply in replies]
    if count < 1 or not openings or None in openings:
        return False
    posters = {name for name, _ in openings}
    posted = sum(letters for _, letters in openings) / len(openings)
    if posted < rules.MIN_REPLY_LETTERS:
        return False  # a label and a day, nothing posted: a listing
    if count <= len(replies):
        return True
    # Fewer shown than counted: a thread when the rest is shown to be elsewhere ("10 of 12 Responses",
    # a pager, "Comments (12)" on a paged thread), never a count of something else ("4 Screenings").
    elsewhere = pager or len(re.findall(r"\d+", heading)) >= 2 or re.search(rules.COMMENT_NOUN, heading) is not None
    return elsewhere and len(posters) >= 2


def _is_control(element: Tag) -> bool:
    """Whether ``element`` is a button or a lone link of a few words and no date ("Load more
    comments", "Weitere Kommentare laden"): a control, not a block of text."""
    text = element.get_text(" ", strip=True)
    if not text or len(text.split()) > rules.CONTROL_MAX_WORDS or dates.find_date(text, foreign=False):
        return False
    if element.name in ("button", "a"):
        return True
    inner = element.find_all(("button", "a"))
    return len(inner) == 1 and inner[0].get_text(" ", strip=True) == text


def _reply_opening(reply: Tag) -> tuple[str, int] | None:
    """The poster's name (:func:`_poster_name`) a block opens with, followed by the day it was
    posted, written out or a ``<time>``, with ``rules.MAX_POSTER_WORDS`` words at most before the
    day ("M. Schulz schrieb am" counted whole), and how many letters follow the day (what was
    posted); None when the block does not open so."""
    name = _poster_name(reply)
    text = reply.get_text(" ", strip=True)
    opening = text[: rules.REPLY_META_CHARS]
    if name is None or not opening.startswith(name):
        return None
    found = dates.find_date(opening, foreign=False)
    if found is not None and found.iso.count("-") == 2:
        start, end = found.start, found.end
        if opening[:start].strip(" ,.:").lower() in dates.weekday_words():
            return None  # the word before the day is the date's own ("Monday 12 May 2025"): a diary's entry, no poster
    elif (stamp := reply.find("time")) is not None and (shown := stamp.get_text(" ", strip=True)) in opening:
        start = opening.index(shown)
        end = start + len(shown)
    else:
        return None
    # The name ends before the day: one string holding both ("Berlinale, 20 February 2024: ...") is a dated line.
    if not (len(name) <= start and 1 <= len(opening[:start].split()) <= rules.MAX_POSTER_WORDS):
        return None
    return name, len(_LETTER.findall(text[end:]))


def _poster_name(reply: Tag) -> str | None:
    """The reply's first string when it stands apart as a name does: in an element of a name
    (``rules.POSTER_NAME_TAGS``: ``<b>``, ``<strong>``, ``<cite>``, ``<a>``, ``<span>``), or as a
    line of its own (the whole text of its element, or followed by a ``<br>``); else None."""
    first = next((text for text in find_strings(reply) if text.strip() and not isinstance(text, Comment)), None)
    if first is None or first.parent is None:
        return None
    name, parent, following = first.strip(), first.parent, first.next_sibling
    if parent.name in rules.POSTER_NAME_TAGS or (isinstance(following, Tag) and following.name == "br"):
        return name
    return name if parent is not reply and parent.get_text(" ", strip=True) == name else None


def _is_footnotes(tag: Tag) -> bool:
    classes = tag.attrs.get("class")
    value = " ".join(classes) if isinstance(classes, list) else ""
    ident = tag.attrs.get("id")
    if isinstance(ident, str):
        value = f"{value} {ident}"
    return any(t in rules.FOOTNOTE_TOKENS for t in class_tokens(value))


def _hidden_class(classes: tuple[str, ...]) -> str | None:
    for name in classes:
        if _NON_ALNUM.sub("", name).lower() in rules.HIDDEN_CLASSES:
            if not any(_RESPONSIVE_SHOW.search(other) for other in classes):
                return f"hidden class '{name}'"
    return None


def _class_reason(classes: tuple[str, ...], ident: str) -> str | None:
    hidden = _hidden_class(classes)
    if hidden:
        return hidden
    kept = " ".join(_without_namespace(c) for c in classes if not _TAXONOMY.match(c.lower()))
    return vocabulary_reason(f"{kept} {ident}".strip())


def _without_namespace(name: str) -> str:
    """A class name without a component library's prefix (``rules.COMPONENT_NAMESPACES``):
    ``cmp-text`` -> ``text``."""
    for prefix in rules.COMPONENT_NAMESPACES:
        if name.lower().startswith(prefix):
            return name[len(prefix):]
    return name


def body_bonus(tag: Tag) -> float:
    """Score multiplier for elements the page itself labels as the article body."""
    attrs = tag.attrs
    if attrs.get("itemprop", "").lower() == rules.ARTICLE_BODY_ITEMPROP:
        return rules.BODY_CONTAINER_BONUS
    value = _class_id(tag)
    if value and _BODY_CONTAINER.search("-".join(class_tokens(value))):
        return rules.BODY_CONTAINER_BONUS
    if tag.name == "article":
        return rules.ARTICLE_TAG_BONUS
    return 1.0
