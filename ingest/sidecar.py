"""The metadata sidecar: facts a page does not carry, written by a curator.

``corpus/NAME.meta.toml`` beside ``corpus/NAME.txt`` (or ``.html``)::

    source_url = "https://example.org/news/1"
    publisher = "Example News"
    date = "2025-10"

Its values override whatever the reader found in the page.
"""

from __future__ import annotations

import datetime
import difflib
import errno
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

from ingest import model, tomltext
from ingest.dates import DateError, check_date
from ingest.errors import PageError, cannot
from ingest.proxy_address import untranslated
from ingest.repeats import without_opening_repeats

SUFFIX = ".meta.toml"
TEXT_KEYS = ("title", "publisher", "date", "source_url", "language", "description", "rights")
LIST_KEYS = ("authors", "deck")
# Not metadata: what the page is. "article" publishes a page that looks like a
# list of teasers (a listing page) all the same.
KIND_KEY = "kind"
KINDS = ("article",)


def sidecar_path(page: Path) -> Path:
    return page.with_name(page.stem + SUFFIX)


def read_sidecar(page: Path) -> dict[str, object]:
    path = sidecar_path(page)
    try:
        if path.is_symlink():  # as for pages (ingest.pipeline.read_page): it could point at any file of the build machine
            raise PageError(f"{path}: a symbolic link, not a sidecar; copy the file into the corpus instead")
        if not path.is_file():
            return {}
    except OSError as error:  # a page name of 246+ bytes: no sidecar can have the longer name
        if error.errno == errno.ENAMETOOLONG:
            return {}
        raise PageError(cannot("read the sidecar", path, error)) from None
    try:
        values = tomltext.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise PageError(f"{path}: not valid TOML: {error}") from None
    except OSError as error:
        raise PageError(cannot("read the sidecar", path, error)) from None
    if isinstance(values.get("date"), datetime.date) and not isinstance(values["date"], datetime.datetime):
        values["date"] = values["date"].isoformat()  # date = 2025-10-01, a TOML date: the same day as "2025-10-01"
    unknown = sorted(set(values) - set(TEXT_KEYS) - set(LIST_KEYS) - {KIND_KEY})
    if unknown:
        keys = (*TEXT_KEYS, *LIST_KEYS, KIND_KEY)
        guesses = [f"{key!r} (did you mean {close[0]!r}?)" if (close := difflib.get_close_matches(key, keys, n=1)) else repr(key) for key in unknown]
        raise PageError(f"{path}: unknown key {', '.join(guesses)} (known keys: {', '.join(keys)})")
    for key, value in values.items():
        expected = list if key in LIST_KEYS else str
        if not isinstance(value, expected) or (expected is list and not all(isinstance(v, str) for v in value)):
            kind = "a list of strings" if expected is list else "a string"
            raise PageError(f"{path}: {key!r} must be {kind}")
    if KIND_KEY in values and values[KIND_KEY] not in KINDS:
        raise PageError(f"{path}: {KIND_KEY!r} must be one of {', '.join(map(repr, KINDS))}")
    if "source_url" in values:
        try:
            urlsplit(str(values["source_url"]))
        except ValueError as error:  # "http://[oops": every later use of the address would fail
            raise PageError(f"{path}: source_url {values['source_url']!r} is not a web address ({error})") from None
    if "date" in values:
        try:
            values["date"] = check_date(str(values["date"]))
        except DateError as error:
            raise PageError(f"{path}: date {error}") from None
    return values


def apply_sidecar(article: model.Article, values: dict[str, object]) -> None:
    """The sidecar's ``values`` win over what the reader found: each sets its metadata field; a
    ``description`` is also the card summary, and a ``title`` the body's opening line repeats is
    left out of the body (the reader may not have known that line for the headline)."""
    for key, value in values.items():
        if key == "source_url":
            # A page saved from Google Translate's proxy: its own address (ingest.proxy_address.untranslated).
            value = untranslated(str(value))
        if key != KIND_KEY:
            setattr(article.metadata, key, value)
    if isinstance(values.get("description"), str):
        article.summary = values["description"]
    if "title" in values:
        article.blocks = without_opening_repeats(article.blocks, [article.metadata.title], "headline (the sidecar's title)", article.dropped)
