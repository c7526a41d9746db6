"""What a shared person or film page previews: one sentence from the registry.

sphinxext-opengraph describes a page by its opening text, which on an entity
page is the field list ("Kind: short"), flattened into "Kind, short,,." The
sentence here says only what the registry holds (a field it lacks is left
out, never guessed) and how many articles mention the entity, e.g.
``Inside Men (feature film, 2015, directed by Woo Min-ho), mentioned in 2 articles.``,
``Turing Test: a film mentioned in 1 article.``
It becomes og:description and the meta description (archive.social).
"""

from __future__ import annotations

from sphinx.application import Sphinx

from archive.social import attribute_value
from people_films.registry import Entity, Registry

_FILM_NOUNS = {"feature": "feature film", "short": "short film"}  # the others ("series", "documentary") read as they are


def _articles(count: int) -> str:
    if count == 0:
        return "not yet mentioned in any article"
    return f"mentioned in {count} article{'' if count == 1 else 's'}"


def _facts(entity: Entity, registry: Registry) -> list[str]:
    if entity.kind == "person":
        return list(entity.roles)
    facts = [_FILM_NOUNS.get(entity.film_kind, entity.film_kind)] if entity.film_kind else []
    if entity.year:
        facts.append(str(entity.year))
    directors = [person.name for person, role in registry.people_of(entity.id) if role == "director"]
    if directors:
        facts.append("directed by " + " and ".join(directors))
    return facts


def description(entity: Entity, registry: Registry, mentioned_in: int) -> str:
    """One sentence: the name, the registry's facts in brackets (if any), how many articles mention it."""
    facts = _facts(entity, registry)
    if not facts:
        return f"{entity.name}: a {'person' if entity.kind == 'person' else 'film'} {_articles(mentioned_in)}."
    return f"{entity.name} ({', '.join(facts)}), {_articles(mentioned_in)}."


def describe_entity_page(app: Sphinx, pagename: str, templatename: str, context: dict, doctree: object) -> None:
    """``html-page-context``, before sphinxext-opengraph: an entity page's og:description and meta description."""
    domain = app.env.get_domain("cine")
    declared = domain.data["objects"].get(pagename)
    if not declared or domain.matcher is None:
        return
    kind, entity_id = declared[0][:2]
    entity = domain.matcher.registry.get(kind, entity_id)
    if entity is None:
        return
    count = len({doc for doc, *_ in domain.mentioned_in().get((kind, entity_id), [])})
    text = description(entity, domain.matcher.registry, count)
    # A copy: the page's metadata is the environment's, saved between builds.
    context["meta"] = {**(context.get("meta") or {}), "summary": text, "og:description": attribute_value(text)}
