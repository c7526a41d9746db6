"""Is the built site up to date? A stamp that lets ``make html`` stop early.

Sphinx works out by itself what to rebuild, but even when nothing changed it
starts up, loads its environment and rewrites the search index and the
general index: at 1 000 articles 1.3 s, 7% of a full build. So ``make html``
first asks this module whether anything the site is built from changed
since the last build that succeeded, and stops there if not, as make does
for any target newer than its prerequisites.

What counts, each file by path and status (:mod:`ingest.filestatus`: size,
modification and change times, inode, the rule the ingest cache uses too):

* inputs, taken before the build: every file under the given roots (the
  project: code, configuration, registry, corpus, docs) except tool folders
  and the outputs; also the Python version, the installed packages, the
  environment variables the build reads and the build's own command line;
* outputs, taken after the build: the generated sources and the HTML, so
  that a page deleted or edited in ``_build/html`` brings Sphinx back; and
  ``addresses.toml``, which the ingest writes into the project (an article
  moved by a new title): as an input, the build's own write would keep
  that build from being stamped, and the next ``make html`` would build
  again for nothing.

``check`` exits 0 when both match the stamp. Otherwise it exits 1 and notes
the inputs it saw; ``save``, run after a build that succeeded, turns that
note into the stamp. No stamp is saved when an input changed during the
build, or less than a second before its inputs were noted: a second change
within the same clock tick could leave no trace in the file's status. So
``check``, when a file changed within that second, waits it out and notes
the inputs again (at most three times), and a page saved just before
``make html`` does not make the next ``make html`` build again.

Usage (the Makefile's ``html`` target):
    python -m tools.uptodate check STAMP --roots . corpus docs --outputs docs/articles _build/html --command "..."
    python -m tools.uptodate save  STAMP (same options)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ingest.cache import environment_digest
from ingest.filestatus import RACY_NS, Snapshot, snapshot

# Folders no build reads: version control, virtual environments, caches,
# other builds' output.
SKIPPED_FOLDERS = frozenset({".git", ".venv", "venv", "node_modules", "__pycache__", ".pytest_cache", ".ingest-cache", "_build"})
# conf.py reads SITE_BASEURL; Sphinx reads SOURCE_DATE_EPOCH.
ENVIRONMENT = ("SITE_BASEURL", "SOURCE_DATE_EPOCH")
# How often check() waits out the racy second for files still being written.
SETTLE_TRIES = 3


def _files(root: Path, outputs: frozenset[str]) -> Iterator[os.DirEntry[str]]:
    try:
        entries = list(os.scandir(root))
    except (FileNotFoundError, NotADirectoryError):
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            if entry.name not in SKIPPED_FOLDERS and os.path.abspath(entry.path) not in outputs:
                yield from _files(Path(entry.path), outputs)
        elif entry.is_file() and os.path.abspath(entry.path) not in outputs:
            yield entry


def _walked(root: str, skipped: frozenset[str]) -> Iterator[tuple[str, str | os.DirEntry[str]]]:
    """(absolute path, entry) of every file under ``root``, or ``root`` itself when it is a file."""
    if os.path.isfile(root):
        yield root, root
        return
    for entry in _files(Path(root), skipped):
        yield os.path.abspath(entry.path), entry


def tree_digest(roots: Iterable[Path], outputs: Iterable[Path] = ()) -> tuple[str, int]:
    """SHA-256 (hex) of every file's path and status under ``roots`` (folders, or files), leaving
    out ``outputs`` (folders or files); and the newest modification or change time seen (ns since
    the epoch)."""
    skipped = frozenset(os.path.abspath(path) for path in outputs)
    unique_roots = dict.fromkeys(os.path.abspath(root) for root in roots)
    # A root inside another (corpus/ inside the project) is walked once, as itself.
    files = snapshot(pair for root in unique_roots for pair in _walked(root, skipped | (unique_roots.keys() - {root})))
    digest = hashlib.sha256("\n".join(sorted(files.lines)).encode("utf-8", "surrogateescape"))
    return digest.hexdigest(), files.newest_ns


def setting_digest(command: str) -> str:
    """Digest of what the build depends on besides files: Python, packages
    (:func:`ingest.cache.environment_digest`), variables, command."""
    parts = [environment_digest(), *(f"{name}={os.environ.get(name)}" for name in ENVIRONMENT), command]
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogateescape")).hexdigest()


class Stamp:
    """The stamp file ``path`` for a build reading ``roots`` and writing ``outputs`` with ``command``.

    ``clock`` gives the time in nanoseconds since the epoch (tests move it on).
    """

    def __init__(self, path: Path, roots: list[Path], outputs: list[Path], command: str, clock: Callable[[], int] = time.time_ns) -> None:
        self.path, self.roots, self.outputs, self.command, self.clock = path, roots, outputs, command, clock
        self.pending = path.with_name(path.name + ".pending")

    def _inputs(self) -> tuple[str, int]:
        files, newest = tree_digest(self.roots, self.outputs)
        return hashlib.sha256((files + setting_digest(self.command)).encode()).hexdigest(), newest

    def check(self) -> bool:
        """Whether nothing changed since the last stamp; if something did, note the inputs now."""
        inputs, newest = self._inputs()
        try:
            saved = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            saved = {}
        if saved.get("inputs") == inputs and saved.get("outputs") == tree_digest(self.outputs)[0]:
            return True
        self.path.unlink(missing_ok=True)
        inputs, newest, taken = self._settled_inputs(inputs, newest)
        self.pending.parent.mkdir(parents=True, exist_ok=True)
        self.pending.write_text(json.dumps({"inputs": inputs, "newest": newest, "taken": taken}), encoding="utf-8")
        return False

    def _settled_inputs(self, inputs: str, newest: int) -> tuple[str, int, int]:
        """The inputs, taken again after waiting out the racy second when a file changed within it.

        A page saved by a script just before ``make html`` would otherwise keep
        the build from being stamped, and the next ``make html`` would build
        again (a curator's scraper that writes and builds at once). The wait is
        at most RACY_NS per try, and only on a build that has work to do.
        """
        taken = self.clock()
        for _ in range(SETTLE_TRIES):
            if Snapshot((), newest).settled_before(taken) or newest > taken:
                break  # settled; or a file dated in the future (touch -d, clock skew): no wait helps, save() refuses it
            time.sleep((newest + RACY_NS - taken) / 1e9 + 0.01)
            inputs, newest = self._inputs()
            taken = self.clock()
        return inputs, newest, taken

    def save(self) -> bool:
        """Turn the noted inputs into the stamp; False when they cannot be trusted."""
        try:
            noted = json.loads(self.pending.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        self.pending.unlink()
        inputs, newest = self._inputs()
        if inputs != noted["inputs"] or not Snapshot((), noted["newest"]).settled_before(noted["taken"]):
            return False
        stamp = {"inputs": inputs, "outputs": tree_digest(self.outputs)[0]}
        self.path.write_text(json.dumps(stamp) + "\n", encoding="utf-8")
        return True


def main(argv: list[str] | None = None) -> int:
    """The command line: ``check`` exits 0 when up to date, else 1; ``save`` always exits 0."""
    parser = argparse.ArgumentParser(prog="python -m tools.uptodate", description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["check", "save"])
    parser.add_argument("stamp", type=Path)
    parser.add_argument("--roots", type=Path, nargs="+", required=True, help="folders the build reads")
    parser.add_argument("--outputs", type=Path, nargs="*", default=[], help="folders the build writes")
    parser.add_argument("--command", default="", help="the build's options, which count as an input")
    args = parser.parse_args(argv)
    stamp = Stamp(args.stamp, args.roots, args.outputs, args.command)
    if args.action == "check":
        if stamp.check():
            print(f"Nothing changed since the last build; the site is up to date ({args.stamp}).")
            return 0
        return 1
    stamp.save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
