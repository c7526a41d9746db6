"""Published addresses: where each article is, and where the ones that moved went.

An article's address is its title's slug and its file's hash
(:mod:`ingest.paths`), so it moves when a re-scrape brings a new headline,
or when the curator keeps only the newer of two saved versions of one
story. Links to the old address would then break. So the ingest keeps a
record (``make html``: ``addresses.toml`` at the project's root, committed
with the corpus; ``python -m ingest build --addresses FILE``):

* ``[published]``: each corpus file -> the address its article has and the
  page's ``source_url``;
* ``[moved]``: each address an article left -> the address it has now;
* ``[withdrawn]``: each address whose article's file was deleted with no other file to take it over -> that file:
  the archive keeps its published addresses, so a withdrawn one is said once (the run that withdrew it) and
  recorded, not forgotten; publishing an article there again takes it out.

An article moves when its file is published at another address, or when its
file is gone and another file takes over: one with the same ``source_url``
(a later version of the story, or the same page renamed or moved to another
folder), or, for a page with no ``source_url``, the one new file whose
article has the same title (the page renamed or moved). An address that is published again
stops being a redirect. The site serves a redirect page at every moved
address (:mod:`archive.moved`, from the ``_moved.json`` the ingest writes
beside the articles).

The record is written by the ingest and only read back by it: a value that
is not an article address (a hand edit, a merge conflict) is one problem
line and is left out, never a path the build writes to.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

import tomlkit

from ingest import tomltext
from ingest.errors import PageError, cannot
from ingest.write import atomic_write

# What the ingest writes beside the articles for the Sphinx side: {old docname: new docname}.
MOVED_FILE = "_moved.json"
# An article's docname as ingest.paths makes it: the articles folder, a slug of
# lower-case ASCII words and digits joined by hyphens.
ARTICLE_DOCNAME = re.compile(r"articles/[a-z0-9]+(?:-[a-z0-9]+)*")

_HEADER = """\
Where this archive has published each article, and the addresses articles
moved from (a re-scrape with a new headline, an older version deleted).
The site redirects every moved address to the article's new one; a withdrawn
address is one whose page was deleted, with the corpus file it came from.
Written by the ingest (`make html`): commit it with the corpus, do not edit it.
"""


@dataclass(frozen=True)
class Published:
    """One article as published by this run: its corpus file, docname and page address."""

    source: str
    docname: str
    source_url: str = ""


@dataclass
class Record:
    """The record's two tables (see the module docstring)."""

    published: dict[str, Published] = field(default_factory=dict)
    moved: dict[str, str] = field(default_factory=dict)
    withdrawn: dict[str, str] = field(default_factory=dict)  # address -> the deleted corpus file it was published from


@dataclass(frozen=True)
class Move:
    """One article that moved in this run: its corpus file (``successor``: the file
    published at the new address, another version of the story when ``source`` is gone;
    ``renamed`` when that file is new to the record and its title the same: the page's file renamed or moved)."""

    source: str
    successor: str
    old: str
    new: str
    renamed: bool = False


@dataclass
class Moves:
    """What one run changed: the record to keep, and each move it found, for the curator to hear of."""

    record: Record
    new: list[Move]
    withdrawn: list[Published] = field(default_factory=list)  # the articles this run withdrew (file deleted, no successor)


