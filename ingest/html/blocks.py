"""Text blocks of a page and their shape, for the block classifier (``block_model.py``).

A *text block* is the text a block-level element holds itself, outside the
block-level elements nested in it (a ``<p>``, an ``<li>``, the loose text of a
``<div>``): the unit of jusText and boilerpipe (Kohlschütter et al., 2010,
"Boilerplate detection using shallow text features"; Pomikálek, 2011,
"Removing boilerplate and duplicate content from web corpora").

:func:`page_blocks` walks the page once (explicit stack, any depth) after the
rules chose and pruned the article container, and :func:`block_features`
turns each block into a row of numbers: its shape (length, words, link
density, short-word share as a stop-word proxy for any language,
punctuation), its place (position in the page, inside or around the
rule-chosen container, depth), its ancestry (tags, the chrome group the
rules give its nearest flagged ancestor, hashed class/id words), its
neighbours' shape (jusText's context step) and how often its text repeats
in the page. ``FEATURE_NAMES`` names every column, in order.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field

from bs4 import NavigableString, Tag

from ingest.html import rules
from ingest.html.classify import chrome_reason, class_tokens

# Elements that start a text block of their own (HTML's block-level content).
BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "dt", "dd",
     "blockquote", "pre", "table", "tr", "td", "th", "caption", "figure", "figcaption", "header", "footer", "aside",
     "nav", "li", "address", "details", "summary", "center", "form", "fieldset", "legend", "body", "label"}
)
# Tags a block is described by (one column each); any other is "other".
_OWN_TAGS = ("p", "h1", "h2", "h3", "h4", "li", "td", "th", "dd", "dt", "blockquote", "pre", "div", "section",
             "figcaption", "span-like")
# Ancestors a block may sit in (one column each).
_ANCESTOR_TAGS = ("nav", "footer", "header", "aside", "form", "ul", "ol", "table", "article", "main", "figure", "a",
                  "blockquote", "li")
# Chrome groups of ``rules`` (and element/role/hidden reasons) a flagged ancestor may carry.
_FLAG_GROUPS = (*rules.CHROME_TOKENS, "hidden", "role", "nav element", "footer element", "aside element",
                "header element", "form element", "menu element")
HASH_BUCKETS = 32
_SENTENCE_END = re.compile(r"[.!?。！？]")
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")


@dataclass(slots=True)
class TextBlock:
    """One text block: its element, its own text and where it sits."""

    tag: Tag
    order: int  # pre-order index of the element among the page's elements
    depth: int
    inside: bool  # in the container the rules chose
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0
    leaf: bool = True  # no nested block with text of its own
    ancestors: frozenset[str] = frozenset()
    flag_group: str = ""  # the chrome group of the nearest flagged ancestor-or-self
    flagged_ancestors: int = 0
    tokens: tuple[str, ...] = ()  # class/id words of the element and two ancestors

    @property
    def text(self) -> str:
        """The block's own text, whitespace collapsed."""
        return " ".join("".join(self.parts).split())


def _flag_group(reason: str) -> str:
    if reason.endswith(")") and "(" in reason:
        return reason[reason.rfind("(") + 1 : -1]
    if "hidden" in reason:
        return "hidden"
    if reason.startswith("role"):
        return "role"
    return reason


