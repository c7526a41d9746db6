"""Unregistered names -> registry entries a curator can accept.

The output is TOML in the registry's own shape, one entry per name, each
preceded by comments giving the pages and sentences it was found in. A
curator moves the entries they accept into registry/people.toml or
registry/films.toml (fixing roles, years and directors by hand).
"""

from __future__ import annotations

import json

from ingest.names import name_tokens, strip_titles


def _toml_string(text: str) -> str:
    # A JSON string (ensure_ascii) is a valid TOML basic string.
    return json.dumps(text, ensure_ascii=True)


def _comment(text: str) -> str:
    return " ".join(text.split())


def proposals_toml(found: dict[tuple[str, str], dict[str, object]]) -> str:
    """``found`` maps (kind, name) -> {"spellings": [...], "where": [(page, sentence)]}."""
    lines = [
        "# Proposed by `python -m ingest propose`: names the registry does not know.",
        "# Move the entries you accept into registry/people.toml or registry/films.toml.",
    ]
    for (kind, name), info in sorted(found.items(), key=lambda item: (item[0][0], item[0][1].lower())):
        lines.append("")
        for page, sentence in list(info["where"])[:3]:
            lines.append(f"# {_comment(page)}: {_comment(sentence)}")
        table = "person" if kind == "person" else "film"
        lines.append(f"[[{table}]]")
        clean = " ".join(strip_titles(name_tokens(name))) if kind == "person" else name
        lines.append(f"{'name' if kind == 'person' else 'title'} = {_toml_string(clean)}")
        others = [s for s in info["spellings"] if s != clean]
        if others:
            key = "spellings" if kind == "person" else "titles"
            lines.append(f"{key} = [{', '.join(_toml_string(s) for s in others)}]")
    return "\n".join(lines) + "\n"
