"""Author names as a page states them -> the names alone, split, checked.

One home for both readers: every metadata source of the HTML reader (JSON-LD,
``<meta name=author>``, ``rel=author``, a "By ..." byline) and every byline the
text reader finds hands its raw strings to :func:`clean_authors`, which keeps
only what looks like a person's (or a desk's) name:

- the byline word is cut (``By``, ``Von``, ``Par``...; alone it is no name);
- several authors are split (``A, B and C``, ``A und B``, ``A & B``);
- a date, a URL or e-mail, a handle, the site's own name and the words of an
  author box's buttons (``Follow``, ``Weitere Artikel``, ``→``) are refused.

Shapes only, no list of names: the word lists below are the byline and
button vocabulary of the languages of the archive's press and benchmark pages.
"""

from __future__ import annotations

import re
import unicodedata

from bs4 import BeautifulSoup, Comment

from ingest.text import rules as text_rules
from ingest import byline_shape, dates
from people_films.names import GIVEN_NAMES, is_chinese_surname, is_korean_given_name, is_korean_surname

# "By" in the languages of the archive's press (English, German, French,
# Spanish, Italian, Dutch, Scandinavian, Polish, Portuguese), with the
# "Author:" labels themes print before a name.
_BYLINE_WORD = re.compile(
    r"^\s*(?:(?:text|interview|fotos?|photos?|bilder?|texte?)(?:\s*(?:&|\+|und|and)\s*(?:fotos?|photos?|bilder?))?\s*:|"
    r"(?:written|words|text|story|(?:with\s+(?:additional\s+)?|additional\s+)?reporting|photos?)\s+by|(?:text|texte|geschrieben|verfasst|ein\s+beitrag)\s+von|"
    r"about\s+the\s+authors?|über\s+(?:den\s+autor|die\s+autorin)|by|von|vom|par|por|door|autor(?:in|en|innen)?(?:/-?in)?|authors?|"
    r"auteurs?|autor[ei]|texto|tekst|posted\s+by|publié\s+par|"
    # Italian "di" also begins surnames ("Di Stefano", "Leonardo Di Caprio", "Di Maio Luigi" with the
    # surname first): it opens a byline only in lower case, as Italian bylines print it, and before a
    # whole name, a given name and a surname, capitalised.
    r"(?-i:di)(?=\s+(?-i:[A-ZÀ-Ý])[\w'’.-]*\s+(?-i:[A-ZÀ-Ý]))|"
    # The French press's byline of an interview ("words gathered by").
    r"propos\s+recueillis\s+par|"
    # Chinese, Japanese and Korean labels before the name: the responsible editor
    # (责任编辑, which Chinese news sites print as the article's credit), author,
    # reporter, editor, writer ("文/" is "text by"; Japanese magazines join the
    # jobs the writer did with "・": "取材・文：" reporting and text, "文・写真：" text and photos).
    r"责任编辑|責任編輯|作者|记者|記者|编辑|編輯|撰文|筆者|著者|执笔|執筆|글쓴이|작성자|글|"
    r"(?:(?:取材|構成|インタビュー)・)*文(?:・(?:写真|撮影))?(?=\s*[/／:：])|"
    # "文・佐藤美咲": the label joined to the name by the same "・" (a "・" before 写真 or 撮影 joins jobs).
    r"文・(?!写真|撮影)|"
    # Arabic and Hebrew "by": "بقلم" ("by the pen of"), "بواسطة", "מאת" (mozilla/readability#258's
    # right-to-left pages print the byline like any other).
    r"بقلم|بواسطة|מאת)"
    r"(?:\b|(?<=[:：/／]))\s*[:：/／]?\s*"
    # The reporter's role between the byline word and the name, as a translation of the Korean and
    # Japanese "홍길동 기자" reads in English ("Written by Reporter Lee Ji-hoon").
    r"(?:(?:staff\s+|senior\s+)?(?:reporter|correspondent)\s+(?=(?-i:[A-Z])))?",
    re.IGNORECASE,
)
# Korean and Japanese news print the role after the name ("홍길동 기자", "홍길동 특파원"),
# often with the e-mail address: senior or guest reporter, reporter, correspondent, stringer.
# The one list of them: the text reader's bilingual bylines read it too (ingest.text.bylines).
ROLES_AFTER_NAME = ("선임기자", "객원기자", "기자", "특파원", "통신원", "記者", "特派員")
_ROLE_AFTER_NAME = re.compile(r"\s*(?:" + "|".join(ROLES_AFTER_NAME) + r")\s*(?:[=:]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*$")
# Between names: commas, semicolons, "and" in those languages (Italian and Portuguese "e" in lower
# case only: a capital "E" is an initial, "John E. Smith"), "&", "/", and an
# interview's "X in conversation with Y" (German, English, French, Italian, Spanish),
# which names the interviewee and the interviewer, both the piece's authors.
_SEPARATORS = re.compile(
    r"\s*(?:[,;|/]|\band\b|\bund\b|\bet\b|\by\b|(?-i:\be\b)|\ben\b|\boch\b|\bog\b|&|\bim\s+gespräch\s+mit\b|"
    r"\bin\s+conversation\s+with\b|\ben\s+conversation\s+avec\b|\bin\s+conversazione\s+con\b|"
    r"\ben\s+conversación\s+con\b)\s*",
    re.IGNORECASE,
)
# Words of an author box's links and buttons, never part of a name.
_UI_WORDS = frozenset(
    {"follow", "folgen", "more", "mehr", "weitere", "weiter", "read", "lesen", "share", "teilen", "profile", "profil",
     "view", "anzeigen", "posts", "beiträge", "artikel", "articles", "archive", "archiv", "contact", "kontakt",
     "email", "e-mail", "subscribe", "abonnieren", "unknown", "admin", "administrator", "anonymous",
     "afficher", "voir", "all", "alle", "zeige", "see", "twitter", "facebook", "instagram", "linkedin",
     "posted", "post", "name", "text", "interview", "illustration", "fotos", "photos", "comment", "kommentar", "kommentare", "comments", "reply", "antworten",
     "account", "login", "register", "registrieren", "anmelden", "published", "veröffentlicht", "publié", "publicado", "updated", "aktualisiert", "uncategorized", "theme",
     # a date's label ("Letzte Aktualisierung", "Last updated", "Mis à jour")
     "aktualisierung", "letzte", "zuletzt", "update", "last", "stand",
     # a template's field label left before an empty slot ("DATE", "Datum")
     "date", "datum",
     # the same buttons in the archive's other languages (follow, subscribe, share), a label unspaced in
     # Chinese, Japanese and Korean: note.com prints "フォロー" beside the writer's name
     "suivre", "s'abonner", "partager", "seguir", "assinar", "compartilhar", "compartir",
     "フォロー", "フォローする", "購読", "シェア", "팔로우", "구독", "공유", "关注", "關注", "订阅", "訂閱", "分享"}
)
# The words of a newsroom's generic credit: alone they are a placeholder, no one's name;
# after the publication's name they are its desk ("Jerusalem Post Staff").
_DESK_WORDS = frozenset({"staff", "report", "editorial", "news", "desk", "team", "newsroom", "wire", "press"})
# Lower-case words a name may hold ("Ursula von der Leyen", "Vincent van Gogh").
_NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "bin", "al", "el",
     "ten", "ter", "zu", "y", "und", "and"}
)
_MIN_LETTERS = 3
_URLISH = re.compile(r"https?:|www\.|@|\.(?:com|de|org|net|at|ch|fr|uk|io|info)\b|\[at\]", re.IGNORECASE)
_MAX_WORDS = 6
_MAX_CHARS = 60
# A handle a metadata field may hold ("freeman1984", "c1ph4"): one token of
# letters and digits; in running text a digit still means a date or a count.
_HANDLE = re.compile(r"[^\W_]*[^\W\d_][^\W_]*")
# Weekdays in the archive's languages: "Donnerstag, 4. November 2021" leaves
# "Donnerstag" before the date, which is no one's name.
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
     "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
     "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
     "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
     "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"}
)
# Month names and their short forms in the archive's languages: alone, a date's piece
# ("<span class=month>Jun</span>" inside an author-classed post), never a name
# (with a surname, "June Carter" and "April Ryan" are names, so only a lone word is refused).
_MONTH_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
     "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "mär", "okt", "dez",
     "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
     "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
     "diciembre", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
     "januari", "februari", "maart", "mei", "augustus"}
)
# A news agency's credit, its code and the editor's or the regional service's
# ("det/dpa", "dpa/lno", "AFP/Reuters"): one credit, not two names.
CREDIT_CODE = re.compile(r"[^\W\d_]{2,8}(?:/[^\W\d_]{2,8}){1,3}")
# An e-mail address after a name ("Jane Doe jane@example.com", "홍길동 기자 hong@yna.co.kr").
_EMAIL = re.compile(r"\s*\(?\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b\)?")
# A name in Chinese (two to four Han characters: family name, given name), Japanese
# (family and given name, often with a space) or Korean (two to four syllables).
_CJK_PHRASE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{7,}")
_CJK_NAME = re.compile(r"[\u3400-\u9fff\uac00-\ud7af]{2,4}|[\u3040-\u30ff\u3400-\u9fff]{1,4}[ \u3000][\u3040-\u30ff\u3400-\u9fff]{1,4}")
# Invisible characters CMSs leave inside names: soft hyphens ("Mat\xadthi\xadas"), zero-width spaces.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")


