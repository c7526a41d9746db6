"""archive.compat: one smoke test per Sphinx, Furo or MyST internal the archive relies on.

Each fails, naming the entry of archive/compat.py, when an upgrade of the
pinned versions changes what that entry relies on.
"""

from __future__ import annotations

import gc
import json
import inspect
from pathlib import Path

import furo
import pytest
from docutils import nodes
from sphinx import addnodes
from sphinx.builders import Builder
from sphinx.search import IndexBuilder
from sphinx.testing.util import SphinxTestApp

from archive import compat
from archive.__main__ import main as archive_sphinx_build

pytestmark = [pytest.mark.site, pytest.mark.sphinx("html", testroot="compat")]


@pytest.fixture
def built(app: SphinxTestApp) -> SphinxTestApp:
    """tests/roots/test-compat built with Furo and archive.incremental."""
    app.build()
    return app


def test_prune_index_with_a_set_wraps_the_indexer_sphinx_builds(built) -> None:
    # prepare_writing() still sets builder.indexer, and prune() still takes the documents to keep.
    assert isinstance(built.builder.indexer, IndexBuilder), "compat.prune_index_with_a_set: builder.indexer moved"
    assert list(inspect.signature(IndexBuilder.prune).parameters) == ["self", "docnames"]
    assert built.builder.indexer.prune.__name__ == "<lambda>", "compat.prune_index_with_a_set did not take effect"


def test_read_serially_relies_on_builder_read_checking_app_parallel() -> None:
    source = inspect.getsource(Builder.read)
    assert "self._app.parallel > 1" in source, "compat.read_serially: Builder.read() no longer checks app.parallel"
    assert source.index("env-before-read-docs") < source.index("self._app.parallel > 1"), "compat.read_serially: checked before the event"


def test_write_serially_relies_on_write_documents_checking_parallel_ok() -> None:
    assert "if self.parallel_ok:" in inspect.getsource(Builder.write_documents), "compat.write_serially: parallel_ok no longer read"


def test_linkcheck_logs_and_writes_what_process_result_receives() -> None:
    from sphinx.builders.linkcheck import CheckExternalLinksBuilder, CheckResult  # noqa: PLC0415

    source = inspect.getsource(CheckExternalLinksBuilder.process_result)
    assert "result.message" in source and "res_uri = result.uri" in source, "compat.linkcheck_builder_cleaning: process_result changed"
    assert {"uri", "message"} <= set(CheckResult._fields), "compat.linkcheck_builder_cleaning: CheckResult changed"


def test_furo_draws_its_sidebar_from_toctree_at_the_default_priority(built) -> None:
    listeners = built.events.listeners["html-page-context"]
    furo_priorities = {listener.priority for listener in listeners if listener.handler.__module__ == "furo"}
    assert furo_priorities == {compat.FURO_SIDEBAR_PRIORITY}, "compat.FURO_SIDEBAR_PRIORITY: Furo's handler moved"
    assert 'context["toctree"]' in inspect.getsource(furo._compute_navigation_tree), "Furo no longer calls toctree()"


def test_sphinx_still_ships_the_english_stemmer_js() -> None:
    code = compat.sphinx_stemmer_js("english")
    assert "BaseStemmer" in code, "compat.sphinx_stemmer_js: base stemmer missing"
    assert "EnglishStemmer" in code, "compat.sphinx_stemmer_js: English stemmer missing"


def test_myst_read_topmatter_reads_and_rejects_as_myst_does() -> None:
    assert compat.read_topmatter("---\ntitle: T\n---\n\n# T\n") == {"title": "T"}
    with pytest.raises(compat.TopmatterReadError):
        compat.read_topmatter("---\ntitle: [unclosed\n---\n")


def test_myst_leaves_an_unknown_scheme_link_as_a_myst_reference(built) -> None:
    doctree = built.env.get_doctree("index")
    refs = [ref for ref in doctree.findall(addnodes.pending_xref) if ref.get("reftarget") == "cine:person/kim-tae-yong"]
    assert [ref["reftype"] for ref in refs] == [compat.MYST_UNRESOLVED_REFTYPE], "MyST changed how it leaves unknown links"
    assert refs[0].astext() == "Kim" and isinstance(refs[0].children[0], nodes.Node)


def test_the_collector_is_paused_for_the_block_and_restored_after_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), compat.collection_paused():
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()


def test_the_collector_is_on_after_a_build_that_fails_before_builder_inited(tmp_path: Path) -> None:
    (tmp_path / "conf.py").write_text('extensions = ["archive.incremental"]\nhtml_theme = "no-such-theme"\n', encoding="utf-8")
    (tmp_path / "index.rst").write_text("Home\n====\n", encoding="utf-8")
    status = archive_sphinx_build(["-q", "-b", "html", str(tmp_path), str(tmp_path / "_build")])
    assert status != 0 and gc.isenabled()


