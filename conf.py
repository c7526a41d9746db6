"""Sphinx configuration for the archive site.

Sources are in docs/ (``sphinx-build -M html docs _build -c .``); this file
stays at the root, beside the Makefile, as the client asked.
"""

from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))  # the ingest and archive packages

project = "AI Film in Korea: a press archive"
author = "The archive's curators"
copyright = "the articles' publishers; site by the archive's curators"  # noqa: A001
language = "en"

extensions = [
    "archive.quiet",  # first: no notice printed on every build (see its docstring)
    "myst_parser",
    "sphinx_design",
    "sphinxext.opengraph",
    "notfound.extension",
    "archive",
]

# --- MyST ----------------------------------------------------------------------
# Only the syntax the ingest writes. Raw HTML is off: scraped text must never
# become markup (SECURITY-NOTES.md rows 1-2). Never enable substitution,
# dollarmath, html_image or linkify on ingested pages.
myst_enable_extensions = ["colon_fence", "fieldlist"]
myst_disable_syntax = ["html_block", "html_inline"]
# The articles' quotes, dashes and ellipses are shown exactly as published:
# docutils' smart quotes would rewrite "..." and -- in the scraped text.
smartquotes = False

# --- HTML ----------------------------------------------------------------------
html_theme = "furo"
html_title = "AI Film in Korea"
html_static_path = ["docs/_static"]
# Search words highlighted as whole words (after Sphinx's sphinx_highlight.js). The
# priority is written out: Sphinx adds it to the entry in place, and the configuration
# then differed from the last build's on every build.
html_js_files = [("highlight.js", {"priority": 800})]
html_favicon = "docs/_static/favicon.svg"  # without one, every page's only console error was a 404 for /favicon.ico
# Furo's system font stack names no font with Hangul, so Korean text fell back to
# whatever the reader's system picked; these cover it on macOS, Windows, Linux and Android.
_HANGUL_FONTS = '"Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR", "Noto Sans CJK KR", "Nanum Gothic"'
html_theme_options = {
    "light_css_variables": {
        "font-stack": f"-apple-system, BlinkMacSystemFont, Segoe UI, Helvetica, Arial, {_HANGUL_FONTS}, sans-serif, Apple Color Emoji, Segoe UI Emoji",
        "font-stack--headings": f"-apple-system, BlinkMacSystemFont, Segoe UI, Helvetica, Arial, {_HANGUL_FONTS}, sans-serif, Apple Color Emoji, Segoe UI Emoji",
    },
}
html_search_scorer = str(ROOT / "archive" / "search_scorer.js")  # the archive's search: one result per page, typos, phrases, Hangul
html_copy_source = False  # no _sources/ copies of the scraped text
html_show_sourcelink = False
html_last_updated_fmt = None
# The site navigation on every page: the root's sections (Articles), then these
# generated pages, which a toctree cannot hold (archive/navigation.py).
archive_navigation_pages = [("cine-people", "People"), ("cine-films", "Films")]
# --- Publishing (docs-notes/publish.md) ----------------------------------------------
# The site's public address, e.g. https://OWNER.github.io/REPO/ (CI sets it from
# actions/configure-pages). It gives canonical links, og:url, the sitemap and the
# feed; a local build without it has none of those and only relative links.
html_baseurl = os.environ.get("SITE_BASEURL", "").strip()
if html_baseurl and not html_baseurl.endswith("/"):
    html_baseurl += "/"  # urljoin would otherwise drop the project's sub-path
# archive.sitemap writes sitemap.xml when html_baseurl is set (a sitemap needs absolute addresses).
archive_sitemap_excludes = ["search.html", "genindex.html", "404.html"]

ogp_site_url = html_baseurl
ogp_site_name = html_title
ogp_social_cards = {"enable": False}  # cards need matplotlib; the summary is the preview
ogp_custom_meta_tags = ['<meta name="twitter:card" content="summary">']

# The 404 page is served for any missing path, so its links must be absolute from
# the host: "/REPO/" on a project site, "/" at a domain root.
notfound_urls_prefix = urlsplit(html_baseurl).path or "/"
notfound_context = {
    "title": "Page not found",
    "body": "<h1>Page not found</h1>\n<p>There is no page at this address. "
    f'Try the <a href="{notfound_urls_prefix}index.html">home page</a> or the '
    f'<a href="{notfound_urls_prefix}articles/index.html">list of articles</a>.</p>',
}

# --- Link checking (`make linkcheck`) ------------------------------------------------
# News sites are slow, rate-limit and block bots. A timeout counts as broken, so the
# retries apply to it (sphinx#14339); Retry-After is honoured up to two minutes.
linkcheck_timeout = 20
linkcheck_retries = 3
linkcheck_report_timeouts_as_broken = True
linkcheck_rate_limit_timeout = 120.0
linkcheck_workers = 4
# Ignored URLs and script-rendered anchors, each with its reason, are data.
_linkcheck_rules = tomllib.loads((ROOT / "linkcheck.toml").read_text(encoding="utf-8"))
linkcheck_ignore = [rule["url"] for rule in _linkcheck_rules["ignore"]]
if os.environ.get("ARCHIVE_LINKCHECK_LOCAL") != "1":
    linkcheck_ignore += [rule["url"] for rule in _linkcheck_rules["ignore_inside_network"]]
linkcheck_anchors_ignore_for_url = [rule["url"] for rule in _linkcheck_rules["anchors_ignore"]]

exclude_patterns = ["articles/catalog.json"]
