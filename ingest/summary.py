"""The line a card, a feed entry and a link preview show for an article.

It is always text the article itself shows as body text: the opening of its
first body paragraph. Never the deck (the page shows it as a sub-headline,
not as text), a caption, a pull-quote, a heading or a list item, and never a
short line that does not read as a sentence (a dateline, "Advertisement", a
lone link), which is what a card showed when it took the first paragraph
blindly.
"""

from __future__ import annotations

import re

from ingest import model
from ingest.byline_shape import is_byline_with_its_date
from ingest.credit_shape import AGENCY, TRAILING_CREDIT
from ingest.plaintext import inline_text
from ingest.sanitise import one_line
from ingest.scripts import UNSPACED
from ingest.text.lines import search
from ingest.sentences import stops_no_sentence

SUMMARY_CHARS = 200
# A body paragraph reads as running text: several words and some length.
# Hangul packs a word into fewer, denser characters (a syllable block is a
# syllable), hence lower counts for both.
MIN_WORDS, MIN_CHARS = 6, 40
MIN_HANGUL_WORDS, MIN_HANGUL_CHARS = 3, 20
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Running text in a cased script opens most of its words in lower case (function words, verbs; German
# nouns aside, about half or more); a line of names, titles, dates and labels opens nearly all in
# capitals or digits ("Reviewed at Busan International Film Festival (New Currents), Oct. 2, 2025.
# Running time: 112 MIN.": a review's credits line, 2 of 12 words). At least this share, of the
# words with a cased letter.
MIN_LOWER_SHARE = 1 / 3
# Chinese and Japanese write no spaces: a paragraph of one "word" is running text when it has
# as many characters as a Korean one, each a syllable or a morpheme.
MIN_UNSPACED_CHARS = MIN_HANGUL_CHARS
# A sentence ends at . ! ? or the CJK full stop, perhaps with a closing quote.
_SENTENCE_END = re.compile(r"(?<=[.!?。])[’”\"')\]]*\s+")


def reads_as_body_text(text: str) -> bool:
    """Whether a paragraph is running text rather than a label, a dateline, a byline with its date
    (:func:`ingest.byline_shape.is_byline_with_its_date`), a photo's caption ending with its credit,
    a list of tags or a link."""
    if len(UNSPACED.findall(text)) >= MIN_UNSPACED_CHARS:
        return True
    words, hangul = text.split(), bool(_HANGUL.search(text))
    if is_byline_with_its_date(text) or is_captioned(text) or is_tag_list(words):
        return False
    least_words, least_chars = (MIN_HANGUL_WORDS, MIN_HANGUL_CHARS) if hangul else (MIN_WORDS, MIN_CHARS)
    return len(words) >= least_words and len(text) >= least_chars and (hangul or _lower_share(words) >= MIN_LOWER_SHARE)


# A caption ends with its picture's credit: a label and a name ("... (Photo: Jane Doe)",
# ``credit_shape.TRAILING_CREDIT``) or the agency alone in brackets, after the caption's last word and no
# full stop, as wire photos are credited ("... Nogales, Ariz. (AP)"; a wire story's lead names the
# agency at its start: "WASHINGTON (AP) — ...").
_AGENCY_IN_BRACKETS = re.compile(rf"\s[(\[]\s*{AGENCY}(?:\s*/\s*[^()\[\]]{{1,40}})?\s*[)\]]\s*$")


def is_captioned(text: str) -> bool:
    """Whether a paragraph ends with a picture's credit, as a photo's caption does."""
    return bool(search(TRAILING_CREDIT, text) or _AGENCY_IN_BRACKETS.search(text))


# A list of tags or an index is sorted by the alphabet; running text is not: each next word sorts
# after the one before about half the time, so that 9 in 10 of at least 8 do by chance is well under
# one paragraph in a thousand (a binomial tail).
MIN_TAG_LIST_WORDS = 8
MIN_SORTED_SHARE = 0.9


def is_tag_list(words: list[str]) -> bool:
    """Whether ``words`` (a paragraph's, split on white space) are in alphabetical order, as a tag cloud
    or an index prints them ("adote amigo agua alerta ambiente amizade ..."), with no sentence's stop
    among them: a widget's words, never the article's opening."""
    if len(words) < MIN_TAG_LIST_WORDS or any(w.endswith((".", "!", "?")) for w in words[:-1]):
        return False
    folded = [w.casefold() for w in words]
    return sum(a <= b for a, b in zip(folded, folded[1:], strict=False)) >= MIN_SORTED_SHARE * (len(folded) - 1)


def _lower_share(words: list[str]) -> float:
    """The share of the words with a cased letter whose first such letter is lower case (0.0 with none:
    no lower-case letter, no running text, as before this test)."""
    firsts = [letter for word in words if (letter := next((ch for ch in word if ch.isalpha() and ch.lower() != ch.upper()), None))]
    return sum(letter.islower() for letter in firsts) / len(firsts) if firsts else 0.0


def summary(article: model.Article, limit: int = SUMMARY_CHARS) -> str:
    """The first body paragraph's opening sentences, at most ``limit`` characters, as one line.

    Whole sentences while they fit; a first sentence longer than ``limit`` is
    cut at a word and ends with "…". "" when the article has no paragraph.
    The curator's summary (``article.summary``, a sidecar's ``description``) instead, when there is one.
    """
    if article.summary:
        return _opening(one_line(article.summary), limit)
    # Each paragraph's line, made once, and only as far as the search reads (the first prose is
    # most often the first paragraph below the headline; making every paragraph's line and asking
    # each whether it reads as prose, as before, was most of this function's cost).
    lines: dict[int, str] = {}

    def line(index: int) -> str:
        if index not in lines:
            lines[index] = one_line(inline_text(article.blocks[index].inlines, footnote_marks=False))  # type: ignore[union-attr]
        return lines[index]

    paragraphs = [k for k, block in enumerate(article.blocks) if isinstance(block, model.Paragraph)]
    # Text a dump's reader kept from above the headline is the page's, not surely the article's opening.
    below = [k for k in paragraphs if k >= article.blocks_above_headline]
    questions = {line(k) for k in paragraphs if _bold_question(article.blocks[k])}
    # The first prose paragraph that is no interviewer's question; else the first prose; else the first line.
    first_prose = None
    for k in [*below, *paragraphs]:
        if reads_as_body_text(text := line(k)):
            if text not in questions:
                return _opening(text, limit)
            if first_prose is None:
                first_prose = text
    text = first_prose if first_prose is not None else next((text for k in paragraphs if (text := line(k))), "")
    return _opening(text, limit)


# A question's mark at a paragraph's end (French sets a space before it; Chinese and Japanese write the full-width one).
_QUESTION_END = re.compile(r"[?？]\s*[»”\"’']?\s*$")


def _bold_question(block: model.Block) -> bool:
    """Whether ``block`` is a paragraph wholly in bold that ends with a question: an interviewer's question, as
    interviews set them over each answer ("Comment est-il né ?"), not the article's prose. (A lead set wholly in
    bold, as many German sites print it, asks nothing, and stays the summary.)"""
    if not isinstance(block, model.Paragraph):
        return False
    inlines = [i for i in block.inlines if not (isinstance(i, model.Text) and not i.text.strip())]
    return bool(inlines) and all(isinstance(i, model.Strong) for i in inlines) and bool(_QUESTION_END.search(inline_text(block.inlines)))


def _opening(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    kept = ""
    for match in _SENTENCE_END.finditer(text):
        if stops_no_sentence(text, match.start()):
            continue  # "SEOUL, Nov. 23 (Yonhap) -- ...": an abbreviation's full stop ends no sentence
        sentences = text[: match.end()].rstrip()
        if len(sentences) > limit:
            break
        kept = sentences
    if kept:
        return kept
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
