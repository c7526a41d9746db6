"""What a picture's credit looks like, for every reader, the card summary and the people detection: the
picture agencies credits name, a credit on its own line, and a credit at the end of a caption.

One home for these shapes, so the text reader (:mod:`ingest.text.captions`, :mod:`ingest.text.headline`),
the HTML reader (:mod:`ingest.html.convert`), the card summary (:mod:`ingest.summary`) and
:mod:`people_films.detect.credits` read a credit alike without importing one another.
"""

from __future__ import annotations

import re

from ingest.text.lines import search

# The wire services and photo agencies of the English, German, French, Italian, Chinese and Korean press, as
# a credit writes them (a credit also writes each in capitals: "REUTERS", "IMAGO"). A closed list of the
# field's agencies, not of the pages read.
AGENCY_NAMES = (
    *"Reuters AFP AP EPA dpa ddp dapd KNA epd APA ANSA SIPA Abaca ZUMA Keystone Xinhua Yonhap Newsis".split(),
    *"Getty WireImage FilmMagic Shutterstock ullstein imago".split(),
    "Getty Images", "picture alliance", "picture-alliance", "imago images", "Action Press", "Associated Press",
)
# The agencies folded to lower case, for a credit's parts compared as words (people_films.detect.credits).
PICTURE_AGENCIES = frozenset(name.lower() for name in AGENCY_NAMES)
# The agencies as a credit writes them, case kept: "AP" is an agency, "Ap" and "ap" are not.
_WRITTEN = sorted({form for name in AGENCY_NAMES for form in (name, name.upper())}, key=len, reverse=True)
AGENCY = rf"(?-i:(?:{'|'.join(map(re.escape, _WRITTEN))})(?:\.com)?)"

# A photographer's name in a picture credit: one to four capitalised words ("Jane Doe", "Kim Ji-su").
_PHOTOGRAPHER = r"(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"

# Photo credits on their own line, the picture itself being gone.
CREDIT_LINE = [
    # An agency and its photographer, in either order, as the press credits a picture: "Getty Images /
    # Jane Doe", "Jane Doe / Shutterstock", "Jane Doe/AFP/Getty Images", "AP Photo/Jane Doe". Nothing
    # else on the line: "Reuters / Ipsos poll: ..." is a headline.
    rf"{AGENCY}(?:\s+Photo)?(?:\s*/\s*{AGENCY})*\s*/\s*{_PHOTOGRAPHER}",
    rf"{_PHOTOGRAPHER}(?:\s*/\s*{AGENCY}(?:\s+Photo)?)+",
    r"[\[(]?\s*photos?\s+(courtesy|source)\s*[|:]\s*\S.*",  # "Photo courtesy|Studio", "(Photo Source: X, Y)"
    r"[\[(]?\s*(사진|자료)\s*(제공)?\s*[=:]\s*\S.*",  # Korean "[사진=Studio]", "사진 제공: ...", "/사진=Studio 제공"
    r"[\[(]?\s*(photos?|images?|pictures?|graphics?)\s+(provided|courtesy|supplied)\s+(by|of)\b.*",
    r"[\[(]?\s*provided by\b.*",
    r"[\[(]?\s*courtesy of\b.*",
    r"[\[(]?\s*(photo|image|graphic|illustration)s?\s*(by|:)\s*\S.*",
    r"[\[(]?\s*cr[ée]dits?\s+(photos?|images?)\s*:\s*\S.*",  # the French press's label ("Crédits photos : Bestimage")
    # "Foto: dpa", "Foto di Jane Doe" alone on a line: the German and Italian press's picture credit. (Once
    # left out: right under a headline they made the headline a caption; the text reader now reads a headline
    # over a credit as a headline, ingest.text.reader._headline_over_a_credit.) Not "Bild: X" alone: in a German
    # film's credits it names the cinematographer ("Regie: ... / Bild: Hans Fromm / Schnitt: ...").
    r"[\[(]?\s*(?-i:Fotos?|FOTO)\s*:\s*(?-i:[A-Z\u00c0-\u00de])\S.{0,80}",
    r"[\[(]?\s*(?-i:Foto|FOTO) di\s+(?-i:[A-Z\u00c0-\u00de])\S.{0,80}",
    r"(image|photo) copyright\s+\S.*",  # the credit's label for screen readers ("Image copyright Reuters")
]
# The labels of a picture's credit ("Photo", "Bild", "Kuva", "Crédit"), and those of any credit: a source
# ("Source", "Quelle", "Fuente") credits a picture under one but a figure or a quote in running text.
PICTURE_CREDIT_LABELS = r"Images?|Photos?|Pictures?|Photograph|Credit|Fotos?|Bild|Bildquelle|Kuva|Crédit"
CREDIT_LABELS = rf"{PICTURE_CREDIT_LABELS}|Quelle|Source|Fuente"


