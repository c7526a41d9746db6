"""Recognise files that are not pages at all, whatever their name says.

Scrapers save images, PDFs and archives under ``.html`` names. Telling the
curator what the file really is makes the one-line error actionable.
"""

from __future__ import annotations

from ingest.filetypes import file_type

_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")  # UTF-16 text has NUL bytes, yet is text
_SAMPLE = 8192
_MAX_CONTROL_SHARE = 0.1
# C0 controls that text does not contain (tab, newlines, form feed and ESC are allowed).
_CONTROL_BYTES = frozenset(range(32)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}


def binary_kind(data: bytes) -> str | None:
    """What a non-text file is ("a PDF document", "binary data"), or None for text."""
    if kind := file_type(data):  # the formats most often saved by mistake
        return kind.description
    if data.startswith(_UTF16_MARKS):
        return None
    sample = data[:_SAMPLE]
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    if b"\x00" in sample or controls > len(sample) * _MAX_CONTROL_SHARE:
        return "binary data"
    return None
