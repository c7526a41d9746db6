"""Writing generated files safely.

* Atomic: each file is written to a temporary file beside it, then renamed,
  so an interrupted run leaves the previous version whole.
* Owned: a manifest records the hash of every file the pipeline wrote. A file
  whose bytes differ from that hash was edited by hand; it is never
  overwritten or deleted, and the curator is told where the edit belongs.
  The manifest is saved once, at the end of a run; until then each new hash
  is appended to a journal *before* its file is renamed into place, so a run
  killed half-way leaves files the next run still recognises as its own.
  A hand-edited file a page still makes stays the published one (the
  curator is told when the page changed since); one no page makes any more
  is kept on disk, listed in ``_kept.json`` and left out of the site.
* Contained: every path is checked to stay inside the output folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ingest.errors import OutputError, PageError, cannot

MANIFEST = ".manifest.json"
JOURNAL = ".manifest.journal"
# The files edited by hand that no page makes any more, kept but not to be
# published: a JSON list of paths relative to the folder (archive.listing reads it).
KEPT = "_kept.json"
_TEMPORARY_GLOB = ".*.tmp"  # what atomic_write leaves behind when killed


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_FILE_MODE = 0o666 & ~_umask()


def atomic_write(path: Path, data: bytes, durable: bool = True) -> None:
    """``durable=False`` skips the fsync, for files that can be rebuilt (caches)."""
    descriptor, temporary = _temporary_beside(path, data)
    try:
        try:
            if durable:
                os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def atomic_write_all(files: dict[Path, bytes]) -> None:
    """Write each of ``files`` (path -> bytes) whole, all of them or none: each is written and fsynced
    beside its place first, then each renamed over its old version (a symbolic link's target is
    replaced, the link kept). Registry files written one after another with ``write_text`` were
    emptied first: a full disk left one cut off, the rest of its entries lost.

    :raises OutputError: naming the first file that could not be written; no file was replaced. A
        place that is not a regular file (a folder) is found before any file is written. Should a
        rename still fail (the disk taken away), the error names the files already replaced.
    """
    for path in files:
        place = path.resolve()
        if place.exists() and not place.is_file():
            raise OutputError(f"{path}: cannot write (something that is not a file is in its place); no file was replaced")
    written: list[str] = []
    for path, data in files.items():
        try:
            descriptor, temporary = _temporary_beside(path.resolve(), data)
            written.append(temporary)
            try:
                os.fsync(descriptor)
            finally:
                os.close(descriptor)
        except OSError as error:
            _remove(written)
            raise OutputError(cannot("write", path, error)) from None
    replaced: list[str] = []
    for index, (path, temporary) in enumerate(zip(files, written, strict=True)):
        try:
            os.replace(temporary, path.resolve())
        except OSError as error:
            _remove(written[index:])
            done = f"; already replaced: {', '.join(replaced)}" if replaced else "; no file was replaced"
            raise OutputError(cannot("write", path, error) + done) from None
        replaced.append(str(path))


def _temporary_beside(path: Path, data: bytes) -> tuple[int, str]:
    """``data`` in a new temporary file beside ``path`` (what :data:`_TEMPORARY_GLOB` finds):
    its descriptor, still open, and its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(descriptor, _FILE_MODE)  # mkstemp makes 0600; generated files are ordinary files
        view = memoryview(data)
        while view:
            view = view[os.write(descriptor, view) :]
    except BaseException:
        os.close(descriptor)
        Path(temporary).unlink(missing_ok=True)
        raise
    return descriptor, temporary


def _fsync(descriptor: int) -> OSError | None:
    """fsync and close ``descriptor``: the error, if any (a full disk with delayed allocation says so here)."""
    try:
        os.fsync(descriptor)
    except OSError as error:
        return error
    finally:
        os.close(descriptor)
    return None


# How many written files wait at most to be made durable together (see OutputFolder.flush); each holds a descriptor.
_PENDING_FILES = 128
# Threads that fsync a batch: concurrent fsyncs share the file system's journal commits.
_FSYNC_THREADS = 8


def _remove(temporaries: list[str]) -> None:
    for temporary in temporaries:
        with contextlib.suppress(OSError):  # a folder that refuses it: the next run's OutputFolder removes them
            os.unlink(temporary)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class HandEdited(PageError):
    """A generated file a person edited: kept as it is, and still the one published."""

    def __init__(self, relative: str, message: str) -> None:
        super().__init__(message)
        self.relative = relative