# A company's or an association's legal form at the end of its name, in the
# company law of the archive's countries (Germany, Austria, Switzerland, the UK,
# the US, France, Spain, Italy, the Netherlands, the Nordic countries): an organisation, not a person.
_LEGAL_FORM = re.compile(
    r"\b(?:e\.\s?V|g?GmbH|mbH|AG|KG|SE|Inc|Ltd|LLC|LLP|PLC|Corp|Oyj?|AB|ASA|ApS|A/S|S\.\s?A|S\.\s?L|S\.\s?p\.\s?A|S\.\s?r\.\s?l|SARL|SAS|B\.\s?V|N\.\s?V)\.?$"
)


# A journalist's job title after the name ("Tom Krisher, AP Auto Writer", "Ingo Arzt
# Redakteur für Wirtschaft", "Jane Doe - Film Critic"): the newsroom's role nouns in
# the archive's languages (English, German with its compounds, French, Spanish,
# Italian, Dutch), as news sites print them beside the byline. A role is no name.
_ROLE_WORD = re.compile(
    r"(?i)^(?:\w*(?:writer|editor|correspondent|reporter|columnist|contributor|journalist|critic)s?(?:-at-large)?|"
    r"\w*(?:redakteur|korrespondent|reporter|kolumnist|journalist|kritiker|autor|volontär)(?:in|innen)?|"
    # the heads and officers an institution's article is signed by ("Projektleiterin der HSS",
    # "Geschäftsführer von Valendo", "Director of Education", "Pressesprecher")
    r"\w*(?:leiter|direktor|führer|sprecher|referent|berater|beauftragte)(?:in|innen|r)?|"
    r"(?:\w*director|manager|professor|president|chair|chairman|chairwoman|spokesperson|spokesman|spokeswoman)s?|"
    r"rédact(?:eur|rice)|journaliste|correspondant(?:e)?|chroniqueu(?:r|se)|envoyée?|"
    r"redact(?:or|ora)|periodista|corresponsal|columnista|cronista|"
    r"giornalista|redatt(?:ore|rice)|corrispondente|inviat[oa]|editorialista|"
    r"verslaggever|redacteur|correspondente)$"
)


