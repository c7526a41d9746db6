"""Furo's templates compiled once, not on every build.

Jinja2 compiles each template the HTML builder renders (Furo's page, its
sidebar and partials: 21 templates) to Python code on first use in every
process. A rebuild after one changed article renders a few pages, so that
compiling was about a tenth of its CPU (cProfile of `python -m archive` on the
bench's 100-article site, docs-notes/performance.md). Jinja2's own bytecode
cache keeps the compiled code in ``<doctrees>/jinja2-<versions>/``, keyed by
each template's name and checked against a hash of its source, so an edited
template is compiled again; the folder's name holds the Sphinx and Jinja2
versions (the environment Sphinx sets up for its templates), and Jinja2 adds
Python's. The rendered pages are the same: only compiling is skipped.

Both the site and the plain baseline of ``bench/scale.py`` load it, so that
the two run the same, faster Sphinx.
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archive import compat

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def cache_folder(doctreedir: str | Path) -> Path:
    """Where the compiled templates are kept: beside Sphinx's environment, per Sphinx and Jinja2 version."""
    versions = "-".join(metadata.version(name) for name in ("sphinx", "jinja2"))
    return Path(doctreedir) / f"jinja2-{versions}"


def _use_cache(app: Sphinx) -> None:
    compat.cache_compiled_templates(app.builder, cache_folder(app.doctreedir))


def setup_templatecache(app: Sphinx) -> None:
    """At ``builder-inited``, once the builder has made its template environment."""
    app.connect("builder-inited", _use_cache)


def setup(app: Sphinx) -> dict[str, Any]:
    """Also usable on its own, as ``extensions = ["archive.templatecache"]``."""
    setup_templatecache(app)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
