"""The only module that knows the order of the stages.

corpus page -> (load) -> reader -> sidecar -> Article -> MyST -> docs/articles/
"""

from __future__ import annotations

import hashlib
import json
import stat
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

from ingest import articlejson, model
from ingest.addresses import MOVED_FILE, Published, moves, read_record, write_record
from ingest.assets import PictureRefused, asset_path, collect_pictures, read_saved_picture, shown_image
from ingest.batch import MIN_PAGES_FOR_POOL, run_pages
from ingest.cache import PageCache
from ingest.dates import page_dateparser_budget
from ingest.errors import NotAnArticle, OutputError, PageError, cannot
from ingest.escape import clean_text
from ingest.gate import GateError, check_article
from ingest.listing import listing_files
from ingest.markup_dump import feed_item_page, markup_kind
from people_films.mentions import Matcher, detected_names, link_mentions, scanned_words
from ingest.myst import render_article
from ingest.plaintext import blocks_to_text
from ingest.paging import page_number
from ingest.paths import article_path, page_language
from ingest.renditions import AMP_MARK_BYTES, is_amp_page, renditions_left_out
from people_films.review import DETECTED_FILE, detected_json, detected_registry, gather
from ingest.sanitise import MAX_TITLE_CHARS, clean_metadata, shortened
from ingest.sidecar import SUFFIX as SIDECAR_SUFFIX
from ingest.sidecar import apply_sidecar, read_sidecar, sidecar_path
from ingest.mojibake import repair_mojibake
from ingest.sniff import BYTE_ORDER_MARKS, binary_kind, guess_encoding, mostly_utf8, unicode_text
from ingest.summary import summary
from ingest.text.reader import read_text
from ingest.text.template import site_publishers, site_templates, template_digest
from ingest.write import HandEdited, OutputFolder

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
MAX_PAGE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class CorpusFiles:
    """What one walk of the corpus folder finds, each list in a stable (sorted) order.

    ``pages``: every page (hidden folders and a saved page's ``X_files/`` folder skipped);
    ``orphan_sidecars``: sidecars (``NAME.meta.toml``) with no page of their name beside them, most
    often a page renamed without its sidecar, whose title, date and authors then silently stop applying.
    """

    pages: list[Path]
    orphan_sidecars: list[Path]


def walk_corpus(corpus: Path) -> CorpusFiles:
    """The corpus folder's pages and its orphaned sidecars, from one walk of the folder: every file
    below it is listed once (a page saved complete brings a folder of pictures and scripts with it)."""
    suffixes = TEXT_SUFFIXES | HTML_SUFFIXES
    found = list(corpus.rglob("*"))
    pages = sorted(
        path
        for path in found
        if path.suffix.lower() in suffixes
        and (path.is_file() or path.is_symlink())
        and not any(part.startswith(".") for part in path.relative_to(corpus).parts[:-1])
        and not _in_saved_files_folder(path, corpus)
    )
    wanted = {sidecar_path(page) for page in pages}
    orphans = sorted(
        path
        for path in found
        if path.name.endswith(SIDECAR_SUFFIX)
        and path not in wanted
        and path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(corpus).parts)
    )
    return CorpusFiles(pages, orphans)


def corpus_pages(corpus: Path) -> list[Path]:
    """Every page in the corpus folder, in a stable order (hidden folders skipped): ``walk_corpus(corpus).pages``."""
    return walk_corpus(corpus).pages


def stray_files(corpus: Path) -> list[Path]:
    """Files at the top of the corpus folder that are neither pages, sidecars nor its README
    (a poster or a PDF dropped beside the pages): the ingest leaves them out and says so."""
    known = TEXT_SUFFIXES | HTML_SUFFIXES | {".toml"}
    try:
        entries = list(corpus.iterdir())
    except OSError:
        return []  # no corpus folder, or none to read: the pages' own errors say so
    return sorted(
        path
        for path in entries
        if path.is_file() and path.suffix.lower() not in known and not path.name.startswith(".") and not path.stem.upper().startswith("README")
    )


