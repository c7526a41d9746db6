"""What an element is, judged from its own tag and attributes alone.

``chrome_reason`` says why an element is page chrome (HTML semantics, ARIA
role, hidden, class/id vocabulary from ``rules.py``) and ``body_bonus`` how
strongly the page labels it as the article body.  No tree walking here: the
extractor asks once per element.

The caches below memoise pure functions of their keys (class strings), so
results never depend on which pages were read before.
"""

from __future__ import annotations

import re

from bs4 import Tag

from ingest.html import rules

_TOKEN_SPLIT = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")
_BODY_CONTAINER = re.compile(rules.BODY_CONTAINER_PATTERN)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_TAXONOMY = re.compile(rules.TAXONOMY_CLASS_PATTERN)
_RESPONSIVE_SHOW = re.compile(rules.RESPONSIVE_SHOW_PATTERN)
_NON_ALNUM = re.compile(r"[^A-Za-z0-9]+")
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
    tokens = class_tokens(value)
    content = any(t in rules.CONTENT_TOKENS for t in tokens)
    for group, words in rules.CHROME_TOKENS.items():
        if content and group not in rules.STRONG_CHROME_GROUPS:
            continue
        for token in tokens:
            if token in words:
                return f"class token '{token}' ({group})"
    joined = "".join(tokens)
    for group, parts in rules.CHROME_SUBSTRINGS.items():
        if content and group not in rules.STRONG_CHROME_GROUPS:
            continue
        for part in parts:
            if part in joined:
                return f"class token '{part}' ({group})"
    return None


_ATTRS_THAT_MATTER = frozenset({"class", "id", "role", "hidden", "aria-hidden", "style"})
_class_reason_cache: dict[tuple[tuple[str, ...], str], str | None] = {}


def chrome_reason(tag: Tag) -> str | None:
    """Why ``tag`` is page chrome (tag, role, hidden, class/id vocabulary), or None."""
    name = tag.name
    if name in rules.CHROME_TAGS:
        if _is_footnotes(tag):
            return None  # <footer class="footnotes">: the article's notes, not page chrome
        return rules.CHROME_TAGS[name]
    attrs = tag.attrs
    if not attrs or attrs.keys().isdisjoint(_ATTRS_THAT_MATTER):
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
