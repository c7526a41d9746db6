"""Pass 2: bylines ("By Mina Park", "김지수 기자") and signature lines at the article's end.

A byline's name must be written as one ("By the numbers" is a subhead,
``../shared/field-cases/t13_*``).
"""

from __future__ import annotations

import re

from ingest import byline_shape
from ingest.authors import ROLES_AFTER_NAME, byline_people, site_key
from ingest.text import rules
from ingest.text.lines import Line, ends_sentence, full_match, is_review_fact, without_bullet
from ingest.text.page import Page, pattern_date
from people_films.names import GIVEN_NAMES, is_chinese_given_name, is_chinese_surname, is_korean_given_name, is_korean_surname


def mark_bylines(page: Page) -> None:
    """Bylines by their shape ("By Mina Park", "Reporter Kim"): the name must be written as one.

    A byline beside a date ("Posted on March 12, 2025 by Ellen Brooks", "By Mina Park | Oct 24,
    2023") gives its name too; the line is left to the dateline pass, which reads its date and drops it.
    """
    lines = page.lines
    dated_seen = other_seen = False
    for index, line in enumerate(lines):
        if not page.free(index):
            continue
        # Only the first byline in another language alone on its line: later ones are teasers' (a list
        # of columns, "Par Kab Niang" under each), and the opener may be a surname's particle.
        name = byline_name(line, other_languages=not other_seen) or _name_under_a_label(page, index)
        other_seen = other_seen or (name is not None and _other_language_byline(without_bullet(line.text)) is not None)
        # Only the first dated byline: later ones are comments' or teasers' ("Posted on ... by reader").
        dated = None if name or dated_seen else byline_beside_a_date(line, page.day_first)
        dated_seen = dated_seen or dated is not None
        for found in (name, dated):
            if found and found not in page.meta.authors:
                page.meta.authors.append(found)
            if found:
                page.bylines.setdefault(index, []).append(found)
        credit = dated and _KOREAN_PHOTO_CREDIT.search(line.text)
        if credit and credit["credit"] not in page.meta.image_credits:
            page.meta.image_credits.append(credit["credit"])
        if name:
            page.drop(index, "byline (shown in the article header)")


# What may stand before a date in a byline line: a label ("Posted on", "Published"; the Korean
# press's 입력 "posted", 수정 "edited", 등록 "filed": "이수진 기자 입력 2025.02.03 14:21").
_DATE_LABEL = re.compile(
    rf"(?i)(?:{byline_shape.DATELINE})(?:\s+(?:on|am|le|el|il|op))?\s*:?|(?:기사\s*)?(?:입력|수정|등록|승인|발행)(?:일|시간)?\s*:?"
)
_SEPARATORS = " |•·-–—,:/"
# The preposition (and weekday) a byline puts before its date: "by Jane Doe on January 20, 2020", "von
# Stefan Beiersmann am 29. Mai 2017", "Von Isabella Rossi am Samstag, 19. Oktober 2019".
_BEFORE_THE_DATE = re.compile(r"\s+(?:on|am|le|el|il|op|at|um)(?:\s+[^\W\d_]+,?)?$", re.IGNORECASE)


# Beside a date, a byline may open with the word of another language ("Par Julien Delmas — 30
# nov. 2025"; alone on a line, "Von Trier" would be a name), or be the Korean press's credit of
# text and photographs ("글 김소미 · 사진 백종헌 | 2025-10-14": text by Kim So-mi, photographs by ...).
_OTHER_OPENER = re.compile(rf"(?i:{byline_shape.BYLINE_OPENER})\s+(?P<name>[^\W\d_][\w .'’-]{{1,60}})")
_KOREAN_CREDITS = re.compile(r"글\s*(?P<name>[\uac00-\ud7a3]{2,4})(?:\s*[·/|]\s*사진\s*[\uac00-\ud7a3]{2,4})?")
# Its photographs' credit, kept as the article's picture credit ("사진 오계옥").
_KOREAN_PHOTO_CREDIT = re.compile(r"[·/|]\s*(?P<credit>사진\s*[\uac00-\ud7a3]{2,4})\s*(?:[·/|]|$)")


