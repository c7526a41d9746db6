"""Errors the ingest reports to curators as one line naming the file."""

from __future__ import annotations

import errno
from pathlib import Path


class PageError(Exception):
    """A page (or its sidecar) cannot be turned into an article."""


class NotAnArticle(PageError):
    """A page that is fine but is no article (a list of teasers): left out of the site with a
    warning, not an error, so that a corpus keeping a site's index pages still builds cleanly."""


class OutputError(Exception):
    """A generated file cannot be written (read-only folder, full disk, no permission).

    Unlike a :class:`PageError` this stops the run: every other file would fail
    the same way, and the manifest must not forget files the run did not reach.
    """


# What the curator can do about each failure; the rest get the generic advice.
_ADVICE = {
    errno.ENOSPC: "the disk is full: free some space, then run again",
    errno.EDQUOT: "the disk quota is used up: free some space, then run again",
    errno.EROFS: "the folder is on a read-only file system: build in a writable copy, or mount it writable",
    errno.EACCES: "permission denied: give the user running the build access to it",
    errno.EPERM: "not permitted: give the user running the build access to it",
    errno.ENOENT: "not found: it was moved or deleted, maybe during the run; check the name and run again",
}


def advice(error: OSError) -> str:
    """What to do about ``error``, in words (no errno numbers, no traceback)."""
    return _ADVICE.get(error.errno or 0, f"{error.strerror or error}: fix that, then run again")


def cannot(doing: str, path: Path | str, error: OSError) -> str:
    """One line: ``docs/articles/x.md: cannot write (the disk is full: ...)``."""
    return f"{path}: cannot {doing} ({advice(error)})"
