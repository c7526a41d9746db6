"""archive.incremental: a small change to a big project is read in one
process, the search index still forgets removed pages, and what Sphinx
loaded at start is frozen out of garbage collection."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from archive.incremental import few

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.site

# Each document read records the process that read it; the build's main
# process records itself first.
CONF = f"""
import gc, os, sys
sys.path.insert(0, {str(REPO)!r})
extensions = ["myst_parser", "archive.incremental"]
html_theme = "basic"

def _log(line):
    with open(os.path.join(os.path.dirname(__file__), "readers.log"), "a") as log:
        log.write(line + "\\n")

def setup(app):
    app.connect("builder-inited", lambda app: _log(f"main {{os.getpid()}}"))
    app.connect("doctree-read", lambda app, doctree: _log(f"{{app.env.docname}} {{os.getpid()}}"))
    app.connect("doctree-read", lambda app, doctree: _log(f"gc {{gc.isenabled()}} {{gc.get_freeze_count()}}"))
"""


def _page(root: Path, number: int, word: str = "lantern") -> None:
    (root / f"page{number:02d}.md").write_text(f"# Page {number}\n\nA {word} on page {number}.\n", encoding="utf-8")


def _project(root: Path, pages: int) -> None:
    root.mkdir()
    (root / "conf.py").write_text(CONF, encoding="utf-8")
    toctree = "\n".join(f"page{n:02d}" for n in range(pages))
    (root / "index.md").write_text(f"# Home\n\n```{{toctree}}\n{toctree}\n```\n", encoding="utf-8")
    for number in range(pages):
        _page(root, number)


def _build(root: Path) -> dict[str, int]:
    """Build with -j 2; return which process read each document, and 'main'."""
    (root / "readers.log").unlink(missing_ok=True)
    command = [sys.executable, "-m", "sphinx", "-b", "html", "-j", "2", "-W", str(root), str(root / "_build")]
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = (root / "readers.log").read_text(encoding="utf-8").split("\n")
    return {name: int(pid) for name, pid in (line.split() for line in lines if line and not line.startswith("gc "))}


def _collector_states(root: Path) -> set[str]:
    """How the garbage collector stood while each document was read: 'enabled frozen'."""
    lines = (root / "readers.log").read_text(encoding="utf-8").split("\n")
    return {line.removeprefix("gc ") for line in lines if line.startswith("gc ")}


def test_a_full_build_reads_in_parallel(tmp_path: Path) -> None:
    _project(tmp_path / "site", pages=30)
    readers = _build(tmp_path / "site")
    assert any(pid != readers["main"] for name, pid in readers.items() if name != "main")


def test_one_changed_page_is_read_in_the_main_process(tmp_path: Path) -> None:
    site = tmp_path / "site"
    _project(site, pages=30)
    _build(site)
    _page(site, 7, word="harbour")
    readers = _build(site)
    assert readers == {"main": readers["main"], "page07": readers["main"]}


def test_documents_are_read_with_the_collector_on_and_the_start_frozen(tmp_path: Path) -> None:
    site = tmp_path / "site"
    _project(site, pages=30)
    _build(site)
    _page(site, 3, word="harbour")
    _build(site)
    states = _collector_states(site)
    assert {state.split()[0] for state in states} == {"True"}
    assert all(int(state.split()[1]) > 1000 for state in states)  # the loaded environment, modules and all


def test_the_search_index_forgets_a_removed_page(tmp_path: Path) -> None:
    site = tmp_path / "site"
    _project(site, pages=30)
    _page(site, 29, word="orchard")
    _build(site)
    (site / "page29.md").unlink()
    (site / "index.md").write_text((site / "index.md").read_text(encoding="utf-8").replace("page29\n", ""), encoding="utf-8")
    _build(site)
    index = (site / "_build" / "searchindex.js").read_text(encoding="utf-8")
    data = json.loads(index.removeprefix("Search.setIndex(").removesuffix(")"))
    assert "page29" not in data["docnames"]
    assert not data["terms"].get("orchard")  # Sphinx keeps the word, with no pages
    assert len(data["terms"]["lantern"]) == 29


@pytest.mark.parametrize(
    ("batch", "documents", "serial"),
    [(1, 1000, True), (99, 1000, True), (100, 1000, False), (1, 5, False), (30, 30, False)],
)
def test_few_documents_means_under_a_tenth(batch: int, documents: int, serial: bool) -> None:
    assert few(batch, documents) is serial