def _labelled_in_brackets(labels: str) -> str:
    return rf"(?<=\S)\s*(?P<credit>[(\[]\s*(?-i:{labels})\s*:\s*[^()\[\]]{{1,80}}[)\]])\s*$"


# A credit at the end of a caption line, often with the photographer's e-mail
# cut to its user name ("Photo by Kang Jin-hyung aymsdream@").
# It opens a sentence with a capital ("Photo by"), unlike "a photo by Kim" in prose.
# Then the credit conventions of the press, each at the very end of the line:
# a labelled credit in brackets ("(Image: Getty)", "(Foto: dpa)"), a labelled
# credit after the caption's sentence or run into it by the copy ("... in
# MayCredit: The Siberian Times"), a copyright holder ("... © AFP / Marco
# Bertorello"), and a wire agency's picture credit ("REUTERS/Brendan McDermid",
# "Robyn Beck/AFP/Getty Images"). A paragraph ending "(dpa)" names its news
# source, not a picture's, so the agency alone in brackets is not one.
_PHOTO_BY = (
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’)]\s))(?P<credit>(?-i:Photos?|Photographs?|Graphics?|Images?|Illustrations?)\s+(?:by|courtesy of)\s+"
    r"(?-i:[A-Z])[^.]{1,60}?(?:\s+\S+@\S*)?\.?)\s*$"
)
_LABELLED_AFTER_SENTENCE = (
    r"(?:(?<=(?-i:[a-z]))|(?<=[.!?)”’\"]\s))(?P<credit>(?-i:Credit|Photograph|Photo|Image|Foto|Bild|Kuva)\s*:\s*(?-i:[A-Z])(?:[^.:!?]|\.(?=\S)){1,60})$"
)
_COPYRIGHT = r"(?<=\S)\s*\|?\s*(?P<credit>©\s*[^©]{2,60})$"
_AGENCY_AND_PHOTOGRAPHER = (
    rf"(?<=\s)(?P<credit>(?:{AGENCY}\s*/\s*(?-i:[A-Z])[^/.]{{1,40}}|(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})/{AGENCY}(?:/[^/]{{1,30}})?))\s*$"
)
TRAILING_CREDIT = [_PHOTO_BY, _labelled_in_brackets(CREDIT_LABELS), _LABELLED_AFTER_SENTENCE, _COPYRIGHT, _AGENCY_AND_PHOTOGRAPHER]
# The credits of TRAILING_CREDIT that can only be a picture's: labelled as one ("Photo", "Foto", "Bild",
# "Credit") or an agency with its photographer. A short HTML paragraph ending so is a picture's caption
# (ingest.html.convert.caption_and_credit); one ending "(Source: KOFIC)", "(Quelle: FFA)" or "© Name"
# is as often body text, its figure's source or its words' copyright, and stays text.
PICTURE_TRAILING_CREDIT = [_PHOTO_BY, _labelled_in_brackets(PICTURE_CREDIT_LABELS), _LABELLED_AFTER_SENTENCE, _AGENCY_AND_PHOTOGRAPHER]


def split_trailing_credit(text: str, patterns: list[str]) -> tuple[str, str]:
    """``(caption, credit)`` of a caption whose end is a credit matched by one of ``patterns``
    (:data:`TRAILING_CREDIT`, or :data:`PICTURE_TRAILING_CREDIT` where only a picture's will do), the
    first pattern that matches winning (:func:`ingest.text.lines.search`); ``(text, "")`` when none does.
    Case is ignored, as in a line's tests."""
    if match := search(patterns, text):
        return text[: match.start("credit")].rstrip(), match["credit"].strip()
    return text, ""