def byline_beside_a_date(line: Line, day_first: bool = False) -> str | None:
    """The name in a short line that holds a byline and a date, or None: the part before or after
    the date, once the separators and a "Posted on" label are cut, is a byline (:func:`byline_name`)."""
    if line.words > rules.MAX_DATELINE_WORDS + 6 or (found := pattern_date(line.text, day_first)) is None:
        return None
    for before, part in ((True, line.text[: found.start]), (False, line.text[found.end :])):
        part = part.strip(_SEPARATORS)
        part = _DATE_LABEL.sub("", part, count=1).strip(_SEPARATORS) if _DATE_LABEL.match(part) else part
        if label := _DATE_LABEL.search(part):  # the label right before the date, after the name
            part = part[: label.start()].strip(_SEPARATORS) if label.end() == len(part) else part
        part = _BEFORE_THE_DATE.sub("", part) if before else part
        match = full_match(rules.BYLINE, part) or full_match(rules.KOREAN_BYLINE, part)
        match = match or _OTHER_OPENER.fullmatch(part) or _KOREAN_CREDITS.fullmatch(part)
        if match and written_as_name(match["name"].strip()):
            return match["name"].strip()
        # The byline's piece next to the date, the rest of the line the platform's ("July 24, 2019 by Amy
        # Motroni 5 Comments", "Von Thilo / 6. November 2023 / Keine Kommentare").
        piece = _SEGMENT.split(part if before else _TIME.sub("", part).strip(_SEPARATORS))[-1 if before else 0]
        if name := labelled_name(piece):
            return name
        # "2025-03-10 14:32  来源：影视前沿网  作者：李晓明": the labelled author among the line's parts.
        if cjk := re.search(rf"(?:^|\s){rules.CJK_BYLINE}\s*$", part) or re.search(rf"(?:^|\s){rules.CJK_EDITOR}\s*$", part):
            return cjk["name"]
    return None


# The time after a date ("29. Juni 2017, 23:39 · von Tobi"): the date's, not a piece of its own.
_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?:uhr|am|pm|h)\b)?[\s,]*", re.IGNORECASE)
# Where a dated byline line parts its pieces: a bar, a bullet, a slash or a dash between spaces.
_SEGMENT = re.compile(r"\s+(?:[|•·/–—-]|//)\s+|\s*[|•·]\s*")
# A byline's name: one to four words written as a name, several joined by a comma or "and" (any language's).
_NAME_RUN = (
    rf"(?-i:[{rules.UPPER}][\w.'’-]*)(?:\s+(?:(?-i:[{rules.UPPER}][\w.'’-]*)|van|von|der|de|da|di|le|la)){{0,3}}"
)
_NAMES_RUN = rf"{_NAME_RUN}(?:(?:\s*[,&]|\s+(?:and|und|y|e|et))\s*{_NAME_RUN}){{0,3}}"
# A label and the name after it, then nothing, or what is no name's: a number (comments, views), a word
# in lower case, an address, a bracket ("by Amy Motroni 5 Comments", "Von Thilo", "Text: Ursula Eggers",
# "Autorin: Uta Staschewski, Projektleiterin ...": the cleaning leaves the role out).
_LABELLED = re.compile(
    rf"(?i:{byline_shape.BYLINE_LABEL})\s*:?\s*(?P<name>{_NAMES_RUN})(?P<rest>(?:[\s,]+(?:\d|[^\W\d_]*[a-zß-ÿ@(]).*|,.*)?)"
)


def labelled_name(text: str) -> str | None:
    """The name after a byline's label (:data:`ingest.byline_shape.BYLINE_LABEL`: "By", "Von", "Posted by",
    "Author:", "Text:") that opens ``text``, the rest of it no name ("5 Comments", ", Staff Writer"), or None."""
    match = _LABELLED.fullmatch(text.strip())
    if not match or len(text.split()) > byline_shape.LONG_BYLINE_WORDS:
        return None
    names = re.split(r"\s*[,&]\s*|\s+(?:and|und|y|e|et)\s+", match["name"])
    return match["name"] if all(written_as_name(name) for name in names) else None


# A byline's label alone at the end of its line, its name on the next, as many themes lay it out ("Von" /
# "Robert", "AUTOR/IN" / "Julius Richter", "10.12.2022 18:27 von" / "Hinrich Neumann", "by" / "delta201").
# What stands before the label must be a date or a time (:func:`_date_or_time`): "... a bidding war in
# 2019 by" / "Netflix" is a sentence the dump broke.
_LABEL_AT_THE_END = re.compile(
    rf"(?P<before>.*?\s)??(?i:{byline_shape.BYLINE_VERB}\s+(?:by|von|par|por|di|da|door)|by|von|par|por|di|door|{byline_shape.BYLINE_FIELD})\s*:?"
)


