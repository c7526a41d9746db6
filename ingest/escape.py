"""The one place where scraped text is made inert for MyST.

Every piece of page text that reaches a generated ``.md`` file passes through
:func:`escape_inline` (prose) or :func:`fence` (preformatted text). The rule is
deliberately blunt, as verified in ``SECURITY-NOTES.md``: normalise, strip the
characters that hide or reorder text, fold whitespace, and put a backslash
before *every* ASCII punctuation character. CommonMark treats a backslash
before any ASCII punctuation as a literal, so the reader sees exactly the text
and MyST sees no role, directive, target, comment, HTML, math or link.
"""

from __future__ import annotations

import re
import unicodedata

# C0/C1 controls (except tab/newline, which whitespace folding handles), the
# zero-width and bidi-override characters that can hide or reorder text, the
# interlinear annotation marks (U+FFF9-FFFB, which tell a renderer to hide or
# move the text between them), and the tag characters (U+E0000-E007F: an
# invisible copy of ASCII, so a whole sentence no reader or curator sees could
# ride along; the only visible use, the flags of England, Scotland and Wales,
# is shown as a plain black flag), the Hangul fillers (U+115F, U+1160, U+3164,
# U+FFA0: letters by category, so a name detector takes them for part of a
# name, yet drawn as nothing; modern Korean, composed by NFC, never holds them:
# "Bong Jo\u3164on-ho" looked like Bong Joon-ho and took his page's address),
# the invisible mathematical operators (U+2061-2064), the Mongolian vowel
# separator (U+180E, no longer a space since Unicode 6.3) and the soft hyphen
# (U+00AD: a CMS's hyphenation hint, drawn only at a line's end; kept, it cut
# names in two for detection, "Sven Schrei<SHY>vogel", and hid the word from
# the site's search, which found "Schreivogel" nowhere), and lone surrogates
# (U+D800-DFFF: no character; a JSON-LD escape "\ud800" makes one, and no UTF-8
# output can hold it: inspect stopped with a traceback).
# The Private Use Areas (U+E000-F8FF, planes 15 and 16) go too: on a web page they are an icon
# font's glyphs (Font Awesome's star is U+F005), drawn only with the site's font; the archive has
# none, so they showed as empty boxes in the text ("Rating: \uf005\uf005") and no reader, screen
# reader or search can read them (field report: icon-font characters, vorillaz/devicons#51).
# A CJK page's gaiji (a rare kanji or hanja a site draws with its own font at a private code point)
# goes with them: the archive cannot draw it either, and the text loses that character.
_INVISIBLE = re.compile(
    "[\u0000-\u0008\u00ad\u000b\u000c\u000e-\u001f\u007f-\u009f"
    "\u200b\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069\ufff9-\ufffb\U000e0000-\U000e007f"
    "\u115f\u1160\u3164\uffa0\u180e\ud800-\udfff\ue000-\uf8ff\U000f0000-\U0010ffff]"
)
# Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt, Unicode 15):
# characters drawn as nothing. Running text keeps those _INVISIBLE spares, which
# have real uses there (the joiners of Persian, Indic scripts and emoji, the
# direction marks of Arabic and Hebrew, soft hyphens, variation selectors), but
# a name never needs them: two spellings a reader cannot tell apart are one
# name, shown without them (people_films.review.gather).
_DEFAULT_IGNORABLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)
# Compatibility characters that are another character drawn in another shape, folded to it
# (NFKC, for these blocks only): a typesetter's or a PDF's ligatures ("\ufb01lm", U+FB00-FB06 and
# Armenian's U+FB13-FB17), half-width katakana (U+FF61-FF9F: "\uff7c\uff88\uff8f", old Japanese
# systems' JIS X 0201 set) and the mathematical alphanumerics (U+1D400-1D7FF) that social posts use
# as bold or script letters. Kept, "film" found no "\ufb01lm" in the site's search (pymupdf#3660),
# "\u30b7\u30cd\u30de" no "\uff7c\uff88\uff8f" (hexenq/kuroshiro#55), and a screen reader spelt
# "\U0001d5e6\U0001d5ee\U0001d5f9\U0001d601" letter by letter (nvaccess/nvda#16616). Full-width
# Latin letters and signs are a CJK page's own typography, and stay as written.
_COMPATIBILITY_FORMS = re.compile("[\ufb00-\ufb06\ufb13-\ufb17\uff61-\uff9f\U0001d400-\U0001d7ff]+")
_WHITESPACE = re.compile(r"\s+")
_ASCII_PUNCTUATION = re.compile(r"""([!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])""")


