"""Defence in depth for pages made from scraped text.

The ingest escapes every scraped string and its gate re-parses each file, so
none of this should ever fire. It is here so that a bug in escaping still
cannot read or copy a file of the build machine, run code, or put a script
or a ``javascript:`` link on the site (SECURITY-NOTES.md, "Sphinx config").
It acts only on *untrusted* documents (:func:`untrusted_patterns`) and warns
whenever it acts, so the build's exit status shows that something got past
the ingest, while the rest of the site still builds.

* :func:`guard_front_matter` (``source-read``): front matter keys outside the
  ingest's allow-list are removed before MyST reads them; a ``myst:`` key
  could turn raw HTML or Jinja substitutions back on for the page.
* :class:`UntrustedContentFilter` (a transform at priority 870, before Sphinx
  registers images and downloads for copying at 880): drops raw and meta
  nodes, toctrees, images that are neither http(s) nor the ingest's own
  ``_assets/<sha256>.<ext>`` copies (beside the articles), downloads, and unwraps links
  whose scheme is not http, https or mailto.
* :func:`refuse_in_untrusted` wraps directives that read files, emit raw
  output, or make links and images from their options; in an untrusted
  document they produce nothing.
"""

from __future__ import annotations

import fnmatch
import posixpath
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

import yaml
from docutils import nodes
from docutils.parsers.rst import Directive, directives
from docutils.parsers.rst.languages import en
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.transforms import SphinxTransform
from sphinx.util import logging
from sphinx.util.docutils import is_directive_registered

from archive.compat import TopmatterReadError, read_topmatter
from archive.warnings_ import ArchiveWarning, warn
from ingest.assets import is_asset_src
from ingest.frontmatter import ALLOWED_KEYS

logger = logging.getLogger(__name__)

# Patterns on docnames; a leading "!" excludes. Everything in the articles folder
# is untrusted except the listing pages ingest.listing writes from slugs only
# (index, YYYY-MM, YYYY, undated), which need their toctrees; an article's own
# name can never take those shapes, as it always ends in a hyphen and 8 hex
# digits (ingest.paths.slug). The folders come from the config values that name
# them, so renaming a folder cannot make its pages trusted.
def untrusted_patterns(articles: str, people: str, films: str, more: Iterable[str] = ()) -> list[str]:
    """The docname patterns of pages made from scraped text, for these three folders and ``more``."""
    return [
        f"{articles}/*", f"!{articles}/index", f"!{articles}/undated", f"!{articles}/[0-9][0-9][0-9][0-9]",
        f"!{articles}/[0-9][0-9][0-9][0-9]-[0-9][0-9]",
        f"{people}/*", f"!{people}/index", f"{films}/*", f"!{films}/index", *more,
    ]  # fmt: skip


DEFAULT_UNTRUSTED = untrusted_patterns("articles", "people", "films")


def config_untrusted_patterns(config: Config) -> list[str]:
    """:func:`untrusted_patterns` for the folders a site's config names."""
    articles = posixpath.dirname(config.archive_catalog)
    return untrusted_patterns(articles, config.archive_people_dir, config.archive_films_dir, config.archive_untrusted_docs)


# The ingest's keys, and Sphinx's own ``orphan`` (the generated person and film
# pages are in no toctree); nothing that reaches MyST's settings.
FRONT_MATTER_KEYS = frozenset(ALLOWED_KEYS) | {"orphan"}
SAFE_LINK_SCHEMES = {"http", "https", "mailto"}
SAFE_IMAGE_SCHEMES = {"http", "https"}
# Directives that read files, emit raw output, change roles, build toctrees,
# or turn option values into images and links (SECURITY-NOTES.md rows 3-11, 20).
REFUSED_DIRECTIVES = (
    "include", "literalinclude", "raw", "csv-table", "image", "figure", "meta", "toctree",
    "role", "default-role", "card", "grid-item-card", "button-link", "button-ref",
)  # fmt: skip


def is_untrusted(docname: str, patterns: list[str]) -> bool:
    """Whether ``docname`` matches a pattern of ``patterns`` (fnmatch) and no ``!`` pattern."""
    untrusted = False
    for pattern in patterns:
        if pattern.startswith("!"):
            if fnmatch.fnmatchcase(docname, pattern[1:]):
                return False
        elif fnmatch.fnmatchcase(docname, pattern):
            untrusted = True
    return untrusted


def _warn(message: str, *args: object, location: object) -> None:
    warn(logger, ArchiveWarning.UNSAFE, message, *args, location=location)


# --- front matter ---------------------------------------------------------------


def guard_front_matter(app: Sphinx, docname: str, source: list[str]) -> None:
    """``source-read``: drop front matter keys outside the allow-list from an untrusted page, warning."""
    if not is_untrusted(docname, config_untrusted_patterns(app.config)):
        return
    cleaned = allowed_front_matter(source[0])
    if cleaned is not None:
        _warn("front matter keys outside the allow-list removed", location=docname)
        source[0] = cleaned


