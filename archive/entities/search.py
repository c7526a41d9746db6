"""English search that also knows how names are spelt.

Sphinx's search splits "Tae-yong" into "tae" + "yong", so a reader typing
"Taeyong" finds nothing, and "Yun" never finds "Yoon". This language
(registered for ``en``) indexes each hyphenated word also joined up, and
folds romanisation variants (:data:`people_films.names.ROMANISATION_FOLDS`) after
English stemming, in Python when indexing and in the browser, with the same
table, when querying. It keeps the built-in search: static, offline, works
from ``file://``, nothing to install (why not Pagefind: see docs-notes).
"""

from __future__ import annotations

import json
import re

from sphinx.search.en import SearchEnglish

from archive.compat import sphinx_stemmer_js
from archive.hangul import morphemes
from people_films.names import ROMANISATION_FOLDS

_HYPHENATED = re.compile(r"\w+(?:[-‐]\w+)+")


def fold_search_word(word: str) -> str:
    for written, folded in ROMANISATION_FOLDS:
        word = word.replace(written, folded)
    return word


def _stemmer_js() -> str:
    folds = json.dumps([list(pair) for pair in ROMANISATION_FOLDS])
    return "\n".join(
        (
            sphinx_stemmer_js("english"),
            f"const NAME_FOLDS = {folds};",
            "window.Stemmer = function () {",
            "  const english = new EnglishStemmer();",
            "  this.stemWord = (word) => NAME_FOLDS.reduce((w, [from, to]) => w.split(from).join(to), english.stemWord(word).toLowerCase());",
            "};",
        )
    )


class SearchEnglishNames(SearchEnglish):
    lang = "en"
    language_name = "English"
    js_stemmer_rawcode = ""  # the stemmer code is all in js_stemmer_code
    js_stemmer_code = _stemmer_js()

    def split(self, input: str) -> list[str]:  # noqa: A002 (Sphinx's signature)
        words = super().split(input)
        # Korean words also by their morphemes ("만추는" -> "만추"): archive/hangul.py
        return words + [word.replace("-", "").replace("‐", "") for word in _HYPHENATED.findall(input)] + morphemes(input)

    def __init__(self, options: dict[str, str]) -> None:
        # An archive repeats the same words thousands of times, and the search
        # index is fed in the main process even under -j: stem each word once.
        self._stems: dict[str, str] = {}
        super().__init__(options)

    def stem(self, word: str) -> str:
        stem = self._stems.get(word)
        if stem is None:
            stem = self._stems[word] = fold_search_word(super().stem(word).lower())
        return stem