_CARRIAGE_RETURN = re.compile(r"\r\n?")


# What a browser does to an address before it parses it (WHATWG URL Standard, basic URL parser):
# C0 controls and spaces at either end stripped, every tab and line break removed. A space inside
# stays, and is sent percent-encoded: dropping it linked "press kit.pdf" as "presskit.pdf", a file
# that is not there (field report: a link address with spaces, markedjs/marked#1639).
_URL_EDGE = "".join(map(chr, range(0x21)))
_URL_TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")


# An address of the web's schemes, or one relative to the page (whose own is one), reads a backslash
# before its query or fragment as a slash (WHATWG URL Standard, "special" schemes: whatwg/url#346):
# "https:\\example.org\films" is https://example.org/films, "\press\kit.pdf" the site's /press/kit.pdf.
# Kept, urljoin took both for paths under the page's own folder, addresses that are not there.
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_SPECIAL_SCHEMES = frozenset({"http", "https", "ftp", "ws", "wss", "file"})


def href_as_browsers_read(href: str) -> str:
    """``href`` as a browser reads it: no controls or spaces at its ends, no tab or line break, and in an
    address of the web's schemes or a relative one, a backslash before the query or fragment a slash."""
    href = _URL_TAB_OR_NEWLINE.sub("", href.strip(_URL_EDGE))
    scheme = _SCHEME.match(href)
    if "\\" not in href or (scheme and scheme.group(1).lower() not in _SPECIAL_SCHEMES):
        return href
    end = min((at for at in (href.find("?"), href.find("#")) if at >= 0), default=len(href))
    return href[:end].replace("\\", "/") + href[end:]


def clean_text(text: str) -> str:
    """NFC-normalise, drop control, invisible and private-use characters, fold ligatures,
    half-width katakana and mathematical letters to the characters they stand for, and make
    every line break a ``\n`` (a lone carriage return would let a terminal overwrite a line).

    The one cleaning of scraped text for every output: pages as they are
    decoded (ingest.pipeline, ingest.html.decode), the site (here), the
    terminal and the files a curator edits (ingest.cli). A stray NUL, BEL or
    ESC among ordinary text is dropped and the text kept.
    """
    # Folded and dropped before NFC, so that what they leave beside a combining mark is composed in
    # this pass ("\U0001d41e\u0301" -> "é", not "e\u0301" and "é" on a second pass): idempotent.
    text = _COMPATIBILITY_FORMS.sub(lambda run: unicodedata.normalize("NFKC", run.group()), text)
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", _CARRIAGE_RETURN.sub("\n", text)))


def without_ignorables(text: str) -> str:
    """``text`` without the characters Unicode draws as nothing (Default_Ignorable_Code_Point): for names."""
    return _DEFAULT_IGNORABLE.sub("", text)


def fold_whitespace(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def escape_inline(text: str) -> str:
    """Scraped text -> one line of MyST that renders as exactly that text."""
    return _ASCII_PUNCTUATION.sub(r"\\\1", fold_whitespace(clean_text(text)))


def fence(text: str, info: str = "text") -> str:
    """A code fence that no backtick run inside ``text`` can close early."""
    body = clean_text(text).rstrip("\n")
    longest = max((len(run) for run in re.findall(r"`+", body)), default=0)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}{info}\n{body}\n{ticks}"
