"""Skip pages the ingest has already turned into articles.

A page's result is stored under the hash of what it depends on: its path in
the corpus, its bytes and its sidecar's bytes. Results live in a folder named
after the hash of the ingest's own code and rules (every file of the
``ingest`` package, the Python and the installed packages, and the rule files
the caller names, such as the people/films registry), so a change to any
reader, rule, renderer or registry entry starts a fresh cache; older folders
are deleted. Entries no page asked for in a run are deleted at its end.

Finding a page's key means reading and hashing it. As git's index does, the
cache also remembers each page's key beside the status of its files
(:mod:`ingest.filestatus`: size, modification and change times, inode): a
page whose files show the same status is not read again. A status is only
remembered when its files were last changed a second or more before the run
began; a second change within the same clock tick could otherwise go unseen.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sys
import sysconfig
import time
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ingest.errors import cannot
from ingest.filestatus import Snapshot
from ingest.write import atomic_write

PACKAGE = Path(__file__).resolve().parent
# The names, matching and detection every article's links depend on live in their own package.
PEOPLE_FILMS = PACKAGE.parent / "people_films"
RESULT_SUFFIX = ".json"
KEYS = "keys.json"  # page -> [status of its files, key]
STAGE_PREFIX = "_"  # root/_NAME holds another stage's cache (see PageCache.stage)


def _hash_files(digest: Any, root: Path) -> None:
    """Feed a file, or every file under a folder (names and bytes), to ``digest``."""
    files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in files:
        digest.update(path.relative_to(root.parent).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")


def environment_digest() -> str:
    """SHA-256 (hex) of the interpreter (its version and path) and the set of installed packages
    (the ``*.dist-info`` folder names of its site-packages: name and version each). What a build
    read with one ``make html PYTHON=...`` is no guide to another's: a newer lxml, dateparser or
    myst-parser reads or renders a page differently, so the ingest cache, the build stamp
    (:mod:`tools.uptodate`) and Sphinx's environment (:mod:`archive`) all start afresh when it changes."""
    packages = sysconfig.get_path("purelib")
    try:
        installed = sorted(name for name in os.listdir(packages) if name.endswith(".dist-info"))
    except OSError:
        installed = []
    return hashlib.sha256("\0".join([sys.version, sys.executable, *installed]).encode("utf-8", "surrogateescape")).hexdigest()


def code_version(package: Path = PACKAGE, rules: Iterable[Path] = ()) -> str:
    """Hash of every file the ingest's output depends on besides the page, and of the
    interpreter and packages that read it (:func:`environment_digest`)."""
    digest = hashlib.sha256(environment_digest().encode())
    for root in (package, PEOPLE_FILMS, *rules):
        digest.update(b"+" if root.exists() else b"-")  # a missing registry differs from an empty one
        if root.exists():
            _hash_files(digest, root)
    return digest.hexdigest()[:16]


def page_key(source: str, page: bytes, sidecar: bytes | None) -> str:
    """Hash of one page's inputs; a missing sidecar differs from an empty one."""
    digest = hashlib.sha256(source.encode("utf-8") + b"\0")
    digest.update(len(page).to_bytes(8, "big") + page)
    digest.update(b"-" if sidecar is None else b"+" + sidecar)
    return digest.hexdigest()


class PageCache:
    """Results of past runs, one JSON file per page key."""

    def __init__(self, root: Path, version: str | None = None, rules: Iterable[Path] = ()) -> None:
        self.root = root
        self.folder = root / (version or code_version(rules=rules))
        self._used: set[str] = set()
        self._started = time.time_ns()
        self._known: dict[str, list[str]] | None = None  # read on first use
        self._keys: dict[str, list[str]] = {}  # what this run saw, saved at the end
        # Why the cache could not be written, once, shared with the caches of the
        # run's other stages (stage()); the run goes on without it.
        self._problem = [""]

    @property
    def problem(self) -> str:
        """Why this run's cache could not be written ("" when it could)."""
        return self._problem[0]

    def _related(self, other: PageCache) -> PageCache:
        other._problem = self._problem
        return other

    def stage(self, name: str) -> PageCache:
        """A cache for another stage of the same run (same code version), in ``root/_name``, which pruning keeps."""
        return self._related(PageCache(self.root / f"{STAGE_PREFIX}{name}", version=self.folder.name))

    def known_key(self, source: str, files: Snapshot) -> str | None:
        """The key remembered for page ``source`` if its files still show the status in ``files``."""
        status = "\n".join(files.lines)
        if self._known is None:
            try:
                self._known = json.loads((self.folder / KEYS).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self._known = {}
        remembered = self._known.get(source)
        if isinstance(remembered, list) and len(remembered) == 2 and remembered[0] == status:
            self._keys[source] = remembered
            return remembered[1]
        return None

    def remember_key(self, source: str, files: Snapshot, key: str) -> None:
        """Remember ``key`` for page ``source`` beside its files' status, if that status can be trusted."""
        if files.settled_before(self._started):
            self._keys[source] = ["\n".join(files.lines), key]

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / (key + RESULT_SUFFIX)

    def get(self, key: str) -> dict | None:
        """The stored result for ``key`` (a page key), or None when there is none or it is unreadable."""
        self._used.add(key)
        try:
            return json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, key: str, result: object) -> None:
        """Store ``result`` (a dataclass) under ``key`` as JSON."""
        self._used.add(key)
        data = json.dumps(asdict(result), ensure_ascii=False).encode("utf-8")  # type: ignore[call-overload]
        self._write(self._path(key), data)

    def _write(self, path: Path, data: bytes) -> None:
        """A cache that cannot be written costs time, not correctness: note why and stop trying."""
        if self.problem:
            return
        try:
            atomic_write(path, data, durable=False)
        except OSError as error:
            self._problem[0] = cannot("write the ingest cache", path, error) + "; pages will be read again next time"

    def prune(self) -> None:
        """Drop other code versions' folders and entries no page used this run;
        save the keys of this run's pages."""
        if self.root.is_dir():
            for other in self.root.iterdir():
                if other != self.folder and other.is_dir() and not other.name.startswith(STAGE_PREFIX):
                    shutil.rmtree(other, ignore_errors=True)
        if self.folder.is_dir():
            for entry in self.folder.glob("*/*" + RESULT_SUFFIX):
                if entry.name.removesuffix(RESULT_SUFFIX) not in self._used:
                    with contextlib.suppress(OSError):  # an entry left behind is only never read
                        entry.unlink(missing_ok=True)
        if self._keys != self._known:
            self._write(self.folder / KEYS, json.dumps(self._keys, sort_keys=True).encode("utf-8"))
