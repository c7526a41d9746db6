"""Film titles by the marks film writing sets them in: quotes (with a cue, or in an article
about films), angle brackets and book-title marks (``<Title>``, ``〈Title〉``, ``《Title》``), italics
(:func:`italic_title`, called by the ingest for ``<em>``/``<i>``/``<cite>``).
"""

from __future__ import annotations

import re

from people_films.cues import is_film_word, is_person_cue, possessive_before
from people_films.detect.characters import CHARACTER_QUOTED, named_as_characters
from people_films.detect.context import ArticleContext
from people_films.detect.films_by_words import film_cued
from people_films.detect.line_ups import credited_after
from people_films.detect.native import with_native
from people_films.detect.organisations import COMPANY_FORMS
from people_films.detect.other_works import names_an_event, other_work
from people_films.detect.shapes import japanese_shaped, korean_shaped, sinosphere_shaped
from people_films.detect.vocabulary import CREDIT_WORDS, PRODUCT_WORDS
from people_films.detect.words import LOOK_CHARS, QUOTED, QUOTED_BODIES, Candidate, Spans, corner_speech, is_acronym, overlaps, title_case
from people_films.names import GIVEN_NAMES, strip_titles

# A role word right after a quoted title: the "Dawson's Creek" star, the "Parasite" director.
_TITLE_THEN_ROLE = re.compile(r"^\s*(?:star|stars|actor|actress|director|filmmaker|creator|showrunner|producer|writer)\b", re.IGNORECASE)


# A compound made on the title, as German writes it: the 'Suicide Squad'-Star, die „Hobbit“-Trilogie.
_TITLE_THEN_COMPOUND = re.compile(r"^-([^\W\d_][\w-]*)")


# A work credited to its maker, as English, French, German and Italian write it: "'Arco' by Ugo Bienvenu",
# « L’Été dernier » de Catherine Breillat, „Stille Wasser“ von Lena Vogtmann.
_BY_NAME_AFTER = re.compile(r"^[,.]?\s+(?:by|de|von|di)\s+[A-ZÀ-Ý][\w’'-]*\s+[A-ZÀ-Ý]")


# A work credited to its director by that word: "“Harbor Lights” by director Min Kyu-dong",
# "'Night Tide', directed by Nora Field": a film whatever else the article is about.
_BY_DIRECTOR_AFTER = re.compile(r"^[,.]?\s+(?:directed\s+by|by\s+(?:the\s+)?(?:director|filmmaker))\s+[A-Z][\w’'-]*\s+[A-Z]")


# The words of a control, as instructions quote them: 'click on "Save"', 'tippen Sie auf „Weiter“'.
_UI_BEFORE = re.compile(r"\b(?:click|clicking|tap|tapping|press|pressing|select|choose|klicken|klickt|tippen|tippt|wählen)(?:\s+(?:on|auf|sie auf))?\s*$", re.IGNORECASE)


# A production has a set: "phoned in from the Chicago set of “Fargo,”", "on the set of 'Night Tide'".
_SET_OF = re.compile(r"\bset of\s*$")


_AWARDED_FOR = re.compile(r"\b(?:best [a-z]+(?: [a-z]+)?|award|prize|nominated|nomination|won|praised|acclaimed)\s+for\s*$")


_YEAR_AFTER = re.compile(r"^\s*\((?:19|20)\d\d\)")


def _credited_work(paragraph: str, start: int, end: int) -> bool:
    """Whether the words around ``paragraph[start:end]`` credit it as film writing credits a work: its
    maker's possessive before it, its year in brackets after it ("(2004)"), "by"/"de" and a name after it."""
    after = paragraph[end:]
    return bool(possessive_before(paragraph, start) or _YEAR_AFTER.match(after) or _BY_NAME_AFTER.match(after))


_LIST_JOIN = re.compile(r"^\s*(?:,|,?\s+(?:and|or|und|oder|et|ou))\s*$")
# Two quoted titles joined as a list ("in „Undine“ und „Transit“"): "and", not "or", which offers alternatives
# in speech as readily ("answer “Yes” or “No”").
_AND_JOIN = re.compile(r"\s*(?:,|,?\s+(?:and|und|et|y|e))\s*")