def _name_under_a_label(page: Page, index: int) -> str | None:
    """The name on the line under a byline's label that ends line ``index`` (:data:`_LABEL_AT_THE_END`): one
    to four words written as a name, no sentence. The label line is dropped with it; the name's line is
    dropped by the caller."""
    below = index + 1
    label_line = _LABEL_AT_THE_END.fullmatch(page.lines[index].text.strip())
    if below >= len(page.lines) or not page.free(below) or not label_line:
        return None
    if label_line["before"] and not (
        page.lines[index].words <= rules.MAX_DATELINE_WORDS and _date_or_time(label_line["before"], page.day_first)
    ):
        return None
    name, label = page.lines[below], page.lines[index].text.strip()
    # A field's name alone with no colon is also a menu's link ("Autoren" / "Mediadaten"): a whole name only.
    fewest = 2 if re.search(rf"(?i:{byline_shape.BYLINE_FIELD})$", label) else 1
    if not (fewest <= name.words <= 4 and not ends_sentence(name.text) and is_person_name(name.text.strip())):
        return None
    page.drop(index, "byline's label (its name on the next line)")
    page.drop(below, "byline (shown in the article header)")
    return name.text.strip()


def _date_or_time(text: str, day_first: bool = False) -> bool:
    """Whether ``text`` is a date (:func:`ingest.text.page.pattern_date`), a time, or a date and its time
    ("10.12.2022 18:27", "18:27 Uhr"), separators aside: nothing else."""
    found = pattern_date(text, day_first)
    rest = text if found is None else f"{text[: found.start]} {text[found.end :]}"
    rest = rest.strip(_SEPARATORS)
    timeless = _TIME.sub("", rest).strip(_SEPARATORS)
    return (found is not None or timeless != rest) and not timeless


def name_beside_a_date(line: Line, day_first: bool = False) -> str | None:
    """A reporter's name with no byline word beside the date of a header line, a piece of its own ("Swantje
    Schemmerling | 06.11.23", "28. Jan. 2022 Paula Balov", "04.02.2022 | 15:33 Uhr | Dennis Steimels"): two
    to four words written as a name, with a name's evidence (:func:`has_name_evidence`: "Festival News",
    "Korea Times" are capitalised too), maybe with a count after it (comments). Never before a comma: "Los
    Angeles, May 20, 2024" is a place's dateline, and so is a word in capitals ("SEOUL | March 3"). Only
    for the header's date line (:func:`ingest.text.header.read_header`): elsewhere such a line is a comment's stamp."""
    if line.words > rules.MAX_DATELINE_WORDS or (found := pattern_date(line.text, day_first)) is None:
        return None
    before, after = line.text[: found.start], _TIME.sub("", line.text[found.end :].strip(_SEPARATORS))
    if before.rstrip().endswith(","):
        before = ""
    pieces = (_SEGMENT.split(before.strip(_SEPARATORS))[-1], _SEGMENT.split(after.strip(_SEPARATORS))[0])
    for piece in (re.sub(r"\s+\d+$", "", piece.strip(_SEPARATORS)) for piece in pieces):
        words = piece.split()
        upper = any(len(w) > 1 and w.isupper() for w in words)
        if 2 <= len(words) <= 4 and is_person_name(piece) and not upper and has_name_evidence(piece):
            return piece
    return None


def byline_name(line: Line, other_languages: bool = True) -> str | None:
    """The name in a byline-shaped line ("By Mina Park", "Di Marco Rossi", "By Kim Ji-su (김지수)"), or None.

    ``other_languages``: read the openers of other languages than English ("Di", "Por", "Par", "Von").
    """
    text = _TRAILING_EMAIL.sub("", _GLUED_OPENER.sub(r"\1 ", without_bullet(line.text)))
    if line.words > byline_shape.BYLINE_WORDS and not _long_byline(line):
        return None
    match = full_match(rules.BYLINE, text) or full_match(rules.KOREAN_BYLINE, text) or full_match(rules.CJK_BYLINE, text)
    if match and (written_as_name(match["name"]) or _names_beside_an_organisation(text)):
        return match["name"].strip()
    if match := full_match(rules.RTL_BYLINE, text):
        return match["name"]
    # The byline's piece of a line a platform adds to ("By Jane Doe | jdoe@example.com", "Von Anna Roth · 4 Min.").
    first = _SEGMENT.split(text.strip())[0]
    return (other_languages and _other_language_byline(text)) or _bilingual_byline(text) or _labelled_alone(text) or (
        first != text.strip() and _labelled_alone(first) or None
    )


