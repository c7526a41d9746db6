"""A folder that cannot be written, a full disk, a page that vanishes: one line
each, naming the file and what to do; a non-zero exit; nothing half-written;
and the next run, once the cause is gone, gives what a clean run gives.

The failures are real where the machine allows: a 24 KiB tmpfs in a private
mount namespace (``unshare``) is a really full disk. Elsewhere the error the
kernel would give is raised at the boundary where the ingest writes
(``os.open``, ``os.fsync``, ``os.replace``), which is also how a read-only
folder and a permission error are made for a build running as root.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.cli import LOCK, STOPPED, main

REPO = Path(__file__).resolve().parent.parent
REGISTRY = REPO / "registry"
SEEDS = sorted((REPO / "corpus").glob("00*"))


def _corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir(parents=True)
    for seed in SEEDS:
        shutil.copy(seed, corpus / seed.name)
    return corpus


def _files(folder: Path) -> dict[str, bytes]:
    """Every file the ingest wrote, but the lock (which holds the process id of the last run)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file() and p.name != LOCK}


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """What a run with nothing going wrong writes."""
    root = tmp_path_factory.mktemp("reference")
    corpus = _corpus(root)
    assert main(["build", "--corpus", str(corpus), "--out", str(root / "out"), "--registry", str(REGISTRY), "--no-cache"]) == 0
    return _files(root / "out")


def _build(root: Path, *extra: str) -> int:
    return main(["build", "--corpus", str(root / "corpus"), "--out", str(root / "out"), "--registry", str(REGISTRY), "--cache", str(root / "cache"), *extra])


def _under(path: object, folder: Path) -> bool:
    return isinstance(path, (str, bytes, os.PathLike)) and Path(os.fsdecode(path)).resolve().is_relative_to(folder.resolve())


def _refuse_writes(monkeypatch: pytest.MonkeyPatch, folder: Path, code: int) -> None:
    """Make ``folder`` behave as the kernel makes a read-only or forbidden one."""
    real_open, real_replace, real_unlink = os.open, os.replace, os.unlink
    writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT

    def refuse(path: object) -> OSError:
        return OSError(code, os.strerror(code), os.fsdecode(path))  # type: ignore[arg-type]

    def open_(path, flags, *args, **kwargs):  # noqa: ANN001, ANN202
        if flags & writing and _under(path, folder):
            raise refuse(path)
        return real_open(path, flags, *args, **kwargs)

    def replace(source, target, *args, **kwargs):  # noqa: ANN001, ANN202
        if _under(target, folder):
            raise refuse(target)
        return real_replace(source, target, *args, **kwargs)

    def unlink(path, *args, **kwargs):  # noqa: ANN001, ANN202
        if _under(path, folder):
            raise refuse(path)
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "unlink", unlink)


def _change_a_page(root: Path) -> None:
    (root / "corpus" / SEEDS[0].name).write_text("A new headline\n\nA different text, to be written again.\n", encoding="utf-8")


def _assert_next_run_recovers(root: Path, reference: dict[str, bytes]) -> None:
    """Back to the reference inputs, with nothing in the way: a clean run's output."""
    shutil.copy(SEEDS[0], root / "corpus" / SEEDS[0].name)
    assert _build(root) == 0
    assert _files(root / "out") == reference


def _error_lines(stderr: str) -> list[str]:
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert all(line.startswith(("error: ", "warning: ")) for line in lines), lines
    return [line for line in lines if line.startswith("error: ")]


@pytest.mark.parametrize(
    ("code", "advice"),
    [(errno.EROFS, "read-only file system"), (errno.EACCES, "permission denied"), (errno.ENOSPC, "the disk is full")],
    ids=["read-only", "permission-denied", "disk-full"],
)
def test_output_folder_that_cannot_be_written_stops_with_one_line_and_the_next_run_recovers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], reference: dict[str, bytes], code: int, advice: str
) -> None:
    _corpus(tmp_path)
    assert _build(tmp_path) == 0  # a first run wrote everything
    _change_a_page(tmp_path)
    capsys.readouterr()
    with monkeypatch.context() as patch:
        _refuse_writes(patch, tmp_path / "out", code)
        status = _build(tmp_path)
    errors = _error_lines(capsys.readouterr().err)
    assert status == STOPPED
    assert any(str(tmp_path / "out") in line and advice in line for line in errors), errors
    assert not list((tmp_path / "out").glob(".*.tmp"))  # nothing half-written

    _assert_next_run_recovers(tmp_path, reference)


def test_disk_filling_up_during_a_write_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], reference: dict[str, bytes]
) -> None:
    """ENOSPC from fsync, where a disk with delayed allocation reports it."""
    _corpus(tmp_path)
    assert _build(tmp_path) == 0
    before = _files(tmp_path / "out")
    _change_a_page(tmp_path)

    def full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    capsys.readouterr()
    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", full)
        assert _build(tmp_path) == STOPPED
    assert any("the disk is full" in line for line in _error_lines(capsys.readouterr().err))
    after = _files(tmp_path / "out")
    assert {name: data for name, data in after.items() if not name.startswith(".manifest")} == {
        name: data for name, data in before.items() if not name.startswith(".manifest")
    }

    _assert_next_run_recovers(tmp_path, reference)


def test_cache_that_cannot_be_written_is_a_warning_and_the_articles_are_still_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], reference: dict[str, bytes]
) -> None:
    _corpus(tmp_path)
    with monkeypatch.context() as patch:
        _refuse_writes(patch, tmp_path / "cache", errno.ENOSPC)
        assert _build(tmp_path) == 0
    stderr = capsys.readouterr().err
    assert _error_lines(stderr) == []
    assert len([line for line in stderr.splitlines() if "cannot write the ingest cache" in line]) == 1
    assert _files(tmp_path / "out") == reference


