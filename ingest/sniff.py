"""Recognise files that are not pages at all, whatever their name says, and how text is encoded.

Scrapers save images, PDFs and archives under ``.html`` names. Telling the
curator what the file really is makes the one-line error actionable. Text
is Unicode by a byte-order mark or UTF-16's NUL bytes (:func:`unicode_text`),
else UTF-8, else in a legacy encoding that charset-normalizer recognises
(:func:`guess_encoding`, shared by the HTML and the text-dump readers).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import charset_normalizer

from ingest.filetypes import file_type

# Byte-order marks, longest first so UTF-32-LE is not mistaken for UTF-16-LE.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
BYTE_ORDER_MARKS = tuple(bom for bom, _ in _BOMS)
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
    if data.startswith(BYTE_ORDER_MARKS):  # UTF-16 and UTF-32 text has NUL bytes, yet is text
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


# Labels that browsers map to a wider superset (WHATWG Encoding Standard):
# decoding with the superset loses nothing and accepts what real pages contain.
WIDER_ENCODINGS = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "euc-kr": "cp949",
    "euc_kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
}
# When the detector finds several near-equal single-byte fits, the web's most
# common one wins (WHATWG's fallback for unlabelled Western pages).
_PREFERRED_FALLBACK = "cp1252"
_NEAR_CHAOS = 0.1


# The Windows ("ANSI") code page of each language's locales (Microsoft's National
# Language Support tables), by BCP 47 primary tag. Single-byte code pages decode
# each other's bytes without error, and charset-normalizer scores Czech text read
# as CP1252 ("P\u00f8ehl\u00eddka") as clean as read as CP1250 ("P\u0159ehl\u00eddka"): a page
# that states its language settles the tie (extractus/article-extractor#386).
CODE_PAGE_OF_LANGUAGE = {
    **dict.fromkeys(("cs", "sk", "pl", "hu", "sl", "hr", "bs", "ro", "sq"), "cp1250"),
    **dict.fromkeys(("ru", "uk", "be", "bg", "mk", "sr", "kk"), "cp1251"),
    "el": "cp1253",
    **dict.fromkeys(("tr", "az"), "cp1254"),
    **dict.fromkeys(("he", "yi"), "cp1255"),
    **dict.fromkeys(("ar", "fa", "ur"), "cp1256"),
    **dict.fromkeys(("lt", "lv", "et"), "cp1257"),
    "vi": "cp1258",
    "th": "cp874",
}


@dataclass(frozen=True)
class Guess:
    """charset-normalizer's reading of bytes that are not UTF-8."""

    encoding: str  # a Python codec name, widened (WIDER_ENCODINGS)
    chaos: float  # its "mess" measure of the decoded text: 0 reads as text, 1 is noise


def guess_encoding(data: bytes, language: str = "") -> Guess | None:
    """The likeliest encoding of ``data`` by charset-normalizer, or None when none fits the bytes.
    ``language``, a BCP 47 tag the page states ("cs", "pl-PL"), picks its Windows code page
    among near-equal fits (CODE_PAGE_OF_LANGUAGE); without one, CP1252 wins such a tie."""
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    best = min(matches, key=lambda m: m.chaos)
    near = [m for m in matches if m.chaos <= best.chaos + _NEAR_CHAOS]
    stated = CODE_PAGE_OF_LANGUAGE.get(language.split("-")[0].strip().lower())
    chosen = next((m for m in near if m.encoding == stated), None) or next((m for m in near if m.encoding == _PREFERRED_FALLBACK), best)
    # Encodings that decode these bytes to the same text are one match; name the web's usual one.
    encoding = _PREFERRED_FALLBACK if _PREFERRED_FALLBACK in chosen.could_be_from_charset else chosen.encoding
    return Guess(WIDER_ENCODINGS.get(encoding, encoding), chosen.chaos)


def mostly_utf8(data: bytes) -> bool:
    """Whether ``data``, not valid UTF-8, is UTF-8 with a few broken bytes: more of its
    characters beyond ASCII decode than fail. Legacy encodings rarely form UTF-8's byte
    sequences: EUC-KR, Shift-JIS and GB18030 text gave at most 0.32 decoded per failed
    (the Korean, Japanese and Chinese test dumps), single-byte code pages none."""
    text = data.decode("utf-8", errors="replace")
    failed = text.count("\ufffd")
    decoded = sum(1 for char in text if char > "\x7f") - failed
    return decoded > failed
