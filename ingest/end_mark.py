"""A press release's end mark, for both readers: the line that closes the release's text.

Press releases and wire copy close the story with a mark on a line of its own, a convention of news
writing older than the web: "-- ENDS --" or "ENDS" (British and European press offices), "###" and
"-30-" (American ones, from the telegraph's "30", the end of a dispatch); a transcript of an interview
closes with "[END OF TRANSCRIPT]" as press offices hand them out. What follows it is for the
editor, not the reader: the press officer's contact (a name, a telephone number, an e-mail address),
"Notes to editors", an "About the festival" paragraph. The mark ends the article; nothing under it is
body text, and its names are no people of the article.

A closed list of the convention's forms, not of pages read. A bare "ends" or "30" in lower case is a
word or a number of some list, so the bare forms need capitals ("ENDS") or the marks' dashes,
brackets or hashes around them.
"""

from __future__ import annotations

import re

_DASHES = r"[-–—]{1,3}"
# Matched against a whole line, trimmed, case-insensitively (the text reader's chrome patterns are).
END_MARK = (
    r"(?:(?-i:ENDS?)"  # "ENDS", alone and in capitals
    # "-- ENDS --", "- ends -", "— END —", "-30-", "- 30 -"; the first dash may be gone, read as a list's
    # bullet ("30 -"), or the last one ("-- ENDS").
    rf"|(?:{_DASHES}\s*)?(?:ends?|30)\s*{_DASHES}|{_DASHES}\s*(?:ends?|30)"
    r"|[\[(]\s*ends?\s*[\])]"  # "[ENDS]", "(ends)"
    r"|#\s?#\s?#"  # "###", "# # #"
    r"|[\[(]?\s*end of (?:press )?(?:release|transcript)\s*[\])]?)\.?"  # "[END OF TRANSCRIPT]": an interview's, likewise
)
_END_MARK = re.compile(END_MARK, re.IGNORECASE)


def is_end_mark(text: str) -> bool:
    """``text`` (a line, or a block's text) is a press release's end mark and nothing else
    ("-- ENDS --", "###", "- 30 -")."""
    return _END_MARK.fullmatch(" ".join(text.split())) is not None


# Essays set "###" or "# # #" between sections too. A press release's mark is followed by short lines
# (the contact's name, telephone, e-mail) and at most an "About" paragraph; an essay's by its next
# section, paragraphs of running prose. Two such paragraphs after the hashes make them a section break.
_HASHES = re.compile(r"#\s?#\s?#\.?")
SECTION_PROSE_PARAGRAPHS = 2
SECTION_BREAK_REASON = "section break"  # dropped, the article going on under it
_PROSE_WORDS = 20  # a paragraph of running prose: a sentence of this many words or more
_SENTENCE_END = re.compile(r"[.!?…。][\"'”’»)]*$")


def is_running_prose(text: str) -> bool:
    """A paragraph (or a dump's line) of running prose: a sentence of ``_PROSE_WORDS`` words or more."""
    return len(text.split()) >= _PROSE_WORDS and _SENTENCE_END.search(text.strip()) is not None


def is_section_break(mark: str, prose_after: int) -> bool:
    """Whether an end mark ``mark`` (:func:`is_end_mark`) is an essay's section break instead: hashes
    with ``prose_after`` (paragraphs of running prose after it, :func:`is_running_prose`; counting
    may stop at :data:`SECTION_PROSE_PARAGRAPHS`) at least :data:`SECTION_PROSE_PARAGRAPHS`."""
    return prose_after >= SECTION_PROSE_PARAGRAPHS and is_hashes(mark)


def is_hashes(mark: str) -> bool:
    """``mark`` is the hashes end mark ("###", "# # #"), the one form essays also write."""
    return _HASHES.fullmatch(" ".join(mark.split())) is not None
