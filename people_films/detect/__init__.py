"""Detection of people and films the registry does not know yet: the entry point, :func:`detect`.

Generic signals only, never a list of known names or titles:

* people: the shape of a romanised Korean name (a common family name beside a
  syllable-built given name, either order), or a run of capitalised words with
  a cue: a role or title word before it ("director", "Starring", "By"), an
  appositive after it ("Name, 48," / "Name, the ... director"), speech ("X
  said", "said X"), a possessive before a quoted title, or a family name that
  speaks elsewhere in the article ("Mayer said" makes "Kevin Mayer" a person);
* films: title-case words in quotes with a film word nearby, a year after
  ("(2021)"), a possessive name before, or another title just before in the
  same list; title-case words after "film", "season of", "directed" ...

Left out on purpose: story characters (a name after "plays", "the role of",
"<actor> as", or before "(played by"), products named after people ("Name
GPT", "Name AI"), and organisations, acronyms and UI words (by shape and by
word lists that say what a capitalised word is when it is not a name).

One job per module, in the order :func:`detect` runs them:

* :mod:`~people_films.detect.headlines`: the interview headline, headline case;
* :mod:`~people_films.detect.credits`: photographers credited in capitals;
* :mod:`~people_films.detect.bylines`: bylines in scripts without capitals (Arabic, Hebrew, Chinese);
* :mod:`~people_films.detect.films_by_marks`: titles in brackets, quotes, italics;
* :mod:`~people_films.detect.films_by_words`: titles after a film word, before a year;
* :mod:`people_films.korean`: Hangul names and titles;
* :mod:`~people_films.detect.japanese_names`: names in kanji with a role noun or an honorific, a family name in kanji before a given name in kana;
* :mod:`~people_films.detect.kana`: names in katakana before an honorific;
* :mod:`~people_films.detect.chinese_names`: names in Chinese text after a role noun;
* :mod:`~people_films.detect.people`: people in runs of capitals (:mod:`~people_films.detect.runs`),
  by their shape (:mod:`~people_films.detect.shapes`) or a cue (:mod:`~people_films.detect.person_cues`),
  with a native-script spelling beside them (:mod:`~people_films.detect.native`);
* filters: :mod:`~people_films.detect.characters`, :mod:`~people_films.detect.organisations`,
  :mod:`~people_films.detect.other_works`, :mod:`~people_films.detect.vocabulary`;
* what the whole article says, computed once: :mod:`~people_films.detect.context`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from people_films import evidence, korean
from people_films.detect.bylines import byline_names, without_byline_organisations
from people_films.detect.chinese_names import chinese_people, has_han
from people_films.detect.context import ArticleContext, article_context, in_longer_names
from people_films.detect.credits import photo_credits
from people_films.detect.films_by_marks import bracketed_films, italic_title, quoted_films
from people_films.detect.films_by_words import after_cjk_film_word, films_after_cue, films_before_native_title, films_before_year, films_in_line_up
from people_films.detect.headlines import interview_headline, speaker_labels
from people_films.detect.japanese_names import japanese_people
from people_films.detect.kana import KANA, KATAKANA, katakana_people
from people_films.detect.organisations import names_a_product
from people_films.detect.other_works import names_an_event
from people_films.detect.people import people_in
from people_films.detect.shapes import after_description
from people_films.detect.vocabulary import NAME_PARTICLES
from people_films.detect.words import TITLE_MINOR_WORDS, Candidate, Spans, overlaps

# What the ingest (people_films.mentions) and the benches import.
__all__ = [
    "NAME_PARTICLES",
    "PAGE_BUDGET_SECONDS",
    "TITLE_MINOR_WORDS",
    "ArticleContext",
    "Candidate",
    "article_context",
    "detect",
    "in_longer_names",
    "italic_title",
    "names_a_product",
]


# Detection time allowed for one page; past it, the rest of the page is not
# searched for new names (registered ones still link) and the ingest warns.
# Ordinary pages of 100 KB take well under a second (bench/entities_speed.py).
PAGE_BUDGET_SECONDS = 5.0


# The hanja of a Korean name in brackets right after it, as the Korean press glosses a name: "박서진(朴瑞眞)의".
_HANJA_IN_BRACKETS = re.compile(r"[(（]([\u4e00-\u9fff\uf900-\ufaff]{2,4})[)）]")


def _korean(text: str, spans: Spans, context: ArticleContext) -> list[Candidate]:
    """Hangul names and single-quoted Hangul titles (:mod:`people_films.korean`), outside ``spans``."""
    found = []
    for kind, hits in (("film", korean.quoted_films(text)), ("person", korean.people(text, context.hangul_people))):
        for start, end, name in hits:
            if kind == "film" and names_an_event(text, start, end, name):
                continue  # '비전' 부문: a festival's section; '스튜디오 뉴런': a company
            if not overlaps(start, end, spans):
                alone = kind == "person" and korean.given_name_alone(text, start, name)
                if kind == "person" and (hanja := _HANJA_IN_BRACKETS.match(text, end)):
                    name, end = f"{name} {hanja.group(1)}", hanja.end()  # 박서진(朴瑞眞): one person, two spellings
                found.append(Candidate(kind, start, end, name, evidence.GIVEN_NAME_HONORIFIC if alone else ""))
                spans.append((start, end))
    return found


def _found_by(rule: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` marked as found by ``rule``, unless the module named a finer one."""
    return [c if c.evidence else replace(c, evidence=rule) for c in candidates]


