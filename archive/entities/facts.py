"""What an entity page shows from the registry, as one digest per page, so
that a registry change re-reads only the pages it changes.

An entity page (``{cine:person}``, ``{cine:film}``) shows its entity's
name, spellings, roles, year and kind, and the films or people the registry
ties it to (:mod:`archive.entities.directives`). It used to depend on the
registry files and the ingest's ``_detected.json`` as whole files, so one
newly detected name made Sphinx read every entity page again (646 at 100
articles). Now each page records the digest of what it read
(:meth:`Facts.of`) in the domain, and at ``env-get-outdated`` only the pages
whose digest differs from the current registry's are read again: Sphinx's
own idiom for dependencies finer than a file.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import TYPE_CHECKING

from people_films.registry import Entity, Registry

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.domains import Domain
    from sphinx.environment import BuildEnvironment


class Facts:
    """The registry's ties indexed once (people of each film, films of each person), for :meth:`of`."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        # Who lists whom, in registry order (Registry.films_of and people_of scan the whole registry).
        self.films_naming: dict[str, list[Entity]] = defaultdict(list)  # person id -> films listing them
        for film in registry.films.values():
            for person_id in dict.fromkeys((*film.directors, *film.cast)):
                self.films_naming[person_id].append(film)
        self.people_naming: dict[str, list[Entity]] = defaultdict(list)  # film id -> people listing it
        for person in registry.people.values():
            for film_id in dict.fromkeys(person.films):
                self.people_naming[film_id].append(person)

    def of(self, kind: str, entity_id: str) -> str | None:
        """The digest of everything the registry holds that ``kind`` ``entity_id``'s page can
        show (the entity and every entity tied to it, whole); None when it is not registered."""
        entity = self.registry.get(kind, entity_id)
        if entity is None:
            return None
        if kind == "person":
            tied = [self.registry.films.get(i) for i in entity.films] + self.films_naming.get(entity_id, [])
        else:
            tied = [self.registry.people.get(i) for i in (*entity.directors, *entity.cast)] + self.people_naming.get(entity_id, [])
        return hashlib.sha256(repr((entity, tied)).encode("utf-8")).hexdigest()


def facts_of(domain: Domain) -> Facts | None:
    """The domain's registry's :class:`Facts`, made once per registry (per process)."""
    if domain.matcher is None:
        return None
    registry = domain.matcher.registry
    if getattr(domain, "_facts", None) is None or domain._facts.registry is not registry:
        domain._facts = Facts(registry)
    return domain._facts


def outdated_entity_pages(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """``env-get-outdated``: the entity pages whose facts the current registry changed."""
    domain = env.get_domain("cine")
    facts = facts_of(domain)
    return [
        docname
        for docname, (kind, entity_id, digest) in domain.data["facts"].items()
        if docname not in changed and docname not in removed and (facts is None or facts.of(kind, entity_id) != digest)
    ]