def read_record(path: Path) -> tuple[Record, list[str]]:
    """The record at ``path`` (empty when there is none) and a problem line
    for each part of it that cannot be used (left out)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Record(), []
    except OSError as error:
        return Record(), [cannot("read the record of published addresses", path, error) + "; moved articles get no redirect this run"]
    except UnicodeDecodeError:
        return Record(), [f"{path}: not UTF-8; moved articles get no redirect until it is fixed or deleted"]
    try:
        data = tomltext.loads(text)
    except ValueError as error:
        return Record(), [f"{path}: not valid TOML ({error}); moved articles get no redirect until it is fixed or deleted"]
    problems: list[str] = []
    record = Record()
    published = data.get("published", {})
    moved = data.get("moved", {})
    withdrawn = data.get("withdrawn", {})
    if not isinstance(published, dict) or not isinstance(moved, dict) or not isinstance(withdrawn, dict):
        return Record(), [f"{path}: [published], [moved] and [withdrawn] must be tables; the record is ignored"]
    for source, entry in published.items():
        docname = entry.get("address") if isinstance(entry, dict) else None
        url = entry.get("source_url", "") if isinstance(entry, dict) else ""
        if not _is_docname(docname) or not isinstance(url, str):
            problems.append(f"{path}: published entry {source!r} is not an article address; left out")
            continue
        if not _in_corpus(source):
            problems.append(f"{path}: published entry {source!r} is not a file inside the corpus; left out")
            continue
        record.published[source] = Published(source, docname, url)
    for old, new in moved.items():
        if not (_is_docname(old) and _is_docname(new)):
            problems.append(f"{path}: moved entry {old!r} is not an article address; left out")
            continue
        record.moved[old] = new
    for docname, source in withdrawn.items():
        if not (_is_docname(docname) and isinstance(source, str)):
            problems.append(f"{path}: withdrawn entry {docname!r} is not an article address; left out")
            continue
        record.withdrawn[docname] = source
    return record, problems


def _is_docname(value: object) -> bool:
    return isinstance(value, str) and ARTICLE_DOCNAME.fullmatch(value) is not None


def _in_corpus(source: str) -> bool:
    """Whether ``source`` names a file by its path inside the corpus, as the ingest records it: not absolute, no
    ``..`` (a run said "/etc/shadow is gone" of a hand-edited entry)."""
    parts = PurePosixPath(source.replace("\\", "/")).parts
    return bool(parts) and not source.startswith(("/", "\\")) and ".." not in parts and not PureWindowsPath(source).drive


def moves(record: Record, published: Iterable[Published], present: set[str], copies: dict[str, str] | None = None) -> Moves:
    """The record after a run that published ``published``, with ``present``
    the corpus files that exist (published or not: a page that failed this
    run keeps its entry, and its address is not given away).

    A file gone from the corpus whose ``source_url`` another published
    article has moves to it (to the last by file name, when versions remain).
    A file of ``copies`` (file -> the file published in its place: an AMP or
    mobile copy, :mod:`ingest.renditions`) moves to that file's article.
    """
    copies = copies or {}
    now = {entry.source: entry for entry in published}
    by_url: dict[str, Published] = {}
    for entry in sorted(now.values(), key=lambda e: e.source):
        if entry.source_url:
            by_url[entry.source_url] = entry
    # Files new to the record by their title's words: a renamed page with no source_url is found by its title.
    by_title: dict[str, list[Published]] = {}
    for entry in now.values():
        if entry.source not in record.published:
            by_title.setdefault(_title_words(entry.docname), []).append(entry)
    # ... and gone files without a source_url by theirs: a rename is one gone file and one new file of a title.
    gone_by_title = Counter(
        _title_words(entry.docname) for source, entry in record.published.items() if source not in present and not entry.source_url
    )
    moved = dict(record.moved)
    new: list[Move] = []
    withdrawn: list[Published] = []
    for source, before in record.published.items():
        after = now.get(source)
        if after is None and source in copies:
            after = now.get(copies[source])
        elif after is None and source not in present:
            words = _title_words(before.docname)
            same_title = by_title.get(words, []) if gone_by_title[words] == 1 and words != _UNTITLED else []
            after = by_url.get(before.source_url) if before.source_url else (same_title[0] if len(same_title) == 1 else None)
            if after is None:
                withdrawn.append(before)
        if after is not None and after.docname != before.docname and moved.get(before.docname) != after.docname:
            moved[before.docname] = after.docname
            renamed = after.source != source and after.source not in record.published and _title_words(after.docname) == _title_words(before.docname)
            new.append(Move(source, after.source, before.docname, after.docname, renamed))
    kept = {source: entry for source, entry in record.published.items() if source in present and source not in copies}
    live = {entry.docname for entry in now.values()} | {entry.docname for entry in kept.values()}
    gone = {**record.withdrawn, **{entry.docname: entry.source for entry in withdrawn}}
    gone = {docname: source for docname, source in sorted(gone.items()) if docname not in live and docname not in moved}
    # Said only of an address no file publishes now (a record edited by hand may list a gone file under a live one).
    said = [entry for entry in withdrawn if entry.docname in gone]
    return Moves(Record({**kept, **now}, _resolved(moved, {entry.docname for entry in now.values()}), gone), new, said)


# The slug of a title with no ASCII words left (ingest.paths.slug): no title to know a page by.
_UNTITLED = "articles/article"


def _title_words(docname: str) -> str:
    """The title's part of an article's docname: its slug less the hash of its file's path (:func:`ingest.paths.slug`)."""
    return docname.rsplit("-", 1)[0]


def _resolved(moved: dict[str, str], live: set[str]) -> dict[str, str]:
    """Each moved address -> where its chain of moves ends; none that is published
    again (a live address is no redirect), none that ends where it starts."""
    resolved: dict[str, str] = {}
    for old, new in moved.items():
        seen = {old}
        while new in moved and new not in live and new not in seen:
            seen.add(new)
            new = moved[new]
        if old not in live and new != old:
            resolved[old] = new
    return dict(sorted(resolved.items()))


def write_record(path: Path, record: Record) -> None:
    """``record`` as TOML at ``path``, when it differs from what is there; PageError when it cannot be written."""
    document = tomlkit.document()
    for line in _HEADER.splitlines():
        document.add(tomlkit.comment(line))
    moved = tomlkit.table()
    for old, new in record.moved.items():
        moved[old] = new
    published = tomlkit.table()
    for source in sorted(record.published):
        entry = record.published[source]
        row = tomlkit.inline_table()
        row["address"] = entry.docname
        if entry.source_url:
            row["source_url"] = entry.source_url
        published[source] = row
    document["moved"] = moved
    document["published"] = published
    if record.withdrawn:
        withdrawn = tomlkit.table()
        for docname, source in record.withdrawn.items():
            withdrawn[docname] = source
        document["withdrawn"] = withdrawn
    text = tomlkit.dumps(document)
    try:
        if path.is_file() and path.read_bytes() == text.encode("utf-8"):
            return
        atomic_write(path, text.encode("utf-8"))
    except OSError as error:
        raise PageError(cannot("write the record of published addresses", path, error)) from None