def _in_saved_files_folder(path: Path, corpus: Path) -> bool:
    """Whether ``path`` is inside the ``X_files/`` folder a browser saved beside ``X.html``
    (its frames and widgets are saved there as pages of their own)."""
    for folder in path.relative_to(corpus).parents:
        stem = folder.name.removesuffix("_files")
        if stem != folder.name and any((corpus / folder.parent / (stem + suffix)).is_file() for suffix in HTML_SUFFIXES):
            return True
    return False


def read_page(
    path: Path, shown_as: str | None = None, template: dict[str, int] | None = None, listing_read: bool = False, publisher: str = ""
) -> model.Article:
    """One corpus page (and its sidecar) -> Article, or PageError naming it.

    ``template``: for a text dump, the lines of it that its site prints on
    other pages too (:func:`text_templates`). ``publisher``: the one its site's
    other sidecars name (:func:`text_siblings`), over what the page gives; its own sidecar's wins. A list of teasers raises
    :class:`NotAnArticle`, unless ``listing_read`` (``inspect``), which reads it
    anyway and says so among its warnings.
    """
    name = shown_as or str(path)
    if path.is_symlink():  # it could point at any file of the build machine
        raise PageError(f"{name}: a symbolic link, not a page; copy the page into the corpus instead")
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):  # a FIFO given to inspect would block the read forever
            raise PageError(f"{name}: not a regular file (a named pipe or a device), not a page")
        size = status.st_size
        if size > MAX_PAGE_BYTES:
            raise PageError(
                f"{name}: {size:,} bytes, over the limit of {MAX_PAGE_BYTES:,} bytes ({MAX_PAGE_BYTES // 2**20} MiB) for one page;"
                " save the article's page alone (without comments or an endless feed), or trim it"
            )
        data = path.read_bytes()
    except OSError as error:
        raise PageError(cannot("read the page", name, error)) from None
    if not data.strip():
        raise PageError(f"{name}: empty file; save the page again from the browser, or delete it")
    if kind := binary_kind(data):
        raise PageError(f"{name}: {kind}, not a text or HTML page; move it out of the corpus folder (a page's pictures belong in its _files folder)")
    sidecar = read_sidecar(path)
    url = str(sidecar.get("source_url") or "")
    is_html = path.suffix.lower() in HTML_SUFFIXES
    text, encoding_warning = ("", None) if is_html else _decode_text(data, name)
    markup = None if is_html else markup_kind(text)  # a page's source or a feed's item saved as .txt
    with page_dateparser_budget():
        if is_html or markup:
            from ingest.html import read_html  # noqa: PLC0415 (only HTML pages need it)

            article = read_html(feed_item_page(text, name).encode() if markup == "feed" else data, name, url=url or None)
        else:
            article = read_text(text, template, url=url)
    if markup:
        what = "an HTML page's source" if markup == "html" else "a news feed's item"
        article.warnings.insert(0, f"{name}: {what} saved as text (its markup, not what a browser shows); read as such")
    elif not is_html:  # a text dump
        # The reader does not know the file's name; a title or a date the sidecar gives ends its doubts.
        article.warnings = [f"{name}: {w}" for w in article.warnings if not any(key in sidecar and w.startswith(key) for key in ("title", "date"))]
        article.warnings[:0] = [encoding_warning] if encoding_warning else []
        article.metadata.publisher = publisher or article.metadata.publisher
    if article.teasers and sidecar.get("kind") != "article":
        listing = (
            f"{name}: looks like a list of {article.teasers} article teasers, not one article; not published"
            f' (set kind = "article" in {path.stem}{SIDECAR_SUFFIX} to publish it)'
        )
        if not listing_read:
            raise NotAnArticle(listing)
        article.warnings.insert(0, listing)
    apply_sidecar(article, sidecar)
    article.warnings.extend(clean_metadata(article.metadata, name))
    _number_a_later_page(article, titled_by_curator="title" in sidecar)
    if not article.blocks:
        raise PageError(f"{name}: no article text found")
    if not article.metadata.title:
        article.metadata.title = path.stem
        article.warnings.append(f"{name}: no title found; using the file name (set title in {path.stem}{SIDECAR_SUFFIX})")
    return article


