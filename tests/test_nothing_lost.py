"""No run of the pipeline loses data.

* The corpus is only ever read.
* A run killed with SIGKILL half-way leaves each output file whole, the
  previous version or the new one, and the next run completes the job.
* Files edited by hand are still never overwritten.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingest.errors import PageError
from ingest.pipeline import ingest_corpus
from ingest.write import OutputFolder
from tests.sitebuild import ROOT, build_env

SEED = (ROOT / "corpus" / "002_0472e3aaac8c6868.txt").read_text(encoding="utf-8")
PAGES = 150  # enough that the ingest is still writing when it is killed


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def write_corpus(corpus: Path, edition: str) -> None:
    corpus.mkdir(exist_ok=True)
    for number in range(PAGES):
        # The edition is a sentence above the seed's headline: running text, which is never dropped for
        # its place (a short line there would be; a line after the footer would be too).
        edition_sentence = f"This is the archive test page's {edition}"
        (corpus / f"page-{number:04d}.txt").write_text(f"Archive test page number {number}\n\n{edition_sentence}\n\n{SEED}\n", encoding="utf-8")


def ingest_command(corpus: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "ingest", "build", "--corpus", str(corpus), "--out", str(out)]


def test_the_corpus_is_never_modified(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for page in [*(ROOT / "corpus").iterdir(), *(ROOT / "tests" / "adversarial").iterdir()]:
        (corpus / page.name).write_bytes(page.read_bytes())
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in corpus.iterdir()}
    ingest_corpus(corpus, tmp_path / "out")
    ingest_corpus(corpus, tmp_path / "out")
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in corpus.iterdir()} == before


def test_a_killed_run_leaves_whole_files_and_the_next_run_completes(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_corpus(corpus, "First edition.")
    subprocess.run(ingest_command(corpus, out), env=build_env(), check=True, capture_output=True)
    previous = snapshot(out)
    write_corpus(corpus, "Second edition, with one more sentence.")

    run = subprocess.Popen(ingest_command(corpus, out), env=build_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Kill it as soon as it has replaced a file. The ingest reads every page (names pass) before it writes one, which
    # on a loaded CI machine takes minutes: the deadline only stops a run that never writes.
    deadline = time.monotonic() + 600
    replaced = False
    while not replaced and run.poll() is None and time.monotonic() < deadline:
        replaced = any((out / name).read_bytes() != data for name, data in previous.items() if name.endswith(".md"))
    run.send_signal(signal.SIGKILL)
    run.wait()
    assert run.returncode == -signal.SIGKILL, "the ingest finished before it could be killed; raise PAGES"
    assert replaced, "the ingest replaced no page in 600 s"
    killed = {name: data for name, data in snapshot(out).items() if not name.startswith(".")}

    again = subprocess.run(ingest_command(corpus, out), env=build_env(), capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    new = snapshot(out)
    assert not [name for name in new if name.endswith(".tmp")]  # the killed run's leftovers are gone
    assert killed.keys() == {name for name in new if not name.startswith(".")}
    assert [name for name, data in killed.items() if data not in (previous[name], new[name])] == []  # none torn
    assert 0 < sum(killed[name] == new[name] != previous[name] for name in killed) < PAGES  # killed mid-way
    assert all(new[name] != previous[name] for name in new if name.startswith("archive-test-page"))


def test_a_hand_edit_is_never_overwritten(tmp_path: Path) -> None:
    folder = OutputFolder(tmp_path)
    folder.write("a.md", "generated\n")
    folder.finish()
    (tmp_path / "a.md").write_text("edited by a curator\n", encoding="utf-8")
    with pytest.raises(PageError, match="edited by hand"):
        OutputFolder(tmp_path).write("a.md", "generated again\n")
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "edited by a curator\n"


def test_a_path_outside_the_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PageError, match="leaves"):
        OutputFolder(tmp_path / "out").write("../escaped.md", "x\n")
    assert not (tmp_path / "escaped.md").exists()
