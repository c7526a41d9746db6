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
# UTF-16 saved without a byte-order mark (some Windows tools, some scrapers)
# is still recognisable: Latin letters, digits and markup are one NUL byte and
# one ASCII byte, so NULs fill one parity of the bytes and not the other.
# Binary data has NULs at both parities alike. A share of a fifth tolerates
# pages of mostly Korean or Chinese text (no NULs) inside ASCII markup.
_UTF16_MIN_NUL_SHARE = 0.2
_UTF16_MAX_OTHER_NUL_SHARE = 0.01
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
    if bomless_utf16(data):
        return None
    sample = data[:_SAMPLE]
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    if controls > len(sample) * MAX_CONTROL_SHARE:
        return "binary data"
    return None


def bomless_utf16(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when ``data`` reads as UTF-16 without a byte-order
    mark (NULs at one parity of its first 8 KiB, next to none at the other, and the
    sample decodes strictly to text that is not mostly control characters), else None."""
    sample = data[: _SAMPLE - _SAMPLE % 2]
    if len(sample) < 2 or len(data) % 2:
        return None
    half = len(sample) // 2
    even_nuls, odd_nuls = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    if odd_nuls >= _UTF16_MIN_NUL_SHARE and even_nuls <= _UTF16_MAX_OTHER_NUL_SHARE:
        encoding = "utf-16-le"
    elif even_nuls >= _UTF16_MIN_NUL_SHARE and odd_nuls <= _UTF16_MAX_OTHER_NUL_SHARE:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = sample[: len(sample) - 2].decode(encoding)  # the last unit may be half a surrogate pair
    except UnicodeDecodeError:
        return None
    controls = sum(1 for char in text if ord(char) in _CONTROL_BYTES)
    return None if controls > len(text) * MAX_CONTROL_SHARE else encoding


def unicode_text(data: bytes, errors: str = "replace") -> str | None:
    """``data`` decoded by the byte-order mark it starts with (what Windows editors write
    for "Unicode" text: UTF-16-LE), or as UTF-16 without one (``bomless_utf16``), or
    None when it is neither. Bytes the encoding does not allow become U+FFFD, or raise
    UnicodeDecodeError with ``errors="strict"``."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors=errors)
    if encoding := bomless_utf16(data):
        return data.decode(encoding, errors=errors)
    return None