# The reporter's e-mail in brackets after the name, as Korean dailies print it ("By YOON SO-YEON
# [yoon.soyeon@joongang.co.kr]", "김하늘 기자 (sky@example.com)"): contact, not part of the name.
_TRAILING_EMAIL = re.compile(r"\s*[\[(<]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[\])>]\s*$")


# An opener run into the name by a copy of markup with no space between them ("ByAlex Bozarjian",
# "Geschrieben vonElisa Marvena"): no word of the languages collected has a capital after "by" or "von".
_GLUED_OPENER = re.compile(rf"(?<![^\W\d_])((?:{byline_shape.BYLINE_VERB}\s+)?(?i:by|von|por|par))(?=[{rules.UPPER}][a-zß-ÿ.])")


# An opener alone before a name is also a surname's particle ("Von Trier", "Di Caprio"): alone on its line,
# it opens a byline before a whole name only (two words at least); a platform's verb or a field's name
# ("Posted by", "Verfasst von", "Autorin:", "Text:") says it is a byline before any name.
_BARE_OPENER = re.compile(r"(?i:by|von|par|por|di|door)\s")


def _labelled_alone(text: str) -> str | None:
    name = labelled_name(text)
    return name if name and (len(name.split()) >= 2 or not _BARE_OPENER.match(text.strip())) else None


def _long_byline(line: Line) -> bool:
    """A byline of more than ``byline_shape.BYLINE_WORDS`` words (several authors, a contributor's credit,
    a place: "By Jane Doe and John Roe, with reporting by Kim Ji-woo in Seoul"): no sentence's end,
    ``byline_shape.LONG_BYLINE_WORDS`` words at most, and the people it names (:func:`_names_beside_an_organisation`)
    each written as a name. "By the end of the week ..." names no one and stays a sentence."""
    return line.words <= byline_shape.LONG_BYLINE_WORDS and not ends_sentence(line.text) and _names_beside_an_organisation(line.text)


def _names_beside_an_organisation(text: str) -> bool:
    """A byline that credits an organisation beside its authors ("By Jane Doe, Kim Min-ji and
    Reuters staff", "... and the news desk"): its people, as the author cleaning reads them
    (:func:`ingest.authors.byline_people`), each written as a name. The whole name is the byline's;
    the cleaning leaves the organisation out of the authors."""
    people = byline_people(text)
    return bool(people) and all(written_as_name(name) for name in people)


# A byline in the other languages of the press collected ("Di Marco Rossi", "Por Ana García", "Par
# Julien Delmas", "Von Anna Schmidt"): the opener is also a particle of surnames ("Di Caprio", "Von
# Trier", "Par" is rarer), so alone on a line it opens a byline only before a whole name, a given name
# and a surname at least, the first capitalised ("Von der Leyen" is one surname).
_OPENER_ALONE = re.compile(rf"(?i:{byline_shape.BYLINE_OPENER})\s+(?P<name>(?-i:[A-Z])[\w.'’-]*(?:\s+[\w.'’-]+){{1,3}})")


def _other_language_byline(text: str) -> str | None:
    match = _OPENER_ALONE.fullmatch(text.strip())
    return match["name"] if match and written_as_name(match["name"]) else None


