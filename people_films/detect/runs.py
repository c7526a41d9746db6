"""Runs of capitalised words, where names are looked for, and where a name starts and ends inside
one: title and cue words before it, German nouns around it, a role word between two names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from people_films.cues import GERMAN_DETERMINERS, is_person_cue
from people_films.detect.headlines import HEADLINE_JOINS
from people_films.detect.shapes import FAMILY_NAMES_IN_S, family_name_shaped, inflected_german_noun
from people_films.detect.vocabulary import NAME_PARTICLES, NOT_NAME_WORDS, OFFICES
from people_films.detect.words import WORD, capitalised, is_initial
from people_films.names import GIVEN_NAMES, TITLE_WORDS

if TYPE_CHECKING:  # the context module reads names with this module
    from people_films.detect.context import ArticleContext


def name_runs(text: str) -> list[list[re.Match]]:
    """Runs of capitalised words separated by single spaces only (and name particles after a given name)."""
    runs: list[list[re.Match]] = []
    current: list[re.Match] = []
    particles: list[re.Match] = []  # particles waiting for the capitalised word that keeps them in the run
    for match in WORD.finditer(text):
        word = match.group()
        cap = capitalised(word)  # once a word: asked up to four times below, of every word of every text
        if not current and not cap:
            continue  # outside a run, only a capitalised word starts one (particles wait only inside a run)
        gap = text[(particles or current)[-1].end() : match.start()] if current else ""
        # A middle initial keeps the run going: "Samuel L. Jackson", "Simone J. Paetau"; so do initials written
        # together, first or in the middle: "J.R. Stone", "George R.R. Martin".
        initials = gap == "." and not particles and is_initial(current[-1].group()) and is_initial(word)
        initial = gap == ". " and not particles and len(current) >= 2 and is_initial(current[-1].group()) and word.lower() not in NOT_NAME_WORDS
        joined = current and (gap == " " or initial or initials)
        if joined and word in NAME_PARTICLES and (particles or current[-1].group() in GIVEN_NAMES) and len(particles) < 2:
            particles.append(match)
            continue
        if current and not (joined and cap):
            runs.append(current)
            current = []
        if word in HEADLINE_JOINS:  # "Jennifer Lopez And Ben Affleck": a headline's capitalised "And" is no part of a name
            if current:
                runs.append(current)
            current, particles = [], []
            continue
        if cap and current:
            current += particles
        particles = []
        if cap:
            current.append(match)
            if word.endswith(("'s", "’s")):  # a possessive ends a name: "BBC’s Emily Maitlis"
                runs.append(current)
                current = []
    if current:
        runs.append(current)
    return runs


def after_last_title(words: list[str]) -> int:
    """The run's words after its last title word: "T-Mobile CEO John Legere" -> John Legere."""
    titled = [i for i, w in enumerate(words[:-1]) if w.lower() in TITLE_WORDS or is_person_cue(w)]
    return titled[-1] + 1 if titled else 0


def leading_cues(words: list[str]) -> int:
    """How many words at the start of a run are title or cue words ("Starring", "By", "Director")."""
    count = 0
    while count < len(words) - 1 and (words[count].lower() in TITLE_WORDS or is_person_cue(words[count])):
        count += 1
    return count


# A lower-case word with an adjective's inflection ("alten", "kleine", "neuer"), right after a word.
_INFLECTED_AFTER = re.compile(r"\s+[a-zäöüß]+(?:e|en|em|er|es)\b")


