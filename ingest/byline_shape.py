"""What a byline looks like, for every reader and for the people detection: its opening words, its length
in words, the words of a date line, and a byline that gives its date on the same line.

One home for these shapes, so the text reader (:mod:`ingest.text`), the HTML reader (:mod:`ingest.html`),
the card summary (:mod:`ingest.summary`) and :mod:`people_films.detect.bylines` measure a byline alike
without importing one another.
"""

from __future__ import annotations

import re

from ingest.dates import find_date

# Words that open a byline, in the languages of the press collected ("By", "Von", "Par", "Por", "Di", "Door").
BYLINE_OPENER = r"(by|von|par|por|di|door)\b"
# A byline's label, in the languages of the press collected: an opener, maybe after the verb a platform
# prints before it ("Written by", "Posted by", "Geschrieben von", "Verfasst von", "Publicado por", "Publié
# par", "Scritto da"), or the name of the field ("Author:", "Autorin:", "Text:", "Texto:", "Words:"),
# which is a label only before a colon or alone on its line ("Text" opens many a sentence).
# The German press names the piece's genre before "von" ("Eine Filmkritik von X", "Eine Kritik von X", "Ein
# Interview von X", "Ein Kommentar von X": Der Spiegel's and Die Zeit's bylines), as the others name a verb.
GERMAN_GENRE = r"ein(?:e)?\s+[\w-]*(?:kritik|rezension|interview|reportage|kommentar|analyse|glosse|kolumne|essay|porträt|gastbeitrag)"
BYLINE_VERB = rf"(?:written|posted|words|reported|geschrieben|verfasst|publicado|escrito|publié|écrit|scritto|pubblicato|{GERMAN_GENRE})"
BYLINE_FIELD = r"(?:author|authors|autor|autorin|autoren|autor/in|auteur|autrice|autore|autora|text|texte|texto|testo|words)"
BYLINE_LABEL = rf"(?:{BYLINE_VERB}\s+(?:by|von|par|por|di|da|door)\b|(?:by|von|par|por|di|door)\b|{BYLINE_FIELD}(?=\s*:))"
# The newsroom's own name in a byline ("Emotion Redaktion", "La rédaction", "Redazione Web", "Staff"): a desk,
# not a person, so never an author found by a name's shape alone; the word in the press's languages.
DESK = re.compile(r"(?i)\b(?:redaktion|rédaction|redacción|redazione|redactie|redação|newsroom|staff|desk|team|editors)\b")
# Words that open a line giving the article's publication date, in the languages of the press collected.
DATELINE = (
    r"(first |last |originally |letzte |zuletzt )?(published|posted|updated|modified|created|date|publication date|stand|veröffentlicht|"
    r"aktualisiert|aktualisierung|erstellt|erschienen|erscheinungsdatum|publiziert|publié|mis à jour|publicado|actualizado|pubblicato|"
    r"aggiornato|입력|수정|등록|기사입력|최종수정)(?:\b|(?<=[력정록])(?=\d))"  # Naver glues its time to the label: "입력2024.09.12."
)
# A byline's words: "By" and a name or two (ingest.html.bylines, ingest.text.bylines, the people detection's
# people_films.detect.bylines). Longer, up to LONG_BYLINE_WORDS, only when every piece it credits is written as
# a name (several authors, "with reporting by ...").
BYLINE_WORDS = 8
LONG_BYLINE_WORDS = 16
# The author's box under the article (ingest.text.bylines.mark_author_bio, ingest.html.end_matter): opens with
# the byline's author named in full, two words at least (a one-word name opens many a sentence).
MIN_BIO_NAME_WORDS = 2

# A byline and its date on one line: up to this many words (a date line alone, ingest.text.rules.MAX_DATELINE_WORDS).
MAX_BYLINE_DATELINE_WORDS = 20


def is_byline_with_its_date(text: str) -> bool:
    """A line of up to ``MAX_BYLINE_DATELINE_WORDS`` words (split on white space) that opens as a byline
    or a dateline does and gives a full date ("By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.",
    "Updated : 19 November 2019, 09:01 AM"), or opens with the full date and says who posted it: the
    article's header, never its text."""
    if len(text.split()) > MAX_BYLINE_DATELINE_WORDS:
        return False
    found = find_date(text, foreign=False)
    if found is None or not found.complete:
        return False
    text = text.strip()
    if re.match(BYLINE_OPENER + r"\s+[^\W\d_]", text, re.I) or re.search(DATELINE, text[: found.start], re.I):
        return True
    # The date first, then who posted it, as blogging and municipal platforms print it ("05/10/2018 -
    # Publicado por: Clarissa Borba - Categoria: Saúde", "March 3, 2020 by Jane Doe"): "by" right after
    # the date and its separator, not in a lead's sentence ("3 March 2020: The new film by Park ...").
    after = text[found.end :]
    return not text[: found.start].strip(" -|·•,") and bool(
        re.search(DATELINE, after, re.I) or re.match(rf"[\s\-–|·,]*(?:posted\s+)?{BYLINE_OPENER}\s+(?-i:[A-Z])", after, re.I)
    )




# A user's handle on a forum or under a comment ("moviebuff88", "cine_lover_2"): one ASCII token in lower
# case (the sign-up forms' alphabet), words joined by underscores or dots, a run of four letters, with
# a digit or an underscore that no word of prose or heading holds, digits only at the end. "covid-19",
# "top_10", "se7en" and the CJK "第2部", "제1장", "2024年3月5日" (no case, so always "lower") are no handles.
# A poster's handle set in bold over the post is its signature line: never a heading, a deck or an author.
_HANDLE = re.compile(r"(?=.{3,30}\Z)(?=.*[\d_])(?=.*[a-z]{4})[a-z]+(?:[._][a-z]+)*(?:[._]?[0-9]+|_)?")


def is_user_handle(text: str) -> bool:
    """``text`` (a line, bold marks around it or not) is a user's handle alone: one ASCII token, lower
    case, holding a digit or an underscore and a run of four letters, 3-30 characters ("moviebuff88")."""
    token = text.strip().strip("*").strip()
    return _HANDLE.fullmatch(token) is not None
