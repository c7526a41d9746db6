"""English search that also knows how names are spelt, and reads Chinese and Japanese.

Sphinx's search splits "Tae-yong" into "tae" + "yong", so a reader typing
"Taeyong" finds nothing, and "Yun" never finds "Yoon". This language
(registered for ``en``) indexes each hyphenated word also joined up, and
folds romanisation variants (:data:`people_films.names.ROMANISATION_FOLDS`) after
English stemming, in Python when indexing and in the browser, with the same
table, when querying. It keeps the built-in search: static, offline, works
from ``file://``, nothing to install (why not Pagefind: see docs-notes).

Korean is indexed by morpheme as well (archive/hangul.py); Chinese and
Japanese, which write no spaces, by overlapping character pairs
(:func:`character_pairs`).
"""

from __future__ import annotations

import json
import re
import unicodedata

from sphinx.search.en import SearchEnglish

from archive.compat import sphinx_stemmer_js
from archive.hangul import morphemes
from ingest.scripts import UNSPACED
from people_films.names import ROMANISATION_FOLDS

_HYPHENATED = re.compile(r"\w+(?:[-‐]\w+)+")
_UNSPACED_RUN = re.compile(f"({UNSPACED.pattern}+)")


def character_pairs(word: str) -> list[str]:
    """``word`` with each run of Chinese or Japanese characters as its overlapping pairs.

    Those scripts write no spaces, so Sphinx's splitter (``\\w+``) took a whole
    clause for one word and "电影" (film) found nothing. Overlapping pairs
    (bigrams) are how search engines index them without a dictionary, as
    Lucene's CJKAnalyzer does: "王家卫的电影" -> 王家, 家卫, 卫的, 的电, 电影, and a
    query is split the same way in the browser (:data:`_SPLITTER_JS`), every
    pair required. A run of one character is kept whole; other scripts'
    letters stay one word ("IMAX版本" -> IMAX, 版本).
    """
    pieces: list[str] = []
    for piece in _UNSPACED_RUN.split(word):
        if not UNSPACED.match(piece):
            pieces += [piece] if piece else []
        elif len(piece) == 1:
            pieces.append(piece)
        else:
            pieces += [piece[i : i + 2] for i in range(len(piece) - 1)]
    return pieces


# The browser's side of character_pairs: Sphinx's default splitQuery
# (searchtools.js) as splitWords (archive/search_scorer.js matches phrases and
# highlights by the words as typed), then the same pairs; the character class
# is UNSPACED's.
_SPLITTER_JS = "\n".join(
    (
        f"const UNSPACED_RUN = /({UNSPACED.pattern}+)/u;",
        "const characterPairs = (run) => {",
        "  const chars = [...run];",
        "  return chars.length < 2 ? chars : chars.slice(1).map((char, i) => chars[i] + char);",
        "};",
        "/** The query's words as typed: Sphinx's default splitQuery. */",
        "const splitWords = (query) => query.split(/[^\\p{Letter}\\p{Number}_\\p{Emoji_Presentation}]+/gu).filter((term) => term);",
        "var splitQuery = (query) =>",
        "  splitWords(query).flatMap((word) =>",
        "    word.split(UNSPACED_RUN).filter((piece) => piece).flatMap((piece) => (UNSPACED_RUN.test(piece) ? characterPairs(piece) : [piece])),",
        "  );",
    )
)


def fold_search_word(word: str) -> str:
    for written, folded in ROMANISATION_FOLDS:
        word = word.replace(written, folded)
    return word


# A word of Latin letters only (Basic Latin to Latin Extended-B, Latin Extended Additional, and the
# combining accents they decompose into): the words whose accents readers leave out when they type.
_LATIN_WORD = re.compile(r"^[\u0000-\u024f\u1e00-\u1eff\u0300-\u036f]+$")
_COMBINING_ACCENTS = re.compile(r"[\u0300-\u036f]")
# Latin letters that no Unicode decomposition takes apart, as English keyboards type them.
_PLAIN_LETTERS = {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"}


def fold_accents(word: str) -> str:
    """``word`` (lower case) without the accents of its Latin letters: "brûlé" -> "brule", "buñuel" ->
    "bunuel", "kieślowski" and "łódź" -> "kieslowski", "lodz", as a reader types a name without them.
    Words of other scripts stay as they are: a kana's voicing mark makes another letter (か, が).
    The browser folds a query alike (:func:`_stemmer_js`, with the same character classes and table)."""
    if word.isascii() or not _LATIN_WORD.match(word):
        return word
    word = _COMBINING_ACCENTS.sub("", unicodedata.normalize("NFD", word))
    return unicodedata.normalize("NFC", "".join(_PLAIN_LETTERS.get(letter, letter) for letter in word))


def _stemmer_js() -> str:
    folds = json.dumps([list(pair) for pair in ROMANISATION_FOLDS])
    return "\n".join(
        (
            sphinx_stemmer_js("english"),
            f"const NAME_FOLDS = {folds};",
            f"const LATIN_WORD = /{_LATIN_WORD.pattern}/u;",
            f"const COMBINING_ACCENTS = /{_COMBINING_ACCENTS.pattern}/gu;",
            f"const PLAIN_LETTERS = {json.dumps(_PLAIN_LETTERS, ensure_ascii=False)};",
            "/** fold_accents in archive/entities/search.py, the same rule. */",
            "const foldAccents = (word) =>",
            "  /^[\\x00-\\x7f]*$/.test(word) || !LATIN_WORD.test(word)",
            "    ? word",
            "    : [...word.normalize('NFD').replace(COMBINING_ACCENTS, '')].map((letter) => PLAIN_LETTERS[letter] ?? letter).join('').normalize('NFC');",
            "window.Stemmer = function () {",
            "  const english = new EnglishStemmer();",
            "  this.stemWord = (word) => NAME_FOLDS.reduce((w, [from, to]) => w.split(from).join(to), english.stemWord(foldAccents(word.toLowerCase())).toLowerCase());",
            "};",
        )
    )


_WORD = re.compile(r"\w+")  # Sphinx's own splitter (sphinx.search.SearchLanguage._word_re)


def index_words(text: str, words: list[str] | None = None) -> list[str]:
    """The words ``text`` is indexed by: its ``words`` (``\\w+`` runs when None) with Chinese and Japanese as character
    pairs, each hyphenated word joined up, and Korean words' morphemes."""
    words = _WORD.findall(text) if words is None else words
    # Korean words also by their morphemes ("만추는" -> "만추"): archive/hangul.py
    return [pair for word in words for pair in character_pairs(word)] + [
        word.replace("-", "").replace("‐", "") for word in _HYPHENATED.findall(text)
    ] + morphemes(text)


class SearchEnglishNames(SearchEnglish):
    lang = "en"
    language_name = "English"
    js_stemmer_rawcode = ""  # the stemmer code is all in js_stemmer_code
    js_stemmer_code = _stemmer_js()
    js_splitter_code = _SPLITTER_JS

    def split(self, input: str) -> list[str]:  # noqa: A002 (Sphinx's signature)
        return index_words(input, super().split(input))

    def __init__(self, options: dict[str, str]) -> None:
        # An archive repeats the same words thousands of times, and the search
        # index is fed in the main process even under -j: stem each word once.
        self._stems: dict[str, str] = {}
        super().__init__(options)

    def stem(self, word: str) -> str:
        stem = self._stems.get(word)
        if stem is None:
            stem = self._stems[word] = fold_search_word(super().stem(fold_accents(word.lower())).lower())
        return stem
