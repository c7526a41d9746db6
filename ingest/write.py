"""Writing generated files safely.

* Atomic: each file is written to a temporary file beside it, then renamed,
  so an interrupted run leaves the previous version whole.
* Owned: a manifest records the hash of every file the pipeline wrote. A file
  whose bytes differ from that hash was edited by hand; it is never
  overwritten or deleted, and the curator is told where the edit belongs.
* Contained: every path is checked to stay inside the output folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from ingest.errors import PageError

MANIFEST = ".manifest.json"


def atomic_write(path: Path, data: bytes, durable: bool = True) -> None:
    """``durable=False`` skips the fsync, for files that can be rebuilt (caches)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class OutputFolder:
    """A folder whose files the pipeline owns, unless a person edited them."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._manifest_path = root / MANIFEST
        try:
            self._owned: dict[str, str] = json.loads(self._manifest_path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            self._owned = {}
        self._written: set[str] = set()

    def _inside(self, relative: str) -> Path:
        path = (self.root / relative).resolve()
        if path.parent != self.root.resolve() and self.root.resolve() not in path.parents:
            raise PageError(f"{relative}: output path leaves {self.root}")
        return path

    def _hand_edited(self, relative: str, path: Path) -> bool:
        if not path.exists():
            return False
        return self._owned.get(relative) != _digest(path.read_bytes())

    def write(self, relative: str, text: str) -> bool:
        """Write one file; returns whether its bytes changed."""
        path = self._inside(relative)
        data = text.encode("utf-8")
        if self._hand_edited(relative, path):
            raise PageError(
                f"{path}: edited by hand since the ingest wrote it; not overwritten "
                "(put the change in the corpus page or its .meta.toml, then delete this file)"
            )
        self._written.add(relative)
        if path.exists() and path.read_bytes() == data:
            return False
        atomic_write(path, data)
        self._owned[relative] = _digest(data)
        return True

    def keep(self, relative: str) -> None:
        """Mark a file as still produced without rewriting it."""
        self._written.add(relative)

    def finish(self) -> list[str]:
        """Delete owned files no run wrote this time; save the manifest.

        Returns the messages for stale files that were edited by hand and kept.
        """
        kept: list[str] = []
        for relative in sorted(set(self._owned) - self._written):
            path = self._inside(relative)
            if self._hand_edited(relative, path):
                kept.append(f"{path}: no longer produced by any page, but edited by hand; kept")
                continue
            path.unlink(missing_ok=True)
            del self._owned[relative]
        manifest = (json.dumps(self._owned, indent=1, sort_keys=True) + "\n").encode("utf-8")
        if not self._manifest_path.exists() or self._manifest_path.read_bytes() != manifest:
            atomic_write(self._manifest_path, manifest)  # untouched when nothing changed
        return kept