def allowed_front_matter(text: str) -> str | None:
    """``text`` with only allow-listed front matter keys, or None if it has no others.

    Reads the block with MyST's own ``read_topmatter`` (a first line starting
    with ``---``, up to a line starting with ``---`` or ``...``).
    """
    try:
        values = read_topmatter(text)
    except TopmatterReadError:
        return None  # MyST reports it itself, and none of it takes effect
    if not values or set(values) <= FRONT_MATTER_KEYS:
        return None
    lines = text.splitlines(keepends=True)
    end = next((i for i in range(1, len(lines)) if lines[i].startswith(("---", "..."))), len(lines))
    kept = {key: value for key, value in values.items() if key in FRONT_MATTER_KEYS}
    dumped = yaml.safe_dump(kept, allow_unicode=True, sort_keys=False) if kept else ""
    return f"---\n{dumped}---\n" + "".join(lines[end + 1 :])


# --- doctree ----------------------------------------------------------------------


# What MyST writes for a hard line break (render_hardbreak): fixed text, no page content.
_HARD_BREAKS = {("html", "<br />\n"), ("latex", "\\\\\n")}


def _is_hard_break(node: nodes.raw) -> bool:
    return (node.get("format"), node.astext()) in _HARD_BREAKS


def _scheme(uri: str) -> str:
    try:
        return urlsplit(uri.strip()).scheme.lower()
    except ValueError:
        return "?"


class UntrustedContentFilter(SphinxTransform):
    """Removes raw HTML, toctrees, foreign images, downloads and unsafe links from untrusted pages."""
    default_priority = 870  # before DoctreeReadEvent (880), which queues image and download copies

    def _allowed_image(self, uri: str) -> bool:
        """An http(s) picture, or one the ingest copied into the articles folder's ``_assets/``."""
        if _scheme(uri) in SAFE_IMAGE_SCHEMES:
            return True
        # Relative URIs resolve against the page's folder: only an article's resolves to the ingest's own.
        articles_folder = posixpath.dirname(self.config.archive_catalog)
        return is_asset_src(uri) and posixpath.dirname(self.env.docname) == articles_folder

    def apply(self, **kwargs: Any) -> None:
        """Filter this document if it is untrusted, warning (archive.unsafe) for each node removed."""
        if not is_untrusted(self.env.docname, config_untrusted_patterns(self.config)):
            return
        for node in list(self.document.findall(nodes.Element)):
            if isinstance(node, nodes.raw) and _is_hard_break(node):
                continue  # MyST's own rendering of a line break (a backslash at a line's end)
            if isinstance(node, (nodes.raw, nodes.meta, addnodes.toctree)):
                _warn("%s removed", node.tagname, location=node)
                node.parent.remove(node)
            elif isinstance(node, nodes.image) and not self._allowed_image(node.get("uri", "")):
                _warn("image %r removed: neither an http(s) URL nor a picture the ingest copied", node.get("uri", "")[:80], location=node)
                node.parent.remove(node)
            elif isinstance(node, addnodes.download_reference):
                _warn("download of %r removed", node.get("reftarget", "")[:80], location=node)
                node.replace_self(nodes.inline("", "", *node.children))
            elif isinstance(node, nodes.reference) and "refuri" in node and _scheme(node["refuri"]) not in SAFE_LINK_SCHEMES:
                _warn("link to %r removed: not an http(s) or mailto URL", node["refuri"][:80], location=node)
                node.replace_self(nodes.inline("", "", *node.children))


# --- directives ---------------------------------------------------------------------


def refuse_in_untrusted(directive: type[Directive]) -> type[Directive]:
    """``directive``, except that in an untrusted document it warns and yields nothing."""

    class Refused(directive):  # type: ignore[misc,valid-type]
        def run(self) -> list[nodes.Node]:
            env = self.state.document.settings.env
            if is_untrusted(env.docname, config_untrusted_patterns(env.config)):
                _warn("directive %r refused in an untrusted page", self.name, location=(env.docname, self.lineno))
                return []
            return super().run()

    Refused.__name__ = Refused.__qualname__ = f"Refused{directive.__name__}"
    return Refused


def setup_safety(app: Sphinx) -> None:
    """Guard untrusted pages: front matter at source-read, the doctree filter, refused directives."""
    app.connect("source-read", guard_front_matter)
    app.add_transform(UntrustedContentFilter)
    for name in REFUSED_DIRECTIVES:
        # Registered by Sphinx or an extension listed before "archive", or built into docutils.
        if is_directive_registered(name) or name in en.directives:
            directive, _ = directives.directive(name, en, None)
            app.add_directive(name, refuse_in_untrusted(directive), override=True)
