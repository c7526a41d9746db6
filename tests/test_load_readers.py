"""What the ingest loads before its process pool forks, so that the workers inherit it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ingest.batch import MIN_PAGES_FOR_POOL


def _loaded_after(pages: list[str]) -> set[str]:
    """The modules among the reader's lazy ones that a fresh interpreter holds after ``load_readers(pages)``."""
    code = (
        "import sys; from pathlib import Path; from ingest.pipeline import load_readers; "
        f"load_readers([Path(p) for p in {pages!r}]); "
        "print(' '.join(m for m in ('ingest.html', 'htmldate', 'dateparser', 'ftfy') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


@pytest.mark.parametrize(
    ("pages", "loaded"),
    [
        (["a.txt"] * MIN_PAGES_FOR_POOL, set()),  # text dumps need no HTML reader
        (["a.html"], {"ingest.html"}),  # one process reads it: what a page needs is loaded when it needs it
        (["a.html"] * MIN_PAGES_FOR_POOL, {"ingest.html", "htmldate", "dateparser", "ftfy"}),  # the pool's workers inherit them
    ],
)
def test_what_is_loaded_before_the_pool(pages: list[str], loaded: set[str]) -> None:
    assert _loaded_after(pages) == loaded