def _number_a_later_page(article: model.Article, titled_by_curator: bool) -> None:
    """A later page of an article paged over several addresses (:mod:`ingest.paging`) prints the first
    page's headline: its title says which page it is ("Headline (page 2)"; "Schlagzeile (2)" in any
    language but English), so the two articles' cards and addresses differ, unless the curator titled it."""
    meta = article.metadata
    number = page_number(meta.source_url or "")
    if number == 1 or titled_by_curator or not meta.title:
        return
    # In the article's language only when that is English, the archive's: a number in brackets reads in
    # every language and script ("Das Interview (2)", "인터뷰 (2)"), and no table of words for "page" grows.
    english = meta.language.lower().split("-")[0] == "en"
    suffix = f" (page {number})" if english else f" ({number})"
    if len(meta.title) + len(suffix) > MAX_TITLE_CHARS:  # a shortened title keeps its number
        meta.title = shortened(meta.title, MAX_TITLE_CHARS - len(suffix) - 1)
    meta.title += suffix


def load_readers(pages: list[Path]) -> None:
    """Import the HTML reader when ``pages`` hold an HTML page (:func:`read_page` imports it
    lazily): done before the process pool forks, the workers inherit it instead of each
    importing it again (0.3-0.5 s of CPU per process).

    Enough HTML pages for the pool also load what the reader imports for some pages only:
    htmldate with its date parser (a page no source dates: 12 of the bench's 94) and ftfy
    (text with mojibake's shape: 31 of extraction-wide's 990). Among that many pages each
    worker would likely load them, each paying it (0.2-0.3 s of CPU per process)."""
    html_pages = sum(path.suffix.lower() in HTML_SUFFIXES for path in pages)
    if html_pages:
        import ingest.html  # noqa: F401, PLC0415
    if html_pages >= MIN_PAGES_FOR_POOL:
        import ftfy  # noqa: F401, PLC0415

        from ingest.dates import load_page_date  # noqa: PLC0415

        load_page_date()


def text_templates(pages: list[Path]) -> dict[Path, dict[str, int]]:
    """Each text dump's site template, learned from all the text dumps given (ingest.text.template)."""
    return text_siblings(pages)[0]


def text_siblings(pages: list[Path]) -> tuple[dict[Path, dict[str, int]], dict[Path, str]]:
    """What each text dump takes from the other dumps of its site: ``(templates, publishers)``.

    ``templates``: each dump's site template, learned from all the text dumps given
    (ingest.text.template). ``publishers``: for a dump whose sidecar names no publisher, the one
    the sidecars of its site's other dumps agree on (``template.site_publishers``). A page's site
    is its sidecar's ``source_url`` host, or the site it shares its lines with. Pages that cannot
    be read are left out here; reading them reports why.
    """
    inputs: dict[Path, tuple[str, str]] = {}
    addresses: dict[Path, str] = {}
    publishers: dict[Path, str] = {}
    for path in pages:
        if path.suffix.lower() not in TEXT_SUFFIXES or path.is_symlink() or not path.is_file():
            continue
        try:
            if path.stat().st_size > MAX_PAGE_BYTES:
                continue
            text, _ = _decode_text(path.read_bytes(), str(path))
            sidecar = read_sidecar(path)
        except (OSError, PageError):
            continue
        if markup_kind(text):  # read as HTML (read_page): no lines of a site's template
            continue
        url = str(sidecar.get("source_url") or "")
        inputs[path] = ((urlsplit(url).hostname or "").removeprefix("www."), text)
        addresses[path] = url
        publishers[path] = str(sidecar.get("publisher") or "")
    site_of: dict[Path, str] = {}
    templates = {path: template for path, template in site_templates(inputs, addresses, site_of).items() if template}
    return templates, site_publishers(site_of, publishers)


def siblings_digest(templates: dict[Path, dict[str, int]], publishers: dict[Path, str], page: Path) -> bytes:
    """What a text dump's output depends on besides its own files (:func:`text_siblings`): its
    template lines (``template_digest``) and the publisher its site's sidecars give it."""
    return template_digest(templates.get(page, {})) + publishers.get(page, "").encode()