def page_blocks(body: Tag, chosen: list[Tag], flags: dict[int, str | None]) -> tuple[list[TextBlock], dict[int, int]]:
    """Every text block under ``body``, in document order (see the module docstring),
    and the pre-order index of each chosen node by ``id``.

    :param chosen: the article nodes the rules chose (after pruning).
    :param flags: ``chrome_reason`` by ``id(tag)``, as ``extract.measure`` cached it.
    """
    chosen_ids = {id(n) for n in chosen}
    chosen_order = {id(body): 0} if id(body) in chosen_ids else {}
    blocks: list[TextBlock] = []
    order = 0
    unsafe = rules.UNSAFE_TAGS
    # frame: [tag, children iterator, enclosing block, inside, ancestors, flag group, flagged count, tokens, in link]
    root = TextBlock(body, 0, 0, id(body) in chosen_ids)
    stack = [[body, iter(body.contents), root, root.inside, frozenset(), "", 0, (), False]]
    open_blocks = [root]
    while stack:
        frame = stack[-1]
        block = frame[2]
        for child in frame[1]:
            if type(child) is NavigableString:
                if child.strip():
                    block.parts.append(str(child))
                    if frame[8]:
                        block.link_chars += len(child.strip())
                continue
            if not isinstance(child, Tag) or child.name in unsafe:
                continue
            order += 1
            name = child.name
            key = id(child)
            reason = flags[key] if key in flags else flags.setdefault(key, chrome_reason(child))
            if key in chosen_ids:
                chosen_order[key] = order
            inside = frame[3] or key in chosen_ids
            ancestors = frame[4] | {name} if name in _ANCESTOR_TAGS else frame[4]
            group = _flag_group(reason) if reason else frame[5]
            flagged = frame[6] + (1 if reason else 0)
            attrs = child.attrs
            tokens = frame[7]
            if attrs and ("class" in attrs or "id" in attrs):
                cls = attrs.get("class")
                value = " ".join(cls) if isinstance(cls, list) else ""
                ident = attrs.get("id")
                if isinstance(ident, str):
                    value = f"{value} {ident}"
                tokens = (tokens + class_tokens(value))[-12:]
            in_link = frame[8] or (name == "a" and "href" in attrs)
            if name in BLOCK_TAGS:
                new = TextBlock(child, order, len(stack), inside, ancestors=frame[4], flag_group=group,
                                flagged_ancestors=flagged, tokens=tokens)
                open_blocks.append(new)
                enclosing = new
            else:
                enclosing = block
            stack.append([child, iter(child.contents), enclosing, inside, ancestors, group, flagged, tokens, in_link])
            break
        else:
            stack.pop()
            tag = frame[0]
            if tag.name in BLOCK_TAGS or tag is body:
                closed = open_blocks.pop()
                if closed.parts:
                    blocks.append(closed)
                    if open_blocks:
                        open_blocks[-1].leaf = False
    blocks.sort(key=lambda b: b.order)
    return blocks, chosen_order


def may_drop(blocks: list[TextBlock], i: int) -> bool:
    """Whether a second opinion (the block classifier, the peer vote) may drop block ``i``
    from inside the container.

    Never a caption (the converter makes it a figure's caption and credit), nor
    a short paragraph between two paragraphs of prose (a linked line in the
    article, kept by the rules on purpose: ``extract._is_linked_line_in_prose``).
    """
    block = blocks[i]
    if not block.leaf or block.tag.name in ("figcaption", "caption") or "figure" in block.ancestors:
        return False
    if block.tag.name == "p" and 0 < i < len(blocks) - 1:
        before, after = blocks[i - 1], blocks[i + 1]
        if all(b.inside and b.tag.name == "p" and len(b.text) >= rules.SHORT_BLOCK_CHARS for b in (before, after)):
            return False
    return True


def _own_tag(name: str) -> str:
    return name if name in _OWN_TAGS else ("h4" if name in ("h5", "h6") else "span-like")


FEATURE_NAMES: tuple[str, ...] = (
    "log_chars", "log_words", "link_density", "short_word_share", "sentence_ends_per_word", "commas_per_word",
    "ends_with_stop", "digit_share", "capitalised_share", "mean_word_length", "position", "char_position",
    "inside", "before_container", "after_container", "log_blocks_to_container", "log_depth", "leaf",
    "log_repeats", "flagged_ancestors", "log_page_blocks", "inside_share_of_chars",
    *(f"tag_{t}" for t in _OWN_TAGS),
    *(f"in_{t}" for t in _ANCESTOR_TAGS),
    *(f"flag_{g}" for g in _FLAG_GROUPS),
    *(f"{side}_{what}" for side in ("prev", "next", "prev2", "next2") for what in ("log_chars", "link_density", "inside")),
    "context_mean_log_chars", "context_mean_link_density",
    *(f"class_hash_{n}" for n in range(HASH_BUCKETS)),
)