# The words before a job title that rank it ("Assistant Professor", "Senior Editor",
# "Stellvertretende Chefredakteurin"), in English and German.
_ROLE_MODIFIERS = frozenset(
    {"assistant", "associate", "senior", "junior", "deputy", "chief", "executive", "managing", "vice", "contributing",
     "lead", "principal", "stellvertretende", "stellvertretender", "leitende", "leitender", "freie", "freier"}
)


def _is_role_word(word: str) -> bool:
    return bool(_ROLE_WORD.match(word.strip(".,;:()")))


def without_role(name: str) -> str:
    """The name without the job title after it: "Ingo Arzt Redakteur für Wirtschaft" ->
    "Ingo Arzt"; "" for a title alone or after a desk ("Writer", "Staff Writer") or
    after words that are no name ("AP Auto Writer"); unchanged when it holds no title,
    or when the title word follows one word ("Sam Writer": a surname as well)."""
    words = name.split()
    for at, word in enumerate(words):
        if not _is_role_word(word):
            continue
        if at == 0 or (at == 1 and words[0].casefold() in _DESK_WORDS):
            return ""
        if at == 1:
            return name
        while at > 2 and (words[at - 1].casefold() in _DESK_WORDS or words[at - 1].casefold() in _ROLE_MODIFIERS):
            at -= 1  # "Jane Doe Staff Writer", "Jane Doe Assistant Professor"
        return " ".join(words[:at]) if looks_like_name(" ".join(words[:at])) else ""
    return name


# Head nouns of an institution's name and the lower-case words of a title ("Director of
# Education", "Foundations of California", "Racial Justice Program"), in English and German:
# after an author in a byline, the author's employer or position, not a co-author.
_AFFILIATION_WORDS = frozenset(
    {"program", "programme", "project", "foundation", "foundations", "institute", "institut", "university",
     "universität", "college", "school", "center", "centre", "zentrum", "department", "association", "verband",
     "council", "committee", "agency", "office", "society", "initiative", "network", "netzwerk", "laboratory", "lab",
     "fund", "union", "coalition", "alliance", "stiftung", "of", "for", "at", "für", "bei"}
)


