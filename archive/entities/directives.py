"""``{cine:person} id`` and ``{cine:film} id``: declare an entity on its page.

The argument is a registry id (a slug the pipeline wrote, never scraped
text). Everything shown comes from the registry: other spellings, roles,
films or people (as typed references), then the "Mentioned in" list, filled
in at doctree-resolved. Index entries: the canonical name as the main entry,
each other spelling as a "see" entry.
"""

from __future__ import annotations

import posixpath
from pathlib import Path

from docutils import nodes
from sphinx import addnodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from archive.entities.facts import facts_of
from archive.entities.nodes import mentions_list
from archive.warnings_ import ArchiveWarning, warn
from people_films import links
from people_films.registry import FILMS_FILE, PEOPLE_FILE
from people_films.review import DETECTED_FILE

logger = logging.getLogger(__name__)


def detected_file(srcdir, config) -> Path:
    """The ingest's ``_detected.json`` (people and films found in the text): in the articles folder, beside the catalog."""
    return Path(srcdir) / posixpath.dirname(config.archive_catalog) / DETECTED_FILE


def registry_folder(app) -> Path:
    """``archive_registry`` is relative to the folder of conf.py."""
    return Path(app.confdir) / app.config.archive_registry


def entity_ref(kind: str, entity_id: str, text: str) -> addnodes.pending_xref:
    ref = addnodes.pending_xref("", nodes.inline("", text), refdomain="cine", reftype=kind, reftarget=entity_id, refexplicit=True, refwarn=True)
    return ref


def _field(name: str, *body: nodes.Node) -> nodes.field:
    return nodes.field("", nodes.field_name("", name), nodes.field_body("", nodes.paragraph("", "", *body)))


def _joined(parts: list[nodes.Node]) -> list[nodes.Node]:
    out: list[nodes.Node] = []
    for number, part in enumerate(parts):
        if number:
            out.append(nodes.Text(", "))
        out.append(part)
    return out


class EntityDirective(SphinxDirective):
    required_arguments = 1
    has_content = False
    kind = ""
    spellings_label = ""  # the facts' first field, the entity's other spellings: "Other spellings", "Other titles"

    def run(self) -> list[nodes.Node]:
        # Entity pages are reached through links and the indices, not the sidebar,
        # which would otherwise list every person on every page: an orphan, as
        # ``orphan: true`` front matter would make it, without parsing YAML.
        self.env.metadata[self.env.docname]["orphan"] = True
        entity_id = self.arguments[0]
        domain = self.env.get_domain("cine")
        entity = domain.matcher.registry.get(self.kind, entity_id) if domain.matcher and links.ID.match(entity_id) else None
        if entity is None:
            for name in (PEOPLE_FILE, FILMS_FILE):  # read again when the registry changes: it may be there then
                self.env.note_dependency(str(domain.registry_dir / name))
            self.env.note_dependency(str(detected_file(self.env.srcdir, self.config)))
            warn(logger, ArchiveWarning.UNKNOWN, "%s %r is not in the registry", self.kind, entity_id, location=self.get_location())
            return []
        # The page is read again when what it shows from the registry changes, not when
        # any entry does (archive.entities.facts, at env-get-outdated).
        domain.note_facts(self.env.docname, self.kind, entity.id, facts_of(domain).of(self.kind, entity.id))
        anchor = f"{self.kind}-{entity.id}"
        target = nodes.target("", "", ids=[anchor])
        self.state.document.note_explicit_target(target)
        spellings = [s for s in entity.spellings if s != entity.name]
        domain.note_object(self.env.docname, self.kind, entity.id, anchor, entity.name, spellings)
        entries = [("single", entity.name, anchor, "main", None)]
        entries += [("see", f"{spelling}; {entity.name}", anchor, "", None) for spelling in spellings]
        index = addnodes.index(entries=entries)
        facts = nodes.field_list(classes=["entity-facts"])
        if spellings:
            facts += _field(self.spellings_label, nodes.Text(", ".join(spellings)))
        facts += self.facts(entity, domain.matcher.registry)
        mentions = mentions_list(kind=self.kind, entity=entity.id)  # with its heading, which counts them
        notice = []
        if entity.detected:
            notice = [nodes.paragraph("", "Found in the text, not yet reviewed by a curator.", classes=["entity-detected"])]
        return [index, target, *notice, facts, mentions]

    def facts(self, entity, registry) -> list[nodes.field]:
        """The fields of the entity's facts after its other spellings."""
        raise NotImplementedError


class PersonDirective(EntityDirective):
    kind = "person"
    spellings_label = "Other spellings"

    def facts(self, entity, registry):
        fields = []
        if entity.roles:
            fields.append(_field("Roles", nodes.Text(", ".join(entity.roles))))
        films = registry.films_of(entity.id)
        if films:
            refs = [entity_ref("film", film.id, film.name + (f" ({film.year})" if film.year else "")) for film in films]
            fields.append(_field("Films", *_joined(refs)))
        return fields


class FilmDirective(EntityDirective):
    kind = "film"
    spellings_label = "Other titles"

    def facts(self, entity, registry):
        fields = []
        if entity.year:
            fields.append(_field("Year", nodes.Text(str(entity.year))))
        if entity.film_kind:  # only what the registry says: a film accepted in a review has none yet
            fields.append(_field("Kind", nodes.Text(entity.film_kind)))
        people = registry.people_of(entity.id)
        directors = [entity_ref("person", p.id, p.name) for p, role in people if role == "director"]
        others = [entity_ref("person", p.id, f"{p.name} ({role})" if role else p.name) for p, role in people if role != "director"]
        if directors:
            fields.append(_field("Directed by", *_joined(directors)))
        if others:
            fields.append(_field("People", *_joined(others)))
        return fields
