"""The last check before a generated article is written: re-parse it.

The writer escapes every scraped string, so a generated file should contain
only the syntax the writer itself emits. This module parses the finished
text with MyST's own markdown-it parser and rejects any token outside that
vocabulary: a role, a target, a comment, HTML, math, a substitution, an
unexpected directive or fence, a link that is not http(s)/mailto, an image
other than a picture the pipeline copied (``ingest.assets.ASSET_SRC``), or
front matter that is not first or holds keys outside the allow-list.

The parse turns on *every* MyST syntax extension (gfm_autolink aside, see
_EVERY_SYNTAX), not only the ones conf.py
enables, so text that would become markup under any configuration (a page's
own front matter can change it, SECURITY-NOTES.md row 13) is caught too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from urllib.parse import urlsplit

import yaml
from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from myst_parser.config.main import MdParserConfig
from myst_parser.parsers.mdit import create_md_parser

from ingest.assets import is_asset_src
from ingest.frontmatter import ALLOWED_KEYS
from people_films import links

# All of MyST's syntax extensions except the typographic ones (which only
# change characters), linkify (an optional dependency) and gfm_autolink.
# gfm_autolink (mdit-py-plugins 0.7.0) copies the rest of the paragraph at
# every "w", ":" and "@", so its cost grows with the square of a paragraph's
# length: one 5 MB paragraph kept the gate busy for over ten minutes. What it
# recognises is only ever an http(s), mailto or xmpp link (which the gate lets
# through, xmpp aside), the site does not enable it, and an untrusted page's
# front matter cannot (archive/safety.py).
_EVERY_SYNTAX = {
    "amsmath", "attrs_block", "attrs_inline", "colon_fence", "deflist", "dollarmath", "fieldlist",
    "html_admonition", "html_image", "substitution", "tasklist", "alert", "strikethrough",
}  # fmt: skip

# What ingest/myst.py writes, and nothing else.
_BLOCK_TOKENS = {
    "heading_open", "heading_close", "paragraph_open", "paragraph_close", "inline",
    "blockquote_open", "blockquote_close", "bullet_list_open", "bullet_list_close",
    "ordered_list_open", "ordered_list_close", "list_item_open", "list_item_close",
    "table_open", "table_close", "thead_open", "thead_close", "tbody_open", "tbody_close",
    "tr_open", "tr_close", "th_open", "th_close", "td_open", "td_close", "hr",
    "field_list_open", "field_list_close", "fieldlist_name_open", "fieldlist_name_close",
    "fieldlist_body_open", "fieldlist_body_close",
    "footnote_block_open", "footnote_block_close", "footnote_open", "footnote_close",
    "footnote_reference_open", "footnote_reference_close", "footnote_anchor",
}  # fmt: skip
_INLINE_TOKENS = {
    "text", "softbreak", "hardbreak", "em_open", "em_close", "strong_open", "strong_close",
    "code_inline", "footnote_ref", "link_open", "link_close",
}  # fmt: skip
# The writer's text roles (ingest.myst.TEXT_ROLES): superscript, subscript and struck-through
# text. A role's content is literal text, and the page's own "{name}`x`" is escaped, so a role
# here is one the writer wrote; any other name is still refused.
_TEXT_ROLES = frozenset({"sup", "sub", "del"})
_FENCE_INFO = "text"
# ``:::{container} <classes>``: the only directive in an article, with the
# writer's own class names.
_CONTAINER = re.compile(r"\{container\}( [a-z]+(-[a-z]+)*)+")
_LINK_SCHEMES = {"http", "https", "mailto"}
# A mention of a registered person or film, written by ingest.myst with a slug
# the pipeline made; the archive extension turns it into a cine reference.
_MENTION = links.TARGET
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class GateError(ValueError):
    """A generated file holds a token its writer did not mean to write."""


@cache
def _parser() -> MarkdownIt:
    parser = create_md_parser(MdParserConfig(enable_extensions=_EVERY_SYNTAX), RendererHTML)
    # MyST's word count (for Sphinx's reading time) only writes the parse's env, never a
    # token: the gate reads none of it, and it cost 8% of the gate's time.
    parser.core.ruler.disable("wordcount")
    return parser


def check_article(text: str) -> None:
    """Raise :class:`GateError` unless ``text`` is only the writer's syntax."""
    if not text.startswith("---\n"):
        raise GateError("the first line is not the pipeline's front matter marker '---'")
    tokens = _parser().parse(text)
    if not tokens or tokens[0].type != "front_matter":
        raise GateError("the file does not open with front matter")
    _check_front_matter(tokens[0])
    _check_blocks(tokens[1:])


def _check_front_matter(token: Token) -> None:
    try:
        values = yaml.load(token.content, Loader=_SAFE_LOADER)  # noqa: S506 (a safe loader, in C when libyaml is there)
    except yaml.YAMLError:
        raise GateError("front matter is not valid YAML") from None
    if not isinstance(values, dict):
        raise GateError("front matter is not a mapping")
    unknown = sorted(map(str, set(values) - set(ALLOWED_KEYS)))
    if unknown:
        raise GateError(f"front matter key {unknown[0]!r} is not in the allow-list")
    for key, value in values.items():
        if not (isinstance(value, str) or isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise GateError(f"front matter key {key!r} is not text or a list of text")


def _check_blocks(tokens: Iterable[Token], first_line: int = 1) -> None:
    for token in tokens:
        where = f"line {token.map[0] + first_line}: " if token.map else ""
        if token.type == "fence":
            if token.info != _FENCE_INFO:
                raise GateError(f"{where}code fence with info string {token.info!r}")
        elif token.type == "colon_fence":
            if not _CONTAINER.fullmatch(token.info):
                raise GateError(f"{where}directive {token.info!r}")
            if not token.content.startswith("\n"):
                raise GateError(f"{where}directive content without the blank line that keeps it from being options")
            _check_blocks(_parser().parse(token.content), first_line=token.map[0] + first_line + 1)
        elif token.type not in _BLOCK_TOKENS:
            raise GateError(f"{where}unexpected {token.type!r}")
        if token.children:
            _check_inlines(token.children, where)


def _check_inlines(tokens: Iterable[Token], where: str) -> None:
    for token in tokens:
        if token.type == "image":
            src = str(token.attrs.get("src", ""))
            if not is_asset_src(src) or set(token.attrs) - {"src", "alt"}:
                raise GateError(f"{where}image {src[:80]!r}, which is not a picture the pipeline copied")
            _check_inlines(token.children or [], where)  # the alt text
            continue
        if token.type == "myst_role" and token.meta.get("name") in _TEXT_ROLES:
            continue
        if token.type not in _INLINE_TOKENS:
            raise GateError(f"{where}unexpected {token.type!r} in text")
        if token.type == "link_open":
            href = str(token.attrs.get("href", ""))
            if _MENTION.fullmatch(href):
                continue
            parts = urlsplit(href)
            if parts.scheme not in _LINK_SCHEMES or (parts.scheme != "mailto" and not parts.hostname):
                raise GateError(f"{where}link to {href[:80]!r}, which is not an absolute http(s) or mailto URL")
