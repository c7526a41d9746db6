"""Reading the word lists of ``people_films/data/`` (one entry a line, ``#`` comments), made by scripts in ``bench/``."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def read_word_list(name: str) -> frozenset[str]:
    """The entries of ``data/<name>``; OSError when the file is missing (it ships with the package)."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))
