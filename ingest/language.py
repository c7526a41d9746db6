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

_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# A script's share of the letters above which the text is written in it (a Korean page names films in
# Latin letters, an English one a director in Hangul).
_SCRIPT_SHARE = 0.3
# Japanese: kana among the letters (its sentences hold particles and endings in kana throughout).
_KANA_SHARE = 0.05
# Function words of each language: frequent, short, and rare in the others (no "a", "de", "la", "in").
_FUNCTION_WORDS = {
    "en": frozenset({"the", "and", "of", "to", "is", "was", "with", "that", "for", "his", "her", "it", "this", "on", "are", "by", "from"}),
    "es": frozenset({"el", "los", "las", "y", "que", "del", "una", "por", "con", "para", "se", "su", "es", "como", "pero", "más", "lo"}),
    "it": frozenset({"il", "di", "che", "gli", "della", "del", "una", "per", "con", "è", "non", "sono", "nel", "alla", "anche", "ma", "lo"}),
    "de": frozenset({"der", "die", "und", "das", "den", "ist", "nicht", "mit", "sich", "des", "auf", "eine", "ein", "dem", "auch", "wie", "von"}),
    "fr": frozenset({"le", "les", "et", "des", "du", "une", "est", "que", "dans", "qui", "pour", "pas", "sur", "au", "avec", "il", "ce"}),
    "pt": frozenset({"o", "os", "e", "do", "da", "que", "não", "uma", "com", "para", "em", "no", "na", "dos", "se", "mais", "é"}),
    "nl": frozenset({"de", "het", "een", "en", "van", "is", "dat", "niet", "op", "met", "voor", "zijn", "ook", "aan", "er", "maar", "bij"}),
}
# Latin text: this many function words at least, and the winner's count this many times the runner-up's.
_MIN_FUNCTION_WORDS = 8
_MARGIN = 1.5


def detect_language(text: str) -> str:
    """``text``'s language as a BCP 47 primary tag ("ja", "ko", "zh", "en", "es", "it", "de", "fr", "pt",
    "nl"), or "" when its letters are too few or its function words do not single one out."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return ""
    if len(_KANA.findall(text)) >= _KANA_SHARE * letters:
        return "ja"
    if len(_HANGUL.findall(text)) >= _SCRIPT_SHARE * letters:
        return "ko"
    if len(_HAN.findall(text)) >= _SCRIPT_SHARE * letters:
        return "zh"
    words = [word.casefold() for word in _WORD.findall(text)]
    counts = Counter({language: sum(1 for word in words if word in vocabulary) for language, vocabulary in _FUNCTION_WORDS.items()})
    (best, first), (_, second) = counts.most_common(2)
    return best if first >= _MIN_FUNCTION_WORDS and first >= _MARGIN * second else ""