def _is_affiliation(part: str) -> bool:
    """Whether a byline's piece after the first author is an institution or a position
    (:data:`_AFFILIATION_WORDS`): "Sarah Hinger, ACLU Racial Justice Program"."""
    return any(word.casefold().strip(".,()") in _AFFILIATION_WORDS for word in part.split())


# The nouns of a publisher's or a studio's name ("Alma Media", "Hanser Verlag"): with an
# institution's (:data:`_AFFILIATION_WORDS`), a company, when a source may name one or a person.
_COMPANY_WORDS = frozenset(
    {"media", "medien", "group", "gruppe", "verlag", "publishing", "publishers", "press", "presse", "news", "studio",
     "studios", "films", "productions", "entertainment", "digital", "holding", "company", "communications", "design"}
)


def looks_like_company(name: str) -> bool:
    """Whether ``name`` names a company or an institution: a legal form (:func:`is_organisation`)
    or a noun of a company's or an institution's name ("Alma Media", "Hanser Verlag")."""
    words = {word.casefold().strip(".,()") for word in name.split()}
    return is_organisation(name) or not words.isdisjoint(_COMPANY_WORDS | _AFFILIATION_WORDS)


def is_organisation_credit(name: str) -> bool:
    """Whether an author's ``name`` (as :func:`clean_authors` keeps it) is an organisation's credit, no person's: a
    desk ("Reuters Staff", :data:`_DESK_WORDS`), a company or an institution (:func:`looks_like_company`), or
    acronyms alone ("CJ ENM", "AFP": agencies and studios sign so; a name in capitals holds a given or a Korean or
    Chinese family name, "JANE DOE", "KIM JI-WOO")."""
    words = [word.strip(".,()") for word in name.split()]
    if not words or any(word.casefold() in _DESK_WORDS for word in words) or looks_like_company(name):
        return bool(words)
    return all(
        word.isalpha() and word.isupper() and len(word) <= _ACRONYM_LETTERS and word.capitalize() not in GIVEN_NAMES
        and not is_korean_surname(word) and not is_chinese_surname(word)
        for word in words
    )


# The longest word read as an acronym in an author's credit ("KOFIC" is five).
_ACRONYM_LETTERS = 5


def byline_people(line: str) -> list[str] | None:
    """The people a byline ``line`` names ("By Jane Doe, Variety" -> ["Jane Doe"]; "By Reuters Staff" -> []): its
    authors as :func:`clean_authors` reads them, without an organisation's credit (:func:`is_organisation_credit`);
    None when it is no byline (no byline word opens it, or it names no author)."""
    if not _BYLINE_WORD.match(line):
        return None
    authors = clean_authors([line], from_text=True)
    if authors and len(line.split()) > byline_shape.BYLINE_WORDS and _words_besides(line, authors) > _LONG_BYLINE_OTHER_WORDS:
        return None  # "By Sundance, Chloé Zhao and Greta Gerwig were stars of ...": a sentence, not a long byline
    return [name for name in authors if not is_organisation_credit(name)] if authors else None


# A byline longer than ``byline_shape.BYLINE_WORDS`` words (several authors, "with reporting by", where
# they filed, their magazine) holds little besides the names the cleaning reads in it: at most this
# many other words ("with", "in Seoul"; "for Screen Daily"). Fifteenth round, by shape.
_LONG_BYLINE_OTHER_WORDS = 4


def _words_besides(line: str, names: list[str]) -> int:
    """How many words ``line`` holds besides ``names``, its byline words and the separators between names."""
    rest = line
    for name in sorted(names, key=len, reverse=True):
        rest = re.sub(re.escape(name), " ", rest, flags=re.IGNORECASE)
    rest = _JOB_PIECE.sub(" ", _BYLINE_WORD.sub(" ", rest, count=1))
    return sum(1 for word in re.findall(r"[^\W\d_]+", rest) if not _SEPARATORS.fullmatch(word))


def is_organisation(name: str) -> bool:
    """Whether ``name`` ends with a legal form ("Hanns-Seidel-Stiftung e.V.", "Acme Films Ltd.")."""
    return bool(_LEGAL_FORM.search(name.strip()))


def _key(text: str) -> str:
    return re.sub(r"\W+", "", unicodedata.normalize("NFKC", text)).casefold()


# A score stands apart from a date's digits: "4/5", never the "5/10" of "5/10/2025".
_SCORE = re.compile(rf"(?<![\d/.])(?:{text_rules.SCORE})(?![\d/.])", re.IGNORECASE)
_LEADING_SCORE = re.compile(rf"^(?:{text_rules.SCORE})(?![\d/.])\s*", re.IGNORECASE)
# A byline line holds little besides the names: a byline word, a date, a role, a few
# words such as "Updated" or "min read". More is a sentence about the author (a bio).
_BYLINE_LINE_CHARS = 150
_BYLINE_LINE_OTHER_WORDS = 4


