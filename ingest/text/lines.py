"""Text dump -> logical lines, and the line tests the reader is built from.

A text dump has no markup, so each test here looks at one line (and whether a
blank line stands before or after it). The patterns come from
:mod:`ingest.text.rules`; this module only compiles and applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from statistics import median

from ingest.scripts import UNSPACED
from ingest.headline_shape import KICKER
from ingest.text import rules


@dataclass(frozen=True)
class Line:
    """One logical line of a dump (a hard-wrapped paragraph joined back), and whether blank lines stand around it."""
    number: int  # 1-based line number in the file, for messages
    text: str
    blank_before: bool
    blank_after: bool

    @cached_property
    def words(self) -> int:
        """How many words the line has: split on white space, and in Chinese and Japanese, which
        write no spaces, one word for every ``rules.CJK_CHARS_PER_WORD`` ideographs or kana.
        Asked many times of each line by the passes: counted once."""
        tokens = self.text.split()
        if self.text.isascii():
            return len(tokens)
        # An ASCII token holds no ideograph or kana: one word, without the search (most tokens of a
        # page in a Latin script with accents).
        return sum(1 if token.isascii() else max(1, -(-len(UNSPACED.findall(token)) // rules.CJK_CHARS_PER_WORD)) for token in tokens)



def logical_lines(text: str) -> list[Line]:
    """Non-blank lines, with hard-wrapped paragraphs joined back into one."""
    raw = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    width = _wrap_width(raw)
    out: list[Line] = []
    buffer: list[str] = []
    start = 0
    for number, line in enumerate(raw, start=1):
        if not line.strip():
            continue
        if not buffer:
            start = number
        buffer.append(line.strip())
        next_blank = number >= len(raw) or not raw[number].strip()
        # A wrapped line was cut because it was full; a short one ends its paragraph.
        if width and not next_blank and len(line) >= 0.6 * width:
            continue
        out.append(Line(start, " ".join(buffer), _blank(raw, start - 2), next_blank))
        buffer = []
    return out


def _blank(raw: list[str], index: int) -> bool:
    return index < 0 or not raw[index].strip()


def _wrap_width(raw: list[str]) -> int:
    """The column a hard-wrapped dump was wrapped at, or 0 if it is not wrapped."""
    lengths = [len(line) for line in raw if line.strip()]
    if len(lengths) < 8 or max(lengths) > 120:
        return 0
    width = int(median(sorted(lengths)[len(lengths) // 2 :]))
    near_width = sum(1 for n in lengths if 0.75 * width <= n <= width + 5)
    return width if width >= 50 and near_width >= 0.5 * len(lengths) else 0


# --- Pattern helpers -----------------------------------------------------------


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@cache
def _alternation(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a list: a line is tested once, not once per pattern (most lines match none)."""
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)


def full_match(patterns: list[str] | str, text: str) -> re.Match[str] | None:
    """The whole of ``text`` (trimmed) matched by the pattern, or by one of the patterns."""
    if isinstance(patterns, str):
        return _compiled(patterns).fullmatch(text.strip())
    return _alternation(tuple(patterns)).fullmatch(text.strip())


def search(patterns: list[str] | str, text: str) -> re.Match[str] | None:
    """The first match of the pattern, or of the first of the patterns that matches, anywhere in ``text``; or None."""
    for pattern in [patterns] if isinstance(patterns, str) else patterns:
        if match := _compiled(pattern).search(text):
            return match
    return None


_BULLET = re.compile(r"^(?:[-•·|*]\s+|・\s*)")  # Japanese lists put "・" right before the item
_CLOSERS = "\"'”’)]」』"
_OPENERS = "\"'“‘"


def without_bullet(text: str) -> str:
    """``text`` trimmed, without a list bullet ("- ", "• ", "| ") in front."""
    return _BULLET.sub("", text.strip())


def is_bullet(text: str) -> bool:
    """The line opens with a list bullet."""
    return bool(_BULLET.match(text))


