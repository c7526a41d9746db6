"""Korean words for the search index: each word's morphemes, by Kiwi.

Korean writes particles and endings onto the word ("만추는" is 만추 + 는),
and Sphinx's search splits text at spaces only, so "만추" did not find a page
that says "만추는". For every run of text holding Hangul, the search
language (archive.entities.search) also indexes the content morphemes that
Kiwi (``kiwipiepy``, a maintained Korean morphological analyser whose model
ships on PyPI) finds: nouns, roots, numbers, foreign and Chinese-character
words; not particles, endings or affixes, which would match every page. The
browser stays static: a query word with a particle is looked up without it
there (archive/search_scorer.js).

Kiwi's model takes about a second to load, so it loads only when a page
holds Hangul, once per process.
"""

from __future__ import annotations

import re
from functools import cache

HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Kiwi's tags (Sejong tag set) of the morphemes worth searching for:
# general/proper/bound nouns, numerals, pronouns, roots, foreign words, hanja, numbers.
CONTENT_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "NP", "XR", "SL", "SH", "SN"})


@cache
def _kiwi():
    from kiwipiepy import Kiwi  # noqa: PLC0415 (a second to load; only pages with Hangul need it)

    return Kiwi()


def morphemes(text: str) -> list[str]:
    """The content morphemes of the Hangul in ``text``, in order; [] when it has none."""
    if not HANGUL.search(text):
        return []
    return [token.form for token in _kiwi().tokenize(text) if token.tag in CONTENT_TAGS and HANGUL.search(token.form)]