# charset-normalizer's "mess" measure (0 reads as text, 1 is noise) above
# which its guess for a text dump is refused: half its own default threshold,
# since a wrong guess publishes a page of mojibake where a refusal costs a resave.
MAX_GUESSED_CHAOS = 0.1


def _decoded_or_none(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _decode_text(data: bytes, name: str) -> tuple[str, str | None]:
    """A text dump's bytes -> (text, a warning or None): by its byte-order mark or UTF-16's NUL
    bytes (a Windows editor's "Unicode"), else UTF-8, else the likeliest legacy encoding
    (a Windows editor's "ANSI", EUC-KR, Shift-JIS: :func:`ingest.sniff.guess_encoding`),
    which the warning names; mojibake repaired. PageError when nothing reads it as text."""
    try:
        text = unicode_text(data, errors="strict")
    except UnicodeDecodeError:  # bytes that merely start like a byte-order mark ("\xff\xfe" then odd bytes)
        text = None  # judged as UTF-8, whose error says what to do
    warning = None
    try:
        text = data.decode("utf-8") if text is None else text
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":
            raise PageError(f"{name}: not valid UTF-8: ends in the middle of a character (truncated file?)") from None
        # Bytes that start like a byte-order mark, or mostly read as UTF-8, are
        # broken Unicode: a guess would turn their good part into mojibake.
        guess = None if data.startswith(BYTE_ORDER_MARKS) or mostly_utf8(data) else guess_encoding(data)
        text = _decoded_or_none(data, guess.encoding) if guess and guess.chaos <= MAX_GUESSED_CHAOS else None
        if text is None:
            raise PageError(
                f"{name}: not valid UTF-8 (byte {data[error.start]:#04x} at offset {error.start}), "
                "nor text in another encoding (EUC-KR, Shift-JIS, GB18030, Big5, a Windows code page); save the text dump as UTF-8"
            ) from None
        warning = f"{name}: not UTF-8; read as {guess.encoding}: check the text, or save the dump as UTF-8"
    return clean_text(repair_mojibake(text)), warning  # a few stray control bytes: dropped, the page kept


@dataclass
class Report:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # The output folder could not be written: the run stopped there, the files
    # already written are whole, and the next run finishes the job.
    stopped: bool = False


@dataclass
class PageResult:
    """What one page gives the rest of the run; plain data, so it can be cached and sent between processes."""

    source: str
    relative: str = ""
    text: str = ""
    entry: dict[str, object] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    error: str = ""
    # Saved pictures to copy: path in the articles folder -> the page's "X_files/pic.jpg", or
    # "inlined:<sha256>" (ingest.assets.inlined_reference) for a data: URI in the page.
    # By reference, not bytes: results are cached as JSON and sent between processes.
    pictures: dict[str, str] = field(default_factory=dict)
    # Names the registry lacks, as [kind, words as written, sentence, evidence]: gathered across the archive.
    detected: list[list[str]] = field(default_factory=list)
    skipped: str = ""  # why a page that is no article (NotAnArticle) is left out: a warning, not an error
    # The article's title and text, hashed: two files holding one article (saved twice) publish it once.
    content: str = ""



@dataclass
class PageRead:
    """The ingest's first pass over one page: the article as read, before linking
    (:mod:`ingest.articlejson`), the names the registry lacks and the words
    linking will look at; or the page's error. Plain data, cached like
    :class:`PageResult`, so that the second pass never reads the page again."""

    source: str
    article: str = ""
    words: list[str] = field(default_factory=list)
    detected: list[list[str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # detection's own; the second pass reports the reader's
    error: str = ""
    skipped: str = ""  # as PageResult.skipped
    language: str = ""  # the page's, as ids made from its names are romanised (ingest.paths.page_language)


def read_and_detect(
    path: Path, corpus: Path, matcher: Matcher, templates: dict[Path, dict[str, int]] | None = None, publishers: dict[Path, str] | None = None
) -> PageRead:
    """The ingest's first pass: read the page, find the names ``matcher`` lacks (as ``detected``); nothing rendered."""
    source = path.relative_to(corpus).as_posix()
    try:
        article = read_page(path, shown_as=str(path), template=(templates or {}).get(path), publisher=(publishers or {}).get(path, ""))
        text = articlejson.dumps(article)
    except NotAnArticle as why:
        return PageRead(source, skipped=str(why))
    except Exception as error:  # noqa: BLE001 (one page's bug must not stop the others)
        return PageRead(source, error=page_error(path, error))
    read_warnings = len(article.warnings)
    try:
        _blocks, occurrences = link_mentions(article, matcher, shown_as=str(path))
    except Exception:  # noqa: BLE001 (detection is a bonus: the page is still linked and published without it)
        return PageRead(source, text, scanned_words(article))
    detected = [list(name) for name in detected_names(occurrences)]
    return PageRead(source, text, scanned_words(article), detected, article.warnings[read_warnings:], language=article_language(article))


def article_language(article: model.Article) -> str:
    """The language ids made from ``article``'s names are romanised by (:func:`ingest.paths.page_language`:
    the one its metadata states, Japanese when its title or text holds kana)."""
    return page_language(article.metadata.language, article.metadata.title + "\n" + blocks_to_text(article.blocks))


def link_page(path: Path, read: PageRead, corpus: Path, matcher: Matcher) -> PageResult:
    """The ingest's second pass: the first pass's article with ``matcher``'s names linked, rendered and checked."""
    if read.error or read.skipped:
        return PageResult(read.source, error=read.error, skipped=read.skipped)
    try:
        article = articlejson.loads(read.article)
    except (ValueError, RecursionError) as error:
        return PageResult(read.source, error=page_error(path, error))
    return _publish(article, path, corpus, matcher, detect_new=False, found_here=_people_found(read), page=read.source)


def _people_found(read: PageRead) -> list[str]:
    """The people the first pass detected in a page, as written (see ``link_mentions``'s ``found_here``)."""
    return [name[1] for name in read.detected or () if name[0] == "person"]


def process_page(
    path: Path,
    corpus: Path,
    matcher: Matcher | None = None,
    templates: dict[Path, dict[str, int]] | None = None,
    detect_new: bool = True,
    publishers: dict[Path, str] | None = None,
) -> PageResult:
    """All the work for one corpus page in one pass, up to the gate-checked article text; no writing.

    ``ingest_corpus`` uses it without a matcher; with one it runs
    :func:`read_and_detect` and :func:`link_page` instead, so that names
    found in one page link in all. Whatever goes wrong with one page becomes
    its ``error``; the others go on.
    """
    try:
        article = read_page(path, shown_as=str(path), template=(templates or {}).get(path), publisher=(publishers or {}).get(path, ""))
    except NotAnArticle as why:
        return PageResult(path.relative_to(corpus).as_posix(), skipped=str(why))
    except Exception as error:  # noqa: BLE001 (one page's bug must not stop the others)
        return PageResult(path.relative_to(corpus).as_posix(), error=page_error(path, error))
    return _publish(article, path, corpus, matcher, detect_new)


def _publish(
    article: model.Article, path: Path, corpus: Path, matcher: Matcher | None, detect_new: bool, found_here: list[str] | None = None, page: str = ""
) -> PageResult:
    """Link, copy pictures, render and gate-check one article read from ``path``."""
    source = path.relative_to(corpus).as_posix()
    try:
        occurrences = []
        if matcher:
            article.blocks, occurrences = link_mentions(article, matcher, shown_as=str(path), detect_new=detect_new, found_here=found_here, page=page)
        pictures = collect_pictures(article.blocks, path, shown_as=str(path))
        article.blocks = pictures.blocks
        article.warnings.extend(pictures.warnings)
        relative = str(article_path(article.metadata.title, source, article.metadata.language))
        shown = summary(article)  # the front matter's and the catalog's
        text = render_article(article, {"source_file": source, "summary": shown})
        check_article(text)
    except Exception as error:  # noqa: BLE001 (one page's bug must not stop the others)
        return PageResult(source, error=page_error(path, error))
    entry = _catalog_entry(article, relative, source, shown)
    detected = [list(name) for name in detected_names(occurrences)]
    content = hashlib.sha256("\0".join((article.metadata.title, blocks_to_text(article.blocks))).encode()).hexdigest()
    return PageResult(source, relative, text, entry, article.warnings, pictures=pictures.origins, detected=detected, content=content)


def page_error(path: Path, error: Exception) -> str:
    """The one line a page's failure is reported with."""
    if isinstance(error, PageError):
        return str(error)
    if isinstance(error, GateError):
        return f"{path}: generated article rejected, not written ({error})"
    if isinstance(error, RecursionError):
        return f"{path}: nested too deeply to read"
    return f"{path}: internal error, page skipped ({type(error).__name__}: {error})"


def _picture_bytes(page: Path, image: str, asset: str) -> bytes:
    """The picture's bytes again, checked to be the ones the article was written with."""
    try:
        data, extension = read_saved_picture(page, image)
    except PictureRefused as reason:
        raise PageError(f"{page}: picture {shown_image(image)} not copied ({reason})") from None
    if asset_path(data, extension) != asset:
        raise PageError(f"{page}: picture {shown_image(image)} changed during the run; run the ingest again")
    return data


def ingest_corpus(
    corpus: Path,
    out: Path,
    matcher: Matcher | None = None,
    cache: PageCache | None = None,
    jobs: int | None = None,
    rejected: set | frozenset = frozenset(),
    record: Path | None = None,
) -> Report:
    """Turn every corpus page into an article file; one bad page never stops the rest.

    With a ``matcher`` (the registry of people and films), mentions are linked,
    in two passes: the first (:func:`read_and_detect`: read, detect, nothing
    rendered) reads every page once and finds the names the registry lacks,
    the second (:func:`link_page`) links them, as detected entities, with the
    registered ones, in the articles the first pass read (so a name found with
    a cue in one article links in all of them); names in ``rejected`` are left
    out. The detected entities are written to ``out/_detected.json`` for the
    Sphinx extension. With a ``cache``, pages whose inputs are unchanged since
    the last run are not read again, and an article is not linked again
    unless the registry entries its words can link changed
    (:meth:`Matcher.link_inputs`); the others run on ``jobs`` processes
    (default: all cores).
    With a ``record`` (:mod:`ingest.addresses`), the addresses articles moved
    from are kept there and redirect to the new ones.
    A file that cannot be written (read-only folder, full disk) stops the run
    with one error line and ``report.stopped``; nothing is half-written.
    """
    report = Report()
    try:
        _write_corpus(corpus, out, matcher, cache, jobs, rejected, record, report)
    except OutputError as error:
        report.errors.append(str(error))
        report.stopped = True
    return report


def _write_corpus(
    corpus: Path,
    out: Path,
    matcher: Matcher | None,
    cache: PageCache | None,
    jobs: int | None,
    rejected: set | frozenset,
    record: Path | None,
    report: Report,
) -> None:
    folder = OutputFolder(out)
    catalog: list[dict[str, object]] = []
    walked = walk_corpus(corpus)
    pages = walked.pages
    report.warnings.extend(f"{path}: not a page ({path.suffix or 'no suffix'}); left out of the site (pages are .txt, .html and .htm)" for path in stray_files(corpus))
    report.warnings.extend(
        f"{path}: a sidecar with no page of its name ({path.name.removesuffix(SIDECAR_SUFFIX)}.txt, .html or .htm); ignored"
        " (a renamed page? rename its sidecar with it)"
        for path in walked.orphan_sidecars
    )
    # A text dump's output depends on its site's other pages: their shared lines are its chrome,
    # their sidecars' publisher its own when its sidecar names none. Each page's cache key holds
    # the template lines and the publisher it gets, so a new, changed or deleted sibling
    # invalidates exactly the pages whose template lines or publisher it changes.
    templates, publishers = text_siblings(pages)
    depends = partial(siblings_digest, templates, publishers)
    load = lambda d: PageResult(**d)  # noqa: E731
    if matcher is None:
        work = partial(process_page, corpus=corpus, matcher=None, templates=templates, publishers=publishers)
        results = run_pages(work, pages, corpus, cache=cache, load=load, jobs=jobs, depends=depends, prepare=load_readers)
        review = None
    else:
        read = partial(read_and_detect, corpus=corpus, matcher=matcher, templates=templates, publishers=publishers)
        found = run_pages(read, pages, corpus, cache=cache.stage("detect") if cache else None, load=lambda d: PageRead(**d), jobs=jobs, depends=depends,
                           prepare=load_readers)
        report.warnings.extend(warning for result in found for warning in result.warnings)
        review = detected_registry(matcher.registry, gather((r.source, r.detected, r.language) for r in found), rejected)
        linker = Matcher(review.registry)
        # A page is linked again only when what linking reads of the registry for its words
        # changed: a name learned from one page does not re-link every page.
        # (And the names the page's first pass found: a given name alone links only where it was found; and the
        # people of that page alone, a one-word byline's author, whose id depends on the other pages signed so.)
        links = {
            page: (linker.link_inputs(result.words) + repr(_people_found(result)) + repr(sorted(linker.registry.page_people.get(result.source, {}).items()))).encode()
            for page, result in zip(pages, found, strict=True)
        }
        work = partial(link_page, corpus=corpus, matcher=linker)
        linked = lambda page: depends(page) + b"\0" + links[page]  # noqa: E731
        results = run_pages(work, pages, corpus, cache=cache, load=load, jobs=jobs, depends=linked, given=found)
    published = _copy_to_publish(results, corpus)
    addresses = {result.source: str(result.entry.get("source_url") or "") for result in results if result.entry and not result.skipped and not result.error}
    renditions = renditions_left_out(addresses, partial(_preference, corpus), _amp_pages(corpus, addresses))
    # An article's file name ends with 8 hex digits of its page's path (ingest.paths.slug): two
    # pages whose titles give the same words and whose paths' hashes agree in them (2**32 tries
    # to find, for whoever names a page) would be written to one file, the later silently winning.
    claimed: dict[str, str] = {}
    for result in results:
        if result.skipped:
            report.warnings.append(result.skipped)
            continue
        if result.content and (kept := published[result.content]) != result.source:
            report.warnings.append(f"{corpus / result.source}: the same article as {corpus / kept}, which is published; this copy can be deleted")
            continue
        if kept := renditions.get(result.source):
            report.warnings.append(
                f"{corpus / result.source}: an AMP or mobile copy of {corpus / kept} (the same story's address), which is published; this copy is left out"
            )
            continue
        try:
            if result.error:
                raise PageError(result.error)
            if (owner := claimed.setdefault(result.relative, result.source)) != result.source:
                raise PageError(
                    f"{corpus / result.source}: its article would be written to {result.relative}, as {corpus / owner}'s is"
                    " (the hashes of their names agree); rename one of the two pages"
                )
            for asset, image in result.pictures.items():  # the article passed the gate
                folder.write(asset, _picture_bytes(corpus / result.source, image, asset))
            changed = folder.write(result.relative, result.text, made_from=str(corpus / result.source))
        except HandEdited as error:  # the curator's version stays, and stays listed
            report.errors.append(str(error))
            if error.relative == result.relative:
                catalog.append(result.entry)
            continue
        except PageError as error:
            report.errors.append(str(error))
            continue
        report.warnings.extend(result.warnings)
        (report.written if changed else report.unchanged).append(result.relative)
        catalog.append(result.entry)
    catalog.sort(key=lambda entry: (str(entry["date"]), str(entry["title"])), reverse=True)
    files = listing_files(catalog)
    if review is not None:
        files[DETECTED_FILE] = detected_json(review)
    if record is not None:
        files[MOVED_FILE] = _record_moves(record, catalog, pages, corpus, report, renditions)
    for relative, text in files.items():
        try:
            folder.write(relative, text)
        except PageError as error:
            report.errors.append(str(error))
    report.errors.extend(folder.finish())  # only after every file was written: it deletes what no page made


def _amp_pages(corpus: Path, addresses: dict[str, str]) -> frozenset[str]:
    """Those of the HTML pages among ``addresses`` (sources) that bear the AMP page's mark (:func:`ingest.renditions.is_amp_page`),
    read from their first bytes; a page that cannot be read now is none."""
    marked = set()
    for source in addresses:
        if Path(source).suffix.lower() in HTML_SUFFIXES:
            try:
                with (corpus / source).open("rb") as page:
                    head = page.read(AMP_MARK_BYTES)
            except OSError:
                continue
            if is_amp_page(head):
                marked.add(source)
    return frozenset(marked)


def _record_moves(
    record: Path, catalog: list[dict[str, object]], pages: list[Path], corpus: Path, report: Report, copies: dict[str, str] | None = None
) -> str:
    """Update the record of published addresses with the articles of ``catalog``; the moved addresses as JSON for the Sphinx side.

    ``copies``: pages left out for another page of the same story (:func:`ingest.renditions.renditions_left_out`), whose
    addresses move to that page's. A record that cannot be read or written costs only the redirects (a warning): the
    articles are all there."""
    before, problems = read_record(record)
    report.warnings.extend(problems)
    if problems:  # rewritten, a record partly read would forget what it could not read: left as it is
        return _moved_json(before.moved)
    published = [Published(str(entry["source_file"]), str(entry["docname"]), str(entry["source_url"])) for entry in catalog]
    copies = copies or {}
    after = moves(before, published, {page.relative_to(corpus).as_posix() for page in pages}, copies)
    for move in after.new:
        if move.source == move.successor:
            what = f"{corpus / move.source}: its title changed"
        elif move.source in copies:
            what = f"{corpus / move.source} is an AMP or mobile copy of {corpus / move.successor}, which is published in its place"
        elif move.renamed:
            what = f"{corpus / move.source} is now {corpus / move.successor}"
        else:
            what = f"{corpus / move.source} is gone; the later version of its story, {corpus / move.successor}, takes over its address"
        report.warnings.append(f"{what}: {move.old}.html now redirects to {move.new}.html (recorded in {record}: commit it with the corpus)")
    for gone in after.withdrawn:
        report.warnings.append(
            f"{corpus / gone.source} is gone: {gone.docname}.html is withdrawn and no longer served"
            f" (its address is kept under [withdrawn] in {record}: commit it with the corpus; put the page back to publish it again)"
        )
    try:
        write_record(record, after.record)
    except PageError as error:
        report.warnings.append(f"{error}; the moves of this run are not recorded")
    return _moved_json(after.record.moved)


def _moved_json(moved: dict[str, str]) -> str:
    return json.dumps(moved, indent=1, sort_keys=True) + "\n"


def _copy_to_publish(results: list[PageResult], corpus: Path) -> dict[str, str]:
    """For each article saved in several files, the file to publish: content digest -> source.

    The copy with a sidecar (its metadata is the curator's), then the shortest
    name ("review.html" over "review (1).html", the name a browser gives a
    second download), then the first by name."""
    chosen: dict[str, str] = {}
    for result in results:
        if result.content and not result.skipped:
            current = chosen.get(result.content)
            if current is None or _preference(corpus, result.source) < _preference(corpus, current):
                chosen[result.content] = result.source
    return chosen


def _preference(corpus: Path, source: str) -> tuple[bool, int, str]:
    """Which of several files of one article to publish, least first (:func:`_copy_to_publish`)."""
    return not sidecar_path(corpus / source).is_file(), len(source), source


def _catalog_entry(article: model.Article, relative: str, source: str, shown: str) -> dict[str, object]:
    meta = article.metadata
    return {
        "docname": "articles/" + relative.removesuffix(".md"),
        "title": meta.title,
        "publisher": meta.publisher,
        "date": meta.date,
        "date_text": meta.date_text,
        "authors": meta.authors,
        "summary": shown,
        "source_file": source,
        "source_url": meta.source_url or "",
    }
