"""Pass 4: the headline, chosen by evidence among candidate lines.

:func:`headline_candidates` finds the lines that may be the headline (near the
top, or within ``rules.TITLE_REACH`` above the text; never a UI phrase, a
byline, a date, a file name, a caption or a question from the body) and
:func:`title_features` names each one's evidence; the learned weights
(:mod:`ingest.text.title_model`) rank them.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from ingest import byline_shape
from ingest.credit_shape import TRAILING_CREDIT
from ingest.paths import ascii_words
from ingest.text import rules, title_model
from ingest.text.title_model import ADDRESS_FEATURE
from ingest.text.bylines import is_name_line, written_as_name
from ingest.text.captions import caption_followed_by_credit, is_caption_slot
from ingest.text.datelines import is_header_fact as is_short_header_fact, place_dateline
from ingest.text.lines import full_match, is_bullet, is_navigation, is_prose, is_trail, search
from ingest.text.main_text import opens_paragraphs
from ingest.text.page import Page, dropped_as_chrome, next_free, parse_date, pattern_date
from ingest.text.questions import is_numbered_question


def headline_candidates(page: Page, main_start: int) -> dict[int, dict[str, float]]:
    """The headline candidates (line index -> features), with the evidence that compares them with each other."""
    text_start, region = title_region(page, main_start)
    # A line that holds most of the address's slug is in reach wherever it stands (the headline above a
    # long menu, or under a gallery): the address names it.
    if slug := page.address_words:
        reach = set(region)
        region = sorted(reach | {i for i in range(len(page.lines)) if page.free(i) and i not in reach and _slug_share(page, i) >= MIN_SLUG_SHARE})
    candidates = {i: title_features(page, i, text_start) for i in region if is_title_shaped(page, i, text_start, main_start)}
    above = [i for i in candidates if i <= text_start]
    longest = max((len(page.lines[i].text) for i in candidates), default=0)
    # The first candidate a byline or date stands under: the article's header comes before
    # the boxes of other articles (with their own bylines) inside and after the text.
    dated = [i for i, f in candidates.items() if f["byline or date right under it"] or f["byline or date under it"]]
    # The text's words, and on which of its lines: a candidate inside the text must not count its own.
    text_lines: dict[str, set[int]] = {}
    size = 0
    for i in range(text_start, len(page.lines)):
        if page.free(i) and size < rules.TITLE_TEXT_CHARS:
            size += len(page.lines[i].text)
            for word in _content_words(page.lines[i].text):
                text_lines.setdefault(word, set()).add(i)
    right_under = [i for i, f in candidates.items() if f["byline or date right under it"]]
    # A breadcrumb ends with the page's own title, cut short ("Startseite > Social Media > Instagram
    # arbeitet an neuer..."): when one such cut line opens one candidate only, the page repeats that
    # candidate (a list of teasers cuts many headlines, and is no evidence).
    if (named := _named_by_a_cut_line(page, candidates)) is not None:
        for i in candidates:
            if page.lines[i].text.strip() == named:
                candidates[i]["repeated"] = 1.0
    for i, features in candidates.items():
        features["nearest candidate above the text"] = float(bool(above) and i == max(above))
        # A list of teasers dates each of its headlines; the article's header dates only its own.
        features["the only candidate with a byline or date right under it"] = float(right_under == [i])
        features["longest candidate"] = float(len(page.lines[i].text) == longest)
        features["first candidate with a byline or date under it"] = float(bool(dated) and i == min(dated))
        words = _content_words(page.lines[i].text)
        # A headline names what its text is about; a menu item, a tagline or another article's headline seldom does.
        # A headline with its deck under it: the deck is the longer of the two, and not the headline.
        previous = max((j for j in candidates if j < i), default=None)
        following = min((j for j in candidates if j > i), default=None)
        features["under a shorter candidate"] = float(
            previous is not None and next_free(page, previous) == i and page.lines[previous].words < page.lines[i].words
        )
        features["above a longer candidate"] = float(
            following is not None and next_free(page, i) == following and page.lines[following].words > page.lines[i].words
        )
        shared = [word for word in words if text_lines.get(word, set()) - {i}]
        features["share of its words in the text"] = len(shared) / len(words) if words else 0.0
        # A short menu item or tag shares all of its one or two words; a headline shares several.
        features["words shared with the text (up to 6, /6)"] = min(len(shared), 6) / 6
        # Publishing systems make an article's address from its headline ("/2019/11/20/the-latest-man-stabbed-..."):
        # the share of that slug's words the line holds. A menu item or a section label holds one of them at most.
        # Only a page read with its address has this evidence (the model weighs such pages apart).
        if slug:
            features[ADDRESS_FEATURE] = _slug_share(page, i)
    return candidates


def _named_by_a_cut_line(page: Page, candidates: dict[int, dict[str, float]]) -> str | None:
    """The one candidate text that a line cut short with an ellipsis opens ("Instagram arbeitet an
    neuer..." over "Instagram arbeitet an neuer Videofunktion für Stories"), when exactly one such line
    opens exactly one candidate text; else None."""
    texts = {page.lines[i].text.strip() for i in candidates}
    stems = {
        stem
        for line in page.lines
        if (cut := CUT_SHORT.search(stripped := line.text.strip())) is not None
        and len(stem := stripped[: cut.start()]) >= MIN_CUT_STEM_CHARS
        and len(stem.split()) >= MIN_CUT_STEM_WORDS
    }
    opened = {stem: {t for t in texts if t.startswith(stem) and len(t) > len(stem) + 2} for stem in stems}
    opened = {stem: named for stem, named in opened.items() if named}
    if len(opened) != 1:
        return None
    (named,) = opened.values()
    return next(iter(named)) if len(named) == 1 else None


# A line cut short: a word, then an ellipsis ("...", "…") at its end.
CUT_SHORT = re.compile(r"(?<=\S)\s*(?:\.\.\.|…)$")
# A cut line names a headline when it keeps this much of it (fewer are a word or two any line opens with).
MIN_CUT_STEM_CHARS = 15
MIN_CUT_STEM_WORDS = 3


def _slug_share(page: Page, index: int) -> float:
    """The share of the address slug's words (:func:`url_slug_words`) that line ``index`` holds."""
    slug = page.address_words
    return len(slug & _folded_words(page.lines[index].text)) / len(slug) if slug else 0.0


# A line holding this share of the address's slug or more is a headline candidate wherever it stands.
MIN_SLUG_SHARE = 0.6
# Endings of an address's last part that are no word of its headline.
_FILE_ENDINGS = {"html", "htm", "php", "asp", "aspx", "shtml", "jsp", "cms"}
# A slug holds at least this many words; fewer are a section's name ("/news/", "/film/reviews/").
MIN_SLUG_WORDS = 3


def url_slug_words(url: str) -> frozenset[str]:
    """The words of an article address's slug, folded to ASCII (:func:`_folded_words`): the part of
    its path with the most words that are not numbers ("/news/2022/12/ultium-cells-erhoeht-kapazitaet"
    -> ultium, cells, erhoeht, kapazitaet), or none when no part has ``MIN_SLUG_WORDS`` (an address by
    number, "articleView.html?idxno=123"; a section, "/film/reviews/")."""
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return frozenset()
    parts = [[w for w in ascii_words(part).split("-") if w and not w.isdigit() and w not in _FILE_ENDINGS] for part in path.split("/")]
    slug = max(parts, key=len, default=[])
    return frozenset(slug) if len(slug) >= MIN_SLUG_WORDS else frozenset()


def address_host(url: str) -> str:
    """The host of an article's address, lower-cased ("" when there is none or it is no address)."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def names_the_site(text: str, host: str) -> bool:
    """Whether ``text`` is the site's name as its host spells it, give or take a short word: "DER
    SPIEGEL" on www.spiegel.de, "Gelbe Liste" on gelbe-liste.de, "St. Lucia Times News" on
    stluciatimes.com (the logo's text, which a copy of the page prints above the headline)."""
    glued = re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower())
    names = (re.sub(r"[^a-z0-9]", "", label) for label in host.split(".")[:-1])  # not the top-level domain
    return any(
        len(name) >= MIN_SITE_NAME and (glued.startswith(name) or glued.endswith(name)) and len(glued) - len(name) <= MAX_SITE_NAME_EXTRA
        for name in names
    )


# A host's label this long or longer names the site ("taz", "ard" are words of headlines too).
MIN_SITE_NAME = 5
# The site's name with a short word of its logo's ("der", "news", "the"): up to this many letters.
MAX_SITE_NAME_EXTRA = 4


@lru_cache(maxsize=8192)
def _folded_words(text: str) -> frozenset[str]:
    """``text``'s words in the ASCII a slug writes them in, both ways German slugs fold umlauts
    ("erhöht" -> erhoht, erhoeht), and as slugifiers that drop a letter outside ASCII write them
    ("veículos" -> ve-culos, "serviço" -> servi-o: a PHP site's own slugs); other scripts romanised
    as :func:`ingest.paths.ascii_words` does."""
    variants = {text, text.translate(_UMLAUTS)}
    if not _NOT_LATIN.search(text):  # most lines: accents to drop at most, no script to romanise (fast)
        folded = [unicodedata.normalize("NFKD", v).encode("ascii", "ignore").decode("ascii").lower() for v in variants]
        folded.append(re.sub(r"[^\x00-\x7f]", " ", text).lower())
        return frozenset(w for v in folded for w in re.findall(r"[a-z0-9]+", v))
    return frozenset(w for variant in variants for w in ascii_words(variant).split("-") if w)


# A character of neither the Latin script (with its accents) nor common punctuation: the line is romanised.
_NOT_LATIN = re.compile(r"[^\x00-\u024f\u0300-\u036f\u2000-\u206f\u00a0]")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def _content_words(text: str) -> set[str]:
    """The words of five letters or more (two syllables or more in Hangul or CJK), lower-cased: what a
    headline shares with its text (shorter Latin words are mostly small ones: "this", "made", "eine")."""
    return {word.lower() for word in re.findall(r"[\uac00-\ud7a3\u4e00-\u9fff]{2,}|[^\W\d_]{5,}", text)}


def find_title(page: Page, main_start: int) -> int | None:
    """The headline: the candidate line with the most evidence (see :func:`title_features`).

    When no candidate has enough, there is no title (the file name stands in,
    with a warning) and ``title: low confidence`` names the candidates.
    """
    candidates = headline_candidates(page, main_start)
    scored = sorted(((title_model.score(features), -i, i) for i, features in candidates.items()), reverse=True)  # ties: the first
    if scored and scored[0][0] >= title_model.threshold(with_address=bool(page.address_words)):
        scores = {i: score for score, _, i in scored}
        title = held_headline(page, headline_over_its_deck(page, scored[0][2], candidates, scores), candidates)
    elif 0 in candidates and _is_hand_saved_headline(page, candidates[0], main_start):
        title = 0
    else:
        shown = ", ".join(repr(page.lines[i].text.strip()[:60]) for _, _, i in scored[:3]) or "none"
        page.warnings.append(f"title: low confidence (candidates: {shown})")
        return None
    text = page.lines[title].text.strip()
    page.meta.title = text
    page.labels[title] = "title"
    for index in range(len(page.lines)):
        if index != title and page.free(index) and page.lines[index].text.strip() == text:
            page.drop(index, "repeated headline")
    return title


def headline_over_its_deck(page: Page, winner: int, candidates: dict[int, dict[str, float]], scores: dict[int, float]) -> int:
    """The candidate right above the winning line when the winner reads as its deck, else the winner.

    News pages print the headline, then the deck (a sentence or two that says more, often opening
    with a quotation) and then the byline and dateline; the deck, the longer and wordier of the two,
    shares the headline's evidence (near the byline, words of the text) and may outscore it. The
    line above is the headline when it is headline-sized (``MIN_HEADLINE_OVER_DECK_WORDS`` words or
    more), reads as one (no trail of short parts, not a shouted section label, names something the
    text names), the winner is a deck's length (``MIN_DECK_WORDS`` words, ``DECK_LENGTH_RATIO``
    times the line above) and the line above scores within ``DECK_SCORE_GAP`` of it. Tuned on the dev
    split (``python -m bench.title_misses``): a kicker, a section or a menu item above a headline
    is shorter, fails these tests, and the headline stays."""
    above = max((i for i in candidates if i < winner), default=None)
    if above is None or next_free(page, above) != winner:
        return winner
    head, deck, evidence = page.lines[above], page.lines[winner], candidates[above]
    is_headline = (
        head.words >= MIN_HEADLINE_OVER_DECK_WORDS
        and not evidence.get("a trail of short parts")
        and not evidence.get("all capitals")
        and evidence.get("share of its words in the text", 0.0) > 0
    )
    is_deck = deck.words >= MIN_DECK_WORDS and deck.words >= DECK_LENGTH_RATIO * head.words
    return above if is_headline and is_deck and scores[above] >= scores[winner] - DECK_SCORE_GAP else winner


# A headline over its deck has this many words or more (fewer are a kicker or a section's name).
MIN_HEADLINE_OVER_DECK_WORDS = 4
# A deck under its headline has this many words or more, and this many times the headline's.
MIN_DECK_WORDS = 12
DECK_LENGTH_RATIO = 1.3
# The headline over a deck scores at most this much below it (log-odds; dev split, with and
# without the address: 2.0 fixed 8 pages and broke 1, 3.0 fixed 9 and broke 2, 5.0 fixed 10 and broke 4).
DECK_SCORE_GAP = 2.0


def held_headline(page: Page, winner: int, candidates: dict[int, dict[str, float]]) -> int:
    """The candidate the winning line ends with, after a few words of its own: the page prints its
    headline alone and again behind a kicker, a section or a breadcrumb run into it ("Lübeck So lief
    die Auktion ...", "Home Gesellschaft Interview mit X" above "Interview mit X"), as teasers and
    navigation do, or quoted by its comments' heading ('5 thoughts on "Headline"'); the winning line,
    the headline again, is then dropped (it is not the article's text either). Else the winner."""
    text = page.lines[winner].text.strip()
    unquoted = text.rstrip("".join(CLOSING_QUOTES)) if text.endswith(CLOSING_QUOTES) else text
    held = [
        i for i in candidates
        if i != winner and page.lines[i].words >= MIN_HELD_WORDS
        and (other := page.lines[i].text.strip()) != text and unquoted.endswith(other)
        and not other[:1].islower()  # a headline opens with a capital; the end of a sentence does not
        and not (kicker := unquoted[: -len(other)])[-1:].isalnum()  # the kicker ends where the headline begins
        and not _ends_in_lower_case(kicker)  # "Burgenland: Best of" runs on into what follows: one headline
        and len(kicker.split()) <= MAX_KICKER_WORDS
        and (unquoted == text or kicker.rstrip()[-1:] in OPENING_QUOTES)  # a quoted headline is quoted whole
    ]  # fmt: skip
    if not held:
        return winner
    page.drop(winner, "the headline again, after a kicker, a section or a comments heading")
    return min(held, key=lambda i: abs(i - winner))


def _ends_in_lower_case(kicker: str) -> bool:
    """Whether the words before a held headline end with a word in lower case and no mark after it
    ("Burgenland: Best of "): a kicker, a section or a breadcrumb ends with a name, a capital or a
    mark ("Lübeck ", "Home Gesellschaft ", "Kultur: "), so such words are the headline's own first half.
    A comments heading ends with an opening quotation mark ('5 thoughts on “'), which is no word."""
    last = kicker.split()[-1:]
    return bool(last) and last[0][-1:].isalpha() and last[0][:1].islower()


# Quotation marks around a quoted headline, in the conventions of English, German and French.
OPENING_QUOTES = "\"'“„«»‘‚"
CLOSING_QUOTES = ("\"", "'", "”", "“", "»", "«", "’", "‘")


# The held headline has this many words or more (fewer are a name or a section, "Lübeck").
MIN_HELD_WORDS = 3
# A kicker, a section or a short breadcrumb run into the headline: up to this many words.
MAX_KICKER_WORDS = 4


def _is_hand_saved_headline(page: Page, features: dict[str, float] | None, main_start: int) -> bool:
    """The file's first line, written with capitals, set apart by a blank line or followed by no
    chrome before the text: how a dump saved by hand opens ("Story 12", a blank line, the text).
    The model, trained on browser copies of whole pages, seldom sees that shape, so it holds
    when nothing else convinces."""
    no_chrome = not any(dropped_as_chrome(page, i) for i in range(main_start))
    return bool(features) and (page.lines[0].blank_after or no_chrome) and not features["lower case"]


def title_region(page: Page, main_start: int) -> tuple[int, list[int]]:
    """``(where the text starts, the lines that may hold the headline)``: near the top and above the text.

    The region is the page's first ``MAX_HEADER_LINES`` free lines (a dump saved
    by hand opens with its headline) and the free lines within
    ``TITLE_REACH`` of where the main text begins and of where its paragraphs
    begin: the two differ when a deck, a lead picture's caption or a fact box
    stands between them, and the headline sits above either. A menu above the
    text is in reach too; the model weighs its lines down.
    """
    free = [i for i in range(len(page.lines)) if page.free(i)]
    # The headline stands above the article's first paragraphs: the first two lines of
    # running text in a row (the main text may begin earlier, with a stray sentence of
    # the site's, or with a picture's alt text the page repeats).
    text_start = next((i for i in free if i >= main_start and opens_paragraphs(page, i)), main_start)
    reach = rules.TITLE_REACH
    # Reach counts the lines still free: a share panel or a menu the chrome pass dropped between the
    # headline and the text (thirty buttons on a BBC page) does not put the headline out of reach.
    main_rank, text_rank = bisect_left(free, main_start), bisect_left(free, text_start)
    region = [
        i for n, i in enumerate(free)
        if n < rules.MAX_HEADER_LINES
        or (main_rank - reach <= n and i <= main_start + rules.MAX_HEADER_LINES)
        or (text_rank - reach <= n and i <= text_start + rules.MAX_HEADER_LINES)
    ]  # fmt: skip
    return text_start, region or free[:1]


def title_features(page: Page, index: int, main_start: int) -> dict[str, float]:
    """The evidence that line ``index`` is the headline, by name (0/1 unless said otherwise).

    Repetition in the page's head, a byline or date near it, its place (first
    line, just above the text, how far above it), its shape (length, case).
    The weights are learned (:mod:`ingest.text.title_model`); the names are
    the model file's keys.
    """
    line = page.lines[index]
    text = line.text.strip()
    f: dict[str, float] = {}
    # Repeated in the page's head, where the site's chrome is not (a footer repeats the menu's words).
    head = range(min(len(page.lines), main_start + rules.MAX_HEADER_LINES))
    others = [page.texts[i] for i in head if i != index and not dropped_as_chrome(page, i)]
    f["repeated"] = any(other == text or (other.startswith(text) or other.endswith(text)) and len(other) < 2 * len(text) + 30 for other in others)
    # "Headline | Site" or "Headline - Site" elsewhere: the page's <title> printed as a line.
    f["repeated with the site's name"] = any(
        other.startswith(text) and _SITE_NAME_PART.fullmatch(other, len(text)) is not None for other in others
    )
    # The headline opening a longer line anywhere: many sites use it as every picture's alt text.
    f["opens a longer line"] = _opens_a_longer_line(page, text)
    under = next((i for i in range(index + 1, len(page.lines)) if not dropped_as_chrome(page, i)), None)
    f["byline or date right under it"] = under is not None and is_byline_or_dateline(page, under)
    f["byline or date under it"] = not f["byline or date right under it"] and any(
        is_byline_or_dateline(page, i) for i in range(index + 1, min(len(page.lines), index + 4))
    )
    f["name under it"] = under is not None and is_name_line(page.lines[under])
    f["byline or date above it"] = any(is_byline_or_dateline(page, i) for i in range(max(0, index - 3), index))
    f["first line"] = index == min(i for i in range(len(page.lines)) if i not in page.dropped)
    f["the file's first line"] = index == 0  # a dump saved by hand starts with its headline
    below = [i for i in range(index + 1, min(len(page.lines), index + 5)) if page.free(i)]
    f["just above the text"] = any(opens_paragraphs(page, i) for i in below[:3])
    distance = main_start - index
    f["lines above the text (log)"] = math.log1p(max(0, distance))
    # Below the first paragraphs a line is a subhead or a boxed headline, unless the byline or date
    # stands right under it (the paragraphs above were a picture's alt text or a teaser).
    f["below the text's start"] = distance < 0 and not f["byline or date right under it"]
    f["below the text's start, byline or date right under it"] = distance < 0 and f["byline or date right under it"]
    before = next((i for i in range(index - 1, -1, -1) if not dropped_as_chrome(page, i)), None)
    neighbours = [page.lines[i].words for i in (before, under) if i is not None]
    # Menus and link lists are runs of short lines; a headline stands out of its neighbours.
    f["longer than the lines around it"] = all(line.words > 2 * n for n in neighbours)
    facts = [i for i in (before, under) if i is not None and is_byline_or_dateline(page, i)]
    f["between short lines"] = len(neighbours) == 2 and not facts and all(n <= 3 for n in neighbours)
    # Authors listed without a "By" ("Clara Löw, Siddharth Prakash & Klaus Jacob").
    f["a list of names"] = written_as_name(text) and bool(re.search(r",|&|\band\b|\bund\b", text))
    f["headline length"] = 4 <= line.words <= 25
    f["long headline"] = 8 <= line.words <= 25
    f["one or two words"] = line.words <= 2 and index > 0  # a dump saved by hand may open with a short headline
    f["lower case"] = text == text.lower() != text.upper()  # no capital at all, in a script that has them
    f["all capitals"] = text == text.upper() != text.lower()  # kickers and section labels shout
    words = [w for w in text.split() if w[:1].isalpha()]
    f["share of capitalised words"] = sum(w[:1].isupper() for w in words) / len(words) if words else 0.0
    window = [i for i in range(max(0, main_start - rules.MAX_HEADER_LINES), main_start + 1) if page.free(i)]
    f["longest line above the text"] = index in window and len(text) == max(len(page.texts[i]) for i in window)
    f["ends with ! or ?"] = text.endswith(("!", "?"))
    f["ends with a full stop"] = text.endswith(".")
    # A deck or a pull-quote opens with the words of the person it quotes; a headline seldom does.
    f["opens with a quotation"] = text[:1] in "\"“„‘'«"
    # A breadcrumb trail ("Home » Recipes » Focaccia") or a list of tags ("Film, Busan, Interview"):
    # the site's navigation, even when its last part is the headline.
    f["a trail of short parts"] = is_trail(text)
    return {name: float(value) for name, value in f.items()}


def _opens_a_longer_line(page: Page, text: str) -> bool:
    """Some line of the page (trimmed) is ``text`` and more. In sorted order the lines that open
    with ``text`` follow it, the longer after those equal to it: one bisection, not a pass over the
    page's lines for every candidate (which was a twelfth of the text reader's time)."""
    texts = page.sorted_texts
    after = bisect_right(texts, text)
    return after < len(texts) and texts[after].startswith(text)


_SITE_NAME_PART = re.compile(r"\s*[|–—:-]\s*\S.{0,40}")


def is_title_shaped(page: Page, index: int, main_start: int, text_begins: int | None = None) -> bool:
    """Never a UI phrase (chrome), the site's navigation, a byline, a date, a file name, a caption (by its
    mark, by the credit under it or by the credit it ends with), or a question from the body.
    ``main_start``: where the text's paragraphs start; ``text_begins``: where the main text pass
    found the text to begin (``main_start`` when not given)."""
    text = page.lines[index].text.strip()
    if (
        not _is_headline_like(page, index, full_stop=index < main_start)
        or is_navigation(text)  # a menu or a breadcrumb trail, however the ranker would weigh it
        or full_match(rules.FILE_NAME, text)
        or re.match(rules.CAPTION_MARK, text)
        or caption_followed_by_credit(page, index)  # a lead picture's caption, its credit under it
        or search(TRAILING_CREDIT, text)  # a caption ending with its credit, "... (Bildquelle: X)"
        or re.match(r"[a-z_]+:\s", text)  # a field ("title: ...", "tags: ..."), as front matter or a metadata block prints it
        or (text.endswith("?") and _is_answered(page, index, main_start, text_begins) and not _near_header_fact(page, index))
        or search(rules.NOT_A_HEADLINE_SHAPES, text)
        or opens_as_a_byline(text)
        or names_the_site(text, page.host)
        or is_post_navigation(text)
        or is_event_letterhead(text)
        or is_letter_spaced_label(text)
        or is_network_button(text)
        or WEB_ADDRESS.search(text)  # an embedded post ("... https://t.co/x"), a sign-up prompt, a source
        or (re.match(byline_shape.DATELINE, text, re.I) and re.search(r"\d", text))  # "Veröffentlicht am 19.10.19 um 14:34 Uhr"
        or sum(c.isdigit() for c in text) > 0.3 * len(text)  # prices, tickers, phone numbers
    ):
        return False
    found = pattern_date(text)
    if found is None:
        return True
    # A headline may name a day ("Festival opens on June 5") or end with the date it is about ("Minutes of
    # the board meeting of 10 October 2019"); a line that opens with a date, gives it in its middle
    # ("Bern, 17.08.2007 - Speech by ...") or is mostly a date is a dateline.
    words = page.lines[index].words
    if not found.complete:
        return words > 6 or (words >= 4 and found.end >= len(text.rstrip(" .)")))
    return words >= 4 and found.end >= len(text.rstrip(" .)")) and found.end - found.start < rules.MAX_DATE_SHARE_OF_HEADLINE * len(text)


def is_letter_spaced_label(text: str) -> bool:
    """A word written one letter at a time with a space between ("보 도 자 료", a Korean press
    release's label as the HWP template sets it; "N E W S"): three letters or more, each a token of
    its own. A heading's letter-spacing marks a document's kind or a section, never its news."""
    tokens = text.split()
    return len(tokens) >= 3 and all(len(token) == 1 and token.isalpha() for token in tokens)


def is_event_letterhead(text: str) -> bool:
    """An event's letterhead: its name, a dash, then where and when ("Asiatica Film Festival 2026 –
    Brussels, 14–22 November", "Berlinale — Berlin, 12–22 February 2026"), as a festival's press
    release prints it above the headline: the event's, never the release's news."""
    where = _LETTERHEAD_PLACE.search(text)
    if where is None:
        return False
    when = _RANGE_START.sub("", text[where.end() :])
    return parse_date(when) is not None


# The dash after an event's name, then one to three capitalised words (the place) and a comma; the
# first day of a range of days ("14–", "12.–") before the date of the last.
_LETTERHEAD_PLACE = re.compile(r"\s[–—-]\s+(?:[^\W\d_a-zß-ÿ][\w'’.-]*\s*){1,3},\s*(?=\S*\d|[^\W\d_]+\s+\d)")
_RANGE_START = re.compile(r"^\d{1,2}\.?\s*[–—-]\s*")


def opens_as_a_byline(text: str) -> bool:
    """Whether a line opens as a byline does (``rules.BYLINE_OPENING``: a byline's word, "By", "Por", "Di",
    "Par", "Von", and a word after it), the word not a preposition that opens a headline."""
    return search(rules.BYLINE_OPENING, text) is not None and not _OPENS_WITH_A_PREPOSITION.match(text)


# The byline's words as a preposition that opens a headline: a word in lower case after it, not a name,
# in a line of four words or more ("Por qué el cine coreano conquista Cannes", "Par amour du cinéma
# muet", "By the numbers" stays out: three words, a subhead's length).
_OPENS_WITH_A_PREPOSITION = re.compile(rf"{byline_shape.BYLINE_OPENER}\s+(?-i:[a-zß-ÿ])\S*(?:\s+\S+){{2,}}", re.IGNORECASE)


def is_byline_or_dateline(page: Page, index: int) -> bool:
    """A byline or a date line (:func:`ingest.text.datelines.is_header_fact`), a paragraph a news dateline
    opens (:func:`ingest.text.datelines.place_dateline`), or a longer line that opens
    as a byline or a dateline does and gives a full date: news sites print both on one line under the
    headline ("By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.", "New Delhi,
    News Nation Bureau | Updated : 19 November 2019, 09:01 AM"), longer than a date line alone."""
    line = page.lines[index]
    return (
        is_short_header_fact(page, index)
        or (line.words <= byline_shape.MAX_BYLINE_DATELINE_WORDS and byline_shape.is_byline_with_its_date(line.text))
        or place_dateline(line.text, page.day_first) is not None  # the first paragraph, opened by a news dateline
    )




def is_post_navigation(text: str) -> bool:
    """A link to the previous or next post, or a "more" link, by the arrow blogging platforms print
    before or after it ("← Older post title", "Newer post title →", "« Willkommen!", "Weiterlesen »",
    "< ZURÜCK"): another page's headline or a button, never this page's. Guillemets that quote a
    whole line («...») are quotation marks, not arrows."""
    if text.count("«") + text.count("»") > 1:
        return False
    return bool(POST_NAVIGATION_OPENING.match(text) or POST_NAVIGATION_CLOSING.search(text))


def is_network_button(text: str) -> bool:
    """A button or link to follow or share the page on a social network, by its shape: a few words
    ending with a preposition and the network's name, in any language and its inflections, with a
    verb of following or sharing or an "us" among them (``_FOLLOW_OR_SHARE``: "Join us on Facebook",
    "Folgen Sie uns auf Instagram", "Udostępnij na Facebooku", "Subscribe to X on YouTube"); without
    one the line is a headline about the network ("Trump declares war on Facebook"). The networks
    are ``rules.SHARE_SERVICES`` (those written in Latin letters, less the ones that are common
    English words too: "Top of the Line"). On the dev split's pages 40 candidates had the shape
    without the verb; none was a headline."""
    return bool(_NETWORK_BUTTON.match(text)) and bool(_FOLLOW_OR_SHARE.search(text))


_NETWORK_NAMES = "|".join(
    re.escape(service) for service in sorted(rules.SHARE_SERVICES, key=len, reverse=True)
    if service.isascii() and len(service) > 2 and service not in {"line", "threads", "pocket", "messenger", "band"}
)  # fmt: skip
# Up to three words, the word that puts a page on a network in the languages of the press collected
# (on, via; auf, bei; sur; en; su; op; em, no; na, w), the network's name and its ending. A
# preposition, not any short word: "Facebook buys Instagram" is a headline.
_NETWORK_BUTTON = re.compile(
    rf"(?:\S+\s+){{0,3}}(?:on|via|auf|bei|sur|en|su|op|em|no|na|w)\s+(?:{_NETWORK_NAMES})\w{{0,3}}[!.]?$", re.IGNORECASE
)

# What makes such a line a button: a verb of following, sharing, subscribing or joining, or "us",
# in the languages of the press collected (English; German; French; Spanish, Italian and Portuguese,
# whose "us" may be joined to the verb: "Síguenos", "Seguici"; Dutch; Polish; Swedish and Danish).
# A closed list: a button asks the reader to do one of these things, or to do it with "us".
_FOLLOW_OR_SHARE = re.compile(
    r"\b(?:(?:us|uns|nous|nos|noi|ons)\b|"
    r"(?:follow|share|subscri|join|folg|teil|abonn|suiv|partag|rejoi|compart|suscri|condivid|iscriv|partilh|"
    r"inscrev|volg|deel|delen|udostępn|obserwuj|dołącz|subskryb|polub|följ|følg)\w*|"
    r"s[ií]guenos|s[ií]ganos|seguici|seguiteci|[uú]nete)",
    re.IGNORECASE,
)

# The arrows of previous / next links, set off by a space from the title they point to.
POST_NAVIGATION_OPENING = re.compile(r"(?:[←‹«]|<<?)\s")
POST_NAVIGATION_CLOSING = re.compile(r"\s(?:[→›»]|>>?)$")
# A web address in a line: a headline names no address (a line with one is an embedded post, a
# newsletter prompt, a source or a short link).
WEB_ADDRESS = re.compile(r"https?://\S|\bwww\.\w|\b\w[\w-]*\.[a-z]{2,}/\S")


def _is_answered(page: Page, index: int, main_start: int, text_begins: int | None) -> bool:
    """An interviewer's question: one inside the text (below its first line), or one a paragraph
    answers right under it that something marks as the interviewer's (:func:`_asked_in_an_interview`).
    A question headline ("Why did the festival give no prize?", "¿Por qué ...?") also stands over
    the text's first paragraph, but after the site's menu, a kicker or nothing: the page's header,
    not an answer."""
    following = next_free(page, index)
    # The paragraphs' first line may be the question headline, when the main text begins with it too
    # (else the text began above it, with its header).
    if index > main_start or (index == main_start and text_begins is not None and text_begins < index):
        return True
    return following is not None and is_prose(page.lines[following]) and _asked_in_an_interview(page, index)


def _asked_in_an_interview(page: Page, index: int) -> bool:
    """What marks a question over a paragraph as the interviewer's: a label ("Q1:", "Q."), or running
    text before it (an answer, or the interview's introduction), or a line before it that says the
    page is an interview ("An Interview with ...", ``rules.INTERVIEW_TITLE``). Tuned on the dev split
    (``python -m bench.title_misses``): counting the questions the text answers as a mark too took
    back a how-to page's question headline over its own question subheads, so it is not one."""
    if is_numbered_question(page.lines[index].text.strip()):
        return True
    previous = next((i for i in range(index - 1, -1, -1) if page.free(i)), None)
    return previous is not None and (is_prose(page.lines[previous]) or bool(search(rules.INTERVIEW_TITLE, page.lines[previous].text)))


def _near_header_fact(page: Page, index: int) -> bool:
    """A byline or a date within three lines of ``index``: a question there is a headline, not an interviewer's."""
    return any(is_byline_or_dateline(page, i) for i in range(max(0, index - 3), min(len(page.lines), index + 4)) if i != index)


def _is_headline_like(page: Page, index: int, *, full_stop: bool = False) -> bool:
    """A line of headline size and shape. With ``full_stop``, it may end with one (two-sentence
    headlines: "Ravenous goats ruled this island. Now it's being reborn."), up to ``MAX_DECK_WORDS``."""
    line = page.lines[index]
    text = line.text.rstrip()
    return (
        2 <= line.words <= rules.MAX_HEADLINE_WORDS
        and not text.endswith(":")
        and (not text.endswith(".") or (full_stop and line.words <= rules.MAX_DECK_WORDS and not text.endswith("..")))
        and not full_match(rules.BYLINE, line.text)
        and not is_bullet(line.text)
        and parse_date(line.text) is None
        and not is_caption_slot(page, index)
    )
