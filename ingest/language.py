"""The language an article is written in, from its text, for a page that states none.

Both readers use it: a text dump never states its language, and an HTML page
may lack ``<html lang>`` and every metadata field (the HTML reader's stated
language comes first, :mod:`ingest.html.metadata`). The answer is a BCP 47
primary tag, or "" when the text does not say clearly (a page served in no
stated language is the site's own).

By script first: kana are written by Japanese alone, Hangul by Korean, and
Han ideographs without kana by Chinese. Text in Latin letters is told by its
function words (articles, prepositions, conjunctions: the most frequent words
of each language, and those least shared with the others), for the languages
of the press the archive collects. A detector library (py3langid 0.4.0) was tried:
right on sample sentences, but loading its model took 9 seconds a process on the shared
machine, more than the ingest of many pages.
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.scripts import HAN, HANGUL, KANA

_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# A script's share of the letters above which the text is written in it (a Korean page names films in
# Latin letters, an English one a director in Hangul).
_SCRIPT_SHARE = 0.3
# Japanese: kana among the CJK characters (kana and Han), as its sentences hold particles and endings in kana
# throughout (about half of a Japanese text's characters); a Chinese text quoting a Japanese title
# (《千と千尋の神隠し》) holds a few.
_KANA_SHARE_OF_CJK = 0.2
# Function words of each language: frequent, short, and in no other list nor common in another of these
# languages as a word of its own ("de", "en", "la", "le", "il", "des", "que", "in", "is", "es", "al" are several languages' and in
# no list; "e" and "o" are Italian as much as Portuguese).
_FUNCTION_WORDS = {
    "en": frozenset({"the", "and", "of", "to", "was", "with", "that", "for", "his", "her", "this", "are", "by", "from", "it", "has", "they"}),
    "es": frozenset({"el", "los", "las", "y", "pero", "más", "muy", "sus", "este", "esta", "está", "también", "cuando", "fue", "hay", "sin", "hasta"}),
    "it": frozenset({"di", "che", "gli", "della", "delle", "degli", "nel", "nella", "alla", "anche", "è", "non", "sono", "per", "più", "questo", "ed", "nelle", "tra", "dei", "dal", "sul"}),
    "de": frozenset({"der", "die", "und", "das", "den", "ist", "nicht", "mit", "sich", "auf", "eine", "ein", "dem", "auch", "wie", "von", "zum"}),
    "fr": frozenset({"les", "et", "du", "une", "est", "dans", "qui", "pour", "pas", "sur", "au", "avec", "ce", "aux", "ses", "cette", "elle"}),
    "pt": frozenset({"os", "não", "uma", "do", "em", "na", "mais", "é", "ao", "também", "seu", "pelo", "pela", "com", "foi", "são", "muito"}),
    "nl": frozenset({"het", "een", "van", "dat", "niet", "op", "met", "voor", "zijn", "ook", "aan", "maar", "bij", "naar", "wordt", "hij", "werd"}),
}
# Latin text: this many function words at least, and the winner's count this many times the runner-up's
# (four: a lead of 35 words holds four or five of its language's distinctive words).
_MIN_FUNCTION_WORDS = 4
_MARGIN = 1.5


def detect_language(text: str) -> str:
    """``text``'s language as a BCP 47 primary tag ("ja", "ko", "zh", "en", "es", "it", "de", "fr", "pt",
    "nl"), or "" when its letters are too few or its function words do not single one out."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return ""
    kana, hangul = len(KANA.findall(text)), len(HANGUL.findall(text))
    cjk = kana + len(HAN.findall(text))
    if cjk >= _SCRIPT_SHARE * letters and cjk >= hangul:
        return "ja" if kana >= _KANA_SHARE_OF_CJK * cjk else "zh"
    if hangul >= _SCRIPT_SHARE * letters:
        return "ko"
    words = [word.casefold() for word in _WORD.findall(text)]
    counts = Counter({language: sum(1 for word in words if word in vocabulary) for language, vocabulary in _FUNCTION_WORDS.items()})
    (best, first), (_, second) = counts.most_common(2)
    return best if first >= _MIN_FUNCTION_WORDS and first >= _MARGIN * second else ""
