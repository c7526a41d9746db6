"""Every place the archive relies on Sphinx, Furo or MyST internals.

The rest of ``archive/`` uses only documented APIs (events, config values,
directives, domains, builders registered with ``override=True``). What is
here reads or changes something upstream does not promise to keep. Each
entry says what it relies on and which upstream change would let it go;
``tests/test_compat.py`` has a smoke test per entry that fails, naming the
entry, when an upgrade of the pinned versions (requirements.txt) breaks it.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterable, Iterator, Set
from contextlib import contextmanager
from pathlib import Path

import sphinx.search
from myst_parser.config.main import TopmatterReadError, read_topmatter
from sphinx.application import Sphinx
from sphinx.builders import Builder
from sphinx.search import IndexBuilder

__all__ = [
    "FURO_SIDEBAR_PRIORITY",
    "linkcheck_builder_cleaning",
    "only_in_html_builds",
    "sphinx_design_static_dir",
    "MYST_UNRESOLVED_REFTYPE",
    "TopmatterReadError",
    "collection_paused",
    "freeze_what_is_loaded",
    "prune_index_with_a_set",
    "restore_index_entries",
    "read_serially",
    "read_topmatter",
    "restore_parallel_reads",
    "settings_made_once",
    "sphinx_stemmer_js",
    "tidy_search_index",
    "write_serially",
]

# --- Sphinx: the search index's prune ---------------------------------------------
# Relies on: StandaloneHTMLBuilder.prepare_writing() setting ``self.indexer``
# (an IndexBuilder, or None), and the builder calling ``indexer.prune(docnames)``
# with ``env.all_docs``, a dict, which prune() tests each word's documents
# against. Goes when sphinx-doc/sphinx#11120 (prune with a set) is fixed.


def prune_index_with_a_set(indexer: IndexBuilder | None) -> None:
    """Make ``indexer.prune`` take its documents as a frozenset (one hash lookup per test)."""
    if indexer is None:
        return
    prune = indexer.prune
    indexer.prune = lambda docnames: prune(frozenset(docnames))  # type: ignore[method-assign]


# --- Sphinx and MyST: docutils settings for every document --------------------------
# Relies on: sphinx.util.docutils._parse_str_to_doctree() calling the module's
# ``_get_settings(*components, defaults=..., read_config_files=...)`` for each
# document it reads, and MyST's DocutilsRenderer.setup_render() evaluating
# ``options.get("document", make_document())``, its module's make_document(),
# for each document although Sphinx always passes the document. Each builds a
# docutils OptionParser (every option of every component, docutils.conf read
# again): 10% of a full build's CPU at 100 articles. Goes when Sphinx keeps
# the settings per build and MyST evaluates its default lazily.


def settings_made_once() -> None:
    """Make each distinct set of docutils settings once per process and hand each
    document its own copy (what the settings hold is the same; nothing one
    document records, its dependencies, reaches another)."""
    import sphinx.util.docutils as sphinx_docutils  # noqa: PLC0415
    from docutils.frontend import get_default_settings  # noqa: PLC0415
    from myst_parser.mdit_to_docutils import base as myst_base  # noqa: PLC0415

    if getattr(sphinx_docutils._get_settings, "made_once", False):
        return
    get_settings = sphinx_docutils._get_settings
    made: dict[str, object] = {}

    def settings_once(*components: object, defaults: dict, read_config_files: bool = False) -> object:
        # The environment is a value of the defaults: keyed by its identity, the rest by value;
        # Sphinx makes a parser per document: keyed by what the settings read of it.
        key = repr(([_settings_of(c) for c in components], read_config_files, sorted((k, id(v) if k == "env" else v) for k, v in defaults.items())))
        if key not in made:
            made[key] = get_settings(*components, defaults=defaults, read_config_files=read_config_files)
        return _own_copy(made[key])

    def make_document(source_path: str = "notset", parser_cls: type = myst_base.RSTParser) -> object:
        key = repr(("myst", parser_cls))
        if key not in made:
            made[key] = get_default_settings(parser_cls)
        return myst_base.new_document(source_path, settings=_own_copy(made[key]))

    settings_once.made_once = True  # type: ignore[attr-defined]
    sphinx_docutils._get_settings = settings_once
    myst_base.make_document = make_document


def _settings_of(component: object) -> object:
    """What docutils' OptionParser reads of a component (a class, or an instance of one)."""
    if component is None or isinstance(component, type):
        return component
    names = ("settings_spec", "settings_defaults", "settings_default_overrides", "relative_path_settings", "config_section", "config_section_dependencies")
    return (type(component), *(getattr(component, name, None) for name in names))


def _own_copy(settings: object) -> object:
    """A copy of docutils ``settings`` whose lists and dependency record are its own."""
    import copy  # noqa: PLC0415

    from docutils.utils import DependencyList  # noqa: PLC0415

    own = copy.copy(settings)
    for name, value in vars(own).items():
        if isinstance(value, DependencyList):
            if value.file is None:  # recording to no file (the default): a list of its own
                setattr(own, name, DependencyList())
        elif isinstance(value, list | dict | set):
            setattr(own, name, copy.copy(value))
    return own


