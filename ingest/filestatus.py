"""Whether files changed, told from their status alone, without reading them.

As git's index does, a file is taken to be unchanged while its size,
modification time, change time and inode are the same. The change time
catches a rewrite that keeps the size and sets the old modification time
back; the inode, a file replaced by another. One home for this rule, used by
the ingest cache (which pages to read again, ``ingest.cache``) and the build
stamp (whether ``make html`` has anything to do, ``tools/uptodate.py``).

A status is only trusted when the files were last changed (modified, or their
status changed) at least :data:`RACY_NS` before the snapshot was taken: a
second change within the same clock tick could leave the status as it was.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

RACY_NS = 1_000_000_000  # 1 s in nanoseconds: wider than any file system's time step


class Snapshot:
    """The status of some files: ``lines``, one per file, and the newest time among them.

    A plain class, not a dataclass: importing dataclasses (and inspect) took
    40 ms of the 0.2 s in which ``make html`` says that nothing changed.
    """

    __slots__ = ("lines", "newest_ns")

    def __init__(self, lines: tuple[str, ...], newest_ns: int) -> None:
        self.lines = lines  # "NAME\0size\0mtime_ns\0ctime_ns\0inode", or "NAME\0-" for a missing file
        self.newest_ns = newest_ns  # the newest modification or change time, in ns since the epoch; 0 if none

    def settled_before(self, taken_ns: int) -> bool:
        """Whether every file was last changed at least RACY_NS before ``taken_ns``, so the status can be trusted."""
        return self.newest_ns < taken_ns - RACY_NS


def status_line(name: str, status: os.stat_result) -> str:
    """One file's line of a :class:`Snapshot`, under ``name`` (the caller's choice of path)."""
    return f"{name}\0{status.st_size}\0{status.st_mtime_ns}\0{status.st_ctime_ns}\0{status.st_ino}"


def snapshot(files: Iterable[tuple[str, str | os.PathLike[str] | os.DirEntry[str]]]) -> Snapshot:
    """The status of each (name, path or directory entry); a file that cannot be read counts as missing."""
    lines, newest = [], 0
    for name, path in files:
        try:
            status = path.stat() if isinstance(path, os.DirEntry) else os.stat(path)
        except OSError:
            lines.append(f"{name}\0-")
            continue
        lines.append(status_line(name, status))
        newest = max(newest, status.st_mtime_ns, status.st_ctime_ns)
    return Snapshot(tuple(lines), newest)