def german_nouns_trimmed(run: list[re.Match], words: list[str], context: ArticleContext) -> tuple[list[re.Match], list[str], int]:
    """The run without the German nouns around the name, and 1 when a role or kin noun opened it.

    German capitalises nouns, so a run holds them: "Ehemann Brad Altman",
    "Arnold Schwarzeneggers Widerstand" (a genitive "-s" ends the name, the noun
    after it is not part of it), "Sharon Stone Geburtstag".
    """
    cue = 0
    # (A noun the article writes after "das" may still open a name, "das Kinsun Chan ...": two words stay.)
    while (len(words) > 2 and words[0] in context.nouns) or (len(words) > 1 and (is_person_cue(words[0]) or words[0].lower() in GERMAN_DETERMINERS)):
        cue = cue or int(is_person_cue(words[0]))
        run, words = run[1:], words[1:]
    # (Not a given name that ends in "s": "Veranstalter Jonas Brenninger", "Auch Matthias Schweighöfer"; nor before the
    # run's last word when the article writes that word alone as a name, "Johannes Thingnes Bø" where "für Bø bisher":
    # a family name, not the noun a genitive owns.)
    genitive = next(
        (
            i for i, w in enumerate(words[1:-1], 1)
            if w.endswith("s") and w not in GIVEN_NAMES
            and (words[i + 1] in context.nouns or (words[i + 1] == words[-1] and words[-1] not in context.alone | context.speakers))
        ),
        None,
    )
    if genitive is not None:
        # A family name that ends in "s" as written takes no genitive "-s" ("Richard Dawkins These"): it ends the name whole.
        owner = words[genitive] if words[genitive] in FAMILY_NAMES_IN_S else words[genitive][:-1]
        run, words = run[: genitive + 1], [*words[:genitive], owner]
    # A capitalised determiner after the name's first word opens the next phrase ("@Drabiniok Dieter Meine alten Leute",
    # "Lisa Eine Intellektuelle"): no family name is an article or a possessive. (A particle's "der" is lower case: "von der Leyen".)
    # Only where it opens a phrase: another capitalised word follows it, or an inflected adjective does ("Meine
    # alten"); a family name that is a determiner too ends the run alone ("Klaus Meine singt", "Joan Allen spielt").
    determiner = next(
        (i for i, w in enumerate(words[1:], 1) if w[:1].isupper() and w.lower() in GERMAN_DETERMINERS and (i < len(words) - 1 or _INFLECTED_AFTER.match(run[i].string, run[i].end()))),
        None,
    )
    if determiner is not None:
        run, words = run[:determiner], words[:determiner]
    # A noun the article writes after a determiner, or an inflected German noun ("Robert Maier Architekten"), ends the name before it.
    while len(words) > 1 and (words[-1] in context.nouns or inflected_german_noun(words[-1])):
        run, words = run[:-1], words[:-1]
    # A common given name inside the run starts the name; the words before it are nouns: "Chans Vorgängerin Beate Vollack".
    given = given_name_inside(words)
    if given:
        run, words, cue = run[given:], words[given:], 1
    return run, words, cue


def given_name_inside(words: list[str]) -> int:
    """Where a name starts inside a run of three words or more when a common given name, not the first word,
    opens its last two or three words, family-name shaped: "Supervisor Alfredo Pedroza" -> 1 (a role word
    the cue lists lack), "Chans Vorgängerin Beate Vollack" -> 2; 0 when none does."""
    if len(words) < 3 or words[0] in GIVEN_NAMES:
        return 0
    given = next((i for i, w in enumerate(words[1:-1], 1) if w in GIVEN_NAMES and len(words) - i in (2, 3)), 0)
    return given if given and all(family_name_shaped(w) for w in words[given + 1 :]) else 0


def two_full_names(words: list[str]) -> bool:
    """Four words that are two names of a given and a family name each, side by side ("Autorin Charlotte Elsen
    Tobias Trommer getroffen"): a common given name first and third, family-name shaped words second and
    fourth, the second no given name (then it would be a middle name: "Sarah Jessica Parker")."""
    return (
        len(words) == 4
        and words[0] in GIVEN_NAMES
        and words[2] in GIVEN_NAMES
        and words[1] not in GIVEN_NAMES
        and all(family_name_shaped(w) and not w.isupper() for w in (words[1], words[3]))
    )


def split_at_roles(runs: list[list[re.Match]], context: ArticleContext) -> Iterable[list[re.Match]]:
    """Each run, cut before a role word inside it that follows a name of two words or more:
    "Umweltreporterin Emily Atkin Milliardärin Kim Kardashian" -> "Umweltreporterin Emily Atkin",
    "Milliardärin Kim Kardashian". In English only an office cuts ("Judge" and "King" are family names too);
    in German any role noun does, German writing them capitalised beside the name. Two full names side by
    side are cut apart (:func:`two_full_names`)."""
    for run in runs:
        piece_start = 0
        for i in range(2, len(run) - 1):
            word = run[i].group()
            role = word.lower() in OFFICES or (context.german and is_person_cue(word))
            if role and i - piece_start - leading_cues([m.group() for m in run[piece_start:i]]) >= 2:
                yield run[piece_start:i]
                piece_start = i
        piece = run[piece_start:]
        words = [m.group() for m in piece]
        cues = leading_cues(words)
        if two_full_names(words[cues:]):
            yield piece[: cues + 2]  # two people side by side: "Charlotte Elsen Tobias Trommer"
            yield piece[cues + 2 :]
        else:
            yield piece