def is_byline_line(text: str, authors: list[str]) -> bool:
    """Whether ``text`` (one line of the article) is the byline of ``authors``: it names one
    of them and, besides the names, holds a byline word ("By", "Par", "Von"), a date or a
    reporter's role, and at most four other words ("Par Renée Dubois — 12 mars 2025"); never
    a line holding a review's score (``ingest.text.rules.SCORE``: "★★★★", "4/5")."""
    line = " ".join(text.split())
    if not authors or len(line) > _BYLINE_LINE_CHARS or _SCORE.search(line):
        return False  # "★★★★ 김소미 기자": a critic's signed verdict, whose rating would be lost with the line
    rest = line
    for author in sorted(authors, key=len, reverse=True):
        rest = re.sub(re.escape(author), " ", rest, flags=re.IGNORECASE)
    if rest == line:
        return False
    cue = bool(_BYLINE_WORD.match(rest) or re.search(r"\d", rest) or _ROLE_AFTER_NAME.search(rest))
    # Letters glued to digits are part of a date or time ("14h12", "3rd"), not words of their own.
    others = [word for word in re.findall(r"(?<!\d)[^\W\d_]+(?!\d)", _BYLINE_WORD.sub(" ", rest, count=1)) if not _SEPARATORS.fullmatch(word)]
    sentence = rest.rstrip().endswith(".") and len(others) >= 2  # "Renée Dubois said so on 5 March."
    return cue and len(others) <= _BYLINE_LINE_OTHER_WORDS and not sentence


def strip_byline_word(text: str) -> str:
    """``By Jane Doe`` -> ``Jane Doe``; ``Von:`` -> ``""``; ``记者 焦鹏`` and ``홍길동 기자 hong@yna.co.kr`` -> the name."""
    text = _LEADING_SCORE.sub("", text.strip())  # "★★★★ 김소미 기자": a critic's rating before the signature
    for _ in range(2):  # "Text und Fotos von" style double labels
        stripped = _BYLINE_WORD.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped
    text = _ROLE_AFTER_NAME.sub("", text)
    return text.strip(" \t:·|–—-•")


_PATH_SEPARATORS = re.compile(r"[→»›>]")


def looks_like_name(text: str, site_names: frozenset[str] = frozenset(), from_text: bool = False) -> bool:
    """Whether ``text`` can be an author's name: a few words, no date, no address, no button.

    :param site_names: keys (:func:`site_key`) of the site's own names (publisher,
        og:site_name); an author equal to one is the site, not a person.
    :param from_text: the name was read from running text, not a metadata field:
        it must also be capitalised like a name (a field may hold a handle).
    """
    if not text or len(text) > _MAX_CHARS or not any(c.isalpha() for c in text):
        return False
    words = text.split()
    if len(words) > _MAX_WORDS or _URLISH.search(text) or _PATH_SEPARATORS.search(text):
        return False  # a link's arrow, or a breadcrumb's path ("Entertainment > Film")
    if any(w.casefold().strip(".:!?,") in _UI_WORDS or w.casefold().strip(".,") in _WEEKDAYS for w in words):
        return False
    if len(words) == 1 and text.casefold().strip(".,") in _MONTH_WORDS:
        return False
    if all(w.casefold().strip(".,") in _DESK_WORDS for w in words):
        return False  # a placeholder ("Staff", "Staff Report"); a desk is named ("HLNF Staff Report")
    if "©" in text or ":" in text:
        return False  # a picture credit ("© Getty Images"), a label left over ("in: Jane Doe")
    cjk = _CJK_NAME.fullmatch(text)
    if sum(c.isalpha() for c in text) < _MIN_LETTERS and not cjk:
        return False  # initials ("DT") or a fragment (". V."); a Chinese or Korean name has two characters
    if from_text and not cjk and _CJK_PHRASE.search(text):
        return False  # a phrase of Chinese, Japanese or Korean, longer than a name
    if from_text and not _capitalised_like_a_name(words):
        return False
    if from_text and re.search(r"[^\W\d_]{4,}\.$", text):
        return False  # a sentence's end ("Projektleiterin in Tunesien."), not an initial ("Jane Q.")
    if not from_text and _HANDLE.fullmatch(text) and sum(c.isalpha() for c in text) >= _MIN_LETTERS and dates.find_date(text) is None:
        return site_key(text) not in site_names  # a handle from a field, digits and all
    if any(ch.isdigit() for ch in text) or dates.find_date(text) is not None:
        return False
    if site_key(text) in site_names:
        return False
    return True


