"""Errors the ingest raises for input it cannot use."""


class PageError(Exception):
    """A page that cannot be read (binary data, no text, unparseable); the message says why."""
