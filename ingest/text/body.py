"""Pass 5: the body's blocks (captions, questions, subheads, pull-quotes, paragraphs, footnotes,
code samples), from the lines no earlier pass claimed."""

from __future__ import annotations

import re

from ingest import model
from ingest.text import rules
from ingest.text.captions import caption_of, figure
from ingest.text.lines import ends_sentence, full_match, is_quoted, is_review_fact
from ingest.text.page import Page
from ingest.text.questions import is_interview, is_numbered_question, is_question


def mark_code_fences(page: Page) -> None:
    """A fenced block (```` ``` ```` or ``~~~`` up to the same fence) is the article's code sample, kept as it is.

    It is labelled so that no pass reads its lines as chrome, headline or
    byline; the body shows it as preformatted text, fence lines included,
    inert (the writer fences it with a longer fence than any inside).
    """
    index = 0
    while index < len(page.lines):
        opening = re.match(r"(`{3,}|~{3,})", page.lines[index].text.strip())
        closing = opening and next(
            (i for i in range(index + 1, len(page.lines)) if page.lines[i].text.strip() == opening[1]), None
        )
        if closing is None:
            index += 1
            continue
        for i in range(index, closing + 1):
            page.labels[i] = "code"
        page.code[index] = "\n".join(page.lines[i].text for i in range(index, closing + 1))
        index = closing + 1


def read_body(page: Page, start: int) -> list[model.Block]:
    """The body's blocks from line ``start`` on (and the running text kept above the headline): the lines no pass claimed, each as a paragraph, heading, caption, pull-quote or code sample.

    Sets ``page.blocks_above_headline``: how many of the first blocks the lines above the headline gave.
    """
    lines = page.lines
    # A fenced block is the article's wherever it stands: above a wrong guess at the body's start too.
    body = sorted({*page.lead, *(i for i in range(start, len(lines)) if page.free(i)), *page.code})
    interview = is_interview(page, body)
    footnotes = page.footnotes
    blocks: list[model.Block] = [
        figure(*page.captions[i]) for i in sorted(page.captions)
    ]
    subhead_seen = False
    quote: list[model.Block] = []
    lead = set(page.lead)
    for index in body:
        line = lines[index]
        text = line.text.strip()
        if lead and index not in lead and not page.blocks_above_headline:
            page.blocks_above_headline = len(blocks) + bool(quote)
        if quote and not _is_pull_quote(page, index):
            blocks.append(model.Quote(tuple(quote)))
            quote = []
        if index in page.code:
            blocks.append(model.Preformatted(page.code[index]))
        elif label := _run_in_label(text):
            # "Editor's NoteAsia Economy has ...": a box's label run into its text by the copy.
            blocks.append(model.Heading(1, (model.Text(label),)))
            blocks.append(model.Paragraph(_inlines(text[len(label) :], footnotes)))
        elif (caption := caption_of(page, index)) is not None:
            blocks.append(figure(*caption))
        elif is_question(page, index, interview=True) and (interview or is_numbered_question(text)):
            blocks.append(model.Heading(2 if subhead_seen else 1, _inlines(text, footnotes)))
        elif _is_subhead(page, index):
            subhead_seen = True
            blocks.append(model.Heading(1, _inlines(text, footnotes)))
        elif _is_pull_quote(page, index):
            quote.append(model.Paragraph(_inlines(text, footnotes)))
        else:
            blocks.append(model.Paragraph(_inlines(text, footnotes)))
    if quote:
        blocks.append(model.Quote(tuple(quote)))
    blocks.extend(model.Footnote(label, _inlines(note, {})) for label, note in footnotes.values())
    return blocks


def _run_in_label(text: str) -> str | None:
    """The label of a box ("Editor's Note") that opens ``text`` with no space or colon before the
    box's text, which starts with a capital: how a copy joins a label and the text beside it."""
    match = re.match(rf"(?:{rules.BOX_LABELS})(?=[^\W\d_])", text)
    return match[0] if match and text[match.end()].isupper() and len(text.split()) > rules.MIN_PROSE_WORDS else None


def _inlines(text: str, footnotes: dict[int, tuple[str, str]]) -> tuple[model.Inline, ...]:
    labels = {label for label, _ in footnotes.values()}
    if not labels:
        return (model.Text(text),)
    out: list[model.Inline] = []
    position = 0
    for match in re.finditer(rules.FOOTNOTE_MARKER, text):
        if match["label"] in labels:
            if match.start() > position:
                out.append(model.Text(text[position : match.start()]))
            out.append(model.FootnoteRef(match["label"]))
            position = match.end()
    if position < len(text):
        out.append(model.Text(text[position:]))
    return tuple(out)


def mark_footnotes(page: Page) -> None:
    """``[n] note`` lines whose marker ``[n]`` appears on an earlier line, and notes that end in
    their link back to the marker (``1. note ↩``, :data:`rules.FOOTNOTE_BACKLINKED`), the arrow left out;
    such a note without its number counts only when its marker ``[n]`` is on an earlier line."""
    def marked_earlier(index: int, label: str) -> bool:
        return any(f"[{label}]" in page.lines[i].text for i in range(index) if page.free(i))

    for index, line in enumerate(page.lines):
        if not page.free(index):
            continue
        text = line.text.strip()
        if text.endswith(rules.FOOTNOTE_BACK_LINK):
            note = text.removesuffix("\ufe0e").removesuffix("↩").rstrip()
            backlinked = full_match(rules.FOOTNOTE_BACKLINKED, note)
            label = backlinked and (backlinked["label"] or str(len(page.footnotes) + 1))
            if backlinked and (backlinked["label"] or marked_earlier(index, label)):
                page.footnotes[index] = (label, backlinked["text"].strip())
                page.labels[index] = "footnote"
            continue
        match = full_match(rules.FOOTNOTE_DEFINITION, text)
        if match and marked_earlier(index, match["label"]):
            page.footnotes[index] = (match["label"], match["text"].strip())
            page.labels[index] = "footnote"


def _is_subhead(page: Page, index: int) -> bool:
    line = page.lines[index]
    text = line.text.strip()
    return (
        line.words <= rules.MAX_SUBHEAD_WORDS
        and line.blank_before
        and line.blank_after
        and not ends_sentence(text)
        and not text.endswith((":", ",", ";"))
        and not is_quoted(text)
        and text[:1].isupper()
        and not is_review_fact(text)  # "Voto: 4/5", "Regia: Kim Ji-yeon": the review's facts, not a section's name
    )


def _is_pull_quote(page: Page, index: int) -> bool:
    line = page.lines[index]
    text = line.text.strip()
    if line.words > 25 or not is_quoted(text):
        return False
    inner = text.rstrip("\"'”’").rstrip()
    return not inner.endswith((".", "!", "?", "…"))
