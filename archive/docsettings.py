"""Docutils settings made once per build, not once per document.

For every document it reads, Sphinx builds docutils' settings from scratch
(an option parser of every option of every component, ``docutils.conf`` read
again), and MyST builds a second set it throws away; at 100 articles that
was 10% of a full build's CPU. Each distinct set is now made once per
process and every document gets its own copy of it: the same values, so the
same output. What this relies on in Sphinx and MyST is in
:func:`archive.compat.settings_made_once`.

Both the site and the plain baseline of ``bench/scale.py`` load it, so that
the two run the same, faster Sphinx.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from archive import compat

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def setup_docsettings(_app: Sphinx) -> None:
    """Take effect at once: no document is read before the extensions are set up."""
    compat.settings_made_once()


def setup(app: Sphinx) -> dict[str, Any]:
    """Also usable on its own, as ``extensions = ["archive.docsettings"]``."""
    setup_docsettings(app)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
