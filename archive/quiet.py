"""A build prints only what is news.

Three notices came with every ``make html``, whatever changed, and trained
readers of the log to skip it:

* "matplotlib is not installed, social cards will not be generated":
  sphinxext-opengraph prints it on import, whatever ``ogp_social_cards``
  says. The archive makes no social cards (``ogp_social_cards = {"enable":
  False}``; a page's preview is its summary, and a picture per page would add
  matplotlib and seconds per hundred pages to every build). This module
  imports sphinxext-opengraph first, holding back that one line (anything
  else it prints still shows); list it before ``sphinxext.opengraph``.
* "The configuration has changed (2 options: 'html_static_path',
  'pygments_dark_style')", though conf.py had not:
  - Sphinx compares the configuration with the last build's before it loads
    the theme, so Furo's own option ``pygments_dark_style`` was not there
    yet. Furo is set up at ``config-inited`` instead (not through
    ``extensions``, which Furo refuses). Its check that it runs in an HTML
    build, and its other handlers, are kept for HTML builds only: set up this way it also runs for
    ``make linkcheck``, where Sphinx itself would not have loaded the theme;
  - sphinx-design appends its static folder to ``html_static_path`` at
    ``builder-inited`` and the changed list is saved with the environment.
    The folder is added at ``config-inited`` already, and the duplicate
    sphinx-design adds later is removed, so both builds see the same list.

A fourth came later: "myst v5.2.0: MdParserConfig(commonmark_only=False,
...)", MyST-Parser's whole configuration on one line of about 1 000
characters, logged at ``builder-inited``. It is held back by a filter on
MyST-Parser's logger (its warnings and errors still show).
"""

from __future__ import annotations

import contextlib
import io
import logging
import sys
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config

from archive.compat import only_in_html_builds, sphinx_design_static_dir

NO_MATPLOTLIB = "matplotlib is not installed, social cards will not be generated"
MYST_LOGGER = "sphinx.myst_parser.sphinx_ext.main"  # sphinx.util.logging.getLogger(__name__) there


def _not_the_myst_config(record: logging.LogRecord) -> bool:
    return not (record.levelno == logging.INFO and str(record.msg).startswith(("myst v", "\x1b[01mmyst v")))

_printed = io.StringIO()
with contextlib.redirect_stdout(_printed):
    import sphinxext.opengraph  # noqa: F401 (cached in sys.modules for Sphinx to set up)
for _line in _printed.getvalue().splitlines():
    if _line != NO_MATPLOTLIB:
        print(_line, file=sys.stdout)


def load_theme_early(app: Sphinx, config: Config) -> None:
    """``config-inited``: set up Furo, and list sphinx-design's static folder, before the comparison."""
    if config.html_theme == "furo" and "furo" not in app.extensions:
        app.setup_extension("furo")
        only_in_html_builds(app, "furo")
    if "sphinx_design" in config.extensions and sphinx_design_static_dir() not in config.html_static_path:
        config.html_static_path = [*config.html_static_path, sphinx_design_static_dir()]


def drop_duplicate_static_paths(app: Sphinx) -> None:
    """``builder-inited``, after sphinx-design: its folder once in ``html_static_path``."""
    app.config.html_static_path[:] = list(dict.fromkeys(app.config.html_static_path))


def setup(app: Sphinx) -> dict[str, Any]:
    """Listed first in conf.py's ``extensions``: its import already held back the matplotlib line."""
    app.connect("config-inited", load_theme_early)
    app.connect("builder-inited", drop_duplicate_static_paths, priority=900)  # after sphinx-design's (500)
    logging.getLogger(MYST_LOGGER).addFilter(_not_the_myst_config)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