def _hand_edit_message(path: Path, made_from: str, changed: bool) -> str:
    if not made_from:  # a listing, a catalog: made from the whole corpus, no one page can carry the edit
        return f"{path}: edited by hand; kept, but the ingest no longer updates it: delete this file to have it written again"
    page = made_from
    if changed:
        return (
            f"{path}: edited by hand, and the ingest's article from {page} has changed since (the page, its .meta.toml"
            " or the names it links); your edit is kept and published, those changes are not: move the edit into the"
            " corpus page (its text: delete the lines there) or its .meta.toml (title, date, authors), then delete this file"
        )
    return f"{path}: edited by hand; kept and published, but the next change to {page} will not reach the site: move the edit into the corpus page (its text: delete the lines there) or its .meta.toml (title, date, authors), then delete this file"


class OutputFolder:
    """A folder whose files the pipeline owns, unless a person edited them."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._resolved_root = root.resolve()
        self._resolved_folders: dict[Path, Path] = {}
        self._manifest_path = root / MANIFEST
        self._journal_path = root / JOURNAL
        # relative path -> every hash the pipeline may have left there
        self._owned: dict[str, set[str]] = {}
        try:
            saved = json.loads(self._manifest_path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            saved = {}
        except OSError as error:
            raise OutputError(cannot("read", self._manifest_path, error)) from None
        for relative, digest in saved.items():
            self._owned.setdefault(relative, set()).add(digest)
        for relative, digest in self._journal_entries():
            self._owned.setdefault(relative, set()).add(digest)
        for leftover in root.glob(_TEMPORARY_GLOB):
            with contextlib.suppress(OSError):  # a read-only folder keeps them; they are never read
                leftover.unlink(missing_ok=True)
        self._written: set[str] = set()
        # Written by write(), not yet in place (see flush): (path, open descriptor, temporary path).
        self._pending: list[tuple[Path, int, str]] = []

    def _journal_entries(self) -> list[tuple[str, str]]:
        try:
            lines = self._journal_path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        # A line cut short by a kill has no tab or a short hash; skip it.
        return [(relative, digest) for digest, _, relative in (line.partition("\t") for line in lines) if relative and len(digest) == 64]

    def _journal(self, relative: str, digest: str) -> None:
        # One unbuffered append: once write() returns, a kill -9 cannot lose it.
        # A line cut short (disk full) is skipped when read back.
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(self._journal_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                os.write(descriptor, f"{digest}\t{relative}\n".encode())
            finally:
                os.close(descriptor)
        except OSError as error:
            raise OutputError(cannot("write", self._journal_path, error)) from None

    def _inside(self, relative: str) -> Path:
        path = self.root / relative
        # Thousands of files share a few folders: resolve each folder once,
        # and the file itself only when it is a link.
        parent = self._resolved_folders.get(path.parent)
        if parent is None:
            parent = self._resolved_folders[path.parent] = path.parent.resolve()
        path = path.resolve() if path.is_symlink() else parent / path.name
        if path.parent != self._resolved_root and self._resolved_root not in path.parents:
            raise PageError(f"{relative}: output path leaves {self.root}")
        return path

    def _hand_edited(self, relative: str, path: Path) -> bool:
        try:
            return _digest(path.read_bytes()) not in self._owned.get(relative, set())
        except FileNotFoundError:
            return False
        except OSError as error:
            raise OutputError(cannot("read", path, error)) from None

    def write(self, relative: str, content: str | bytes, made_from: str = "") -> bool:
        """Write one file (text is written as UTF-8); returns whether its bytes changed.

        A file edited by hand is kept as it is, still counted as produced (so
        :meth:`finish` neither deletes nor reports it again), and raises
        :class:`HandEdited`, whose one line says whether ``made_from`` (the
        corpus page, for the message) now gives something else than the
        version the curator edited.
        """
        path = self._inside(relative)
        data = content.encode("utf-8") if isinstance(content, str) else content
        digest = _digest(data)
        if self._hand_edited(relative, path):
            self._written.add(relative)
            raise HandEdited(relative, _hand_edit_message(self.root / relative, made_from, changed=digest not in self._owned.get(relative, set())))
        self._written.add(relative)
        if path.exists() and path.read_bytes() == data:
            self._owned[relative] = {digest}
            return False
        if any(pending == path for pending, _descriptor, _temporary in self._pending):
            self.flush()  # the same file again in one run: the first version in place before the second
        self._journal(relative, digest)
        try:
            descriptor, temporary = _temporary_beside(path, data)
        except OSError as error:
            self._discard_pending()
            raise OutputError(cannot("write", path, error)) from None
        self._pending.append((path, descriptor, temporary))
        if len(self._pending) >= _PENDING_FILES:
            self.flush()
        self._owned[relative] = {digest}
        return True

    def flush(self) -> None:
        """Put every file :meth:`write` wrote into place: fsync them all, several at a time, then
        rename each over its old version (so a crash leaves each file whole, old or new).

        One fsync after another cost the cold ingest of 100 articles 1-2.6 s of waiting (234 files,
        3-11 ms each on the build machine's disk); concurrent ones share the journal's commits.
        OutputError names the first file that could not be written; then none of the batch is renamed.
        """
        pending, self._pending = self._pending, []
        if not pending:
            return
        with ThreadPoolExecutor(min(_FSYNC_THREADS, len(pending))) as threads:
            errors = list(threads.map(_fsync, [descriptor for _path, descriptor, _temporary in pending]))
        for (path, _descriptor, _temporary), error in zip(pending, errors, strict=True):
            if error is not None:
                _remove([temporary for _path, _descriptor, temporary in pending])
                raise OutputError(cannot("write", path, error))
        for index, (path, _descriptor, temporary) in enumerate(pending):
            try:
                os.replace(temporary, path)
            except OSError as error:
                _remove([temporary for _path, _descriptor, temporary in pending[index:]])
                raise OutputError(cannot("write", path, error)) from None

    def _discard_pending(self) -> None:
        """Drop the files written but not yet in place (the run stops: their old versions stay)."""
        pending, self._pending = self._pending, []
        for _path, descriptor, _temporary in pending:
            with contextlib.suppress(OSError):
                os.close(descriptor)
        _remove([temporary for _path, _descriptor, temporary in pending])

    def keep(self, relative: str) -> None:
        """Mark a file as still produced without rewriting it."""
        self._written.add(relative)

    def finish(self) -> list[str]:
        """Delete owned files no run wrote this time; save the manifest.

        Returns the messages for stale files that were edited by hand and kept.
        Their names are listed in :data:`KEPT` (written only when there are
        some), so that the site can leave them out: no page makes them any more.
        """
        self.flush()
        stale = sorted(set(self._owned) - self._written - {KEPT})
        leftovers = [relative for relative in stale if self._hand_edited(relative, self._inside(relative))]
        kept = []
        if leftovers:
            try:
                self.write(KEPT, json.dumps(leftovers, indent=1) + "\n")
            except HandEdited as error:
                kept.append(str(error))
        kept += [
            f"{self.root / relative}: edited by hand, and no corpus page makes this file any more (its page was "
            "retitled, renamed or deleted); kept, not published: move the edit into the corpus page or its "
            ".meta.toml, then delete this file"
            for relative in leftovers
        ]
        for relative in sorted(set(self._owned) - self._written - set(leftovers)):
            path = self._inside(relative)
            try:
                path.unlink(missing_ok=True)
            except OSError as error:
                raise OutputError(cannot("delete", path, error)) from None
            del self._owned[relative]
        self.flush()  # the list of kept files, when there is one
        manifest = json.dumps({relative: self._current_digest(relative) for relative in self._owned}, indent=1, sort_keys=True) + "\n"
        data = manifest.encode("utf-8")
        try:
            if not self._manifest_path.exists() or self._manifest_path.read_bytes() != data:
                atomic_write(self._manifest_path, data)  # untouched when nothing changed
            self._journal_path.unlink(missing_ok=True)
        except OSError as error:
            raise OutputError(cannot("write", self._manifest_path, error)) from None
        return kept

    def _current_digest(self, relative: str) -> str:
        """The one hash to remember: the file's own, when it is the pipeline's."""
        digests = self._owned[relative]
        if len(digests) > 1:
            path = self.root / relative
            actual = _digest(path.read_bytes()) if path.exists() else ""
            return actual if actual in digests else min(digests)
        return next(iter(digests))