# A byline that gives its name in two scripts, as Korean papers print for their readers abroad: the
# second form in brackets ("By Kim Ji-su (김지수)", "글 김지수 (Kim Ji-su)": text by Kim Ji-su), maybe
# with the role after it ("Kim Ji-su (김지수) Reporter"), or the two bylines either side of a slash
# ("김지수 기자 / By Kim Ji-su"). One form must be a Hangul or CJK name of two to four syllables, the
# other a Latin one of two to four words written as a name: "By design (and by law)" names no one.
# And the line must say it is a byline (an opener, a role): a name in two scripts alone on its
# line is as often a portrait's caption. The author is the romanised form, the one the byline's
# readers abroad, and the archive's people pages, know.
_BRACKETED = re.compile(r"(?P<first>.+?)\s*[(（](?P<second>[^()（）]+)[)）]\s*(?P<role>[^()（）]*)")
_SLASHED = re.compile(r"(?P<first>.+?)\s+/\s+(?P<second>.+)")
_ROLE_AFTER = re.compile(r"(?i:reporter|correspondent|staff writer|critic|editor|" + "|".join(ROLES_AFTER_NAME) + ")")
_HANGUL_OR_CJK_NAME = re.compile(r"[\uac00-\ud7a3\u4e00-\u9fff]{2,4}")
_LATIN_NAME = re.compile(r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3}")
# The Korean press's "글" (text by) before the name: a byline when the name's other form confirms it
# (alone, "글 목록", "글 쓰기" are a board's buttons: "list of posts", "write a post").
_KOREAN_TEXT_BY = re.compile(r"글\s*(?:[·/]\s*사진\s*)?(?P<name>[\uac00-\ud7a3]{2,4})")


def _bilingual_byline(text: str) -> str | None:
    match = _BRACKETED.fullmatch(text.strip()) or _SLASHED.fullmatch(text.strip())
    if not match:
        return None
    role = match.groupdict().get("role") or ""
    if role and not _ROLE_AFTER.fullmatch(role):
        return None
    # Each form: a byline's name by its own shape, or a bare name (the role after the brackets, or
    # the other side's byline, says it is one).
    forms = [(_name_in_byline(part) or part.strip(), _name_in_byline(part) is not None) for part in (match["first"], match["second"])]
    if not (role or any(said for _, said in forms)):
        return None
    (first, _), (second, _) = forms
    for romanised, other in ((first, second), (second, first)):
        if _LATIN_NAME.fullmatch(romanised) and written_as_name(romanised) and _HANGUL_OR_CJK_NAME.fullmatch(other):
            return romanised
    return None


def _name_in_byline(text: str) -> str | None:
    """The name in one script's half of a bilingual byline ("By Kim Ji-su", "김지수 기자", "글 김지수"), or None."""
    korean = _KOREAN_TEXT_BY.fullmatch(text.strip())
    return byline_name(Line(0, text, False, False)) or (korean["name"] if korean else None)


def keep_the_article_byline(page: Page, title: int | None) -> None:
    """Of several bylines on a page, the article's: the run of byline lines nearest its headline (``title``;
    the first run when none was found), a byline under the headline before one above it. The others are
    bylines of other articles' teasers (a "More from" box, a list of columns): their names leave the
    authors. Byline lines with no more than ``MAX_BYLINE_GAP`` lines between them are one run
    (co-authors on lines of their own, a byline and its date)."""
    runs: list[list[int]] = []
    for index in sorted(page.bylines):
        if runs and index - runs[-1][-1] <= MAX_BYLINE_GAP + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    if len(runs) < 2:
        return
    anchor = runs[0][0] if title is None else title
    kept = min(runs, key=lambda run: (min(abs(i - anchor) for i in run), run[0] < anchor))
    names = {name for index in kept for name in page.bylines[index]}
    # The teasers' names are gathered first and the authors filtered once: one pass over the authors
    # per teaser byline was quadratic on a page of thousands of them.
    teasers_names: set[str] = set()
    for run in runs:
        if run is kept:
            continue
        for index in run:
            teasers_names.update(page.bylines[index])
            if page.dropped.get(index, "").startswith("byline"):
                page.dropped[index] = "byline of another article (a teaser's)"
    page.meta.authors[:] = [a for a in page.meta.authors if a not in teasers_names or a in names]


# Byline lines this far apart at most are one byline (a name on each line, a date between).
MAX_BYLINE_GAP = 2


def mark_signatures(page: Page) -> None:
    """Signature lines close the article ("Reporter Kim Min-ji, Seoul"): walk up from the end while they last."""
    lines = page.lines
    roles = "|".join(re.escape(role) for role in rules.SIGNATURE_ROLES)
    signature = rf"(?:{roles})\s+[^\W\d_].*"
    signatures: list[int] = []
    for index in range(len(lines) - 1, -1, -1):
        if not page.free(index):
            continue
        line = lines[index]
        if line.words > 15 or ends_sentence(line.text) or not full_match(signature, line.text):
            break
        signatures.append(index)
    for index in reversed(signatures):
        page.meta.authors.append(lines[index].text.strip())
        page.signatures.add(lines[index].text.strip())
        page.drop(index, "author signature (shown in the article header)")


