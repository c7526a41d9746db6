"""Metadata -> the YAML front matter of a generated file.

Only the keys in :data:`ALLOWED_KEYS` are ever written, and always by a real
YAML serialiser: a value can hold any text without adding a key, and no page
can reach MyST's own ``myst:`` settings (which could re-enable raw HTML or
Jinja substitutions, see SECURITY-NOTES.md row 13).
"""

from __future__ import annotations

from dataclasses import asdict

import yaml

from ingest import model

# Metadata fields, then what the pipeline adds about the source file.
ALLOWED_KEYS = (
    "title",
    "deck",
    "authors",
    "publisher",
    "date",
    "date_text",
    "source_url",
    "language",
    "description",
    "rights",
    "image_credits",
    "source_file",
    "summary",
    # "kind/id place words" (ingest.myst.mention_datum): people and films the
    # title and deck name, as data for the archive extension (the byline links in the page).
    "mentions",
)


# libyaml's safe dumper when PyYAML was built with it (its wheels are): the
# same output as the pure-Python one, several times faster.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def front_matter(meta: model.Metadata, extra: dict[str, object]) -> str:
    values: dict[str, object] = {**asdict(meta), **extra}
    unknown = set(values) - set(ALLOWED_KEYS)
    if unknown:
        raise ValueError(f"front matter keys outside the allow-list: {sorted(unknown)}")
    kept = {key: values[key] for key in ALLOWED_KEYS if values.get(key) not in (None, "", [])}
    dumped = yaml.dump(
        kept, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=2**31 - 1, default_flow_style=False
    )
    return f"---\n{dumped}---"
