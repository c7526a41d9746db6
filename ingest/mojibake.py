"""Repair mojibake: UTF-8 text that was once decoded as Windows-1252 ("fÃ¼r", "Itâ€™s").

Old CMS templates and feeds double-encode text, and a page or a select-all copy
of it keeps the damage. ftfy (Robyn Speer's library, made for exactly this)
undoes it and leaves text that is not mojibake alone. It is only asked about
text that holds the shape mojibake has, a UTF-8 lead byte read as Windows-1252
followed by continuation bytes read so: ftfy's own test of a whole page takes
about 47 ms for a typical 140 KB page, this regular expression about 4 ms.
On ../shared/bench/extraction-wide, 31 of 990 pages have the shape and ftfy
repairs 17 of them (titles, alt texts, body text in German and Spanish); none
of the benchmark's snippets holds mojibake.
"""

from __future__ import annotations

import re

# Windows-1252's characters for the bytes 0x80-0xBF, the continuation bytes of UTF-8.
_CONTINUATION = "\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_SHAPE = re.compile(f"[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}")
# What every match of _SHAPE starts with, as one character class: re skips ahead to its
# first character fast, which it cannot for _SHAPE's two branches (6x faster on a
# page's text, and a page almost never holds it, so _SHAPE is seldom run at all).
_SHAPE_START = re.compile(f"[\u00c2-\u00ef][{_CONTINUATION}]")


# The closing quote ” is E2 80 9D in UTF-8, and 0x9D is one of the five bytes Windows-1252
# leaves undefined: read as Windows-1252 it often vanishes, leaving a bare "â€" (“ and ’ keep
# their "œ" and "™"). ftfy, missing the byte, guesses "†" (E2 80 A0) before a space and leaves
# "â€," alone; restored, both read as the quote the page meant.
_LOST_CLOSING_QUOTE = re.compile(f"â€(?![{_CONTINUATION}])")


def repair_mojibake(text: str) -> str:
    """``text`` with UTF-8-read-as-Windows-1252 undone (``ftfy.fix_encoding``); the same
    string when it has no such shape."""
    if not (_SHAPE_START.search(text) and _SHAPE.search(text)) and "â€" not in text:
        return text
    import ftfy  # noqa: PLC0415 (0.1 s to import; most pages never need it)

    return ftfy.fix_encoding(_LOST_CLOSING_QUOTE.sub("â€\x9d", text))
