"""The words of a page as detection reads them: the word pattern, quoted spans, the spans already taken,
and small tests of one word or one position (capitalised, an acronym, a possessive, a sentence's start,
title case).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from people_films.names import GIVEN_NAMES, MINOR_WORDS, is_korean_surname

WORD = re.compile(r"[^\W\d_](?:[\w'’‐-]*[^\W_])?")


# How far before or after a candidate its cues are looked for: a fixed window,
# so that each candidate costs the same however long the paragraph is.
LOOK_CHARS = 120


# Titles in double quotes may hold an apostrophe ("Dawson’s Creek"); in single quotes they cannot.
# German and other Central European press opens quotes low: „Title“, ‚Title‘.
# In single quotes, an apostrophe between two letters is part of a word, not the closing quote: French elides with it
# ('Le Jardin d'hiver', 'L'Été'), English contracts and possesses ('Don't Look Up', 'Schindler's List').
QUOTED = re.compile(
    r"(?<![\w’'])(?:([“\"«])([^“”\"«»„\n]{1,80}?)([”\"»])|([‘'])((?:[^‘’'\n]|(?<=\w)['’](?=\w)){1,80}?)([’'])"
    r"|(„)([^„“”\"\n]{1,80}?)([“”])|(‚)([^‚‘’'\n]{1,80}?)([‘’]))(?![\w])"
)


QUOTED_BODIES = (2, 5, 8, 11)


@dataclass(frozen=True)
class Candidate:
    kind: str  # "person" or "film"
    start: int
    end: int
    name: str  # as written, titles dropped
    evidence: str = ""  # what found it, one of people_films.evidence.KINDS (set by detect())


FOLLOWING_WORD = re.compile(r"[ ]+([\w-]+)")


def capitalised(word: str) -> bool:
    return word[:1].isupper()


class Spans:
    """Non-overlapping (start, end) spans kept sorted: an overlap test costs log n, not n.

    A list scanned for every candidate made a paragraph of 8 000 names quadratic.
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for span in sorted(spans):
            self.append(span)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start)
        return (i > 0 and self.ends[i - 1] > start) or (i < len(self.starts) and self.starts[i] < end)

    def append(self, span: tuple[int, int]) -> None:
        i = bisect_right(self.starts, span[0])
        self.starts.insert(i, span[0])
        self.ends.insert(i, span[1])


def overlaps(start: int, end: int, taken: Spans) -> bool:
    return taken.overlaps(start, end)


def is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and not is_korean_surname(word)


_POSSESSIVE_END = re.compile(r"['’]s?$")


def possessive_free(word: str) -> str:
    return _POSSESSIVE_END.sub("", word)


def is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def gerund(word: str) -> bool:
    """"Getting", "Watching": a verb's -ing form opening a sentence ("Getting Disney+ right ..."), not a given name."""
    return len(word) >= 6 and word.endswith("ing") and word not in GIVEN_NAMES


_SENTENCE_END_BEFORE = re.compile(r"[.!?:;][’”\"')]*\s+[‘“\"'(]?$")


def sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - LOOK_CHARS) : start]
    return (start <= LOOK_CHARS and not before.strip()) or bool(_SENTENCE_END_BEFORE.search(before))


# Words a title keeps in lower case, in English (MINOR_WORDS), German and French:
# „Die Schöne und das Biest“, « La Haine et l'Amour ».
TITLE_MINOR_WORDS = MINOR_WORDS | frozenset(
    "der die das und oder von mit im am zum zur des dem den ein eine einer für auf aus bei über nach vor zu "
    "le la les de du et à au aux un une en sur pour dans avec".split()
)


def title_case(title: str) -> bool:
    words = title.split()
    if not words or not 1 <= len(words) <= 8:
        return False
    if not (capitalised(words[0]) or words[0][0].isdigit() or not words[0].isascii()):
        return False
    return all(capitalised(w) or w.lower() in TITLE_MINOR_WORDS or not w.isascii() or not w[0].isalpha() for w in words)


MARKS = " “”\"'‘’«»„‚<>〈〉《》「」『』*_"


# Japanese sets titles in 『』 and speech in 「」 (also used for titles; Chinese in Taiwan and Hong Kong quotes
# speech in 「」 too): what a 「」 holds is said, not a title, when it ends as a sentence does (a full stop,
# a polite or plain verb ending), holds a sentence's comma or stop, or is followed by the quotative particle
# と or って (「...」と語った, 「...」って言った; not 「A」と「B」, two titles joined by "and"), or opened after a
# colon that follows a verb of saying or the speaker, as both languages open a quotation (表示：「...」,
# 語った：「...」, 她：「...」). A colon after a label noun gives the title (作品名：「海辺の町」, 片名：「寄生上流」,
# 原題：「...」): the label names what follows, so only the words before the colon tell the two apart.
_SPOKEN_ENDING = re.compile(r"(?:[。！？!?]|です|ます|でした|ました|でしょう|だ|た|ね|よ)$")
_SENTENCE_PUNCTUATION = re.compile(r"[、，。！？]")
_QUOTATIVE_AFTER = re.compile(r"(?:と(?![「『])|って)")
# What may stand before the colon that opens speech: verbs of saying (Chinese, Japanese, Korean), third-person
# pronouns, and the role nouns the press puts before a speaker's colon (陳導演：「...」). Data, not a grown list:
# the common verbs of reported speech of the three languages; a label noun (…名, …題, 作品, 원제) is not among them.
# A role noun is the speaker's only after the speaker's name (陳導演：, 是枝監督：): alone where a line or a credit
# starts (監督：「X」, "主演：…，導演：「X」") it is a credit label, and the label names the work it credits.
_SAYING_BEFORE_COLON = (
    "表示", "說", "说", "說道", "说道", "指出", "強調", "强调", "透露", "坦言", "笑言", "直言", "稱", "称", "曰",
    "語った", "述べた", "話した", "語る", "述べる", "話す", "コメント", "말했다", "밝혔다", "전했다", "말한다",
    "他", "她", "我", "彼", "彼女", "그는", "그녀는",
)
_SPEAKER_ROLES_BEFORE_COLON = ("導演", "导演", "監督", "감독", "演員", "演员", "俳優")


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_COLON_BEFORE = re.compile(
    rf"(?:{_alternatives(_SAYING_BEFORE_COLON)}|(?<=[^\W\d_])(?:{_alternatives(_SPEAKER_ROLES_BEFORE_COLON)}))\s?[：:][ \u3000]?$"
)
CORNER_QUOTED = re.compile(r"「([^「」『』\n]{1,200})」")


def corner_speech(text: str, start: int, end: int, body: str) -> bool:
    """Whether the 「」 at ``text[start:end]``, holding ``body``, is speech by its shape (see above)."""
    return bool(
        _SPOKEN_ENDING.search(body) or _SENTENCE_PUNCTUATION.search(body) or _QUOTATIVE_AFTER.match(text, end)
        or _COLON_BEFORE.search(text, max(0, start - 8), start)
    )
