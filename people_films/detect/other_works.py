"""Titles that are not films: songs, albums, books and publications by the words beside them
(:func:`other_work`), and events, prizes, channels and organisations (:func:`names_an_event`).
"""

from __future__ import annotations

import re

from people_films.cues import COMPANY_WORDS_UNSPACED, EVENT_WORDS, EVENT_WORDS_UNSPACED, PLACE_WORDS, PUBLICATION_BEFORE, is_event_head, is_film_word, is_other_work
from people_films.detect.words import LOOK_CHARS, MARKS, WORD

_PUBLICATION_BEFORE = re.compile(PUBLICATION_BEFORE)
# Literary forms named right before a title: "Murakami's short story “Barn Burning”", "die Erzählung „...“".
# Not among the other works' single words: "short" alone is a film word (a short film), which would cancel them.
_LITERARY_FORM_BEFORE = re.compile(r"\b(?:short[ -]stor(?:y|ies)|novella|novelette|kurzgeschichte|erzählung|novelle)$")


def other_work(text: str, start: int, end: int) -> bool:
    """Whether the title at ``text[start:end]`` is said by its neighbours to be a song, an album, a book or a
    publication ("the ballad “...”", "told *People*", "*Stellar* magazine"), with no film word as close."""
    before = text[max(0, start - LOOK_CHARS) : start].rstrip(MARKS).lower()
    before = re.split(r"[.!?][’”\"']*\s+|\n", before)[-1]  # the same sentence only
    if _PUBLICATION_BEFORE.search(before) or _LITERARY_FORM_BEFORE.search(before.rstrip()):
        return True
    near = [w.lower() for w in WORD.findall(before)[-3:]] + [w.lower() for w in WORD.findall(text[end : end + 40].lstrip(MARKS)[:40])[:1]]
    return any(is_other_work(w) for w in near) and not any(is_film_word(w) for w in near)


# A publication or an organisation speaks; a film does not: "Vogue asked Dion", "the *New Yorker* already called it".
_SPEAKS_AFTER = re.compile(
    r"^\s*(?:\w+ly\s+|already\s+)?(?:said|says|asked|asks|called|calls|reported|reports|wrote|writes|noted|notes|quoted|quotes)\b"
)


_EVENT_BEFORE = re.compile(r"\b(?:the|a|an|its|this|new)\s+(?:" + "|".join(sorted(EVENT_WORDS)) + r")\s*$", re.IGNORECASE)


# "the “New British Voices” season" is a programme; "the “Dark Water” season finale", "season 2" are television.
_EVENT_AFTER = re.compile(
    r"^\s*(?:(?:" + "|".join(sorted(EVENT_WORDS)) + r")\b|season\b(?!\s+(?:\d|one|two|three|four|five|finale|premiere|opener)))",
    re.IGNORECASE,
)


_EVENT_AFTER_UNSPACED = re.compile(r"^\s?(?:" + "|".join(sorted(EVENT_WORDS_UNSPACED)) + ")")


# A venue's kind right before the marks, any determiner or none: "das Restaurant *Falco*", "im Hotel „Linde“".
_PLACE_BEFORE = re.compile(r"(?:^|[^\w-])(?:" + "|".join(sorted(PLACE_WORDS)) + r")\s*$", re.IGNORECASE)


def names_an_event(text: str, start: int, end: int, title: str) -> bool:
    """Whether the title at ``text[start:end]`` (its marks around it) names an event, a prize, a channel, a
    publication or an organisation rather than a film: its last word says so (:data:`EVENT_HEADS`), a word
    beside the marks does ("<Women Directors Now> retrospective", "the section 'Bucheon Choice'", a venue's
    kind: "das Restaurant *Falco*"), or it speaks ("Vogue asked")."""
    words = WORD.findall(title)
    if (words and is_event_head(words[-1])) or title.startswith(COMPANY_WORDS_UNSPACED) or title.endswith(COMPANY_WORDS_UNSPACED):
        return True
    after = text[end : end + 60].lstrip(MARKS.replace(" ", ""))
    if _EVENT_AFTER.match(after.lstrip(",")) or _EVENT_AFTER_UNSPACED.match(after):
        return True
    before = text[max(0, start - 60) : start].rstrip(MARKS)
    return bool(_EVENT_BEFORE.search(before) or _PLACE_BEFORE.search(before) or _SPEAKS_AFTER.match(after))
