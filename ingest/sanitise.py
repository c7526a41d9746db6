"""Metadata a reader found -> metadata fit to publish.

Metadata values do not pass through :func:`ingest.escape.escape_inline` on
every path (front matter and the catalog hold them as data, and the listing
cards show them as text nodes), so they are cleaned here, once, for every
reader: no control, zero-width or bidi characters, no line breaks, and a
title of a length a heading and a file name can carry.
"""

from __future__ import annotations

from dataclasses import fields

from ingest import model
from ingest.escape import clean_text, fold_whitespace

MAX_TITLE_CHARS = 300


def one_line(text: str) -> str:
    """Scraped text as one clean line (nothing hidden, nothing reordered)."""
    return fold_whitespace(clean_text(text))


def clean_metadata(meta: model.Metadata, name: str) -> list[str]:
    """Clean every value in place; returns warnings naming the page ``name``."""
    for field in fields(meta):
        value = getattr(meta, field.name)
        if isinstance(value, str):
            setattr(meta, field.name, one_line(value))
        elif isinstance(value, list):
            setattr(meta, field.name, [cleaned for item in value if (cleaned := one_line(str(item)))])
    if len(meta.title) <= MAX_TITLE_CHARS:
        return []
    meta.title = shortened(meta.title, MAX_TITLE_CHARS)
    return [f"{name}: title longer than {MAX_TITLE_CHARS} characters; shortened"]


def shortened(text: str, limit: int) -> str:
    """``text``'s first ``limit`` characters, cut back to a word's end, with "…" after them."""
    return text[:limit].rsplit(" ", 1)[0].rstrip() + "…"