# --- Sphinx: the search index of an incremental build ---------------------------------
# Relies on: IndexBuilder keeping index entries in ``_index_entries`` (docname ->
# [(entry, target id, "main" or "")]) and words in ``_mapping``/``_title_mapping``
# (word -> set of docnames); and searchindex.js being ``Search.setIndex(<json>)``
# with "docnames" and "indexentries" (entry -> [[document number, id, main]]).
# Sphinx pickles the environment before writing, and IndexBuilder.load() reloads
# words and titles but not index entries, so an incremental build keeps only the
# entries of the pages it rewrote; and prune() leaves words mapped to no page.
# Goes when IndexBuilder.load() restores index entries and prune() drops empty words.


def restore_index_entries(indexer: IndexBuilder, searchindex: Path, keep: Set[str]) -> None:
    """Put back the index entries of the pages in ``keep`` from the last ``searchindex.js``.

    ``indexer`` is Sphinx's ``IndexBuilder`` after ``load()``, which reloads
    words and titles but not index entries. Its entries are keyed by the
    lower-cased entry, which is how the index stores them anyway.
    """
    try:
        text = searchindex.read_text(encoding="utf-8")
        frozen = json.loads(text[text.index("(") + 1 : text.rindex(")")])
        docnames, entries = frozen["docnames"], frozen["indexentries"]
    except (OSError, ValueError, KeyError, TypeError):
        return  # Sphinx has already warned that the index could not be loaded
    restored: dict[str, list[tuple[str, str, str]]] = {}
    for entry, places in entries.items():
        for document, target, main in places:
            docname = docnames[document]
            if docname in keep:
                restored.setdefault(docname, []).append((entry, target, "main" if main else ""))
    # Wholesale: what the environment held was pickled before the last build wrote its pages.
    indexer._index_entries = {docname: sorted(found) for docname, found in restored.items()}


def tidy_search_index(indexer: IndexBuilder, docnames: Iterable[str]) -> None:
    """What a clean build's index would hold, once ``indexer`` is pruned to ``docnames``.

    Pruning leaves a word found only in removed pages mapped to no page (and
    written as such); those are dropped. Index entries are kept for
    ``docnames`` only, in the order of their names.
    """
    for mapping in (indexer._mapping, indexer._title_mapping):
        for word in [word for word, pages in mapping.items() if not pages]:
            del mapping[word]
    current = set(docnames)
    indexer._index_entries = {docname: entries for docname, entries in sorted(indexer._index_entries.items()) if docname in current}


# --- Sphinx: serial reading and writing under -j ------------------------------------
# Relies on: Builder.read() checking ``app.parallel > 1`` after emitting
# env-before-read-docs, and Builder.write_documents() checking
# ``self.parallel_ok``. Neither is a public switch. Goes when Sphinx decides by
# itself not to fork for a small batch (sphinx-doc/sphinx#12796 made -j read
# even one document in a forked process).


def read_serially(app: Sphinx) -> int:
    """Make the coming read serial; returns the ``-j`` value to restore after it."""
    parallel = app.parallel
    app.parallel = 1  # type: ignore[misc]
    return parallel


def restore_parallel_reads(app: Sphinx, parallel: int) -> None:
    """Undo :func:`read_serially` (``parallel`` is the value it returned)."""
    app.parallel = parallel  # type: ignore[misc]


def write_serially(builder: Builder) -> None:
    """Make the coming ``write_documents`` write in the main process."""
    builder.parallel_ok = False


# --- Sphinx: the HTML builder's Jinja2 environment (archive/templatecache.py) ----------
# Relies on: ``builder.templates`` being Sphinx's BuiltinTemplateLoader (the default
# ``template_bridge``), whose ``environment`` is the Jinja2 environment every page is
# rendered with, made in the builder's init(), before builder-inited. Goes when Sphinx
# gives its template environment a bytecode cache (no such option or upstream issue yet).


def cache_compiled_templates(builder: Builder, folder: Path) -> None:
    """Give the builder's Jinja2 environment a bytecode cache in ``folder`` (made when missing);
    nothing when the builder renders no templates or uses another template bridge, or the
    folder cannot be made (the build then compiles as before)."""
    from jinja2 import FileSystemBytecodeCache  # noqa: PLC0415
    from sphinx.jinja2glue import BuiltinTemplateLoader  # noqa: PLC0415

    templates = getattr(builder, "templates", None)
    if not isinstance(templates, BuiltinTemplateLoader):
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    templates.environment.bytecode_cache = FileSystemBytecodeCache(str(folder))


# --- Python's garbage collector around Sphinx's start -------------------------------
# Relies on: nothing of Sphinx but the order of its start (extensions, config,
# environment unpickled, builder created, then builder-inited). The pause is a
# context manager, so every exit path (a failure before builder-inited
# included) turns the collector back on; the builder-inited handler ends it
# early, freezing what is alive. Sphinx has no event for "start-up failed",
# which is why the pause cannot begin in an extension's setup().

_pause: list[bool] = []  # [True] while collection_paused() holds the collector off