# Where Unicode's Latin blocks end (Basic Latin to Latin Extended-B, U+0000-U+024F).
_LATIN_END = 0x250


def italic_title(text: str, paragraph: str = "", start: int = 0, context: ArticleContext = ArticleContext()) -> bool:
    """Whether italic text (at ``start`` in ``paragraph``) reads as a film's title: title case, at most eight
    words, not a name's shape, not a song, book or publication by the words around it (:func:`other_work`),
    nor an event (:func:`names_an_event`), nor a credit; in an article about films or beside a film word."""
    words = text.split()
    # (In German and French, in sentence case too: *L’Amour ouf*, *Das Beste kommt noch!*.)
    shaped = title_case(text) or (context.sentence_case_titles and _sentence_case_title(text))
    if not shaped or korean_shaped(words) or sinosphere_shaped(words) or is_acronym(text):
        return False
    if text in context.other_works or not any(c.isalpha() for c in text) or text[-1] in ":?" or words[0].lower().rstrip(":.") in CREDIT_WORDS:
        return False  # "1945", "6 Hearts:", a question set in italics, "Von Gregory Lipinski", "Photo: ...", "Figure 3: ..."
    if (text.endswith(".") and len(words) > 2) or re.search(r"['’]s$", text) or (len(words) == 1 and text.lower() in context.ordinary):
        return False  # a sentence, a possessive, a word the article also writes in lower case: stress, not a title
    # Italics are a title's mark in film writing; elsewhere they stress a word or set off a foreign one.
    # A short review may hold few film words: its credit around the italics says a work is meant.
    end = start + len(text)
    # A word of two letters in italics is stress or an interjection ("*Ah*, symmetry."), a title only when credited
    # as a work (*Up* (2009), Pixar's *Up*): found once, the archive links it wherever the word comes back.
    # (Latin letters only: two Hangul or Han characters, 마더 or 活着, are a whole title; and a strong film cue,
    # "the film *It*", credits it as well.)
    if len(text) <= 2 and all(ord(c) < _LATIN_END for c in text) and not (
        paragraph and (_credited_work(paragraph, start, end) or film_cued(paragraph, start, end, strong=True))
    ):
        return False
    if not (context.about_films or (paragraph and (film_cued(paragraph, start, end, strong=True) or _credited_work(paragraph, start, end)))):
        return False
    return not (paragraph and (other_work(paragraph, start, start + len(text)) or names_an_event(paragraph, start, start + len(text), text)))