def chrome_reason(text: str) -> str | None:
    """The kind of chrome (a key of ``rules.CHROME``) whose pattern the whole line matches, or None.
    The first kind in the table's order, when several match."""
    match = _chrome_kinds().fullmatch(without_bullet(text).strip())
    return _CHROME_KINDS[match.lastgroup] if match else None


@cache
def _chrome_kinds() -> re.Pattern[str]:
    """Every kind's patterns as one alternation, each kind in a group of its own, in the table's order:
    a full match takes the first alternative that matches the whole line, as a loop over the kinds
    would (13 kinds: the loop's 13 calls a line were 8% of the reader's time)."""
    groups = (f"(?P<{group}>{'|'.join(f'(?:{p})' for p in rules.CHROME[kind])})" for group, kind in _CHROME_KINDS.items())
    return re.compile("|".join(groups), re.IGNORECASE)


# The group of each kind of chrome in _chrome_kinds: the outermost group closes last, so a match's
# ``lastgroup`` names its kind whatever groups the kind's patterns hold.
_CHROME_KINDS = {f"chrome_{number}": kind for number, kind in enumerate(rules.CHROME)}


def ends_sentence(text: str) -> bool:
    """The line ends as a sentence does (. ! ? … 。 or Korean 다), closing quotes and brackets aside."""
    core = text.rstrip().rstrip(_CLOSERS).rstrip()
    return core.endswith((".", "!", "?", "…", "。", "다"))


def is_quoted(text: str) -> bool:
    """The whole line is a quotation, maybe after "Speaker:"."""
    body = re.sub(r"^[^\"“‘':]{1,40}:\s*", "", text.strip())
    return len(body) > 2 and body[0] in _OPENERS and body[-1] in _CLOSERS


def is_headline_quote(text: str) -> bool:
    """News headline form: "Who: “what they said”"."""
    return bool(re.match(r"^[^:]{1,100}:\s*[\"“‘']", text)) and text.rstrip()[-1:] in _CLOSERS


def split_rights(text: str) -> tuple[str, list[str]]:
    """Text without its rights sentences, and those sentences."""
    inner = text.strip().strip("[]()").strip()
    sentences = re.split(r"(?<=[.!?])\s+", inner)
    rights = [s for s in sentences if search(rules.RIGHTS_PHRASES, s)]
    rest = " ".join(s for s in sentences if s not in rights)
    return rest, rights


def is_prose(line: Line) -> bool:
    """Running text: a sentence of several words, or a line too long to be anything else. A bracketed
    kicker in front (:data:`ingest.headline_shape.KICKER`: "[인터뷰] ...") is a label, not a word of the sentence: a
    headline of seven words does not become running text by its kicker."""
    words = line.words
    if kicker := _KICKER.match(line.text):
        words -= Line(0, kicker.group(), False, False).words
    return words >= rules.MIN_PROSE_WORDS and (ends_sentence(line.text) or words >= 2 * rules.MIN_PROSE_WORDS)


_KICKER = re.compile(KICKER)


def is_review_fact(text: str) -> bool:
    """A line of a review's fact box (``rules.FACT_LABEL`` and what follows it): a rating ("Voto: 4/5",
    "Rating: ★★★★☆"), a running time ("Runtime: 104 minutes"), or a film credit ("Regia: Kim Ji-yeon",
    "Cast: Lee Min-ji, Park Seo-joon"), or a score that says it is one without a label ("5 von 5
    Punkten", "★★★★☆"). At most ``MAX_HEADLINE_WORDS`` words."""
    line = text.strip()
    if Line(0, line, False, False).words > rules.MAX_HEADLINE_WORDS:
        return False
    if _REVIEW_VALUE.fullmatch(line) or _REVIEW_STARS.fullmatch(line) or _REVIEW_SCORE_ALONE.fullmatch(line):
        return True
    credit = _REVIEW_CREDIT.match(line)
    return bool(credit) and not ends_sentence(line[credit.end() :])