def _capitalised_like_a_name(words: list[str]) -> bool:
    """Every word of four letters or more starts with a capital, bar particles
    ("the numbers", "otro lado" are not names), and so does the first word
    ("in Rubrik", "a.k.a. the Citrus Guy"); scripts without case pass."""
    first = words[0]
    if first[:1].islower() and first.casefold() not in _NAME_PARTICLES:
        return False
    for word in words:
        letters = [c for c in word if c.isalpha()]
        if len(letters) < 4 or word.casefold() in _NAME_PARTICLES:
            continue
        if letters[0].islower():
            return False
    return any(c.isupper() or not c.islower() for w in words for c in w[:1] if c.isalpha())


def site_key(text: str) -> str:
    """A site name for comparison: letters and digits only, case folded (``Die FURCHE`` -> ``diefurche``)."""
    return _key(text)


def fuller_names(names: list[str], others: list[str]) -> list[str]:
    """Each one-word name replaced by a longer one from ``others`` that starts with it
    ("Todd" and "Todd Bates": a display name and the full name of the same person),
    or whose letters it is (the handle "arianschlichenmayer" and "Arian Schlichenmayer")."""
    out = []
    for name in names:
        if " " not in name:
            longer = [o for o in others if o.casefold().startswith(name.casefold() + " ")]
            longer += [o for o in others if " " in o and _letters_key(o) == _letters_key(name)]
            name = longer[0] if longer else name
        out.append(name)
    return list(dict.fromkeys(out))


def _letters_key(text: str) -> str:
    """Letters only, accents and case dropped: a handle and the display name it
    was made from share one ("gabor_munier" and "Gàbor Muniér")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isalpha() and not unicodedata.combining(c)).casefold()


def _without_site_name(value: str, site_names: frozenset[str]) -> str:
    """``unocero - Alberto Ávila`` -> ``Alberto Ávila`` when "unocero" is the site's name."""
    pieces = _SITE_SEPARATOR.split(value)
    if len(pieces) > 1:
        kept = [p for p in pieces if site_key(p) not in site_names]
        if len(kept) == 1:
            return kept[0]
    return value


def _without_role_piece(value: str) -> str:
    """``Tim Childers - Live Science Contributor`` -> ``Tim Childers``: a piece after a
    dash or bar that holds a job title (:data:`_ROLE_WORD`) is the writer's role."""
    pieces = _SITE_SEPARATOR.split(value)
    if len(pieces) > 1:
        kept = [p for p in pieces if without_role(p) == p]
        if kept and len(kept) < len(pieces):
            return " - ".join(kept)
    return value


# Between a site's name and an author's in one field ("unocero - Alberto Ávila", "Jane Doe | Site").
_SITE_SEPARATOR = re.compile(r"\s+[-–—|]\s+")
# Where a byline's reporter filed from, after a name ("By Jane Doe in Busan and Kim Ji-woo in Seoul"):
# "in" and one to three capitalised words ending the piece (an interview's "in conversation with" goes on).
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$")
# The publication a byline writes for ("Glen Owen and Brendan Carlin For The Mail On Sunday",
# "Jane Doe for MailOnline"): a capitalised title after "for".
_FOR_PUBLICATION = re.compile(r"\s+(?:for|For|FOR)\s+(?=[A-Z])[\w .'’&-]+$")


# A field a CMS filled with its rendered HTML ('<a href="/experts/jane-doe">Jane Doe</a> <a ...>John Roe</a>').
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")
# The name of an unfilled template slot, published as the value ("publisher", "Author Name"): no one's name.
_PLACEHOLDERS = frozenset({"publisher", "author", "author name", "authorname", "creator", "owner", "user", "username",
                           "your name", "firstname lastname", "vorname nachname", "herausgeber"})
# A label read with the byline box's whole text ("Features By Jane Doe", "Opinion BY JANE DOE",
# "Recipe by Jane Doe"): a capitalised "By", or "by" after one word, is no part of a name.
_LABEL_BEFORE_BY = re.compile(r"^(?:[^,;]*?\s(?:By|BY)|[A-Z]\w+\s+by)\s+(?=\w)")
# A remark in brackets after a name ("Inge Hannemann (Hartz-IV-Rebellin)", "Jane Doe (Text)"): a role, a place, a handle.
_PARENTHESIS = re.compile(r"(?<=\w)\s*\([^()]{1,60}\)")
_CONJUNCTION = re.compile(r"\s+(?:and|und|et|y|en|och|og|&)\s+", re.IGNORECASE)


