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
# is shown as a plain black flag).
_INVISIBLE = re.compile(
    "[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f"
    "\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069\ufff9-\ufffb\U000e0000-\U000e007f]"
)
_WHITESPACE = re.compile(r"\s+")
_ASCII_PUNCTUATION = re.compile(r"""([!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])""")


_CARRIAGE_RETURN = re.compile(r"\r\n?")


def clean_text(text: str) -> str:
    """NFC-normalise, drop control and invisible characters, and make every line
    break a ``\n`` (a lone carriage return would let a terminal overwrite a line).

    The one cleaning of scraped text for every output: pages as they are
    decoded (ingest.pipeline, ingest.html.decode), the site (here), the
    terminal and the files a curator edits (ingest.cli). A stray NUL, BEL or
    ESC among ordinary text is dropped and the text kept.
    """
    return _INVISIBLE.sub("", _CARRIAGE_RETURN.sub("\n", unicodedata.normalize("NFC", text)))


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