def mark_author_bio(page: Page, authors: list[str], body_start: int) -> None:
    """The author's box under the article ("María López es crítica de cine...", "Jane Doe is a critic
    based in ..."), in any language, by its shape: the page's last lines of running text, from one that
    opens with the full name of a byline's author (:data:`byline_shape.MIN_BIO_NAME_WORDS` words at least)
    and goes on in lower case, a sentence about them, below the body's first line (``body_start`` on).
    An article names its own writer so only there."""
    names = [name for name in authors if len(name.split()) >= byline_shape.MIN_BIO_NAME_WORDS]
    if not names:
        return
    free = [index for index in range(body_start, len(page.lines)) if page.free(index)]
    for index in reversed(free[1:][-rules.MAX_BIO_LINES :]):
        text = page.lines[index].text.strip()
        if any(text.startswith(f"{name} ") and text[len(name) + 1 : len(name) + 2].islower() for name in names):
            first = free.index(index)
            # A label right above the bio ("About the author", "Sobre el autor") heads only the bio: the box's.
            if first > 1 and _is_box_label(page.lines[free[first - 1]]):
                first -= 1
            for line in free[first:]:
                page.drop(line, "author's bio (the byline's author, after the article)")
            return


def _is_box_label(line: Line) -> bool:
    """A box's heading: a few words (``rules.MAX_BIO_LABEL_WORDS``), no sentence's end, no digit, no
    review's fact (a rating closing the review above the bio is the review's)."""
    text = line.text
    return 0 < line.words <= rules.MAX_BIO_LABEL_WORDS and not ends_sentence(text) and not re.search(r"\d", text) and not is_review_fact(text)


def written_as_name(name: str) -> bool:
    """Each word capitalised (or Hangul/CJK): "By the numbers" names no one."""
    return all(full_match(rules.NAME_WORD, word) for word in name.replace(",", " ").split())


def is_person_name(name: str) -> bool:
    """Written as a name (:func:`written_as_name`), and no newsroom's (:data:`ingest.byline_shape.DESK`:
    "Emotion Redaktion"): what a name found by its shape alone, with no byline word, must be."""
    return written_as_name(name) and not byline_shape.DESK.search(name)


def is_latin_name_line(line: Line) -> bool:
    """:func:`is_name_line` in Latin letters, a person's (:func:`is_person_name`) with a name's evidence
    (:func:`has_name_evidence`: "Seoul Arts Center" under a date is a venue): a Hangul or CJK line of a few
    characters under a date is as often a widget's label ("关注新华网": follow Xinhua)."""
    text = line.text.strip()
    return is_name_line(line) and _LATIN_NAME.fullmatch(text) is not None and is_person_name(text) and has_name_evidence(text)


def has_name_evidence(name: str) -> bool:
    """Whether a run of capitalised words (``name``, two words at least to count) shows it is a person's beyond
    its capitals: it opens with a common given name (:data:`people_films.names.GIVEN_NAMES`, "Lena Ortiz"), or
    a Korean or Chinese surname stands before or after a given name's romanised shape ("Kim Ji-su", "Ji-su Kim",
    "Wang Xiaoming"). What a name with no byline word beside it must have: a section ("Festival News"), a venue
    ("Seoul Arts Center"), a paper ("Korea Times") are written in capitals too."""
    words = [word.strip(".,") for word in name.split()]
    if len(words) < 2:
        return False
    if words[0].capitalize() in GIVEN_NAMES:
        return True
    return any(
        (is_korean_surname(surname) or is_chinese_surname(surname)) and (is_korean_given_name(given) or is_chinese_given_name(given))
        for surname, given in ((words[0], words[1]), (words[-1], words[0]))
    )


def names_the_site(page: Page, name: str) -> bool:
    """Whether ``name`` is the page's publisher's (``page.meta.publisher``) or its host's ("Roger Ebert" on
    www.rogerebert.com): a site's name beside a date is its masthead, no byline."""
    key = site_key(name)
    return bool(key) and (key == site_key(page.meta.publisher) or key in site_key(page.host))


def is_name_line(line: Line) -> bool:
    """A reporter's name alone on its line ("Debbie White"): two to four words, each written as a name."""
    return 2 <= line.words <= 4 and not ends_sentence(line.text) and written_as_name(line.text) and "&" not in line.text
