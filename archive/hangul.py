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

Kiwi's model takes seconds to load, so it loads only when a page holds
Hangul, once per process. Analysis is the cost that grows with the archive
(thousands of characters a second on the shared build machine), so each
distinct word is analysed once, on its own, and remembered: an archive
repeats its words, and a word's nouns rarely depend on the next word.
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


_analysed: dict[str, tuple[str, ...]] = {}  # word -> its content morphemes


def morphemes(text: str) -> list[str]:
    """The content morphemes of the Hangul words in ``text``, in order; [] when it has none."""
    if not HANGUL.search(text):
        return []
    words = [word for word in text.split() if HANGUL.search(word)]
    new = list(dict.fromkeys(word for word in words if word not in _analysed))
    for word, tokens in zip(new, _kiwi().tokenize(new), strict=True):
        _analysed[word] = tuple(token.form for token in tokens if token.tag in CONTENT_TAGS and HANGUL.search(token.form))
    return [form for word in words for form in _analysed[word]]
