"""The ingest as ``make livehtml`` runs it before each rebuild (sphinx-autobuild's ``--pre-build``).

sphinx-autobuild skips the rebuild, and prints a traceback, whenever a
pre-build command exits non-zero. The ingest exits 1 when some page failed
and the others were written (its error lines say which); the site is then
rebuilt all the same, as ``make html`` does, so this exits 0. Any other
failure still stops the rebuild: 2 is bad usage, and after 3 (the articles
folder could not be written) Sphinx must not run on a half-updated set of
articles.

Usage: ``python -m tools.preview_ingest build --corpus corpus --out docs/articles ...``
(the arguments of ``python -m ingest``).
"""

from __future__ import annotations

import sys

from ingest.cli import main

PAGES_FAILED = 1  # ingest.cli: some page failed, the rest are written


def run(argv: list[str]) -> int:
    """The ingest's exit status, with "some page failed" counted as done."""
    status = main(argv)
    return 0 if status == PAGES_FAILED else status


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
