"""The ``cine`` domain: people and films as Sphinx objects.

Data is keyed by docname, so ``clear_doc`` is a pop and ``merge_domaindata``
a copy (parallel reads stay right):

* ``objects[docname]``: ``[kind, id, anchor, name, spellings]`` declared there;
* ``mentions[docname]``: ``[kind, id, anchor, sentence, written]`` in reading order;
* ``facts[docname]``: ``[kind, id, digest]`` of what an entity page read from the registry.

An entity's page is always ``<dir>/<id>``, so resolving a reference is a
dictionary look-up, not a scan of every document.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.builders import Builder
from sphinx.domains import Domain, Index, IndexEntry, ObjType
from sphinx.environment import BuildEnvironment
from sphinx.roles import XRefRole
from sphinx.util import logging
from sphinx.util.nodes import make_refnode
from people_films.links import KINDS

from archive.warnings_ import ArchiveWarning, warn

logger = logging.getLogger(__name__)



class EntityIndex(Index):
    """People or films, alphabetical, with how many articles mention each."""

    kind = ""

    def generate(self, docnames: Iterable[str] | None = None) -> tuple[list[tuple[str, list[IndexEntry]]], bool]:
        domain: CineDomain = self.domain  # type: ignore[assignment]
        mentioned_in = domain.mentioned_in()
        content: dict[str, list[IndexEntry]] = defaultdict(list)
        for docname, kind, entity_id, anchor, name, _spellings in sorted(domain.declared(), key=lambda o: o[4].lower()):
            if kind != self.kind or (docnames and docname not in docnames):
                continue
            count = len({doc for doc, *_ in mentioned_in.get((kind, entity_id), [])})
            extra = f"{count} article" + ("" if count == 1 else "s")
            content[name[:1].upper()].append(IndexEntry(name, 0, docname, anchor, extra, "", ""))
        return sorted(content.items()), False


class PeopleIndex(EntityIndex):
    name = "people"
    localname = "People"
    shortname = "people"
    kind = "person"


class FilmsIndex(EntityIndex):
    name = "films"
    localname = "Films"
    shortname = "films"
    kind = "film"


class CineDomain(Domain):
    name = "cine"
    label = "People and films"
    object_types = {
        "person": ObjType("person", "person"),
        "film": ObjType("film", "film"),
    }
    roles = {"person": XRefRole(), "film": XRefRole()}
    indices = [PeopleIndex, FilmsIndex]
    # "related": docname -> the related list its page was last written with,
    # kept by the main process at env-get-updated (collect.pages_to_rewrite).
    # "facts": docname -> [kind, id, digest] of what its entity page read from the registry (archive.entities.facts).
    # "spelt": article docname -> the search words its people's registered spellings gave it (archive.entities.collect).
    initial_data: dict[str, dict] = {"objects": {}, "mentions": {}, "related": {}, "facts": {}, "spelt": {}}
    data_version = 5  # 3: "related" holds (docname, title, date, facts); 4: "facts"; 5: "spelt"

    def __init__(self, env: BuildEnvironment) -> None:
        super().__init__(env)
        self.matcher = None  # the registry's matcher, set at builder-inited; never pickled
        self.registry_dir = None
        self.touched: set[tuple[str, str]] = set()  # entities whose mentions changed this build
        self._mentioned_in: dict[tuple[str, str], list[tuple[str, str, str, str]]] | None = None

    # --- storing -----------------------------------------------------------

    def note_object(self, docname: str, kind: str, entity_id: str, anchor: str, name: str, spellings: list[str]) -> None:
        self.data["objects"].setdefault(docname, []).append([kind, entity_id, anchor, name, spellings])

    def note_facts(self, docname: str, kind: str, entity_id: str, digest: str) -> None:
        self.data["facts"][docname] = [kind, entity_id, digest]

    def note_mentions(self, docname: str, mentions: list[list[str]]) -> None:
        self.data["mentions"][docname] = mentions
        self.touched.update((kind, entity_id) for kind, entity_id, *_ in mentions)
        self._mentioned_in = None

    def clear_doc(self, docname: str) -> None:
        self.data["objects"].pop(docname, None)
        self.data["facts"].pop(docname, None)
        self.data.setdefault("spelt", {}).pop(docname, None)
        self.data.setdefault("related", {}).pop(docname, None)
        old = self.data["mentions"].pop(docname, [])
        self.touched.update((kind, entity_id) for kind, entity_id, *_ in old)
        self._mentioned_in = None

    def merge_domaindata(self, docnames: set[str], otherdata: dict[str, Any]) -> None:
        for key in ("objects", "mentions", "facts", "spelt"):
            for docname in docnames:
                if docname in otherdata.get(key, {}):
                    self.data[key][docname] = otherdata[key][docname]
        for docname in docnames:
            self.touched.update((kind, entity_id) for kind, entity_id, *_ in otherdata["mentions"].get(docname, []))
        self._mentioned_in = None

    # --- reading -------------------------------------------------------------

    def declared(self) -> Iterator[tuple[str, str, str, str, str, list[str]]]:
        for docname, objects in self.data["objects"].items():
            for kind, entity_id, anchor, name, spellings in objects:
                yield docname, kind, entity_id, anchor, name, spellings

    def page_of(self, kind: str, entity_id: str) -> tuple[str, str, str] | None:
        """(docname, anchor, name) of the page declaring the entity."""
        docname = f"{self.env.config.archive_people_dir if kind == 'person' else self.env.config.archive_films_dir}/{entity_id}"
        for o_kind, o_id, anchor, name, _spellings in self.data["objects"].get(docname, []):
            if (o_kind, o_id) == (kind, entity_id):
                return docname, anchor, name
        return None

    def mentioned_in(self) -> dict[tuple[str, str], list[tuple[str, str, str, str]]]:
        """(kind, id) -> [(docname, anchor, sentence, written)], built once per build phase."""
        if self._mentioned_in is None:
            index: dict[tuple[str, str], list[tuple[str, str, str, str]]] = defaultdict(list)
            for docname in sorted(self.data["mentions"]):
                for kind, entity_id, anchor, sentence, written in self.data["mentions"][docname]:
                    index[(kind, entity_id)].append((docname, anchor, sentence, written))
            self._mentioned_in = dict(index)
        return self._mentioned_in

    def entities_of(self, docname: str) -> set[tuple[str, str]]:
        return {(kind, entity_id) for kind, entity_id, *_ in self.data["mentions"].get(docname, [])}

    # --- resolving -----------------------------------------------------------

    def resolve_xref(
        self, env: BuildEnvironment, fromdocname: str, builder: Builder, typ: str, target: str, node: pending_xref, contnode: nodes.Element
    ) -> nodes.reference | None:
        found = self.page_of(typ, target)
        if not found:
            return None  # reported by the missing-reference handler, with its own warning type
        docname, anchor, name = found
        return make_refnode(builder, fromdocname, docname, anchor, contnode, name)

    def resolve_any_xref(
        self, env: BuildEnvironment, fromdocname: str, builder: Builder, target: str, node: pending_xref, contnode: nodes.Element
    ) -> list[tuple[str, nodes.reference]]:
        results = []
        for kind in KINDS:
            if ref := self.resolve_xref(env, fromdocname, builder, kind, target, node, contnode):
                results.append((f"cine:{kind}", ref))
        return results

    def get_objects(self) -> Iterator[tuple[str, str, str, str, str, int]]:
        # Every spelling is an object too: the search box finds the page from any of them.
        for docname, kind, _entity_id, anchor, name, spellings in self.declared():
            yield name, name, kind, docname, anchor, 1
            for spelling in spellings:
                yield spelling, spelling, kind, docname, anchor, 1


def warn_missing_reference(app, domain: Domain, node: pending_xref) -> bool | None:
    """An article names an entity that has no page: one typed warning, the words stay."""
    if node.get("refdomain") != "cine":
        return None
    warn(logger, ArchiveWarning.UNRESOLVED, "no page for %s %r (is it in the registry?)", node["reftype"], node["reftarget"], location=node)
    return True  # suppress Sphinx's generic "reference target not found"
