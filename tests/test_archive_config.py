"""archive.config and archive.warnings_: config values checked when read,
untrusted folders that follow their names, warnings a site can silence."""

from __future__ import annotations

import logging

import pytest
from sphinx.errors import ConfigError
from sphinx.testing.util import SphinxTestApp
from sphinx.util.logging import SphinxLoggerAdapter

from archive.safety import DEFAULT_UNTRUSTED, untrusted_patterns
from archive.warnings_ import ArchiveWarning, warn

pytestmark = pytest.mark.site


def test_the_default_untrusted_patterns_are_those_of_the_default_folders() -> None:
    assert untrusted_patterns("articles", "people", "films") == DEFAULT_UNTRUSTED
    assert "persons/*" in untrusted_patterns("articles", "persons", "films")


@pytest.mark.sphinx("html", testroot="archive", confoverrides={"archive_catalog": "stories/catalog.json"})
def test_a_renamed_articles_folder_stays_untrusted(app: SphinxTestApp, warning) -> None:
    app.build()
    assert "stories/someone" in warning.getvalue() and "directive 'raw' refused" in warning.getvalue()
    assert "[archive.unsafe]" in warning.getvalue()
    assert "scraped" not in (app.outdir / "stories" / "someone.html").read_text(encoding="utf-8")


@pytest.mark.sphinx("html", testroot="archive", confoverrides={"archive_catalog": "stories/catalog.json", "suppress_warnings": [str(ArchiveWarning.UNSAFE)]})
def test_a_site_can_silence_one_kind_of_warning(app: SphinxTestApp, warning) -> None:
    app.build()
    assert "refused" not in warning.getvalue()
    assert "scraped" not in (app.outdir / "stories" / "someone.html").read_text(encoding="utf-8")  # silenced, still refused


@pytest.mark.parametrize(
    ("overrides", "problem"),
    [
        ({"archive_people_dir": "../people"}, r"archive_people_dir = '\.\./people': must be"),
        ({"archive_films_dir": "a/b"}, "archive_films_dir = 'a/b': must be one folder name"),
        ({"archive_catalog": "catalog.json"}, "archive_catalog = 'catalog.json': must be inside the articles folder"),
        ({"archive_related_limit": -1}, "archive_related_limit = -1: must be 0 or more"),
        ({"archive_untrusted_docs": [1]}, "archive_untrusted_docs = \\(1,\\): must be a list"),
    ],
)
def test_a_wrong_config_value_stops_the_build_naming_it(make_app, rootdir, tmp_path, overrides, problem) -> None:
    import shutil  # noqa: PLC0415

    shutil.copytree(rootdir / "test-archive", tmp_path / "site")
    with pytest.raises(ConfigError, match=problem):
        make_app("html", srcdir=tmp_path / "site", confoverrides=overrides)


def test_each_warning_kind_names_its_suppress_warnings_entry() -> None:
    assert [str(kind) for kind in ArchiveWarning][:3] == ["archive.unsafe", "archive.catalog", "archive.feed"]
    assert str(ArchiveWarning.UNRESOLVED) == "cine.unresolved"


def test_a_warnings_text_reaches_the_terminal_as_one_clean_line(caplog: pytest.LogCaptureFixture) -> None:
    """A registry key written "\\u001b[31mRED\\u001b[0m\\nfake: line\\u202e" (valid TOML) coloured the
    build's output and printed a line of its own."""
    logger = SphinxLoggerAdapter(logging.getLogger("test.archive.warnings"), {})
    warn(logger, ArchiveWarning.REGISTRY, "registry: %s", "unknown key(s) \x1b[31mRED\x1b[0m\nfake: line\u202e")
    assert caplog.messages == ["registry: unknown key(s) [31mRED[0m fake: line"]
