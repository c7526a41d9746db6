"""The review queue: detected people and films, and a curator's decisions applied to the registry.

``python -m ingest propose PAGE... --out proposals.toml`` writes one entry per
name the registry lacks, each after comments giving the pages and sentences
it was found in, with a suggested ``action``:

* ``accept``: becomes an entry of ``people.toml`` / ``films.toml``, keeping the
  id its automatic page already has, so links do not change; given another ``id``,
  the automatic page's (``automatic_id``) joins the entry's ``moved_from`` and its address redirects;
* ``merge``: another spelling of the entity ``into`` (an id), added to its
  ``spellings`` / ``titles``, and the merged name's page id to its ``moved_from``
  (that page's address redirects to the entry's); suggested for a
  near-romanisation of a known person;
* ``reject``: added to ``rejected.toml``; never proposed, given a page or linked again.

``python -m ingest review proposals.toml`` applies the file. Both files are
written with tomlkit, which keeps the comments and layout a curator added to
the registry. Scraped text reaches the file only as TOML strings (escaped by
tomlkit) or as comments cleaned to one line without control characters, so
the file is valid TOML whatever a page or a file name holds.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import tomlkit
from tomlkit.items import AoT

from ingest.errors import OutputError, cannot
from ingest.tomltext import BYTE_ORDER_MARK
from ingest.write import atomic_write_all
from people_films import evidence
from people_films.links import ID
from people_films.names import slugify
from people_films.registry import FILMS_FILE, PEOPLE_FILE, RegistryError, load_registry
from people_films.review import REJECTED_FILE, Found, Review
from ingest.sanitise import one_line

ACTIONS = ("accept", "merge", "reject")
SENTENCES_SHOWN = 3
_FIELD = {"person": "name", "film": "title"}
REJECTED_HEADER = (
    "Names a review rejected: not proposed again, and given no page when found in the text.",
    "Delete an entry to have the name proposed again by `python -m ingest propose`.",
)
ENTRY_GAP = "\n"  # a blank line before each entry a review adds: the registry is edited by hand
_SPELLINGS = {"person": "spellings", "film": "titles"}
_FILE = {"person": PEOPLE_FILE, "film": FILMS_FILE}


class ReviewError(ValueError):
    """A proposals file that cannot be applied; the message names the file and the entry."""


def _comment(text: str) -> str:
    # A TOML comment may hold no control character (DEL and ESC included) and no line break.
    return one_line(text)


def _entry(kind: str, entity_id: str, info: Found, action: str, into: str = "", has_page: bool = False) -> tomlkit.items.Table:
    """One queue entry; ``has_page``: the name has an automatic page at ``entity_id`` (written as ``automatic_id``)."""
    table = tomlkit.table()
    for page, sentence in info.where[:SENTENCES_SHOWN]:
        table.add(tomlkit.comment(f"{_comment(page)}: {_comment(sentence)}"))
    found_by = ", ".join(f"{e} ({n})" for e, n in info.evidence.most_common())
    if found_by:
        table.add(tomlkit.comment(f"found by: {found_by}"))
    table.add("action", action)
    table.add("confidence", round(info.confidence, 2))
    if into:
        table.add("into", into)
    table.add("id", entity_id)
    if has_page:  # kept apart from `id`, which the curator may change: the published address then redirects
        table.add("automatic_id", entity_id)
    table.add(_FIELD[kind], info.name)
    # Every way the text wrote it, the name too: a curator who renames the entry
    # ("Jang Jae-hyun (director)") keeps the spelling the articles use.
    table.add(_SPELLINGS[kind], list(info.spellings))
    table.add("pages", info.pages)
    table.add("occurrences", sum(info.spellings.values()))
    return table


def proposals_toml(review: Review) -> str:
    """The review queue as TOML text: ``[[person]]`` and ``[[film]]`` entries (see the module's docstring)."""
    doc = tomlkit.document()
    doc.add(tomlkit.comment("Proposed by `python -m ingest propose`: people and films the registry does not know."))
    doc.add(tomlkit.comment("Set each action to accept, merge (with `into = \"id\"`) or reject, then run"))
    doc.add(tomlkit.comment("`python -m ingest review THIS_FILE`. Until then each has a page marked 'not yet reviewed'."))
    tables: dict[str, AoT] = {"person": tomlkit.aot(), "film": tomlkit.aot()}
    # A person of one page alone (a blog's "By Robert", review._by_page_where_a_byline) is no entry: the registry
    # holds no person of one page, and two such "Robert"s accepted would claim one spelling twice.
    page_only = {entity_id for own in review.registry.page_people.values() for entity_id in own.values()}
    if left_out := sorted({entity.name for entity, _ in review.new if entity.id in page_only}):
        doc.add(tomlkit.comment(f"Left out, a person of one page alone (a byline's given name): {_comment(', '.join(left_out))}"))
    # The least sure first: they are the ones to read.
    for entity, info in sorted(review.new, key=lambda item: (item[0].kind, item[1].confidence, item[0].name.lower())):
        if entity.id in page_only:
            continue
        if target := review.maybe_same.get(entity.id):
            entry = _entry(entity.kind, entity.id, info, "merge", into=target, has_page=True)
            question = "the same film under another title?" if entity.kind == "film" else "the same person or a namesake?"
            entry.add(tomlkit.comment(f"reads as {target!r}: {question} (a page of its own until reviewed)"))
        elif candidates := review.ambiguous.get(entity.id):
            # Merged into the first unless the curator chooses another: accepted unread, it would register a likely duplicate.
            entry = _entry(entity.kind, entity.id, info, "merge", into=candidates[0], has_page=True)
            entry.add(tomlkit.comment(f"reads as several people, {', '.join(candidates)}: which one? set `into` (a page of its own until reviewed)"))
        else:
            suggested = "accept" if info.confidence >= evidence.ACCEPT_FROM else "reject"
            entry = _entry(entity.kind, entity.id, info, suggested, has_page=True)
        if entity.moved_from:  # the page's former addresses, which keep redirecting once it is reviewed
            entry.add("moved_from", list(entity.moved_from))
        tables[entity.kind].append(entry)
    for info, target in review.merges:
        tables["person"].append(_entry("person", target, info, "merge", into=target))
    for info, target in review.misspelt:
        entry = _entry("person", target, info, "merge", into=target)
        entry.add(tomlkit.comment(f"one letter from {target!r}: a misspelling? (no page of its own until reviewed)"))
        tables["person"].append(entry)
    for kind in ("person", "film"):
        if len(tables[kind]):
            doc.add(kind, tables[kind])
    return tomlkit.dumps(doc).rstrip("\n") + "\n"  # a file ends with a line break, or the shell prints onto its last line


def _load(path: Path) -> tomlkit.TOMLDocument:
    try:
        return tomlkit.parse(path.read_text(encoding="utf-8").removeprefix(BYTE_ORDER_MARK)) if path.exists() else tomlkit.document()
    except (OSError, UnicodeDecodeError, tomlkit.exceptions.ParseError) as error:
        raise ReviewError(f"{path}: not valid TOML: {error}") from None


def apply_review(proposals: Path, registry: Path) -> dict[str, int]:
    """Apply the actions of ``proposals`` to the registry folder; returns how many of each were applied.

    Raises :class:`ReviewError` (nothing written) for an unknown action, a merge
    into an id the registry lacks, or an accepted id it already has: one line
    per entry with a problem, every entry's at once.
    """
    if not proposals.is_file():
        raise ReviewError(f"{proposals}: no such file; give the queue `python -m ingest propose corpus --out FILE` wrote and you edited")
    queue = _load(proposals)
    files = {kind: _load(registry / _FILE[kind]) for kind in _FILE}
    rejected = _load(registry / REJECTED_FILE)
    if not rejected.body:  # a new file: say what it is to whoever opens it
        for line in REJECTED_HEADER:
            rejected.add(tomlkit.comment(line))
    counts = dict.fromkeys(ACTIONS, 0)
    problems: list[str] = []
    for kind in ("person", "film"):
        # An entry written by hand may have no id: the registry then gives it the slug of its name.
        known = {str(e.get("id") or slugify(str(e.get(_FIELD[kind], "")))): e for e in files[kind].get(kind, [])}
        entries = list(enumerate(queue.get(kind, []), start=1))
        for number, entry in entries:
            if not isinstance(entry, dict):
                problems.append(f"{proposals}: {kind} #{number} is not a [[{kind}]] entry")
        entries = [(number, entry) for number, entry in entries if isinstance(entry, dict)]
        # Merges last: one may go into an entry this very queue accepts, wherever it stands in the file.
        entries.sort(key=lambda numbered: numbered[1].get("action") == "merge")
        merged = {str(e["id"]): str(e["into"]) for _, e in entries if e.get("action") == "merge" and e.get("id") and e.get("into")}
        for number, entry in entries:
            where = f"{proposals}: {kind} #{number} {entry.get(_FIELD[kind])!r}"
            try:
                counts[_apply_entry(kind, entry, where, known, files[kind], rejected, merged)] += 1
            except ReviewError as problem:  # every entry's problem at once, not one per run
                problems.append(str(problem))
    if problems:
        raise ReviewError("\n".join(problems))
    _check_result(proposals, registry, {_FILE[kind]: tomlkit.dumps(doc) for kind, doc in files.items()})
    texts = {registry / _FILE[kind]: tomlkit.dumps(doc) for kind, doc in files.items()}
    if counts["reject"]:
        texts[registry / REJECTED_FILE] = tomlkit.dumps(rejected)
    try:
        registry.mkdir(parents=True, exist_ok=True)
        atomic_write_all({path: text.encode() for path, text in texts.items()})
    except OSError as error:
        raise ReviewError(cannot("write", registry, error)) from None
    except OutputError as error:  # a full disk, a read-only file: the registry stays as it was
        raise ReviewError(f"{error}; the registry is unchanged") from None
    return counts


def _merge_target(into: str, known: dict, merged: dict[str, str]) -> str:
    """The id a merge into ``into`` ends at: ``into`` itself, or, when this queue merges ``into`` too
    (``merged``: id -> into of the queue's merges), where that merge goes, and so on. A curator who
    merges 겨울 정류장 into winter-station means 冬の停留所, suggested into 겨울 정류장, to follow it."""
    seen = {into}
    while into not in known and into in merged and merged[into] not in seen:
        into = merged[into]
        seen.add(into)
    return into


def _apply_entry(
    kind: str, entry: dict, where: str, known: dict, registry_file: tomlkit.TOMLDocument, rejected: tomlkit.TOMLDocument, merged: dict[str, str]
) -> str:
    """Apply one queue entry to ``registry_file`` (``known``: its entries by id) or ``rejected``;
    returns its action (``merged``: the queue's merges, id -> into, which a merge into a merged id
    follows). Raises :class:`ReviewError` naming ``where`` when it cannot be applied."""
    action = entry.get("action")
    name = str(entry.get(_FIELD[kind], ""))
    if not isinstance(entry.get(_SPELLINGS[kind], []), list):
        raise ReviewError(f"{where}: {_SPELLINGS[kind]} must be a list of text")
    spellings = [str(s) for s in entry.get(_SPELLINGS[kind], [])]
    if action == "accept":
        entity_id = str(entry.get("id", ""))
        if entity_id in known:
            raise ReviewError(
                f"{where}: id {entity_id!r} is already in {_FILE[kind]} (was this queue applied already? "
                f"`propose` writes a new one); to add a spelling to it, set action = \"merge\" and into = {entity_id!r}"
            )
        new = tomlkit.table()
        new.trivia.indent = ENTRY_GAP
        new.add("id", entity_id)
        new.add(_FIELD[kind], name)
        # Every spelling the queue saw, those with the name's key too: the matcher finds a name in
        # Chinese, Japanese or katakana by its letters as written ("ソン・ガンホ", not "ソンガンホ").
        # Not one holding a control or invisible character ("Nora\x1b[31m Field"): the registry refuses
        # it, and the name without it is the spelling.
        others = [s for s in dict.fromkeys(spellings) if s != name and s.isprintable()]
        if others:
            new.add(_SPELLINGS[kind], others)
        # Accepted under another id than its automatic page's: that page's address redirects to the entry's; so do
        # the addresses the automatic page had before (its moved_from).
        formers = [former for former in _former_ids(entry, where) if former != entity_id and former not in known]
        if formers:
            new.add("moved_from", formers)
        registry_file.setdefault(kind, tomlkit.aot()).append(new)
        known[entity_id] = new
    elif action == "merge":
        into = str(entry.get("into", ""))
        if not into:
            raise ReviewError(f"{where}: a merge needs into = \"id\", the id in {_FILE[kind]} this is another spelling of")
        target = known.get(_merge_target(into, known, merged))
        if target is None:
            raise ReviewError(
                f"{where}: merge into {into!r}, which {_FILE[kind]} does not have; a name found in the text"
                f" joins {_FILE[kind]} once accepted (set its own entry's action = \"accept\", in this queue or an earlier one)"
            )
        present = target.setdefault(_SPELLINGS[kind], tomlkit.array())
        for spelling in [name, *spellings]:
            if spelling not in present and spelling != target.get(_FIELD[kind]):
                present.append(spelling)
        # The merged name's automatic page was published: it redirects to the entry's page.
        for former in _former_ids(entry, where):
            if former != into and former not in known:
                moved_from = target.setdefault("moved_from", tomlkit.array())
                if former not in moved_from:
                    moved_from.append(former)
    elif action == "reject":
        gone = tomlkit.table()
        gone.trivia.indent = ENTRY_GAP
        gone.add(_FIELD[kind], name)
        rejected.setdefault(kind, tomlkit.aot()).append(gone)
    elif action is None:
        raise ReviewError(f"{where}: no action; set action = \"accept\", \"merge\" or \"reject\"")
    else:
        raise ReviewError(f"{where}: action {action!r} is not one of {', '.join(ACTIONS)}")
    return str(action)


def _former_ids(entry: dict, where: str) -> list[str]:
    """The ids a queue entry's name had pages at: its automatic page's (:func:`_automatic_id`), then the ids that
    page moved from (``moved_from``: an id made by an earlier rule, "gimjihyeon" before "kim-ji-hyeon"), each an id."""
    earlier = entry.get("moved_from", [])
    formers = [_automatic_id(entry, where), *(old for old in (earlier if isinstance(earlier, list) else []) if isinstance(old, str) and ID.match(old))]
    return [former for former in dict.fromkeys(formers) if former]


def _automatic_id(entry: dict, where: str) -> str:
    """The id of the automatic page a queue entry's name had: its ``automatic_id`` (``id`` in a queue written before
    that key, or by hand); "" when it is no id. Raises :class:`ReviewError` naming ``where`` for an ``automatic_id``
    edited into no id (a path, an address, a control character): it names the file a redirect page is written to."""
    automatic = entry.get("automatic_id")
    if automatic is not None and automatic != "" and not (isinstance(automatic, str) and ID.match(automatic)):
        raise ReviewError(
            f"{where}: automatic_id {one_line(repr(automatic))} is no id (lower-case letters, digits and hyphens):"
            " give the automatic page's id as propose wrote it, or delete the line"
        )
    former = str(automatic or entry.get("id") or "")
    return former if ID.match(former) else ""


def _check_result(proposals: Path, registry: Path, texts: dict[str, str]) -> None:
    """Raise :class:`ReviewError` when the registry files ``texts`` (name -> TOML) would
    hold a problem the registry does not hold now: a name with a character names may
    not use (``[REC]``, ``Airplane!``), an id that is not a slug, a spelling two
    entries claim. Written as they are, the next build would find the whole registry
    invalid and link no article."""
    before = _problems(registry)
    with tempfile.TemporaryDirectory() as folder:
        for name, text in texts.items():
            try:
                (Path(folder) / name).write_text(text, encoding="utf-8")
            except OSError as error:  # the disk is full: the registry itself cannot be written either
                raise ReviewError(f"{cannot('write', registry / name, error)}; the registry is unchanged") from None
        after = [problem.replace(folder, str(registry)) for problem in _problems(Path(folder))]
    new = [problem for problem in after if problem not in before]
    if new:
        more = f" (and {len(new) - 1} more)" if len(new) > 1 else ""
        raise ReviewError(f"{proposals}: not applied, the registry would be invalid: {new[0]}{more}; correct the entry or set action = \"reject\"")


def _problems(folder: Path) -> list[str]:
    try:
        load_registry(folder)
    except RegistryError as error:
        return str(error).splitlines()
    return []
