"""tools.uptodate: `make html` stops early only when nothing it builds
from changed since the last build that succeeded."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingest.filestatus import RACY_NS
from tools.uptodate import Stamp

REPO = Path(__file__).resolve().parent.parent
AN_HOUR_AGO = time.time() - 3600
CLOCK = itertools.count(AN_HOUR_AGO)  # each write a second later, all long before the build


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    when = next(CLOCK)
    os.utime(path, (when, when))  # not within the racy second before a build


@pytest.fixture
def project(tmp_path: Path) -> Path:
    _write(tmp_path / "conf.py", "project = 'x'\n")
    _write(tmp_path / "corpus" / "page.html", "<p>one</p>")
    _write(tmp_path / "docs" / "index.md", "# Home\n")
    _write(tmp_path / "docs" / "articles" / "page.md", "# Page\n")
    _write(tmp_path / "_build" / "html" / "index.html", "<html></html>")
    return tmp_path


def _stamp(project: Path, command: str = "sphinx-build -W") -> Stamp:
    outputs = [project / "docs" / "articles", project / "_build" / "html"]
    # Files' change times cannot be set back: the build "starts" a racy second after they were written.
    return Stamp(project / "_build" / "html.stamp", [project], outputs, command, clock=lambda: time.time_ns() + RACY_NS)


def _built(project: Path) -> Stamp:
    """A project as a successful build leaves it: checked, built, saved."""
    stamp = _stamp(project)
    assert not stamp.check()
    assert stamp.save()
    return stamp


def test_nothing_changed_means_up_to_date(project: Path) -> None:
    assert _built(project).check()


def test_without_a_stamp_the_site_is_built(project: Path) -> None:
    assert not _stamp(project).check()


def test_an_edited_input_means_a_build(project: Path) -> None:
    stamp = _built(project)
    _write(project / "corpus" / "page.html", "<p>two</p>")
    assert not stamp.check()


def test_a_touched_input_means_a_build(project: Path) -> None:
    stamp = _built(project)
    os.utime(project / "conf.py")  # now
    assert not stamp.check()


def test_a_new_input_means_a_build(project: Path) -> None:
    stamp = _built(project)
    _write(project / "corpus" / "another.html", "<p>new</p>")
    assert not stamp.check()


def test_a_deleted_page_of_the_site_means_a_build(project: Path) -> None:
    stamp = _built(project)
    (project / "_build" / "html" / "index.html").unlink()
    assert not stamp.check()


def test_a_hand_edited_generated_article_means_a_build(project: Path) -> None:
    stamp = _built(project)
    _write(project / "docs" / "articles" / "page.md", "# Edited\n")
    assert not stamp.check()


def test_other_build_options_mean_a_build(project: Path) -> None:
    _built(project)
    assert not _stamp(project, command="sphinx-build -W -D html_title=Other").check()


def test_another_site_address_means_a_build(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stamp = _built(project)
    monkeypatch.setenv("SITE_BASEURL", "https://example.org/archive/")
    assert not stamp.check()


def _packages(folder: Path, *installed: str) -> Path:
    """A site-packages folder holding ``installed`` (dist-info names, "lxml-6.0.2")."""
    for name in installed:
        (folder / f"{name}.dist-info").mkdir(parents=True, exist_ok=True)
    return folder


def test_another_package_set_means_a_build(project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`make html PYTHON=...` with another environment: its packages read the pages otherwise."""
    monkeypatch.setattr("sysconfig.get_path", lambda name: str(_packages(tmp_path / "a", "lxml-6.0.2")))
    stamp = _built(project)
    monkeypatch.setattr("sysconfig.get_path", lambda name: str(_packages(tmp_path / "b", "lxml-5.3.0")))
    assert not stamp.check()


def test_sphinx_reads_every_page_again_under_another_package_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Sphinx keeps its environment only while each extension's env_version is the saved one."""
    from archive import environment_version  # noqa: PLC0415 (the archive package loads Sphinx parts on setup only)

    monkeypatch.setattr("sysconfig.get_path", lambda name: str(_packages(tmp_path / "a", "myst_parser-5.2.0")))
    before = environment_version()
    monkeypatch.setattr("sysconfig.get_path", lambda name: str(_packages(tmp_path / "b", "myst_parser-4.0.1")))
    assert environment_version() != before


def test_the_ingest_cache_starts_afresh_under_another_package_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ingest.cache import code_version  # noqa: PLC0415

    package = _packages(tmp_path / "ingest")
    monkeypatch.setattr("sysconfig.get_path", lambda name: str(_packages(tmp_path / "a", "dateparser-1.2.2")))
    before = code_version(package)
    monkeypatch.setattr("sysconfig.get_path", lambda name: str(_packages(tmp_path / "b", "dateparser-1.2.1")))
    assert code_version(package) != before


def test_tool_folders_do_not_count(project: Path) -> None:
    stamp = _built(project)
    _write(project / ".git" / "index", "changed")
    _write(project / "archive" / "__pycache__" / "x.pyc", "changed")
    assert stamp.check()


def test_an_input_changed_during_the_build_is_not_stamped(project: Path) -> None:
    stamp = _stamp(project)
    assert not stamp.check()
    _write(project / "corpus" / "page.html", "<p>edited while building</p>")
    assert not stamp.save()
    assert not stamp.check()


