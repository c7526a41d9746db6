"""Interview questions: the interviewer's lines, which become the article's section headings."""

from __future__ import annotations

import re

from ingest.text import rules
from ingest.text.lines import ends_sentence, is_quoted, search
from ingest.text.page import Page


def is_interview(page: Page, body: list[int]) -> bool:
    """The headline says it is an interview, or two or more of the body's lines are sure questions."""
    if search(rules.INTERVIEW_TITLE, page.meta.title):
        return True
    questions = sum(1 for i in body if is_question(page, i, interview=False))
    return questions >= 2


def is_question(page: Page, index: int, *, interview: bool) -> bool:
    """An interviewer's question. Without ``interview``, only the sure forms."""
    line = page.lines[index]
    text = line.text.strip()
    if line.words > rules.MAX_QUESTION_WORDS or is_quoted(text):
        return False
    if is_numbered_question(text):
        return True
    if text.rstrip("\"'”’").endswith("?"):
        return interview or line.words <= 25
    if not interview or ends_sentence(text) is False:
        return False
    first = text.split()[0].lower().strip(",")
    opens = first in rules.QUESTION_OPENERS or text.lower().startswith("if possible")
    addressed = bool(search(rules.SECOND_PERSON, text)) or first in {"what", "how", "why", "when", "where", "who", "which"}
    speaks_for_self = bool(search(rules.FIRST_PERSON, text))
    return opens and addressed and not speaks_for_self and line.words <= 25


def is_numbered_question(text: str) -> bool:
    """A question by its label ("Q1:", "Q.", "Q)")."""
    return bool(re.match(rules.QUESTION_MARK, text, re.I))
