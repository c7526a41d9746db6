"""A second build on the same tree waits for the first, says so, and never
takes the first build's fresh files for hand edits."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import ingest.cli as cli
from ingest.cli import LOCK
from ingest.lock import hold
from ingest.lock import main as run_locked
from tests.test_rebuild_equals_clean import BASE_URL, SOURCE_DATE_EPOCH, copy_project

REPO = Path(__file__).resolve().parent.parent
WAITING = "another build is running in this tree"


def _corpus(root: Path, copies: int) -> Path:
    corpus = root / "corpus"
    corpus.mkdir(parents=True)
    for number in range(copies):
        for seed in sorted((REPO / "corpus").glob("00*")):
            shutil.copy(seed, corpus / f"{number:02d}-{seed.name}")
    return corpus


def _ingest(root: Path) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "ingest", "build", "--corpus", "corpus", "--out", "out", "--registry", str(REPO / "registry"), "--jobs", "1"]
    return subprocess.Popen(command, cwd=root, env={**os.environ, "PYTHONPATH": str(REPO)}, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def _wait_for_line(process: subprocess.Popen[str], text: str) -> str:
    assert process.stderr is not None
    line = process.stderr.readline()  # the waiting message is the first thing said
    assert text in line, line
    return line


def test_ingest_waits_while_another_holds_the_output_folder(tmp_path: Path) -> None:
    _corpus(tmp_path, 1)
    (tmp_path / "out").mkdir()
    with hold(tmp_path / "out" / LOCK):
        second = _ingest(tmp_path)
        _wait_for_line(second, "another ingest is writing out")
        time.sleep(0.5)
        assert second.poll() is None  # still waiting
        assert not list((tmp_path / "out").glob("*.md"))
    assert second.wait(timeout=120) == 0


def test_two_ingests_at_once_report_no_hand_edits(tmp_path: Path) -> None:
    _corpus(tmp_path, 4)
    first, second = _ingest(tmp_path), _ingest(tmp_path)
    outputs = [process.communicate(timeout=300) for process in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], outputs
    assert not any("edited by hand" in err for _out, err in outputs)


@pytest.mark.site
def test_second_make_html_waits_for_the_first(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "project")
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTEST_", "MAKE"))}
    env.update(SITE_BASEURL=BASE_URL, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH)
    command = ["make", "html", f"PYTHON={sys.executable}"]
    with hold(root / "_build" / ".lock"):  # the first build, as far as the second can tell
        second = subprocess.Popen(command, cwd=root, env=env, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        _wait_for_line(second, WAITING)
        time.sleep(0.5)
        assert second.poll() is None
        assert not (root / "docs" / "articles").exists()
    out, err = second.communicate(timeout=600)
    assert second.returncode == 0, out + err
    assert "edited by hand" not in err
    assert (root / "_build" / "html" / "index.html").is_file()


ORPHAN = """
import os, sys, time
from pathlib import Path
from ingest.lock import hold
from ingest.lock import main as run_locked
with hold(Path(sys.argv[1])):
    if os.fork() == 0:  # a pool worker, left behind when its parent is killed
        os.close(1), os.close(2)  # so the test's pipes close with the parent
        time.sleep(60)
        os._exit(0)
    print("forked", flush=True)
    os._exit(0)  # the parent dies without releasing anything, as under kill -9
"""


def test_a_child_left_behind_by_a_killed_build_does_not_hold_the_lock(tmp_path: Path) -> None:
    lock = tmp_path / "build.lock"
    script = subprocess.run([sys.executable, "-c", ORPHAN, str(lock)], env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True, check=True)
    assert script.stdout == "forked\n"
    with hold(lock, waiting=lambda holder: pytest.fail(f"the lock is still held (process {holder})")):
        pass


def test_a_failure_after_the_lock_is_taken_is_not_blamed_on_the_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A page name too long for its sidecar once raised ENAMETOOLONG mid-run and was reported as
    ``cannot take the lock``; whatever escapes the run is one line saying it stopped."""
    def failing(*_args: object, **_kwargs: object) -> None:
        raise OSError(36, "File name too long", "corpus/x.meta.toml")

    monkeypatch.setattr(cli, "ingest_corpus", failing)
    (tmp_path / "corpus").mkdir()
    status = cli.main(["build", "--corpus", str(tmp_path / "corpus"), "--out", str(tmp_path / "out"), "--no-cache"])
    lines = capsys.readouterr().err.splitlines()
    assert status == cli.STOPPED
    assert len(lines) == 1 and "internal error, ingest stopped" in lines[0] and "take the lock" not in lines[0], lines


def test_a_review_waits_while_another_writes_the_registry(tmp_path: Path) -> None:
    registry = tmp_path / "registry"
    registry.mkdir()
    proposals = tmp_path / "proposals.toml"
    proposals.write_text('[[person]]\naction = "accept"\nid = "nora-field"\nname = "Nora Field"\n', encoding="utf-8")
    command = [sys.executable, "-m", "ingest", "review", str(proposals), "--registry", str(registry)]
    with hold(registry):
        second = subprocess.Popen(command, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(REPO)}, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        _wait_for_line(second, f"another review is writing {registry}; waiting for it")
        time.sleep(0.5)
        assert second.poll() is None  # still waiting
        assert not (registry / "people.toml").exists()
    assert second.wait(timeout=120) == 0
    assert "nora-field" in (registry / "people.toml").read_text(encoding="utf-8")
    assert sorted(path.name for path in registry.iterdir()) == ["films.toml", "people.toml"]  # the lock wrote nothing there


def test_a_lock_file_that_is_a_symbolic_link_empties_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The lock is truncated to hold its owner's process id: a link left in _build/ would empty
    # the file it names (here the registry).
    registry = tmp_path / "people.toml"
    registry.write_text('[[person]]\nname = "Nora Field"\n', encoding="utf-8")
    (tmp_path / "_build").mkdir()
    (tmp_path / "_build" / ".lock").symlink_to(registry)
    assert run_locked([str(tmp_path / "_build" / ".lock"), sys.executable, "-c", "pass"]) == 3
    assert registry.read_text(encoding="utf-8") == '[[person]]\nname = "Nora Field"\n'
    assert "a symbolic link, not a lock file" in capsys.readouterr().err
