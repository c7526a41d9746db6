"""Text dumps' encodings: UTF-8, or what a byte-order mark says; anything else is one line saying what to do."""

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


@pytest.mark.parametrize("encoding", ["euc-kr", "shift_jis", "latin-1"])
def test_a_dump_in_another_encoding_is_one_line_saying_what_to_do(tmp_path: Path, encoding: str) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(DUMP.replace(TITLE, "Café" if encoding == "latin-1" else "日本映画" if encoding == "shift_jis" else TITLE).encode(encoding))
    with pytest.raises(PageError, match=r"page\.txt: not valid UTF-8 \(byte 0x[0-9a-f]{2} at offset \d+\); save the text dump as UTF-8"):
        read_page(page)


def test_bytes_that_only_start_like_a_byte_order_mark_are_not_text(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(b"\xff\xfe not text")  # odd bytes after a UTF-16 mark: not UTF-16 after all
    with pytest.raises(PageError, match=r"page\.txt: not valid UTF-8 \(byte 0xff at offset 0\)"):
        read_page(page)