def quoted_films(text: str, spans: Spans, context: ArticleContext) -> list[Candidate]:
    found: list[Candidate] = []
    previous_end = -1  # where the last quoted film's closing quote was
    previous_comma = False  # whether its quotes closed over a comma
    every_quote = list(QUOTED.finditer(text))
    for number, quoted in enumerate(every_quote):
        body = next(group for group in QUOTED_BODIES if quoted.group(group) is not None)
        # American style puts the sentence's comma or full stop inside the quotes.
        title = quoted.group(body).strip().rstrip(",")
        if title.endswith(".") and not title.endswith(".."):
            title = title[:-1]
        start = quoted.start(body) + quoted.group(body).index(title[:1] or " ") if title else quoted.start(body)
        end = start + len(title)
        title_cased = title_case(title) and title[-1:] not in ";:!?"
        # French and German capitalise a title's first word (and German its nouns) only: « Les Enfants rouges »,
        # „Nacht fiel über Gotenhafen“. Their quotation marks, or a German article, allow that shape.
        # A line-up's credit after the title ("(Claire Morel, France)") keeps the title as its country writes it.
        credited_in_brackets = credited_after(text, quoted.end())
        sentence_cased = (
            context.sentence_case_titles or quoted.group(body - 1) in _SENTENCE_CASE_MARKS or credited_in_brackets
        ) and _sentence_case_title(title)
        if not title or overlaps(start, end, spans) or is_acronym(title) or not (title_cased or sentence_cased):
            continue
        if korean_shaped(strip_titles(title.split())):
            continue  # a name in quotes ('AI Kim Taeyong'): a nickname or persona, not a title
        if title in context.other_works or other_work(text, quoted.start(), quoted.end()):
            continue  # "the ballad “My Heart Will Go On”": a song, a book, a magazine
        if names_an_event(text, quoted.start(), quoted.end(), title) or title.split()[-1].lower() in PRODUCT_WORDS:
            continue  # "the section 'Bucheon Choice'", "the “New British Voices” season", "the “Gi-hun AI”"
        if _UI_BEFORE.search(text[max(0, quoted.start() - 30) : quoted.start()]):
            continue  # 'click on "Skip Obtaining Device Software Online"': a button's words
        if CHARACTER_QUOTED.search(text[max(0, quoted.start() - 60) : quoted.start()]) or (
            " " not in title and named_as_characters(text, quoted.start())
        ):
            spans.append((start, end))  # no person either
            continue  # "als Ärztin „Dr. Hanna Berg“", "sein Charakter „Onkel Max“", "the protagonists' names are 'Anna'"
        before, after = text[max(0, quoted.start() - LOOK_CHARS) : quoted.start()], text[quoted.end() : quoted.end() + LOOK_CHARS]
        in_credits = before.rstrip().endswith(("(", "“The", ",")) and _credited_name(before, context)
        # American style keeps the list's comma inside the quotes: (“The Discovery,” “The One I Love”).
        gap = text[previous_end : quoted.start()]
        listed = previous_end >= 0 and (_LIST_JOIN.match(gap) or (previous_comma and re.fullmatch(r"\s*(?:and\s+|or\s+)?", gap)))
        # Film writing credits a work ("'Arco' by Ugo Bienvenu") and awards it ("best director for “Nomadland”").
        credited = (context.about_films and (_BY_NAME_AFTER.match(after) or _AWARDED_FOR.search(before))) or _BY_DIRECTOR_AFTER.match(after)
        if (
            (title_cased and context.about_films and _stands_alone_quoted(text, quoted, title))  # writing about films quotes titles
            or film_cued(text, quoted.start(), quoted.end(), strong=" " not in title and not context.about_films)  # one word elsewhere: "released" is too weak
            or _TITLE_THEN_ROLE.match(after)
            or _film_compound(after)
            or _YEAR_AFTER.match(after)
            or credited_in_brackets  # "'Halcyon' (Tomas Varga, Hungary)": a line-up's credit, one word too
            or _SET_OF.search(before)
            or in_credits
            or listed
            or credited
            # In writing about films, a title of one word too: one the article quotes again (the headline's
            # 'Pietà'), or one of a list of quoted title case ("„Undine“ und „Transit“").
            or (title_cased and context.about_films and (title in context.quoted_often or _in_a_quoted_list(text, every_quote, number)))
        ):
            title, native_end = with_native(text, start, end, "film")
            found.append(Candidate("film", start, native_end, title))
            spans.append((start, native_end))
            previous_end = max(quoted.end(), native_end)
            previous_comma = quoted.group(body).rstrip().endswith(",")
    return found


# Korean and Chinese film press put titles in angle brackets or book-title marks: <Title>, 〈Title〉, 《Title》.
_BRACKETED = re.compile(r"[<〈《「『]([^<>〈〉《》「」『』\n]{1,80})[>〉》」』]")


def _quotation(match: re.Match, title: str, context: ArticleContext) -> bool:
    """Whether a 「」 match (see :data:`_BRACKETED`) holds speech, not a title: by its shape
    (:func:`~people_films.detect.words.corner_speech`), or as words of a quotation the article holds elsewhere
    (a news headline pulls a line from the body's quotation: 「アジア映画の親密さ」 over 「…。アジア映画の親密さを感じた」と語った).
    The second only for a headline's or deck's quote (a line with no sentence stop) of ``_MIN_PULLED_QUOTE`` characters
    or more: a short title ("主演作「家族」が公開された。") turns up inside anyone's speech ("「家族が一番大事です」")."""
    return match.group().startswith("「") and (
        corner_speech(match.string, match.start(), match.end(), title)
        or (
            len(title) >= _MIN_PULLED_QUOTE and not _SENTENCE_STOP.search(match.string)
            and any(title in spoken and title != spoken for spoken in context.spoken)
        )
    )


