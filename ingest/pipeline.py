"""The only module that knows the order of the stages.

corpus page -> (load) -> reader -> sidecar -> Article -> MyST -> docs/articles/
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ingest import model
from ingest.assets import collect_pictures
from ingest.errors import PageError
from ingest.gate import GateError, check_article
from ingest.mentions import Matcher, link_mentions
from ingest.myst import render_article
from ingest.paths import article_path
from ingest.plaintext import inline_text
from ingest.sanitise import clean_metadata, one_line
from ingest.sidecar import SUFFIX as SIDECAR_SUFFIX
from ingest.sidecar import apply_sidecar, read_sidecar
from ingest.sniff import binary_kind
from ingest.text.reader import read_text
from ingest.write import OutputFolder

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
MAX_PAGE_BYTES = 20 * 1024 * 1024
CATALOG = "catalog.json"
LISTING = "index.md"


def corpus_pages(corpus: Path) -> list[Path]:
    """Every page in the corpus folder, in a stable order (hidden folders skipped)."""
    suffixes = TEXT_SUFFIXES | HTML_SUFFIXES
    return sorted(
        path
        for path in corpus.rglob("*")
        if path.suffix.lower() in suffixes
        and (path.is_file() or path.is_symlink())
        and not any(part.startswith(".") for part in path.relative_to(corpus).parts[:-1])
        and not _in_saved_files_folder(path, corpus)
    )


def _in_saved_files_folder(path: Path, corpus: Path) -> bool:
    """Whether ``path`` is inside the ``X_files/`` folder a browser saved beside ``X.html``
    (its frames and widgets are saved there as pages of their own)."""
    for folder in path.relative_to(corpus).parents:
        stem = folder.name.removesuffix("_files")
        if stem != folder.name and any((corpus / folder.parent / (stem + suffix)).is_file() for suffix in HTML_SUFFIXES):
            return True
    return False


def read_page(path: Path, shown_as: str | None = None) -> model.Article:
    """One corpus page (and its sidecar) -> Article, or PageError naming it."""
    name = shown_as or str(path)
    if path.is_symlink():  # it could point at any file of the build machine
        raise PageError(f"{name}: a symbolic link, not a page; copy the page into the corpus instead")
    try:
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            raise PageError(f"{name}: {size / 2**20:.0f} MiB is over the {MAX_PAGE_BYTES // 2**20} MiB limit for one page")
        data = path.read_bytes()
    except OSError as error:
        raise PageError(f"{name}: cannot be read: {error.strerror}") from None
    if not data.strip():
        raise PageError(f"{name}: empty file")
    if kind := binary_kind(data):
        raise PageError(f"{name}: {kind}, not a text or HTML page")
    sidecar = read_sidecar(path)
    if path.suffix.lower() in HTML_SUFFIXES:
        from ingest.html import read_html  # noqa: PLC0415 (only HTML pages need it)

        article = read_html(data, name, url=str(sidecar.get("source_url") or "") or None)
    else:
        article = read_text(_decode_text(data, name))
    apply_sidecar(article.metadata, sidecar)
    article.warnings.extend(clean_metadata(article.metadata, name))
    if not article.blocks:
        raise PageError(f"{name}: no article text found")
    if not article.metadata.title:
        article.metadata.title = path.stem
        article.warnings.append(f"{name}: no title found; using the file name (set title in {path.stem}{SIDECAR_SUFFIX})")
    return article


def _decode_text(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":
            raise PageError(f"{name}: not valid UTF-8: ends in the middle of a character (truncated file?)") from None
        raise PageError(f"{name}: not valid UTF-8 (byte {data[error.start]:#04x} at offset {error.start})") from None


def summary(article: model.Article, limit: int = 200) -> str:
    """One line for cards and feeds: the deck, else the opening sentence."""
    if article.metadata.deck:
        text = article.metadata.deck[0]
    else:
        first = next((b for b in article.blocks if isinstance(b, model.Paragraph)), None)
        text = inline_text(first.inlines) if first else ""
        text = re.split(r"(?<=[.!?。])\s", text, maxsplit=1)[0]
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + "…"
    return one_line(text)


@dataclass
class Report:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def ingest_corpus(corpus: Path, out: Path, matcher: Matcher | None = None) -> Report:
    """Turn every corpus page into an article file; one bad page never stops the rest.

    With a ``matcher`` (the registry of people and films), mentions are linked.
    """
    report = Report()
    folder = OutputFolder(out)
    catalog: list[dict[str, object]] = []
    for path in corpus_pages(corpus):
        source = path.relative_to(corpus).as_posix()
        try:
            article = read_page(path, shown_as=str(path))
            if matcher:
                article.blocks, _ = link_mentions(article, matcher)
            pictures = collect_pictures(article.blocks, path, shown_as=str(path))
            article.blocks = pictures.blocks
            article.warnings.extend(pictures.warnings)
            relative = str(article_path(article.metadata.title, source))
            text = render_article(article, {"source_file": source, "summary": summary(article)})
            check_article(text)
            for asset, data in pictures.files.items():  # only once the article passed the gate
                folder.write(asset, data)
            changed = folder.write(relative, text)
        except PageError as error:
            report.errors.append(str(error))
            continue
        except GateError as error:
            report.errors.append(f"{path}: generated article rejected, not written ({error})")
            continue
        except RecursionError:
            report.errors.append(f"{path}: nested too deeply to read")
            continue
        except Exception as error:  # noqa: BLE001 (one page's bug must not stop the others)
            report.errors.append(f"{path}: internal error, page skipped ({type(error).__name__}: {error})")
            continue
        report.warnings.extend(article.warnings)
        (report.written if changed else report.unchanged).append(relative)
        catalog.append(_catalog_entry(article, relative, source))
    catalog.sort(key=lambda entry: (str(entry["date"]), str(entry["title"])), reverse=True)
    for relative, text in ((CATALOG, json.dumps(catalog, ensure_ascii=False, indent=1) + "\n"), (LISTING, _listing(catalog))):
        try:
            folder.write(relative, text)
        except PageError as error:
            report.errors.append(str(error))
    report.errors.extend(folder.finish())
    return report


def _catalog_entry(article: model.Article, relative: str, source: str) -> dict[str, object]:
    meta = article.metadata
    return {
        "docname": "articles/" + relative.removesuffix(".md"),
        "title": meta.title,
        "publisher": meta.publisher,
        "date": meta.date,
        "date_text": meta.date_text,
        "authors": meta.authors,
        "summary": summary(article),
        "source_file": source,
    }


def _listing(catalog: list[dict[str, object]]) -> str:
    """The Articles page: every article as a card, newest first."""
    names = "\n".join(str(entry["docname"]).removeprefix("articles/") for entry in catalog)
    return (
        "# Articles\n\n"
        "Every article in the archive, newest first.\n\n"
        ":::{article-list}\n:::\n\n"
        f":::{{toctree}}\n:hidden:\n\n{names}\n:::\n"
    )
