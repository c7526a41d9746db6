"""``builder-inited``: load the registry and write a page per person and film.

The pages are stubs (the autosummary pattern): a title and the declaring
directive; Sphinx reads them like any document, so they hold targets, index
entries and search terms. A stub is written only when its bytes differ, so
an unchanged registry leaves incremental builds alone; stubs of entities
no longer registered are removed (the folders are reserved for them).
"""

from __future__ import annotations

from pathlib import Path

from sphinx.util import logging

from archive.entities.directives import detected_file, registry_folder
from archive.warnings_ import ArchiveWarning, warn
from ingest.escape import escape_inline
from people_films.mentions import Matcher
from people_films.registry import read_registry
from people_films.review import load_detected
from ingest.write import atomic_write

logger = logging.getLogger(__name__)


def stub(kind: str, entity_id: str, name: str) -> str:
    # No front matter: its directive makes the page an orphan (EntityDirective),
    # which saves three YAML parses per page (MyST's two and the safety guard's).
    return f"# {escape_inline(name)}\n\n:::{{cine:{kind}}} {entity_id}\n:::\n"


def load_entities(app) -> None:
    domain = app.env.get_domain("cine")
    domain.registry_dir = registry_folder(app)
    # What is sound is built; each problem is one warning, costing only its own entry or reference.
    registry, problems = read_registry(domain.registry_dir)
    for line in problems:
        warn(logger, ArchiveWarning.REGISTRY, "registry: %s", line)
    registry = load_detected(detected_file(app.srcdir, app.config), registry)
    domain.matcher = Matcher(registry)
    srcdir = Path(app.srcdir)
    for kind, folder, entities in (
        ("person", app.config.archive_people_dir, registry.people),
        ("film", app.config.archive_films_dir, registry.films),
    ):
        _write_folder(srcdir / folder, {f"{e.id}.md": stub(kind, e.id, e.name) for e in entities.values()})


def _write_folder(folder: Path, pages: dict[str, str]) -> None:
    for name, text in pages.items():
        path = folder / name
        data = text.encode("utf-8")
        if not path.exists() or path.read_bytes() != data:
            atomic_write(path, data)
    if folder.is_dir():
        for stale in folder.glob("*.md"):
            if stale.name not in pages:
                stale.unlink()