# A headline pulls a phrase, not a word: two or three characters are as likely a short title ("家族", "燈籠").
_MIN_PULLED_QUOTE = 4
# A headline or deck ends no sentence; a body's line does.
_SENTENCE_STOP = re.compile(r"[。！？]")


# A title in marks that carries another title of the same film in brackets at its end, the bracket's label
# up to a colon ("英題：", "English title:", "원제:"): 《소금의 계절（英題：The Salt Harvest）》. Or its year: 《Title (2019)》.
_INNER_BRACKET = re.compile(r"^(?P<title>[^()（）]+?)\s*[(（]\s*(?:[^()（）:：]{1,15}[:：]\s*)?(?P<other>[^()（）:：]+?)\s*[)）]$")


def _other_title_inside(title: str) -> tuple[str, str]:
    """(the title, the other title of the same film written in brackets inside its marks, or "")."""
    inner = _INNER_BRACKET.match(title)
    if inner is None:
        return title, ""
    outer, other = inner.group("title").strip(), inner.group("other").strip()
    if re.fullmatch(r"(?:19|20)\d\d", other) or other.isascii() == outer.isascii():
        return outer, ""  # a year, or a note in the same script: not another spelling of the title
    return outer, other


# The English title the press writes in brackets after a non-Latin one in its marks: "《地久天长》 (So Long, My Son)",
# "〈소금길〉(The Salt Road)". Not a festival's credit of the director there: a name's shape, or the credit's
# country or year after a comma ("〈밤길〉 (Kim Da-eun, 2024)", see person_cues.TITLE_THEN_BRACKET).
_LATIN_TITLE_AFTER = re.compile(r"[ ]?[(（]\s*(?P<other>[A-Z0-9][^()（）\n]{0,80}?)\s*[)）]")
_CREDIT_TAIL = re.compile(r",\s*(?:(?:19|20)\d\d|[A-Z][\w-]*)$")


def _english_title_after(text: str, end: int, context: ArticleContext) -> re.Match | None:
    """The bracket right after a non-Latin title's closing mark at ``end`` when it holds the film's English title."""
    after = _LATIN_TITLE_AFTER.match(text, end)
    if after is None:
        return None
    other = after.group("other")
    words = other.split(",")[0].split()
    if not other.isascii() or not title_case(other) or re.fullmatch(r"(?:19|20)\d\d", other) or _CREDIT_TAIL.search(other):
        return None  # a year, a credit's country or year, a note
    if korean_shaped(words) or sinosphere_shaped(words) or japanese_shaped(words, context) or words[0] in GIVEN_NAMES or is_person_cue(words[0].rstrip(".:")):
        return None  # the director credited in brackets: "(Wang Bing)", "(dir. Kim Da-eun)"
    return after


def bracketed_films(text: str, spans: Spans, context: ArticleContext) -> list[Candidate]:
    found: list[Candidate] = []
    for match in _BRACKETED.finditer(text):
        title = match.group(1).strip()
        if not title or any(mark in title for mark in ("@", "/", "=", "http")):
            continue
        if _quotation(match, title, context):
            continue  # 「待つことについての映画です」, 「夢を諦めないで」と語った: a quotation
        if is_acronym(title) and len(title) <= 5 and title.isalnum():
            continue  # <KBS2>, <JTBC>: a channel or a company
        if title in context.other_works or other_work(text, match.start(), match.end()) or names_an_event(text, match.start(), match.end(), title):
            continue  # the same marks hold songs, books, newspapers, festivals and channels: 《Beijing Youth Daily》
        title, other = _other_title_inside(title)
        start = match.start(1) + match.group(1).index(title[0])
        end = start + len(title)
        if overlaps(start, end, spans) or (title.isascii() and not title_case(title) and not title[0].isdigit()):
            continue
        english = None if other or title.isascii() else _english_title_after(text, match.end(), context)
        if other:  # the romanised or English title first, the native one as its other spelling, as with_native writes them
            written, end = (f"{other} {title}" if other.isascii() else f"{title} {other}"), match.end(1)
        elif english:  # the same after the marks: one film, not a person "So Long" credited after a title
            written, end = f"{english.group('other')} {title}", english.end()
        else:
            written, end = with_native(text, start, end, "film")
        found.append(Candidate("film", start, end, written))
        spans.append((start, end))
    return found


