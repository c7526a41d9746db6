"""One build at a time on a tree, and one review at a time on a registry.

Two ``make html`` (or two ingests) on the same checkout would each read the
other's half-finished manifest and report the other's fresh files as edited
by hand, and two Sphinx runs would write the same pages at once. Each holds
an exclusive ``flock`` on a lock file for its whole run; the second says that
another build is running and waits. The kernel releases the lock when its
holder exits, even after ``kill -9``, so a stale lock file never blocks.

    python -m ingest.lock LOCKFILE COMMAND [ARG...]   # run COMMAND holding the lock

POSIX only (``fcntl``); elsewhere the build runs unlocked.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from ingest.errors import cannot

try:
    import fcntl
except ImportError:  # Windows: no flock
    fcntl = None  # type: ignore[assignment]

# Descriptors of the locks this process holds. A forked child (the ingest's
# process pool) shares the lock with its parent until it closes its copy: a
# worker orphaned by ``kill -9`` on its parent would keep the tree locked, and
# the next build would wait for ever. Each child closes its copies at once.
_held: set[int] = set()


def _close_in_child() -> None:
    for descriptor in _held:
        with contextlib.suppress(OSError):
            os.close(descriptor)
    _held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_in_child)


@contextlib.contextmanager
def hold(path: Path, waiting: Callable[[str], None] = lambda _holder: None) -> Iterator[None]:
    """Hold the lock on ``path`` for the ``with`` block; ``waiting(holder)`` is called
    (with the holder's process id, as text) when another process has it.

    ``path`` may be an existing folder: the folder itself is locked and nothing is written into it
    (the registry, whose every file counts in the ingest cache's key); its holder is then "?"."""
    if fcntl is None:
        yield
        return
    folder = path.is_dir()
    if not folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    if not folder and path.is_symlink():
        # The lock is truncated and written: through a link left in the build folder it would empty
        # whatever file the link names (the registry, a page). O_NOFOLLOW below closes the race.
        raise OSError(errno.ELOOP, "a symbolic link, not a lock file", str(path))
    flags = os.O_RDONLY if folder else os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(path, flags, 0o644)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            waiting("?" if folder else os.pread(descriptor, 32, 0).decode("ascii", "replace").strip() or "?")
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        if not folder:
            os.ftruncate(descriptor, 0)
            os.pwrite(descriptor, f"{os.getpid()}\n".encode(), 0)
        _held.add(descriptor)
        yield
    finally:
        _held.discard(descriptor)
        os.close(descriptor)  # releases the lock


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) < 2:
        print("usage: python -m ingest.lock LOCKFILE COMMAND [ARG...]", file=sys.stderr)
        return 2
    lock, command = Path(args[0]), args[1:]

    def say_waiting(holder: str) -> None:
        print(f"another build is running in this tree (process {holder}); waiting for it to finish", file=sys.stderr, flush=True)

    try:
        with hold(lock, say_waiting):
            return subprocess.call(command)
    except KeyboardInterrupt:
        return 130
    except OSError as error:
        print(f"error: {cannot('take the build lock', lock, error)}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