def _bucket(token: str) -> int:
    return zlib.crc32(token.encode("utf-8")) % HASH_BUCKETS


def block_features(blocks: list[TextBlock], only: list[int] | None = None) -> list[list[float]]:
    """One row of ``FEATURE_NAMES`` columns per block (same order), or only for the
    blocks at the indices ``only`` (the page's other blocks still count as context)."""
    texts = [b.text for b in blocks]
    repeats = Counter(texts)
    n = len(blocks)
    inside_idx = [i for i, b in enumerate(blocks) if b.inside]
    first_in, last_in = (inside_idx[0], inside_idx[-1]) if inside_idx else (n, -1)
    chars = [len(t) for t in texts]
    total_chars = sum(chars) or 1
    inside_chars = sum(c for c, b in zip(chars, blocks, strict=True) if b.inside)
    log_chars = [math.log1p(c) for c in chars]
    density = [min(1.0, b.link_chars / c) if c else 0.0 for b, c in zip(blocks, chars, strict=True)]
    rows: list[list[float]] = []
    before = [0] * n  # characters of the blocks before each block
    for i in range(1, n):
        before[i] = before[i - 1] + chars[i - 1]
    tag_index = {t: i for i, t in enumerate(_OWN_TAGS)}
    group_index = {g: i for i, g in enumerate(_FLAG_GROUPS)}
    for i in range(n) if only is None else only:
        block, text = blocks[i], texts[i]
        words = _WORD.findall(text)
        n_words = len(words) or 1
        letters = [w for w in words if not w.isdigit()]
        row = [
            log_chars[i],
            math.log1p(len(words)),
            density[i],
            sum(1 for w in words if len(w) <= 3) / n_words,
            len(_SENTENCE_END.findall(text)) / n_words,
            text.count(",") / n_words,
            1.0 if text[-1:] in ".!?。:\"'”»)" else 0.0,
            len(_DIGIT.findall(text)) / (chars[i] or 1),
            sum(1 for w in letters if w[:1].isupper()) / (len(letters) or 1),
            sum(len(w) for w in words) / n_words,
            i / n,
            before[i] / total_chars,
            1.0 if block.inside else 0.0,
            1.0 if not block.inside and i < first_in else 0.0,
            1.0 if not block.inside and i > last_in else 0.0,
            0.0 if block.inside else math.log1p(min(abs(i - first_in), abs(i - last_in))),
            math.log1p(block.depth),
            1.0 if block.leaf else 0.0,
            math.log1p(repeats[text] - 1),
            float(min(block.flagged_ancestors, 5)),
            math.log1p(n),
            inside_chars / total_chars,
        ]
        own = [0.0] * len(_OWN_TAGS)
        own[tag_index[_own_tag(block.tag.name)]] = 1.0
        row.extend(own)
        row.extend(1.0 if t in block.ancestors else 0.0 for t in _ANCESTOR_TAGS)
        groups = [0.0] * len(_FLAG_GROUPS)
        if block.flag_group in group_index:
            groups[group_index[block.flag_group]] = 1.0
        row.extend(groups)
        for offset in (-1, 1, -2, 2):
            j = i + offset
            if 0 <= j < n:
                row.extend((log_chars[j], density[j], 1.0 if blocks[j].inside else 0.0))
            else:
                row.extend((0.0, 0.0, 0.0))
        window = range(max(0, i - 3), min(n, i + 4))
        row.append(sum(log_chars[j] for j in window) / len(window))
        row.append(sum(density[j] for j in window) / len(window))
        hashed = [0.0] * HASH_BUCKETS
        for token in block.tokens:
            hashed[_bucket(token)] = 1.0
        row.extend(hashed)
        rows.append(row)
    return rows
