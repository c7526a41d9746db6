"""The Sphinx-side layer on its own: pages an escaping bug could produce.

tests/unescaped/ holds MyST that a non-escaping ingest would write (front
matter that re-enables MyST features, file-reading directives, local images
and downloads, script links). They go straight into docs/articles/, past the
ingest and its gate; the build must still read no file, copy no file, run
nothing and publish no script, warn about each page, and build the rest.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.sitebuild import SECRET, BuiltSiteScans, Site, sphinx, visible_text

UNESCAPED = sorted((Path(__file__).parent / "unescaped").glob("*.md"))
HOME = "# Home\n\n```{toctree}\n:glob:\n\narticles/*\n```\n"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    root = tmp_path_factory.mktemp("unescaped")
    (root / "docs" / "articles").mkdir(parents=True)
    (root / "docs" / "index.md").write_text(HOME, encoding="utf-8")
    (root / "SECRET.txt").write_text(SECRET + "\n", encoding="utf-8")
    for page in UNESCAPED:
        shutil.copy(page, root / "docs" / "articles" / page.name)
    return Site(root, ingest=None, sphinx=sphinx(root, strict=False))  # type: ignore[arg-type]


def test_the_site_builds_and_every_page_is_published(site: Site) -> None:
    assert site.sphinx.returncode == 0, site.sphinx.stderr
    assert sorted(p.stem for p in (site.html / "articles").glob("*.html")) == [p.stem for p in UNESCAPED]


@pytest.mark.parametrize("page", UNESCAPED, ids=lambda p: p.stem)
def test_each_neutralised_payload_is_reported(site: Site, page: Path) -> None:
    assert f"articles/{page.name}" in site.sphinx.stderr
    reported = [line for line in site.sphinx.stderr.splitlines() if page.name in line]
    assert reported and all("[archive.unsafe]" in line or "[docutils]" in line for line in reported), reported


def test_front_matter_cannot_turn_on_substitutions_or_raw_html(site: Site) -> None:
    shown = visible_text((site.html / "articles" / "front-matter-myst.html").read_text(encoding="utf-8"))
    assert "{{ key }}" in shown and "UNESC-FM-SUBST" not in shown
    assert '<script>document.title = "UNESC-FM-SCRIPT"</script>' in shown


class TestTheBuiltSite(BuiltSiteScans):
    """The scans every hostile build must pass (tests.sitebuild)."""
