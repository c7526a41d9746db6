"""The general index's names as written: a semicolon in a name is no sub-entry (sphinx-doc/sphinx#8904)."""

from __future__ import annotations

from sphinx.environment.adapters.indexentries import _split_into

from archive.genindex import index_term, link_see_entries


def test_a_name_with_a_semicolon_is_one_index_entry():
    assert len(_split_into(1, "single", index_term("Salt; or, the Harbour"))) == 1
    see = _split_into(2, "see", f"{index_term('Night; Day')}; {index_term('Salt; or, the Harbour')}")
    assert [part for part in see if ";" in part] == []  # two parts, each a whole name


def test_the_index_page_shows_each_name_and_see_entry_as_written():
    salt, night = index_term("Salt; or, the Harbour"), index_term("Night; Day")
    context = {
        "genindexentries": [
            ("N", [(night, ([], [(f"see {salt}", [])], None))]),
            ("S", [(salt, ([("main", "films/salt.html#film-salt")], [], None))]),
        ]
    }
    link_see_entries(None, "genindex", "genindex.html", context, None)
    assert context["genindexentries"] == [
        ("N", [("Night; Day", ([], [("see Salt; or, the Harbour", [(False, "films/salt.html#film-salt")])], None))]),
        ("S", [("Salt; or, the Harbour", ([("main", "films/salt.html#film-salt")], [], None))]),
    ]