def test_an_input_changed_just_before_the_build_is_waited_for_and_stamped(project: Path) -> None:
    stamp = Stamp(project / "_build" / "html.stamp", [project], [project / "_build" / "html"], "sphinx-build")  # the real clock
    (project / "corpus" / "page.html").write_text("<p>just now</p>", encoding="utf-8")  # mtime: now
    before = time.time_ns()
    assert not stamp.check()
    assert time.time_ns() - before >= RACY_NS // 2  # check() waited out the racy second
    assert stamp.save()
    assert stamp.check()


def test_an_input_dated_in_the_future_is_not_waited_for_nor_stamped(project: Path) -> None:
    stamp = Stamp(project / "_build" / "html.stamp", [project], [project / "_build" / "html"], "sphinx-build")  # the real clock
    page = project / "corpus" / "page.html"
    tomorrow = time.time() + 86_400
    os.utime(page, (tomorrow, tomorrow))
    before = time.time_ns()
    assert not stamp.check()
    assert time.time_ns() - before < RACY_NS  # no wait for a day
    assert not stamp.save()


def test_a_file_the_build_writes_into_the_project_does_not_keep_it_from_being_stamped(project: Path) -> None:
    _write(project / "addresses.toml", "[published]\n")
    outputs = [project / "docs" / "articles", project / "_build" / "html", project / "addresses.toml"]
    stamp = Stamp(project / "_build" / "html.stamp", [project], outputs, "build", clock=lambda: time.time_ns() + RACY_NS)
    assert not stamp.check()
    _write(project / "addresses.toml", "[published]\n\"a.html\" = {address = \"articles/a\"}\n")  # the ingest moved an article
    assert stamp.save()
    assert stamp.check()
    _write(project / "addresses.toml", "[published]\n")  # edited after the build: built again
    assert not stamp.check()


def test_a_failed_build_is_not_stamped(project: Path) -> None:
    stamp = _stamp(project)
    assert not stamp.check()  # the build fails: save() is never called
    assert not stamp.check()


@pytest.mark.site
def test_make_html_twice_runs_sphinx_once(tmp_path: Path) -> None:
    # The repository's own files are inputs too: an edit to one less than a
    # second before this test rightly keeps the first build from being stamped.
    corpus = tmp_path / "corpus"
    for page in (REPO / "corpus").glob("*.txt"):
        _write(corpus / page.name, page.read_text(encoding="utf-8"))
        sidecar = page.with_name(page.stem + ".meta.toml")
        _write(corpus / sidecar.name, sidecar.read_text(encoding="utf-8"))
    for source in (REPO / "docs").rglob("*"):
        relative = source.relative_to(REPO / "docs")
        if source.is_file() and relative.parts[0] not in {"articles", "people", "films"}:
            _write(tmp_path / "docs" / relative, source.read_text(encoding="utf-8"))
    time.sleep(RACY_NS / 1e9)  # their change times are now: let them settle, as a curator's edits have
    variables = [f"PYTHON={sys.executable}", f"CORPUS={corpus}", f"SOURCEDIR={tmp_path / 'docs'}",
                 f"BUILDDIR={tmp_path / '_build'}", f"INGEST_CACHE={tmp_path / '.ingest-cache'}", f"ADDRESSES={tmp_path / 'addresses.toml'}"]

    def make_html() -> str:
        done = subprocess.run(["make", "-s", "-C", str(REPO), "html", *variables], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    assert "build succeeded" in make_html()
    assert "Nothing changed since the last build" in make_html()
    page = sorted(corpus.glob("*.txt"))[0]
    _write(page, page.read_text(encoding="utf-8") + "\nOne more line.\n")
    assert "build succeeded" in make_html()


@pytest.mark.site
def test_a_build_that_failed_fails_again_on_the_next_make_html(tmp_path: Path) -> None:
    """Sphinx re-reads only changed pages: a page's warning (an error under -W) would not be said
    again, and a retry would pass (a curator's review whose headings skipped a level did)."""
    for source in (REPO / "docs").rglob("*"):
        relative = source.relative_to(REPO / "docs")
        if source.is_file() and relative.parts[0] not in {"articles", "people", "films"}:
            _write(tmp_path / "docs" / relative, source.read_text(encoding="utf-8"))
    _write(tmp_path / "docs" / "note.md", "---\norphan: true\n---\n\n# A note\n\n### Skips a level\n\nText.\n")
    (tmp_path / "corpus").mkdir()
    variables = [f"PYTHON={sys.executable}", f"CORPUS={tmp_path / 'corpus'}", f"SOURCEDIR={tmp_path / 'docs'}",
                 f"BUILDDIR={tmp_path / '_build'}", f"INGEST_CACHE={tmp_path / '.ingest-cache'}", f"ADDRESSES={tmp_path / 'addresses.toml'}"]
    runs = [subprocess.run(["make", "-s", "-C", str(REPO), "html", *variables], capture_output=True, text=True) for _ in range(2)]
    assert all(run.returncode != 0 for run in runs), runs[-1].stdout + runs[-1].stderr
    assert "Non-consecutive header level increase" in runs[-1].stderr
    assert "the next make html reads every page again" in runs[0].stderr
