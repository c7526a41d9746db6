"""Writing a word list of ``people_films/data/`` (one entry a line, under a header saying what made it)."""

from __future__ import annotations

from pathlib import Path


def write_word_list(out: Path, header: str, words: list[str]) -> int:
    """Write ``words`` under the comment ``header`` to ``out``, say so, and return 0 (a script's exit status)."""
    out.write_text(f"# {header}; do not edit.\n" + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} entries -> {out}")
    return 0
