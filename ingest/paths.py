"""Where each generated file goes. Pure functions: no file system access."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import PurePosixPath

MAX_SLUG_WORDS_CHARS = 60


def slug(title: str, source: str) -> str:
    """A file name for an article: readable, ASCII, unique per source.

    The hash of the source (its path in the corpus) keeps two articles with
    the same title apart and makes reserved names (``index``, ``search``,
    ``genindex``) and hostile ones (``../x``) impossible.
    """
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    words = words[:MAX_SLUG_WORDS_CHARS].rstrip("-") or "article"
    digest = hashlib.sha1(source.encode("utf-8")).hexdigest()[:8]
    return f"{words}-{digest}"


def article_path(title: str, source: str) -> PurePosixPath:
    """The article's path relative to the articles folder."""
    return PurePosixPath(slug(title, source) + ".md")
