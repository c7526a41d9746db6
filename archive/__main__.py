"""``python -m archive ARGS``: ``sphinx-build ARGS`` with a faster start.

The Makefile builds the site with this instead of ``python -m sphinx``: the
same command line, with Python's cycle collector held off while Sphinx loads
its extensions and unpickles the environment, and turned back on however the
build ends (:func:`archive.compat.collection_paused`; why, in
:mod:`archive.incremental`).
"""

from __future__ import annotations

import sys

from sphinx.cmd.build import main as sphinx_build

from archive.compat import collection_paused


def main(argv: list[str] | None = None) -> int:
    """Run sphinx-build on ``argv`` (default: the command line); its exit status."""
    with collection_paused():
        return sphinx_build(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