def _markup_text(value: str) -> str:
    """The text of a field that holds HTML, each link's text a name of its own (joined by ", "
    for the split below: ``<a>Jane Doe</a> <a>John Roe</a>``), the rest as it reads ("Jane
    <b>Doe</b>" is one name); scripts, styles and comments say nothing; the markup never goes further."""
    if not _MARKUP.search(value):
        return value
    soup = BeautifulSoup(value, "html.parser")
    for hidden in soup.find_all(["script", "style", "template"]):
        hidden.decompose()
    for comment in soup.find_all(string=lambda text: isinstance(text, Comment)):
        comment.extract()
    for link in soup.find_all("a"):
        link.replace_with(f", {link.get_text(' ')}, ")
    return ", ".join(piece for piece in (" ".join(part.split()) for part in soup.get_text().split(",")) if piece)


def joins_words(name: str) -> bool:
    """Whether ``name`` holds "and" between words ("Job & Karriere"): a title's, not one person's."""
    return bool(_CONJUNCTION.search(name))


def _split_names(value: str) -> list[str]:
    """``value`` split at :data:`_SEPARATORS`, but "and" between two single words stays
    inside one name when either is no common given name (:data:`GIVEN_NAMES`): "Kirche
    und Leben", "Vinos y Tapas" are a title's words; "Anna und Tobi" are two people. An
    institution's name first (:func:`_is_affiliation`) is one name whole."""
    bits = _SEPARATOR_KEPT.split(value)
    if len(bits) > 1 and len(bits[0].split()) > 1 and _is_affiliation(bits[0]):
        return [value]  # an institution's name lists its fields: "Departement für Wirtschaft, Bildung und Forschung"
    parts = [bits[0]]
    for separator, part in zip(bits[1::2], bits[2::2], strict=True):
        words = (parts[-1].strip(), part.strip())
        if (
            _CONJUNCTION.fullmatch(separator)
            and all(len(w.split()) == 1 for w in words)
            and not all(w.strip(".,").capitalize() in GIVEN_NAMES for w in words)
        ):
            parts[-1] = f"{words[0]}{separator}{words[1]}"
        else:
            parts.append(part)
    return parts


_SEPARATOR_KEPT = re.compile(f"({_SEPARATORS.pattern})", re.IGNORECASE)


def _without_remark(value: str) -> str:
    """``value`` without remarks in brackets after a name; one holding an address stays, so the
    name is refused whole: "Deutsche Welle (www.dw.com)" is the site's own credit."""
    return _PARENTHESIS.sub(lambda m: m[0] if _URLISH.search(m[0]) else "", value)


# A byline's jobs, each before its names ("Photographs by A and B, text by C", "Texto: C. Fotos: A"):
# the pictures' and the text's, in the languages of the archive's press.
_PICTURE_JOB = r"(?:photo(?:graph)?s?|pictures|images|fotos?|fotografi[ae]s?|bilder|photographies)"
_TEXT_JOB = r"(?:text|texte|texto|testo|tekst|words|story|reporting)"
_JOB_PIECE = re.compile(rf"(?i)(?<!\w)(?P<job>{_PICTURE_JOB}|{_TEXT_JOB})\s*(?:by|von|par|por|de|di|door|:)\s+")


def writers_pieces(value: str) -> str:
    """A byline without the pieces that credit its pictures, when another piece credits its text:
    "Photographs by A and B, text by C" -> "text by C"; "By C, photos by A" -> "By C". The
    photographers are the pictures' credits (their captions name them), not the article's authors;
    a byline that credits only pictures ("Photos by A": a gallery's) is left whole."""
    marks = list(_JOB_PIECE.finditer(value))
    pictures = [re.fullmatch(_PICTURE_JOB, mark["job"], re.IGNORECASE) is not None for mark in marks]
    if not any(pictures):
        return value
    ends = [mark.start() for mark in marks[1:]] + [len(value)]
    pieces = [value[: marks[0].start()]] + [value[mark.start() : end] for mark, end in zip(marks, ends, strict=True)]
    # (A sentence's full stop before the next job goes, an initial's stays: "Ana Ruiz. Fotos: ...", "Tom K.")
    kept = [re.sub(r"(?<=\w{3})\.$", "", piece.strip(" ,;·|/–—-")) for piece, picture in zip(pieces, [False, *pictures], strict=True) if not picture]
    kept = [piece for piece in kept if any(char.isalpha() for char in piece)]
    return ", ".join(kept) if kept else value


# A name word in capitals, in pieces: its letters, and an apostrophe or a hyphen between them.
_CAPITALS_PIECE = re.compile(r"([^\W\d_]+)|([^\w]+)")
# A generation's Roman numeral after a name ("Martin Luther King III") is written in capitals.
_GENERATION_NUMERALS = frozenset({"II", "III", "IV", "V", "VI", "VII", "VIII"})


