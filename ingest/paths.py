"""Where each generated file goes. Pure functions: no file system access."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from pathlib import PurePosixPath

from anyascii import anyascii

from ingest.headline_shape import KICKER
from ingest.scripts import KANA, UNSPACED

MAX_SLUG_WORDS_CHARS = 60


def _in_ascii(character: str) -> str:
    """``character`` without its accents; a letter or digit of another script romanised.

    Latin letters keep their base letter (NFKD, then the accents dropped: "é" is
    "e"), as slugs always had; letters and digits with no ASCII base, such as
    Hangul, kana, CJK, Cyrillic or "ł", are romanised by anyascii (Hangul by
    syllable, in the Revised Romanisation's letters: 김태용 is "GimTaeYong").
    Punctuation and symbols with no ASCII base are dropped.
    """
    base = unicodedata.normalize("NFKD", character).encode("ascii", "ignore").decode("ascii")
    if base or not unicodedata.category(character).startswith(("L", "N")):
        return base
    return anyascii(character)


# Old and variant forms of kanji (旧字体, 異体字) that family names keep where the post-war reform simplified
# them elsewhere (濱口, 渡邊, 齋藤, 髙橋, 山﨑), each to its new form: one reading either way. pykakasi's dictionary
# misreads some (髙 as Chinese "gao", 﨑 as nothing, 德, 瀨), so a Japanese reading reads the new forms.
KANJI_NEW_FORMS = str.maketrans("濱邊邉齋齊髙﨑嶋澤櫻廣德眞國藏惠曾瀨", "浜辺辺斎斉高崎島沢桜広徳真国蔵恵曽瀬")


@lru_cache(maxsize=1)
def _kakasi() -> object:
    # Imported and its dictionaries loaded (a second or two) on the first Japanese text only, not by every run.
    import pykakasi  # noqa: PLC0415

    return pykakasi.kakasi()


def romanised_words(text: str, language: str = "") -> str:
    """:func:`ascii_words` for an address or an id, Japanese text read as Japanese: when it holds kana
    (:data:`ingest.scripts.KANA`: not the middle dot "・", which Chinese writes between a foreign name's parts too) or
    ``language`` (a page's, BCP 47) is Japanese, each word in Hepburn romaji by pykakasi, which reads kanji by
    its Japanese dictionary ("濱口竜介" -> "hamaguchi-ryuusuke"); anyascii reads every kanji as Chinese pinyin
    ("binkoulongjie"); old forms of kanji are read as their new ones (:data:`KANJI_NEW_FORMS`). Kanji alone on a page of no stated language stay pinyin: Chinese writes them too."""
    if KANA.search(text) or language.lower().split("-")[0] == "ja":
        text = _romaji(text.translate(KANJI_NEW_FORMS))
    return ascii_words(text)


def _romaji(text: str) -> str:
    """``text`` with its Japanese in Hepburn romaji, a space between words only where Japanese is on
    either side. pykakasi cuts Latin letters with diacritics into parts of their own ("Br", "û", "l",
    "é"): joined with spaces, "Émilie Brûlé" named on a page in Japanese had the id "e-milie-br-u-l-e"."""
    pieces: list[str] = []
    before = ""
    for part in _kakasi().convert(text):
        if pieces and (UNSPACED.search(part["orig"]) or UNSPACED.search(before)):
            pieces.append(" ")
        pieces.append(part["hepburn"] or part["orig"])
        before = part["orig"]
    return "".join(pieces)


def page_language(stated: str, text: str) -> str:
    """The language an address or an id made from a page's words is romanised by (BCP 47): "ja" when the page
    states Japanese or its ``text`` holds kana (only Japanese writes them: its names in kanji alone are then read
    as Japanese, "是枝裕和" -> "koreeda-hirokazu"), else the ``stated`` one ("" when the page states none)."""
    return "ja" if stated.lower().split("-")[0] == "ja" or KANA.search(text) else stated


# A rating's half star ("★★★★½", as Letterboxd titles a review: "A ★★★★½ review of ...") is no word of an
# address, as its stars (symbols) are not.
_RATING_HALF = re.compile(r"(?<=[★☆⭐✩✪✫✬✭✮✯✶])½")


def ascii_words(text: str) -> str:
    """``text`` as lower-case ASCII words joined by hyphens, other scripts
    romanised ("Kim Tae-yong" -> "kim-tae-yong", "서지안" -> "seojian");
    "" when nothing is left."""
    ascii_text = "".join(_in_ascii(character) for character in _RATING_HALF.sub("", text))
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


# A headline's bracketed label ("[리뷰]", "【独家】", "[INTERVIEW]": :data:`ingest.headline_shape.KICKER`) is the
# kind of every story of its kind, so no word of this one's address; a title that is a label alone keeps it.
_KICKER = re.compile(rf"^{KICKER}(?=\S)")


def slug(title: str, source: str, language: str = "") -> str:
    """A file name for an article: readable, ASCII, unique per source.

    ``title`` without the bracketed label opening it ("[리뷰] ..."), in lower-case ASCII words joined by
    hyphens (:func:`romanised_words`, Japanese by its
    ``language`` or its kana; at most
    MAX_SLUG_WORDS_CHARS characters; "article" when nothing is left), then a
    hyphen and the first 8 hex digits of the SHA-1 of ``source`` (the page's
    path in the corpus). The hash keeps two articles with the same title
    apart and makes reserved names (``index``, ``search``, ``genindex``) and
    hostile ones (``../x``) impossible.
    """
    words = romanised_words(_KICKER.sub("", title, count=1), language)[:MAX_SLUG_WORDS_CHARS].rstrip("-") or "article"
    digest = hashlib.sha1(source.encode("utf-8")).hexdigest()[:8]
    return f"{words}-{digest}"


def article_path(title: str, source: str, language: str = "") -> PurePosixPath:
    """The article's path relative to the articles folder (``language``: the page's, see :func:`slug`)."""
    return PurePosixPath(slug(title, source, language) + ".md")
