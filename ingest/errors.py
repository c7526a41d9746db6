"""Errors the ingest reports to curators as one line naming the file."""


class PageError(Exception):
    """A page (or its sidecar) cannot be turned into an article."""
