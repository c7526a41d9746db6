"""General index: a "see" entry links to the entry it names.

Sphinx writes ``see: Kim Taeyong; Kim Tae-yong`` as the text "see Kim
Tae-yong" with no link (``IndexEntries.create_index`` gives it none), so a
reader who looks up another spelling has to find the name again by hand.
At ``html-page-context`` for the index page, each such entry gets the
first link of the entry it names, when the index has that entry.
"""

from __future__ import annotations

from typing import Any

from sphinx.locale import _


def link_see_entries(app, pagename: str, templatename: str, context: dict[str, Any], doctree: object) -> None:
    """``html-page-context`` of the genindex page: give each "see X" sub-entry X's first link."""
    entries = context.get("genindexentries") if pagename == "genindex" else None
    if not entries:
        return
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
