"""A build prints only what is news: no notice on every build (archive/quiet.py)."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS
from tests.sitebuild import build_site, sphinx

pytestmark = pytest.mark.site


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """The output of a first build and of a second one after a page changed."""
    site = build_site(tmp_path_factory.mktemp("quiet"), sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.toml")))
    assert site.sphinx.returncode == 0, site.sphinx.stderr
    index = site.root / "docs" / "index.md"
    index.write_text(index.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    again = sphinx(site.root)
    assert again.returncode == 0, again.stderr
    return site.sphinx.stdout + site.sphinx.stderr, again.stdout + again.stderr


def test_no_social_cards_notice(two_builds: tuple[str, str]) -> None:
    assert all("matplotlib" not in output for output in two_builds)


def test_no_myst_configuration_dump(two_builds: tuple[str, str]) -> None:
    assert all("MdParserConfig" not in output for output in two_builds)


def test_an_unchanged_configuration_is_not_reported_as_changed(two_builds: tuple[str, str]) -> None:
    first, second = two_builds
    assert "loading pickled environment" in second  # the second build did compare configurations
    assert "configuration has changed" not in second, second


def test_the_second_build_reads_only_the_changed_page(two_builds: tuple[str, str]) -> None:
    assert "0 added, 1 changed, 0 removed" in two_builds[1]
