"""Tables of films: a column whose header says it holds titles ("Film", "Title", "작품", "片名"), as box-office
charts, festival line-ups and filmographies set them. Each cell below such a header is a film's title, never a
person, whatever its words look like ("Marie Antoinette", "Erin Brockovich").
"""

from __future__ import annotations

import re

# The words a column of titles is headed by, in English, German, French, Spanish, Italian, Korean, Chinese and Japanese.
# (Not "show" or "role": a column of parts, of episodes or of broadcasts is no column of films.)
_TITLE_HEADER_WORDS = frozenset(
    """
    film films movie movies title titles titel titre titres título títulos titolo película pelicula
    work works original english international
    영화 작품 제목 영화명 작품명 作品 片名 电影 電影 影片 映画 作品名 題名 タイトル
    """.split()
)

# The head word that must be among them: "Original title", "Film (English title)"; "Original" alone heads no titles.
_TITLE_HEADS = _TITLE_HEADER_WORDS - {"original", "english", "international", "work", "works"}

# The heads that say films whatever the article is about; the others ("Title", "작품") head a column of any works,
# films only in an article about films (a chart of songs or books has a "Title" column too).
_FILM_HEADS = frozenset("film films movie movies película pelicula 영화 영화명 片名 电影 電影 影片 映画".split())

_HEADER_WORD = re.compile(r"[^\W\d_]+")


def title_columns(header: list[str], about_films: bool) -> set[int]:
    """The indexes of the header cells (each cell's text) that head a column of film titles: up to three words,
    all of :data:`_TITLE_HEADER_WORDS`, one a title's head word ("Film", "Original title", "片名"); a film's
    head word (:data:`_FILM_HEADS`) unless the article is ``about_films``."""
    columns = set()
    heads = _TITLE_HEADS if about_films else _FILM_HEADS
    for index, text in enumerate(header):
        words = [w.lower() for w in _HEADER_WORD.findall(text)]
        if 1 <= len(words) <= 3 and all(w in _TITLE_HEADER_WORDS for w in words) and any(w in heads for w in words):
            columns.add(index)
    return columns


def title_cell(text: str) -> str:
    """The film title a cell of a title column holds ("" for an empty or number-only cell, or a sentence)."""
    title = " ".join(text.split()).strip(" .,;:")
    if not any(c.isalpha() for c in title) or len(title.split()) > 12 or len(title) > 120:
        return ""
    return title
