"""Recognise files that are not pages at all, whatever their name says.

Scrapers save images, PDFs and archives under ``.html`` names. Telling the
curator what the file really is makes the one-line error actionable.
"""

from __future__ import annotations

import codecs

from ingest.filetypes import file_type

# Byte-order marks, longest first so UTF-32-LE is not mistaken for UTF-16-LE.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SAMPLE = 8192
# Text saved by a browser or a scraper can carry a few stray NUL, BEL or ESC
# bytes (browsers show such pages; the ingest cleans them out). Binary formats
# are full of them: uniformly random bytes are 10.9% C0 controls, and most
# formats have runs of NUL. So only a share above this is "not text".
MAX_CONTROL_SHARE = 0.05
# C0 controls that text does not contain (tab, newlines and form feed are text).
_CONTROL_BYTES = frozenset(range(32)) - {0x09, 0x0A, 0x0C, 0x0D}


def binary_kind(data: bytes) -> str | None:
    """What a non-text file is ("a PDF document", "binary data"), or None for text."""
    if kind := file_type(data):  # the formats most often saved by mistake
        return kind.description
    if data.startswith(tuple(bom for bom, _ in _BOMS)):  # UTF-16 and UTF-32 text has NUL bytes, yet is text
        return None
    sample = data[:_SAMPLE]
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    if controls > len(sample) * MAX_CONTROL_SHARE:
        return "binary data"
    return None


def text_from_bom(data: bytes, errors: str = "replace") -> str | None:
    """``data`` decoded by the byte-order mark it starts with (what Windows editors write
    for "Unicode" text: UTF-16-LE), or None when it starts with none. Bytes the
    encoding does not allow become U+FFFD, or raise UnicodeDecodeError with
    ``errors="strict"``."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors=errors)
    return None
