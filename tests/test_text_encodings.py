"""Text dumps' encodings: UTF-8, what a byte-order mark says, or a legacy encoding named in a warning; broken bytes are one line saying what to do."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from ingest.errors import PageError
from ingest.pipeline import read_page

TITLE = "김태용 감독 인터뷰"
DUMP = f"{TITLE}\n\nThe director spoke about the film he made with a small crew, and about the festival that opened it.\n"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_a_dump_with_a_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    """Windows editors save "Unicode" text as UTF-16 with a byte-order mark; it was 'not valid UTF-8'."""
    page = tmp_path / "page.txt"
    data = DUMP.encode(encoding)
    page.write_bytes(data if encoding in ("utf-8-sig", "utf-16", "utf-32") else codecs.BOM_UTF16_BE + data)
    assert read_page(page).metadata.title == TITLE


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_utf16_dump_without_a_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(DUMP.encode(encoding))
    assert read_page(page).metadata.title == TITLE


# A few sentences each, as a real dump has: a detector cannot tell encodings apart from a title alone.
LEGACY_DUMPS = {
    "euc-kr": ("김태용 감독 인터뷰", "김태용 감독은 작은 제작진과 함께 만든 영화와 그 영화를 처음 상영한 영화제에 대해 이야기했다."),
    "shift_jis": ("日本映画の新作", "監督は小さなスタッフと作った映画について、そして初めて上映された映画祭について語った。"),
    "gb18030": ("王家卫回顾展", "香港电影资料馆今日宣布，王家卫回顾展将于下月在馆内开幕，放映导演的七部长片。"),
    "big5": ("王家衛回顧展", "香港電影資料館今日宣佈，王家衛回顧展將於下月在館內開幕，放映導演的七部長片。"),
    "latin-1": ("Café society", "Le réalisateur a parlé du film qu'il a tourné avec une petite équipe, et du festival où il a été présenté."),
}


@pytest.mark.parametrize(
    ("encoding", "read_as"),
    [("euc-kr", "cp949"), ("shift_jis", "cp932"), ("gb18030", "gb18030"), ("big5", "big5"), ("latin-1", "cp1252")],
)
def test_a_dump_in_a_legacy_encoding_is_read_and_the_warning_names_it(tmp_path: Path, encoding: str, read_as: str) -> None:
    """A Windows editor saves "ANSI" text in the system's code page (cp949 on a Korean Windows)."""
    title, body = LEGACY_DUMPS[encoding]
    page = tmp_path / "page.txt"
    page.write_bytes(f"{title}\n\n{body}\n".encode(encoding))
    article = read_page(page)
    assert (article.metadata.title, article.blocks[0].inlines[0].text) == (title, body)
    assert article.warnings == [f"{page}: not UTF-8; read as {read_as}: check the text, or save the dump as UTF-8"]


def test_utf8_with_a_broken_byte_is_one_line_saying_what_to_do(tmp_path: Path) -> None:
    """Read in a legacy encoding, its Korean would turn into mojibake; refused instead."""
    page = tmp_path / "page.txt"
    data = DUMP.encode()
    page.write_bytes(data[:60] + b"\xff" + data[60:])
    with pytest.raises(PageError, match=r"page\.txt: not valid UTF-8 \(byte 0xff at offset 60\), nor text in another encoding .*; save the text dump as UTF-8"):
        read_page(page)


def test_bytes_that_only_start_like_a_byte_order_mark_are_not_text(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(b"\xff\xfe not text")  # odd bytes after a UTF-16 mark: not UTF-16 after all
    with pytest.raises(PageError, match=r"page\.txt: not valid UTF-8 \(byte 0xff at offset 0\)"):
        read_page(page)
