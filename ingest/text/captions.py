"""Captions of pictures that are gone, and their photo credits, by shape.

A caption opens with ▲/△/☞, repeats the headline in front of it (a picture's
alt text), carries a trailing credit or caption words, or stands where a
picture stood (a short non-sentence opening a block that runs into text).
Credit lines ("Photo courtesy|X", "(Photo Source: ...)", "[사진=...]") and
short rights notices go to the article's metadata.
"""

from __future__ import annotations

import re

from ingest import model
from ingest.credit_shape import CREDIT_LINE, TRAILING_CREDIT, split_trailing_credit
from ingest.text import rules
from ingest.text.bylines import written_as_name
from ingest.text.lines import ends_sentence, full_match, is_quoted, search, split_rights
from ingest.text.page import Page


def mark_credits_and_rights(page: Page) -> None:
    """Short photo-credit lines and rights notices: metadata (shown in the article header), not text."""
    for index, line in enumerate(page.lines):
        if not page.free(index):
            continue
        # The Korean press sets a credit off with a slash too ("/사진=Studio 제공").
        if line.words <= rules.MAX_CAPTION_WORDS and full_match(CREDIT_LINE, line.text.strip("[]()/ ")):
            credit, rights = split_rights(line.text.strip().removeprefix("/").strip())
            page.add_rights(rights)
            page.labels[index] = "credit"
            if credit:
                page.meta.image_credits.append(credit)
            page.drop(index, "photo credit (shown in the article header)")
        elif line.words <= rules.MAX_CAPTION_WORDS and search(rules.RIGHTS_PHRASES, line.text):
            page.add_rights([line.text.strip().strip("[]()")])
            page.drop(index, "rights notice (shown in the article header)")


def caption_of(page: Page, index: int) -> tuple[str, str] | None:
    """``(caption, credit)`` when the line is a caption whose picture is gone."""
    line = page.lines[index]
    text = line.text.strip()
    title = page.meta.title
    if re.match(rules.CAPTION_MARK, text) and line.words <= 2 * rules.MAX_CAPTION_WORDS:
        return split_credit(re.sub(rules.CAPTION_MARK, "", text))  # "▲ Director Kim at the premiere"
    if title and text.startswith(title) and len(text) > len(title) and _alt_text_before(title, text[len(title) :]):
        # Many sites repeat the headline as every picture's alt text.
        page.dropped_parts.append(model.Dropped(title, "repeated headline (a picture's alt text)"))
        return split_credit(text[len(title) :].strip())
    # The word count first: the credit patterns, searched over a long paragraph, cost 4% of the reader.
    if line.words <= 2 * rules.MAX_CAPTION_WORDS and search(TRAILING_CREDIT, text):
        return split_credit(text)
    if line.words > rules.MAX_CAPTION_WORDS or ends_sentence(text):
        return None
    if caption_followed_by_credit(page, index):
        return text, _next_credit(page, index)
    if search(TRAILING_CREDIT, text):
        return split_credit(text)
    if search(rules.CAPTION_WORDS, text) and not is_quoted(text):
        return text, ""
    if is_caption_slot(page, index):
        return text, ""
    return None


def _alt_text_before(title: str, rest: str) -> bool:
    """Whether the headline in front of ``rest`` on one line is a picture's alt text, with the
    picture's caption after it, rather than the subject of a sentence ``rest`` goes on with.
    Running text is never cut mid-sentence: ``rest`` that opens in lower case or with a sentence's
    continuing punctuation, maybe after an opening bracket ("Kang Do-yoon (b. 1988) studied at ...",
    "..., who ..."), goes on with the sentence. A headline that is a name (a guest's, a profile's
    page) opens its text as the sentence's subject: such a repeat is dropped only as a whole line."""
    opening = rest.strip().lstrip("([{\"“‘'")
    continues = opening[:1].islower() or rest.strip()[:1] in ",;:)'’"
    name = 2 <= len(title.split()) <= 4 and written_as_name(title) and not ends_sentence(title)
    return not continues and not name


def is_caption_slot(page: Page, index: int) -> bool:
    """A short non-sentence that opens a block and runs straight into text:
    where a picture stood, with its caption under it."""
    line = page.lines[index]
    text = line.text.strip()
    return (
        line.blank_before
        and not line.blank_after
        and index > 0
        and line.words <= 15
        and not ends_sentence(text)
        and not is_quoted(text)
        and not text.endswith(":")
        and index + 1 < len(page.lines)
        and page.lines[index + 1].words > 15
    )


def split_credit(text: str) -> tuple[str, str]:
    """``(caption, credit)`` of a caption that ends with its picture's credit (:data:`ingest.credit_shape.TRAILING_CREDIT`), else ``(text, "")``."""
    return split_trailing_credit(text, TRAILING_CREDIT)


def caption_followed_by_credit(page: Page, index: int) -> bool:
    """A short non-sentence right above a credit line: a picture's caption with its credit under it."""
    following = index + 1
    return (
        following < len(page.lines)
        and page.labels.get(following) == "credit"
        and page.lines[index].words <= rules.MAX_CAPTION_WORDS
        and not ends_sentence(page.lines[index].text)
    )


def _next_credit(page: Page, index: int) -> str:
    credit, _ = split_rights(page.lines[index + 1].text)
    credits = page.meta.image_credits
    if credit in credits:
        credits.remove(credit)  # shown with its caption instead
    return credit


def figure(caption: str, credit: str) -> model.Figure:
    """The set-apart box of a caption whose picture is gone."""
    return model.Figure(None, "", (model.Text(caption),), (model.Text(credit),) if credit else ())
