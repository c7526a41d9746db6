"""Redirect pages at the addresses articles moved from.

An article moves when its title changes (a re-scrape with a new headline) or
when an older version of a story is deleted and a later one keeps the
address: the ingest records each move and writes the list beside the
articles (``_moved.json``: old docname -> new docname, :mod:`ingest.addresses`).
At the end of an HTML build a small page is written at each old address
that sends the reader on to the new one (a refresh, and a link for readers
whose browser does not follow it), with the new page as its canonical
address and ``noindex``, so search engines move the article too.

sphinx-reredirects does the same from a ``redirects`` setting, but Sphinx
rebuilds every page when a setting of that kind changes, and here the list
changes with the corpus; pages written at ``build-finished`` cost nothing.
The pages are deleted again, like any page a build no longer makes, by
:mod:`archive.rebuild`.

A person's or film's automatic page moves too, when a curator merges it
into a registry entry (``ingest review``, :mod:`people_films.proposals`):
its id joins the entry's ``moved_from``, and its address redirects the same way.
"""

from __future__ import annotations

import html
import json
import posixpath
from pathlib import Path
from urllib.parse import urljoin

from sphinx.application import Sphinx
from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.util import logging

from ingest.addresses import ARTICLE_DOCNAME, MOVED_FILE

logger = logging.getLogger(__name__)

_PAGE = """\
<!DOCTYPE html>
<html lang="{language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url={target}">
{canonical}<title>Moved: {title}</title>
</head>
<body>
<p>This page has moved: <a href="{target}">{title}</a>.</p>
</body>
</html>
"""


def moved_articles(app: Sphinx) -> dict[str, str]:
    """The ingest's moves (old docname -> new docname) that still apply: the
    old address is no page of this build and the new one is. A file that is
    missing or unreadable means none (an archive older than the record)."""
    env = app.env
    folder = posixpath.dirname(app.config.archive_catalog)
    try:
        moved = json.loads((Path(app.srcdir) / folder / MOVED_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(moved, dict):
        return {}
    return {
        old: new
        for old, new in moved.items()
        # The ingest wrote these, but a path is checked before anything is written at it.
        if isinstance(new, str) and ARTICLE_DOCNAME.fullmatch(old) and ARTICLE_DOCNAME.fullmatch(new)
        and old not in env.found_docs and new in env.found_docs
    }


def moved_entity_pages(app: Sphinx) -> dict[str, str]:
    """Old docname -> new docname of each person's and film's page merged into a registry entry
    (its ``moved_from``), while no page of this build has the old address."""
    domain = app.env.get_domain("cine")
    matcher = getattr(domain, "matcher", None)
    if matcher is None:
        return {}
    moved: dict[str, str] = {}
    for folder, entities in ((app.config.archive_people_dir, matcher.registry.people), (app.config.archive_films_dir, matcher.registry.films)):
        for entity in entities.values():
            for old in entity.moved_from:
                if old not in entities:
                    moved[f"{folder}/{old}"] = f"{folder}/{entity.id}"
    return {old: new for old, new in moved.items() if old not in app.env.found_docs and new in app.env.found_docs}


def moved_pages(app: Sphinx) -> dict[str, str]:
    """Every old docname that gets a redirect page -> the docname it sends the reader to."""
    return {**moved_articles(app), **moved_entity_pages(app)}


def redirect_files(builder: StandaloneHTMLBuilder) -> dict[str, str]:
    """Each redirect page, by its path relative to the output folder -> its HTML."""
    app = builder.app
    pages: dict[str, str] = {}
    for old, new in moved_pages(app).items():
        target = builder.get_relative_uri(old, new)
        title = builder.env.titles[new].astext() if new in builder.env.titles else new
        base = app.config.html_baseurl
        canonical = f'<link rel="canonical" href="{html.escape(urljoin(base, builder.get_target_uri(new)))}">\n' if base else ""
        pages[builder.get_target_uri(old)] = _PAGE.format(
            language=html.escape(app.config.language or "en"), target=html.escape(target), canonical=canonical, title=html.escape(title)
        )
    return pages


def write_redirects(app: Sphinx, exception: Exception | None) -> None:
    """``build-finished``: a redirect page at every moved article's old address."""
    builder = app.builder
    if exception or not isinstance(builder, StandaloneHTMLBuilder) or builder.name != "html":
        return
    outdir = Path(app.outdir)
    for relative, page in redirect_files(builder).items():
        path = outdir / relative
        if not path.is_file() or path.read_text(encoding="utf-8", errors="replace") != page:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(page, encoding="utf-8")


def setup_moved(app: Sphinx) -> None:
    """Write the redirect pages after :mod:`archive.rebuild` deleted the pages no longer made (priority 600 > its 500)."""
    app.connect("build-finished", write_redirects, priority=600)
