"""General index: a "see" entry links to the entry it names.

Sphinx writes ``see: Kim Taeyong; Kim Tae-yong`` as the text "see Kim
Tae-yong" with no link (``IndexEntries.create_index`` gives it none), so a
reader who looks up another spelling has to find the name again by hand.
At ``html-page-context`` for the index page, each such entry gets the
first link of the entry it names, when the index has that entry.

A name holding a semicolon ("Salt; or, the Harbour") is an index entry of
its own: Sphinx reads ";" as the break between an entry and its sub-entry
and offers no escape (sphinx-doc/sphinx#8904), so the film was filed as
"Salt" with a sub-entry "or, the Harbour", and a "see" entry whose spelling
held one pointed at the wrong name. Entries are made with
:func:`index_term`, and the index page shows each name as written.
"""

from __future__ import annotations

from typing import Any

from sphinx.locale import _

# GREEK QUESTION MARK, drawn as a semicolon and canonically one (NFC makes it ";"), but no separator
# to Sphinx's index: it stands in for the names' own semicolons from the entry to the index page.
_SEMICOLON_STAND_IN = "\u037e"


def index_term(name: str) -> str:
    """``name`` as one index entry or sub-entry part: its semicolons kept from Sphinx's entry syntax."""
    return name.replace(";", _SEMICOLON_STAND_IN)


def _as_written(name: str) -> str:
    return name.replace(_SEMICOLON_STAND_IN, ";")


def _names_as_written(entries: list) -> list:
    """The index's entries with each name and sub-entry as written (:func:`index_term` undone)."""
    return [
        (key, [(_as_written(name), (links, [(_as_written(sub), sublinks) for sub, sublinks in subitems], category)) for name, (links, subitems, category) in group])
        for key, group in entries
    ]


def link_see_entries(app, pagename: str, templatename: str, context: dict[str, Any], doctree: object) -> None:
    """``html-page-context`` of the genindex page: each name as written, and each "see X" sub-entry given X's first link."""
    entries = context.get("genindexentries") if pagename == "genindex" else None
    if not entries:
        return
    entries = context["genindexentries"] = _names_as_written(entries)
    prefix = _("see %s") % ""
    first_link = {name: links[0][1] for _key, group in entries for name, (links, _subitems, _category) in group if links}
    for _key, group in entries:
        for _name, (_links, subitems, _category) in group:
            for number, (subname, sublinks) in enumerate(subitems):
                named = subname[len(prefix) :] if subname.startswith(prefix) else None
                if not sublinks and named in first_link:
                    subitems[number] = (subname, [(False, first_link[named])])


def setup_genindex(app) -> None:
    """Link the general index's "see" entries when its page is written."""
    app.connect("html-page-context", link_see_entries)
