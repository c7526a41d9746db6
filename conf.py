"""Sphinx configuration for the archive site.

Sources are in docs/ (``sphinx-build -M html docs _build -c .``); this file
stays at the root, beside the Makefile, as the client asked.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))  # the ingest and archive packages

project = "AI Film in Korea: a press archive"
author = "The archive's curators"
copyright = "the articles' publishers; site by the archive's curators"  # noqa: A001
language = "en"

extensions = [
    "myst_parser",
    "sphinx_design",
    "archive",
]

# --- MyST ----------------------------------------------------------------------
# Only the syntax the ingest writes. Raw HTML is off: scraped text must never
# become markup (SECURITY-NOTES.md rows 1-2). Never enable substitution,
# dollarmath, html_image or linkify on ingested pages.
myst_enable_extensions = ["colon_fence", "fieldlist"]
myst_disable_syntax = ["html_block", "html_inline"]
# Show scraped text exactly as published: no '' -> ‘’, -- -> –, ... -> … rewriting.
smartquotes = False

# The articles' quotes, dashes and ellipses are shown exactly as published:
# docutils' smart quotes would rewrite "..." and -- in the scraped text.
smartquotes = False

# --- HTML ----------------------------------------------------------------------
html_theme = "furo"
html_title = "AI Film in Korea"
html_static_path = ["docs/_static"]
html_copy_source = False  # no _sources/ copies of the scraped text
html_show_sourcelink = False
html_last_updated_fmt = None
html_baseurl = os.environ.get("SITE_BASEURL", "")

exclude_patterns = ["articles/catalog.json"]
