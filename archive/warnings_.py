"""The kinds of warning the archive's extensions log, one per ``suppress_warnings`` entry.

Every warning is logged with a type and subtype, so a site can silence one
kind in conf.py, as for Sphinx's own::

    suppress_warnings = ["archive.feed"]      # or str(ArchiveWarning.FEED)

Silencing ``archive.unsafe`` is never a good idea: it is how a build shows
that something got past the ingest's escaping (archive.safety).
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from sphinx.util.logging import SphinxLoggerAdapter

from ingest.sanitise import one_line


class ArchiveWarning(Enum):
    """(type, subtype) of each warning; ``str()`` gives the ``suppress_warnings`` entry."""

    UNSAFE = ("archive", "unsafe")  # the safety guard removed or refused something in an untrusted page
    CATALOG = ("archive", "catalog")  # the article catalog could not be read for a listing
    FEED = ("archive", "feed")  # no Atom feed written: the catalog could not be read
    CHART = ("archive", "chart")  # a {month-chart} line is not "YYYY-MM COUNT"
    REGISTRY = ("cine", "registry")  # registry/people.toml or films.toml has a problem
    UNKNOWN = ("cine", "unknown")  # a person or film directive names an id the registry lacks
    UNRESOLVED = ("cine", "unresolved")  # a mention points at no person or film page
    LINK = ("cine", "link")  # a people/films link is malformed

    @property
    def type(self) -> str:
        """Sphinx's warning type: the part before the dot in ``suppress_warnings``."""
        return self.value[0]

    @property
    def subtype(self) -> str:
        """Sphinx's warning subtype: the part after the dot."""
        return self.value[1]

    def __str__(self) -> str:
        return f"{self.type}.{self.subtype}"


def warn(logger: SphinxLoggerAdapter, kind: ArchiveWarning, message: str, *args: object, **kwargs: Any) -> None:
    """``logger.warning(message % args)`` as a warning of ``kind``; ``kwargs`` as for Sphinx (``location=``).
    Each argument but a number is made one clean line of text (:func:`ingest.sanitise.one_line`): they come from files
    a curator or a page wrote, and a registry key "\\u001b[2J\\nfake: line" cleared the terminal and
    printed a line of its own in the build's output (the ingest's own lines were already clean)."""
    args = tuple(arg if isinstance(arg, int | float) else one_line(str(arg)) for arg in args)  # a path, an error: their text too
    logger.warning(message, *args, type=kind.type, subtype=kind.subtype, **kwargs)