def test_the_collector_is_on_after_a_build_that_succeeds(tmp_path: Path) -> None:
    (tmp_path / "conf.py").write_text('extensions = ["archive.incremental"]\n', encoding="utf-8")
    (tmp_path / "index.rst").write_text("Home\n====\n", encoding="utf-8")
    assert archive_sphinx_build(["-q", "-b", "html", str(tmp_path), str(tmp_path / "_build")]) == 0
    assert gc.isenabled()


def test_index_builder_keeps_what_restore_and_tidy_search_index_change(built) -> None:
    indexer = built.builder.indexer
    for name in ("_index_entries", "_mapping", "_title_mapping"):
        assert isinstance(getattr(indexer, name, None), dict), f"compat.restore_index_entries/tidy_search_index: IndexBuilder.{name} moved"
    text = (Path(built.outdir) / "searchindex.js").read_text(encoding="utf-8")
    assert text.startswith("Search.setIndex("), "compat.restore_index_entries: searchindex.js is no longer Search.setIndex(<json>)"
    frozen = json.loads(text[text.index("(") + 1 : text.rindex(")")])
    assert {"docnames", "indexentries"} <= frozen.keys(), "compat.restore_index_entries: the index's keys changed"


def test_sphinx_design_static_dir_is_the_folder_it_adds() -> None:
    folder = Path(compat.sphinx_design_static_dir())
    assert (folder / "sphinx-design.min.css").is_file(), "compat: sphinx_design_static_dir"


def test_furo_handlers_can_be_kept_to_html_builds(make_app, tmp_path: Path) -> None:
    """compat.only_in_html_builds: Furo set up by hand no longer acts in a linkcheck-like build."""
    (tmp_path / "conf.py").write_text("html_theme = 'furo'\n", encoding="utf-8")
    (tmp_path / "index.rst").write_text("Title\n=====\n", encoding="utf-8")
    app = make_app("text", srcdir=tmp_path)
    app.setup_extension("furo")
    def furo_handlers() -> int:
        return sum(getattr(listener.handler, "__module__", None) == "furo" for group in app.events.listeners.values() for listener in group)

    assert furo_handlers(), "compat: only_in_html_builds (Furo's handlers are in the module furo)"
    compat.only_in_html_builds(app, "furo")
    assert not furo_handlers()
    app.build()  # Furo's own builder-inited check would raise in a non-HTML build


def test_settings_made_once_relies_on_sphinx_and_myst_asking_for_settings_per_document() -> None:
    import sphinx.util.docutils as sphinx_docutils  # noqa: PLC0415
    from myst_parser.mdit_to_docutils import base as myst_base  # noqa: PLC0415

    assert "_get_settings(" in inspect.getsource(sphinx_docutils._parse_str_to_doctree), "compat.settings_made_once: Sphinx no longer calls _get_settings per document"
    assert 'options.get("document", make_document())' in inspect.getsource(myst_base.DocutilsRenderer.setup_render), "compat.settings_made_once: MyST's setup_render changed"


def test_settings_made_once_gives_each_document_settings_of_its_own(built) -> None:
    import sphinx.util.docutils as sphinx_docutils  # noqa: PLC0415
    from docutils.readers import standalone  # noqa: PLC0415
    from myst_parser.parsers.sphinx_ import MystParser  # noqa: PLC0415

    assert getattr(sphinx_docutils._get_settings, "made_once", False), "compat.settings_made_once did not take effect"
    made = [sphinx_docutils._get_settings(standalone.Reader, MystParser, defaults={"traceback": True}, read_config_files=True) for _ in range(2)]
    assert made[0] is not made[1] and vars(made[0]).keys() == vars(made[1]).keys()
    made[0].record_dependencies.add("one.md")  # what one document records never reaches another
    assert made[1].record_dependencies.list == []
    assert {k: v for k, v in vars(made[0]).items() if k != "record_dependencies"} == {k: v for k, v in vars(made[1]).items() if k != "record_dependencies"}


def test_cache_compiled_templates_relies_on_the_builder_rendering_with_builtin_template_loader(built) -> None:
    from jinja2 import FileSystemBytecodeCache  # noqa: PLC0415

    from archive.templatecache import cache_folder  # noqa: PLC0415

    cache = built.builder.templates.environment.bytecode_cache
    assert isinstance(cache, FileSystemBytecodeCache), "compat.cache_compiled_templates: the builder's templates are no BuiltinTemplateLoader"
    assert Path(cache.directory) == cache_folder(built.doctreedir)
    assert list(Path(cache.directory).glob("__jinja2_*.cache")), "compat.cache_compiled_templates: Jinja2 wrote no compiled template"


def test_pages_rendered_from_cached_templates_are_those_rendered_from_source(built, tmp_path: Path) -> None:
    html = Path(built.outdir) / "index.html"
    first = html.read_bytes()
    html.unlink()
    again = SphinxTestApp("html", srcdir=built.srcdir, builddir=Path(built.outdir).parent)  # the same doctrees: the cache is used
    try:
        again.build(force_all=True)
        assert again.builder.templates.environment.bytecode_cache is not None
    finally:
        again.cleanup()
    assert html.read_bytes() == first