# Quoted words that name an idea, not a work: "the concept of 'Aura'", "stands for 'AI, Human & Art'".
_IDEA_BEFORE = re.compile(
    r"\b(?:concept|idea|notion|term|word|words|phrase|slogan|motto|theme|stands for|called|dubbed|so-called|names are|named|renamed"
    r"|nickname(?:\s+(?:of|was|is))?|nicknamed|known as)\s*$"
)


_OPEN_PARENTHESIS_AFTER = re.compile(r"([A-Z][\w’'-]+)(\s+[A-Z][\w’'-]+)?\s*\([^()]*$")


# The opening quotation marks of French (« ») and German („ “, ‚ ‘), whose titles are written in sentence case.
_SENTENCE_CASE_MARKS = frozenset("«„‚")


def _sentence_case_title(title: str) -> bool:
    """German titles capitalise nouns only ("Nacht fiel über Gotenhafen", "Hunde, wollt Ihr ewig leben?"),
    French ones the first word (and the noun after an article: "Les Enfants rouges", "La Nuit du renard",
    the Imprimerie nationale's rule): a capital first, at most six words, no sentence inside. Read as a title
    only with a cue beside it."""
    words = title.split()
    return 1 <= len(words) <= 6 and title[:1].isupper() and title[-1:] not in ";:,." and ". " not in title and ": " not in title


def _credited_name(before: str, context: ArticleContext) -> bool:
    """Whether a name's credits are open before a title: "Adriana Paz (“Identity Card”", "Rolf Thiele („...“".

    A full name, or a word the article writes inside a longer name; not a German noun glossed in another
    language: "Händler („Trader“)".
    """
    match = _OPEN_PARENTHESIS_AFTER.search(before)
    if match is None or (match.group(2) or " ").strip() in COMPANY_FORMS:
        return False  # 'Q-Energy Deutschland GmbH („Q-Energy“)': a company's short name, defined
    return bool(match.group(2)) or not context.german or match.group(1) in context.in_longer_names - context.nouns


def _film_compound(after: str) -> bool:
    compound = _TITLE_THEN_COMPOUND.match(after)
    return bool(compound) and (is_film_word(compound.group(1)) or is_person_cue(compound.group(1)))


def _in_a_quoted_list(text: str, quotes: list[re.Match], number: int) -> bool:
    """Whether quote ``number`` of ``quotes`` (:data:`QUOTED` matches in ``text``) is joined by "and" or a comma
    to a quote of title case beside it."""
    def title_cased(quoted: re.Match) -> bool:
        body = next(group for group in QUOTED_BODIES if quoted.group(group) is not None)
        return title_case(quoted.group(body).strip(" ,.")) and not quoted.group(body).rstrip().endswith((".", "!", "?"))

    before = number > 0 and _AND_JOIN.fullmatch(text, quotes[number - 1].end(), quotes[number].start()) and title_cased(quotes[number - 1])
    after = number + 1 < len(quotes) and _AND_JOIN.fullmatch(text, quotes[number].end(), quotes[number + 1].start()) and title_cased(quotes[number + 1])
    return bool(before or after)


def _stands_alone_quoted(text: str, quoted: re.Match, title: str) -> bool:
    """Quoted title case read as a title on the strength of an article about films alone.

    Two words at least (a lone quoted word is as often a name or an idea), the
    quotes set off by spaces or brackets as a title is, and no word before saying
    an idea follows.
    """
    before = text[max(0, quoted.start() - LOOK_CHARS) : quoted.start()]
    return len(title.split()) >= 2 and (not before or before[-1] in " (\n") and not _IDEA_BEFORE.search(before.rstrip())