_REVIEW_VALUE = re.compile(rf"{rules.FACT_LABEL}(?:{rules.SCORE}|{rules.RUNNING_TIME})\s*\.?", re.IGNORECASE)
_REVIEW_SCORE_ALONE = re.compile(rf"{rules.SCORE_ALONE}\s*\.?", re.IGNORECASE)
_REVIEW_STARS = re.compile(r"[★☆⭐✩✭✮½]{1,6}(?:\s*\(?\d(?:[.,]\d)?\s*/\s*5\)?)?")
_REVIEW_CREDIT = re.compile(rf"{rules.FACT_CREDIT_LABELS}\s*[:：]\s*(?=\S)", re.IGNORECASE)


def is_trail(text: str) -> bool:
    """Two or more path separators (» › > / | • ·) between parts, or three or more comma-separated
    items of one to three words each: a breadcrumb trail or a list of tags. A title in angle
    brackets counts as a word: its ">" is no separator ("<Paper Moon Lane> by Jung. Her <Fig Tree> (2017) ..."),
    and so does a wire's mark between slashes ("PARIS, Feb. 18, 2026 /PRNewswire/ -- ...", ``rules.WIRE_MARK``)."""
    text = re.sub(rules.ANGLE_BRACKETED_TITLE, "title", text)
    text = re.sub(rules.WIRE_MARK, "wire", text)
    if len(re.findall(rules.TRAIL_SEPARATOR, text)) >= 2:
        return True
    items = [item.split() for item in text.split(",")]
    return len(items) >= 3 and all(1 <= len(item) <= 3 for item in items)


def is_reading_time(text: str) -> bool:
    """The site's estimate of the time an article takes to read ("Lesezeit: 45 Minuten", "5 min read",
    "읽는 시간 3분"): a short line (``rules.MAX_READING_TIME_CHARS``) with a number of minutes and the
    verb "read" (``rules.READING_TIME_UNIT``, ``rules.READING_TIME_VERB``), or a reader view's range of
    minutes alone ("5-6 minutes", ``rules.READING_TIME_RANGE``)."""
    text = text.strip()
    return len(text) <= rules.MAX_READING_TIME_CHARS and (
        (re.search(rules.READING_TIME_UNIT, text) is not None and re.search(rules.READING_TIME_VERB, text) is not None)
        or re.fullmatch(rules.READING_TIME_RANGE, text) is not None
    )


def is_navigation(text: str) -> bool:
    """A line of the site's navigation, never a headline: a breadcrumb trail whose first item is the
    home page ("当前位置：首页 > 电影节 > 正文", "Home » Festivals » Busan"), a trail of two or more
    short items between chevrons ("Recensioni › Corea del Sud"), or a menu of ``MIN_MENU_ITEMS`` or
    more short items between any separators ("홈 | 영화뉴스 | 리뷰 | 인터뷰 | 영화제"). Short: at most
    ``NAVIGATION_ITEM_WORDS`` words. One "|" between a headline and its section is no menu
    ("Volleyball | MTV Stuttgart")."""
    text = re.sub(rules.ANGLE_BRACKETED_TITLE, "title", text.strip())
    separators = re.findall(rules.TRAIL_SEPARATOR, text)
    if not separators:
        return False
    items = [item.strip() for item in re.split(rules.TRAIL_SEPARATOR, text)]
    if not all(items):
        return False
    if re.search(rf"(^|[\s:：]){rules.HOME_PAGE}$", items[0], re.IGNORECASE):
        return True
    short = all(Line(0, item, False, False).words <= rules.NAVIGATION_ITEM_WORDS for item in items)
    chevrons = all(re.fullmatch(rules.TRAIL_CHEVRON, separator) for separator in separators)
    return short and (chevrons or len(items) >= rules.MIN_MENU_ITEMS)
