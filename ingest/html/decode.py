"""Bytes -> str for scraped HTML pages.

Order of trust: a byte-order mark first, then the charset the page declares
(HTTP-equiv / meta charset / XML declaration) but only when the bytes really
decode with it, then charset-normalizer's guess.  Pages often declare the
wrong charset (a CMS template saying ISO-8859-1 around UTF-8 text), so the
declaration is a hint to check, never a fact.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer.constant import IANA_SUPPORTED
from charset_normalizer.md import mess_ratio

from ingest.errors import PageError
from ingest.escape import clean_text
from ingest.mojibake import repair_mojibake
from ingest.sniff import MAX_CONTROL_SHARE, WIDER_ENCODINGS, guess_encoding, unicode_text

# Only the head of the page may declare the charset (HTML spec: first 1024 bytes;
# real pages put long <script>s first, so look a little further).
_DECLARATION_WINDOW = 8192
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# The language the page states on its root element (<html lang="cs">), a hint for
# the code page of a page whose bytes are no UTF-8 (ingest.sniff.CODE_PAGE_OF_LANGUAGE).
_STATED_LANGUAGE = re.compile(rb"""<html[^>]*?\slang\s*=\s*["']?\s*([A-Za-z]{2,3})""", re.I)
_XML_DECLARED = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)

# The charsets a declaration may name: charset-normalizer's list of the character
# encodings Python decodes. Python's codec registry also holds codecs that are no
# charset at all, and a page may name any of them: "zlib" or "base64" (not text
# encodings: LookupError), "undefined" (always fails), "unicode_escape" (reads
# backslashes as escapes), "punycode" (its decoder's time grows with the square of
# the input: one 80 KB run took 2.5 s, a 20 MiB page would take hours). UTF-7 is
# left out too: browsers never decode it (WHATWG Encoding Standard), so a page
# saying it was never read that way.
_CHARSETS = frozenset(codecs.lookup(name).name for name in IANA_SUPPORTED) - {codecs.lookup("utf-7").name}

# A single-byte codec decodes any bytes; above this charset-normalizer "mess"
# ratio the result is mojibake (e.g. CP949 bytes read as Latin-1).
_MAX_MESS = 0.2
_SINGLE_BYTE_PREFIXES = ("cp125", "iso8859", "latin", "koi8", "mac", "cp4", "cp8")

# Too many of these in decoded text means the bytes were not text at all
# (the same share as for the raw bytes, ingest.sniff; a few are cleaned out).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def declared_charset(data: bytes) -> str | None:
    """The charset named in the page's head, normalised to a Python codec name, or None
    (also for a name that is no charset, such as ``zlib`` or ``punycode``: see _CHARSETS)."""
    head = data[:_DECLARATION_WINDOW]
    match = _XML_DECLARED.search(head) or _DECLARED.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii", "replace").strip().lower()
    label = WIDER_ENCODINGS.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return name if name in _CHARSETS else None


def _from_declaration(data: bytes) -> str | None:
    encoding = declared_charset(data)
    if encoding is None or encoding.startswith("utf-16") or encoding.startswith("utf-32"):
        # A UTF-16 page cannot declare itself in ASCII bytes; such a label is a template bug.
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if encoding.startswith(_SINGLE_BYTE_PREFIXES):
        # Almost every byte string decodes with a single-byte codec, so the
        # label only counts when the bytes are not valid UTF-8 and the text
        # does not read as mojibake.
        if _looks_like_utf8(data) or mess_ratio(text[:65536], _MAX_MESS) >= _MAX_MESS:
            return None
    return text


def _looks_like_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return any(b >= 0x80 for b in data)


def _from_detector(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    stated = _STATED_LANGUAGE.search(data[:_DECLARATION_WINDOW])
    guess = guess_encoding(data, stated.group(1).decode("ascii") if stated else "")
    return None if guess is None else data.decode(guess.encoding, errors="replace")


def decode_html(data: bytes) -> str:
    """Decode a page's bytes to text, or raise PageError when they are not text."""
    if not data or not data.strip():
        raise PageError("empty page")
    text = unicode_text(data)
    if text is None:
        text = _from_declaration(data)
    if text is None:
        text = _from_detector(data)
    if text is None:
        raise PageError("binary data: no text encoding fits the bytes")
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > MAX_CONTROL_SHARE:
        raise PageError("binary data: decoded text is mostly control characters")
    return clean_text(repair_mojibake(text))  # a few stray control bytes: dropped, the page kept