def _out_of_capitals(name: str) -> str:
    """``name`` as a name is written when its byline was set in capitals ("MARGOT LINDQVIST" ->
    "Margot Lindqvist"; superdesk#850: a byline's capitals are the page's type, not the name's),
    so that a person has one people page whatever the page's style. Each word capitalised, after an
    apostrophe or a hyphen too ("O'Brien", "Silver-Greenberg"), the Scots "Mc" with its capital
    ("McAvoy"), particles after the first word in lower case ("Ludo van der Berg"), a Korean given
    name's second syllable too ("Kim Ji-su", the Revised Romanisation's hyphenation; a name of three words
    at most, its pieces romanised syllables: "Lee Ann-Marie Smith" is Western), a generation's Roman
    numeral in capitals ("King III"). Left as it is:
    a name with a lower-case letter, a single word, and acronyms (:func:`is_organisation_credit`: "AFP",
    "CJ ENM" are an agency and a studio, no one's name)."""
    words = name.split()
    if len(words) < 2 or any(c.islower() for c in name) or not any(c.isupper() for c in name) or is_organisation_credit(name):
        return name
    korean = is_korean_surname(words[0].capitalize())
    out = []
    for position, word in enumerate(words):
        if position and word.casefold() in _NAME_PARTICLES:
            out.append(word.casefold())
            continue
        if position and word in _GENERATION_NUMERALS:
            out.append(word)
            continue
        pieces = [letters.capitalize() if letters else other for letters, other in _CAPITALS_PIECE.findall(word)]
        if korean and position and len(words) <= 3 and "-" in word and is_korean_given_name(word):  # "JI-SU", not "ANN-MARIE"
            hyphen = pieces.index("-")
            pieces[hyphen + 1 :] = [piece.lower() for piece in pieces[hyphen + 1 :]]
        word = "".join(pieces)
        if word.startswith("Mc") and len(word) > 3:
            word = "Mc" + word[2:].capitalize()
        out.append(word)
    return " ".join(out)


def clean_authors(raw: list[str], site_names: frozenset[str] = frozenset(), from_text: bool = False) -> list[str]:
    """The names in ``raw`` (each a name or a byline), split, stripped, checked
    (:func:`looks_like_name`), without repeats."""
    names: list[str] = []
    seen: set[str] = set()
    for value in raw:
        spaced = re.sub(r"\s+", " ", _INVISIBLE.sub("", _markup_text(value or ""))).strip()
        value = strip_byline_word(spaced)
        # "in Busan" is where a byline's reporter filed from: only in a byline (a line of text, or a value
        # that opened with "By"), never in a field holding a name or a title ("Lost in Translation").
        is_byline = from_text or value != spaced
        if value.casefold() in _PLACEHOLDERS:
            continue
        value = _LABEL_BEFORE_BY.sub("", writers_pieces(value))
        value = _FOR_PUBLICATION.sub("", _without_remark(_EMAIL.sub("", value))).strip(" ,;|–—-()<>")
        value = _without_site_name(value, site_names)
        value = _without_role_piece(value)
        parts = [value] if CREDIT_CODE.fullmatch(value) else [
            _IN_PLACE.sub("", p) if is_byline else p for p in map(strip_byline_word, _split_names(value))
        ]
        parts = [p for p in parts if p]
        # "Ingo Arzt Redakteur", "Tom Krisher, AP Auto Writer": a job title is no name, nor a co-author.
        # After a person, a desk's credit is theirs too ("Eric Song, IGN Staff").
        parts = [n for n in map(without_role, parts[:1]) if n] + [
            p for p in parts[1:] if not any(_is_role_word(w) or w.casefold() in _DESK_WORDS for w in p.split())
            and not _is_affiliation(p)
        ]
        if not all(looks_like_name(p, site_names, from_text) for p in parts):
            # "Jane Doe, London": keep the names, drop what is not one, only when
            # the first part is a name (the byline's author).
            if not parts or not looks_like_name(parts[0], site_names, from_text):
                continue
            parts = [p for p in parts if looks_like_name(p, site_names, from_text)]
        if parts and len(parts[0].split()) >= 2:
            # "Jane Doe, London", "Jane Doe, Staff": one word after a full name is a place or
            # a role; co-authors are named in full.
            parts = parts[:1] + [p for p in parts[1:] if len(p.split()) >= 2]
        for part in map(_out_of_capitals, parts):
            key = _key(part)
            if key and key not in seen:
                seen.add(key)
                names.append(part)
    return names
