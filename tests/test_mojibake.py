"""Mojibake (UTF-8 once read as Windows-1252) is repaired as a page is decoded; other text is left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.html.decode import decode_html
from ingest.mojibake import repair_mojibake
from ingest.pipeline import read_page


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [("Itâ€™s a quiet film", "It’s a quiet film"), ("Ein Film fÃ¼r alle", "Ein Film für alle"), ("MedellÃ\xadn", "Medellín")]
    + [("The World of Usâ€ played here", "The World of Us” played here"), ("Needsâ€, he said", "Needs”, he said")],  # ” lost its last byte
)
def test_utf8_read_as_windows_1252_is_repaired(damaged: str, repaired: str) -> None:
    assert repair_mojibake(damaged) == repaired


@pytest.mark.parametrize("text", ["Ãlvaro met Dvořák in Orléans — «à bientôt»", "한국 영화의 새로운 물결", "naïve, déjà vu, Æon"])
def test_text_that_is_not_mojibake_is_left_alone(text: str) -> None:
    assert repair_mojibake(text) == text


def test_an_html_page_is_repaired_as_it_is_decoded() -> None:
    page = "<html><head><meta charset='utf-8'></head><body><p>Itâ€™s the directorâ€™s cut.</p></body></html>"
    assert "It’s the director’s cut." in decode_html(page.encode("utf-8"))


def test_a_text_dump_is_repaired_as_it_is_read(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Itâ€™s a quiet film\n\nThe director spoke about the film he made with a small crew, and the festival.\n", encoding="utf-8")
    assert read_page(page).metadata.title == "It’s a quiet film"
