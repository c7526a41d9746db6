"""The function words (articles, prepositions, pronouns, auxiliaries) of an article's language.

A capitalised word opening a sentence is a name only if it is not one of them: Italian "Alla" (at the)
and "Nella" (in the) are given names too, "Alla Mostra di Venezia ..." names a festival, no one. The
lists are the Snowball project's stop words, as Sphinx (a dependency already) ships them for its search
languages; the article's language is the one whose stop words make the largest share of its words in
lower case, as stop-word language identification does (Cavnar and Trenkle's alternative; justext's way).
"""

from __future__ import annotations

import importlib
from collections import Counter
from functools import lru_cache

# At least this share of an article's words in lower case are one language's stop words before it is read
# as written in that language: running prose in any of them writes about four in ten.
LANGUAGE_SHARE = 0.3
# English is the detector's own language, whose sentence openers it already knows (words.SENTENCE_OPENERS),
# and its stop words hold given names ("Will"); Japanese and Chinese are not written in capitals.
_NOT_READ = frozenset({"en", "ja", "zh"})


@lru_cache(maxsize=1)
def _stop_words() -> dict[str, frozenset[str]]:
    # Sphinx names each search language's class (an import path, or the class itself); imported on first use only.
    from sphinx.search import languages  # noqa: PLC0415

    lists = {}
    for code, language in languages.items():
        if code in _NOT_READ:
            continue
        if isinstance(language, str):
            module, _, name = language.rpartition(".")
            language = getattr(importlib.import_module(module), name)
        lists[code] = frozenset(language.stopwords)
    return lists


def function_words(counts: Counter, language: str = "") -> frozenset[str]:
    """The stop words of the language ``counts`` (an article's words as written -> occurrences) is written in,
    when it is one of Sphinx's search languages other than English: ``language`` (BCP 47 primary tag), when the
    article's is known; else the one whose stop words cover :data:`LANGUAGE_SHARE` of the words in lower case.
    Empty otherwise (an English article, too little text)."""
    if language:
        return _stop_words().get(language, frozenset())
    lower = {word: n for word, n in counts.items() if word.islower()}
    total = sum(lower.values())
    if not total:
        return frozenset()
    shares = {code: sum(n for word, n in lower.items() if word in stop) / total for code, stop in _stop_words().items()}
    code = max(shares, key=lambda c: (shares[c], c))
    return _stop_words()[code] if shares[code] >= LANGUAGE_SHARE else frozenset()