def test_page_vanishing_mid_run_is_one_line_and_the_rest_are_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import ingest.pipeline  # noqa: PLC0415

    corpus = _corpus(tmp_path)
    walk = ingest.pipeline.walk_corpus

    def list_then_lose_one(folder: Path) -> ingest.pipeline.CorpusFiles:
        found = walk(folder)
        (corpus / SEEDS[1].name.replace(".meta.toml", ".txt")).unlink()  # gone after it was listed
        return found

    monkeypatch.setattr(ingest.pipeline, "walk_corpus", list_then_lose_one)
    assert _build(tmp_path) == 1
    errors = _error_lines(capsys.readouterr().err)
    assert len(errors) == 1
    assert SEEDS[1].stem.removesuffix(".meta") in errors[0]
    assert "not found: it was moved or deleted, maybe during the run" in errors[0]
    assert len(list((tmp_path / "out").glob("*-????????.md"))) == 2


def test_sidecar_that_cannot_be_read_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _corpus(tmp_path)
    sidecar = next(corpus.glob("*.meta.toml"))
    real_read_text = Path.read_text

    def unreadable(self: Path, *args: object, **kwargs: object) -> str:
        if self == sidecar:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return real_read_text(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", unreadable)
    assert _build(tmp_path, "--no-cache") == 1
    errors = _error_lines(capsys.readouterr().err)
    assert errors == [f"error: {sidecar}: cannot read the sidecar (permission denied: give the user running the build access to it)"]


# --- a really full disk, where the kernel lets a test mount one ---------------------------

UNSHARE = shutil.which("unshare")


def _can_mount_tmpfs(tmp_path: Path) -> bool:
    if not UNSHARE or sys.platform != "linux":
        return False
    probe = tmp_path / "probe"
    probe.mkdir()
    done = subprocess.run([UNSHARE, "-rm", "mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(probe)], capture_output=True)
    return done.returncode == 0


def test_really_full_disk(tmp_path: Path, reference: dict[str, bytes]) -> None:
    if not _can_mount_tmpfs(tmp_path):
        pytest.skip("no unprivileged mount namespace here (unshare -rm)")
    _corpus(tmp_path)
    out, kept = tmp_path / "out", tmp_path / "kept"
    out.mkdir()
    ingest = f"{sys.executable} -m ingest build --corpus corpus --out out --registry {REGISTRY} --no-cache"
    script = (
        f"mount -t tmpfs -o size=24k tmpfs out && {{ {ingest} 2>first.err; echo $? >first.status; }}; "
        f"cp -a out/. kept/; mount -o remount,size=4m out && {{ {ingest} 2>second.err; echo $? >second.status; }}; "
        "rm -rf kept2 && cp -a out/. kept2/"
    )
    kept.mkdir()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run([UNSHARE, "-rm", "sh", "-c", script], cwd=tmp_path, env=env, check=True, timeout=120)

    assert (tmp_path / "first.status").read_text().strip() == str(STOPPED)
    errors = _error_lines((tmp_path / "first.err").read_text())
    assert any("the disk is full" in line for line in errors), errors
    half = {name: data for name, data in _files(kept).items() if not name.startswith(".manifest")}
    assert all(reference.get(name) == data for name, data in half.items())  # each file whole, or absent
    assert (tmp_path / "second.status").read_text().strip() == "0"
    assert _files(tmp_path / "kept2") == reference


@pytest.mark.site
def test_disk_filling_up_while_sphinx_writes_is_recovered_by_the_next_make_html(tmp_path: Path) -> None:
    """A full disk stops Sphinx mid-site (status 2); the next make html rewrites every page."""
    if not _can_mount_tmpfs(tmp_path):
        pytest.skip("no unprivileged mount namespace here (unshare -rm)")
    from tests.test_rebuild_equals_clean import BASE_URL, SOURCE_DATE_EPOCH, copy_project, differences, make_html  # noqa: PLC0415

    root = copy_project(tmp_path / "project")
    make = f"make html PYTHON={sys.executable}"
    script = (
        "mkdir -p _build && mount -t tmpfs -o size=8m tmpfs _build && "
        f"{make} >first.log 2>&1; echo $? >first.status; "
        "avail=$(df -k --output=avail _build | tail -1); head -c $(( (avail - 12) * 1024 )) /dev/zero >_build/filler 2>/dev/null; "
        "echo 'A closing line about lanterns.' >>corpus/000_0af0f9ea32e2359d.txt; "
        f"{make} >second.log 2>&1; echo $? >second.status; rm -f _build/filler; "
        f"{make} >third.log 2>&1; echo $? >third.status; cp -a _build/html kept"
    )
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTEST_", "MAKE"))}
    env.update(SITE_BASEURL=BASE_URL, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH, PYTHONHASHSEED="0")  # as make_html() builds the clean one
    subprocess.run([UNSHARE, "-rm", "sh", "-c", script], cwd=root, env=env, check=True, timeout=600)
    statuses = [(root / f"{run}.status").read_text().strip() for run in ("first", "second", "third")]
    assert statuses == ["0", "2", "0"], (root / "second.log").read_text()
    assert "the next make html reads every page again" in (root / "second.log").read_text()

    clean = copy_project(tmp_path / "clean")
    shutil.copy(root / "corpus" / "000_0af0f9ea32e2359d.txt", clean / "corpus")
    make_html(clean)
    recovered = tmp_path / "recovered"  # laid out as a project, for differences()
    (recovered / "_build").mkdir(parents=True)
    shutil.move(root / "kept", recovered / "_build" / "html")
    assert differences(recovered, clean) == []
