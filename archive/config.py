"""The archive's config values, declared once and checked when the config is read.

Each field of :class:`ArchiveConfig` is the config value ``archive_<field>``
(set in conf.py or with ``-D``), registered by :func:`setup_config`; its
metadata gives when a change rebuilds (Sphinx's ``rebuild``: "env" re-reads
every page, "html" rewrites them) and what it means. At ``config-inited``
every value is checked, and a wrong one stops the build with one line naming
it (a ConfigError), before anything is read.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field, fields
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import ConfigError


def _value(default: Any, rebuild: str, doc: str) -> Any:
    return field(default=default, metadata={"rebuild": rebuild, "doc": doc})


@dataclass(frozen=True)
class ArchiveConfig:
    """The defaults; a site overrides them as ``archive_<name>`` in conf.py."""

    catalog: str = _value("articles/catalog.json", "env", "the ingest's catalog of articles, relative to the source folder; its folder is the articles folder")
    registry: str = _value("registry", "env", "the folder of people.toml and films.toml, relative to the folder of conf.py")
    people_dir: str = _value("people", "env", "the folder (in the source folder) of the generated person pages")
    films_dir: str = _value("films", "env", "the folder (in the source folder) of the generated film pages")
    related_limit: int = _value(5, "html", "how many related articles an article lists (0: none)")
    # More docname patterns (fnmatch; a leading "!" excludes) treated as scraped text, besides
    # the articles, people and films folders, which always are (archive.safety.untrusted_patterns).
    untrusted_docs: tuple[str, ...] = _value((), "env", "more docname patterns whose pages hold scraped text")
    sitemap_excludes: tuple[str, ...] = _value((), "html", "pages (fnmatch patterns of their addresses, e.g. search.html) left out of sitemap.xml")


def _folder_problem(value: str) -> str | None:
    """Why ``value`` cannot name a folder inside the source folder, or None."""
    parts = value.split("/")
    if not value or value.startswith("/") or any(part in ("", ".", "..") for part in parts):
        return "must be a relative path inside the source folder, with no empty, '.' or '..' part"
    return None


def check_config(_app: Sphinx | None, config: Config) -> None:
    """``config-inited``: raise ConfigError naming the first archive value that is wrong."""
    for item in fields(ArchiveConfig):
        name = f"archive_{item.name}"
        value = getattr(config, name)
        expected = type(item.default)
        if expected is tuple and isinstance(value, list):
            value = tuple(value)  # conf.py writes lists
        if not isinstance(value, expected) or isinstance(value, bool):
            raise ConfigError(f"{name} = {value!r}: expected {expected.__name__}")
        problem = None
        if name in ("archive_people_dir", "archive_films_dir") and "/" in value:
            problem = "must be one folder name"
        elif name in ("archive_people_dir", "archive_films_dir", "archive_catalog"):
            problem = _folder_problem(value)
        if name == "archive_catalog" and not problem and not posixpath.dirname(value):
            problem = "must be inside the articles folder (e.g. articles/catalog.json)"
        if name == "archive_related_limit" and value < 0:
            problem = "must be 0 or more"
        if name in ("archive_untrusted_docs", "archive_sitemap_excludes") and not all(isinstance(pattern, str) for pattern in value):
            problem = "must be a list of docname patterns (strings)"
        if problem:
            raise ConfigError(f"{name} = {value!r}: {problem}")


def setup_config(app: Sphinx) -> None:
    """Register every ``archive_*`` value with its default and rebuild, and check them at config-inited."""
    for item in fields(ArchiveConfig):
        types = [list, tuple] if isinstance(item.default, tuple) else [type(item.default)]
        app.add_config_value(f"archive_{item.name}", item.default, item.metadata["rebuild"], types=types, description=item.metadata["doc"])
    app.connect("config-inited", check_config)