@contextmanager
def collection_paused() -> Iterator[None]:
    """Hold the cycle collector off for the block, unless someone else already had it off."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    _pause.append(True)
    try:
        yield
    finally:
        if _pause:
            _pause.clear()
            gc.enable()


def freeze_what_is_loaded(_app: Sphinx | None = None) -> None:
    """``builder-inited``: freeze what is alive (never walked again); end a pause."""
    gc.freeze()
    if _pause:
        _pause.clear()
        gc.enable()


# --- Furo: the sidebar's toctree() ---------------------------------------------------
# Relies on: furo's own html-page-context handler (connected at the default
# priority, 500) calling ``context["toctree"](...)`` to draw the sidebar, so a
# handler at a lower priority can replace the callable first. Goes when Furo
# lets a site give its sidebar's navigation (no such option or upstream issue yet).
FURO_SIDEBAR_PRIORITY = 500


# --- Sphinx: the snowball stemmer's JavaScript ---------------------------------------
# Relies on: Sphinx shipping ``sphinx/search/minified-js/base-stemmer.js`` and
# ``english-stemmer.js`` (the classes BaseStemmer and EnglishStemmer). Goes when
# a SearchLanguage can wrap the built-in stemmer's JavaScript rather than
# replace it (today js_stemmer_code must hold all of it).
_STEMMER_JS = Path(sphinx.search.__file__).parent / "minified-js"


def sphinx_stemmer_js(language: str = "english") -> str:
    """Sphinx's minified snowball stemmer for ``language`` and its base class, as JavaScript.

    Raises FileNotFoundError when the installed Sphinx no longer ships them.
    """
    return "\n".join((_STEMMER_JS / f"{name}-stemmer.js").read_text(encoding="utf-8") for name in ("base", language))


# --- MyST: front matter and unresolved links -----------------------------------------
# read_topmatter / TopmatterReadError (imported above) live in
# myst_parser.config.main and are not in MyST's documented API; archive.safety
# reads an untrusted page's front matter exactly as MyST will. Goes when MyST
# exposes its front-matter reader (or Sphinx passes parsed front matter to
# source-read handlers).
#
# MyST leaves a link whose target it cannot resolve (such as the ingest's
# ``cine:person/ID``) as a pending_xref with reftype "myst", which the entities
# collector turns into a cine reference at doctree-read. Goes when MyST lets an
# extension register a URL scheme (executablebooks/MyST-Parser: myst_url_schemes
# handlers only rewrite to URLs today; no upstream issue yet).
MYST_UNRESOLVED_REFTYPE = "myst"



# --- Furo set up before the configuration is compared (archive/quiet.py) ------------
# Relies on: ``app.events.listeners`` (event name -> EventListener(id, handler,
# priority)) and Furo's handlers living in the module ``furo``. Furo refuses to
# be listed in ``extensions`` and, set up by hand, would act in non-HTML builds
# (make linkcheck), which Sphinx never loads a theme for. Goes when Sphinx loads
# the theme before comparing configurations, or Furo declares its option early.


def only_in_html_builds(app: Sphinx, module: str) -> None:
    """Wrap every event handler of ``module`` so that it runs in HTML builds only."""
    for event, listeners in list(app.events.listeners.items()):
        for listener in list(listeners):
            handler = listener.handler
            if getattr(handler, "__module__", None) == module:
                app.disconnect(listener.id)
                app.connect(event, lambda app, *args, handler=handler: handler(app, *args) if app.builder.format == "html" else None, priority=listener.priority)


# --- sphinx-design's static folder (archive/quiet.py) ---------------------------------
# Relies on: ``sphinx_design.extension.STATIC_DIR``, the folder sphinx-design appends
# to ``html_static_path`` at builder-inited. Goes when sphinx-design adds its files
# with ``app.add_css_file``/a static path that is not saved in the configuration.


def sphinx_design_static_dir() -> str:
    """The folder of sphinx-design's CSS and JS, as it adds it to ``html_static_path``."""
    from sphinx_design.extension import STATIC_DIR  # noqa: PLC0415

    return str(STATIC_DIR)


# --- Sphinx: what a linked server says, cleaned before linkcheck logs it -------------
# Relies on: CheckExternalLinksBuilder.process_result(result) receiving each
# CheckResult (a NamedTuple with ``uri`` and ``message``: the server's reason
# phrase, its redirect target) before it logs them to the terminal and writes
# output.txt and output.json. A server may put escape sequences or line breaks
# there. Goes when Sphinx cleans what linkcheck logs (no upstream issue yet).


def linkcheck_builder_cleaning(clean: Callable[[str], str]) -> type[Builder]:
    """Sphinx's linkcheck builder with ``clean`` applied to each result's URI and message."""
    from sphinx.builders.linkcheck import CheckExternalLinksBuilder, CheckResult  # noqa: PLC0415 (only linkcheck needs it)

    class CleanedLinkCheckBuilder(CheckExternalLinksBuilder):
        def process_result(self, result: CheckResult) -> None:
            super().process_result(result._replace(uri=clean(result.uri), message=clean(result.message)))

    return CleanedLinkCheckBuilder