def detect(text: str, taken: list[tuple[int, int]], context: ArticleContext = ArticleContext(), title_next: bool = False) -> list[Candidate]:
    """Unregistered people and films in ``text``, outside the ``taken`` spans, each with its ``evidence``.

    ``context`` holds what the whole article says (:func:`article_context`);
    ``title_next``: the inline right after ``text`` may hold a title (italics, a link).
    """
    spans = Spans(taken)
    found = _found_by(evidence.INTERVIEW_HEADLINE, interview_headline(text, spans))
    found += _found_by(evidence.TITLE_MARKS, bracketed_films(text, spans, context))
    found += _found_by(evidence.QUOTES, quoted_films(text, spans, context))
    found += _found_by(evidence.FILM_WORD, films_after_cue(text, spans))
    if korean.has_hangul(text):  # before romanised names: "서지안(Seo Ji-an)" is one name
        found += _found_by(evidence.HANGUL, _korean(text, spans, context))
    if KANA.search(text):  # Japanese text: before the Chinese rules, which would read its kanji as Chinese,
        found += japanese_people(text, spans)  # and before a katakana name alone ("中村ユウキさん" is one name)
    if KATAKANA.search(text):
        found += _found_by(evidence.HONORIFIC, katakana_people(text, spans))
    found += _found_by(evidence.SPEAKER_LABEL, speaker_labels(text, spans))
    found += _found_by(evidence.PHOTO_CREDIT, photo_credits(text, spans))
    found += _found_by(evidence.ROLE_BEFORE, byline_names(text, spans))  # "By" is a role word before a name
    if has_han(text):  # "导演周一帆": a role noun before a name, as "director Zhou" is
        found += _found_by(evidence.ROLE_BEFORE, chinese_people(text, spans, context.chinese_people))
    # Before people: "Tiger Stripes (Amanda Nell Eu, Malaysia)" is a film, its director in the brackets.
    found += _found_by(evidence.LINE_UP, films_in_line_up(text, spans, context))
    found += _found_by(evidence.LINE_UP, films_before_native_title(text, spans, context))  # a palmarès: "Title (원제) by Name"
    found += people_in(text, spans, context, title_next)  # each name with the signal that found it
    # After people: "Director Oh Seung-min (2023)" is a person.
    found += _found_by(evidence.YEAR_AFTER, films_before_year(text, spans, context))
    # "映画 ひかりの国": the word for film introduces a title; a person's shape there is the title's.
    found = [c for c in found if c.kind != "person" or not after_cjk_film_word(text, c.start, c.name)]
    return sorted(without_byline_organisations(text, _without_description(text, found)), key=lambda c: c.start)


def _without_description(text: str, found: list[Candidate]) -> list[Candidate]:
    """People whose words a description opens ("Tokyo-based Kinoshita Sales": :func:`after_description`) from the
    name on; left out when a word or none is left, too little to be sure of ("Oscar-winning Bong")."""
    kept = []
    for candidate in found:
        cut = after_description(candidate.name) if candidate.kind == "person" else 0
        if not cut:
            kept.append(candidate)
        elif len((name := candidate.name[cut:]).split()) >= 2:
            start = candidate.end - len(name) if text[candidate.start : candidate.end] == candidate.name else candidate.start
            kept.append(replace(candidate, start=start, name=name))
    return kept
