"""``python -m ingest``: build the articles, or look inside pages.

Every failure is one line naming the file and the problem; the exit status is
1 when any page failed (the others are still written), 2 for bad usage, 3 when
a generated file could not be written (the run stopped; run again once fixed).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import asdict
from pathlib import Path

from ingest.assets import collect_pictures
from ingest.cache import PageCache
from ingest.errors import NotAnArticle, cannot
from ingest.escape import clean_text
from people_films.mentions import Matcher, detected_names, link_mentions, summarise
from ingest.pipeline import HTML_SUFFIXES, TEXT_SUFFIXES, article_language, corpus_pages, ingest_corpus, page_error, read_page, text_siblings
from ingest.plaintext import blocks_to_text, inline_text
from people_films.registry import read_registry
from people_films.review import detected_registry, gather, is_rejected, load_rejected
from ingest.sanitise import one_line
from ingest.write import atomic_write
from ingest import lock, model


STOPPED = 3  # exit status: a generated file could not be written
LOCK = ".lock"  # in the output folder: one ingest at a time writes it


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="turn every corpus page into a MyST article")
    build.add_argument("--corpus", type=Path, default=Path("corpus"), help="folder of scraped pages (default: corpus)")
    build.add_argument("--out", type=Path, default=Path("docs/articles"), help="folder for the articles (default: docs/articles)")
    build.add_argument("--cache", type=Path, default=Path(".ingest-cache"), help="results of past runs, to skip unchanged pages (default: .ingest-cache)")
    build.add_argument("--no-cache", dest="cache", action="store_const", const=None, help="read every page again")
    build.add_argument(
        "--addresses", type=Path, default=None, metavar="TOML",
        help="record of the addresses articles were published at, kept up to date: an article that moves gets a redirect at its old address",
    )
    build.add_argument("--jobs", type=int, default=None, help="processes for the pages to read (default: one per core)")

    inspect = commands.add_parser("inspect", help="show what the ingest sees in pages")
    inspect.add_argument("pages", nargs="+", type=Path, metavar="PAGE", help="a page, or a folder of pages (such as corpus)")
    inspect.add_argument("--json", action="store_true", help="one JSON object per page, one per line")

    propose = commands.add_parser("propose", help="write the people and films the registry lacks as registry entries")
    propose.add_argument("pages", nargs="+", type=Path, metavar="PAGE", help="a page, or a folder of pages (such as corpus)")
    propose.add_argument("--out", type=Path, help="TOML file to write (default: standard output)")

    review = commands.add_parser("review", help="apply the actions of a proposals file (accept, merge, reject) to the registry")
    review.add_argument("proposals", type=Path, metavar="PROPOSALS_TOML")

    for command in (build, inspect, propose, review):
        command.add_argument("--registry", type=Path, default=Path("registry"), help="folder of people.toml and films.toml (default: registry)")

    args = parser.parse_args(argv)
    return {"build": _build, "inspect": _inspect, "propose": _propose, "review": _review}[args.command](args)


def _matcher(folder: Path) -> tuple[Matcher, bool]:
    """The matcher of the registry's sound entries, after saying what is wrong with the rest
    (one line each), and whether nothing was."""
    registry, problems = read_registry(folder)
    for line in problems:
        say("error", line)
    for line in registry.notes:
        say("warning", line)
    return Matcher(registry), not problems


def _build(args: argparse.Namespace) -> int:
    if not args.corpus.is_dir():
        say("error", f"{args.corpus}: corpus folder not found")
        return 1
    # A registry with problems still links its sound entries; the run then ends in failure, to be seen.
    matcher, registry_sound = _matcher(args.registry)
    cache = PageCache(args.cache, rules=[args.registry]) if args.cache else None  # the registry decides the links
    try:
        rejected = load_rejected(args.registry)
    except ValueError as error:  # a broken rejected list: say so, and reject nothing
        say("error", str(error))
        rejected, registry_sound = set(), False
    with ExitStack() as held:
        try:
            held.enter_context(lock.hold(args.out / LOCK, lambda holder: say("warning", f"another ingest is writing {args.out} (process {holder}); waiting for it")))
        except OSError as error:  # the lock file itself
            say("error", cannot("take the lock", args.out / LOCK, error))
            return STOPPED
        try:
            report = ingest_corpus(args.corpus, args.out, matcher, cache=cache, jobs=args.jobs, rejected=rejected, record=args.addresses)
        except Exception as error:  # noqa: BLE001 (a bug outside any one page: one line, not a traceback)
            say("error", f"{args.corpus}: internal error, ingest stopped ({type(error).__name__}: {error})")
            return STOPPED
    for line in report.warnings + ([cache.problem] if cache and cache.problem else []):
        say("warning", line)
    for line in report.errors:
        say("error", line)
    if report.stopped:
        say("error", f"ingest stopped: {args.out} could not be written; the files already there are whole, and the next run finishes the job")
        return STOPPED
    print(
        f"ingest: {len(report.written)} written, {len(report.unchanged)} unchanged, "
        f"{len(report.errors)} failed -> {args.out}"
    )
    return 1 if report.errors or not registry_sound else 0


def say(kind: str, message: str) -> None:
    """One line on stderr: a file name or message holding a line break or a
    terminal control sequence stays one inert line."""
    print(f"{kind}: {one_line(message)}", file=sys.stderr)


def describe(path: Path, article: model.Article, matcher: Matcher | None = None, rejected: set | frozenset = frozenset()) -> dict[str, object]:
    """What ``inspect --json`` prints for one page (keys are a stable interface); a name found in the text
    that ``rejected`` holds (:func:`people_films.review.load_rejected`) is left out, as the build leaves it."""
    occurrences = link_mentions(article, matcher)[1] if matcher else []
    occurrences = [o for o in occurrences if o.entity_id or not is_rejected(rejected, o.kind, o.written)]
    entities = summarise(occurrences, matcher) if matcher else {"people": [], "films": []}
    return {
        "path": str(path),
        "title": article.metadata.title,
        "metadata": asdict(article.metadata),
        "body": blocks_to_text(article.blocks),
        "captions": [
            " ".join(filter(None, (inline_text(b.caption), inline_text(b.credit))))
            for b in article.blocks
            if isinstance(b, model.Figure)
        ],
        "dropped": [{"text": d.text, "reason": d.reason} for d in article.dropped],
        "warnings": article.warnings,
        **entities,
    }


def _read_pages(paths: list[Path], failures: list[str], listing_read: bool = False) -> Iterator[tuple[Path, model.Article]]:
    """Each readable page with its article; each unreadable one is an error line.

    Text dumps are read with the site templates learned from the pages given, and with the
    publisher their site's sidecars name (give a site's pages together to see its template at work). A list of
    teasers is left out, unless ``listing_read`` (``inspect`` shows it, saying why it is not published).
    """
    paths = list(_pages_given(paths))
    templates, publishers = text_siblings(paths)
    for path in paths:
        if path.suffix.lower() not in TEXT_SUFFIXES | HTML_SUFFIXES:
            say("error", f"{path}: not a page (give .txt, .html or .htm files, or a folder such as corpus)")
            failures.append(str(path))
            continue
        try:
            article = read_page(path, template=templates.get(path), listing_read=listing_read, publisher=publishers.get(path, ""))
        except NotAnArticle as why:
            say("warning", str(why))
            continue
        except Exception as error:  # noqa: BLE001 (a reader's bug on one page: one line, as in a build)
            say("error", page_error(path, error))
            failures.append(str(path))
            continue
        yield path, article


def _pages_given(paths: list[Path]) -> Iterator[Path]:
    """The paths as given, a folder standing for every page in it (its sidecars and notes left out)."""
    for path in paths:
        yield from corpus_pages(path) if path.is_dir() else [path]


def _inspect(args: argparse.Namespace) -> int:
    matcher, registry_sound = _matcher(args.registry)
    try:
        rejected = load_rejected(args.registry)
    except ValueError as error:  # a broken rejected list: say so, and reject nothing, as a build does
        say("error", str(error))
        rejected, registry_sound = set(), False
    failures: list[str] = []
    for path, article in _read_pages(args.pages, failures, listing_read=True):
        # The pictures a build would refuse to copy (a symbolic link, not a picture): warned here too, and the
        # body a build would write (a gallery whose pictures were not saved has its captions as text).
        pictures = collect_pictures(article.blocks, path, shown_as=str(path))
        article.blocks = pictures.blocks
        article.warnings.extend(pictures.warnings)
        info = printable(describe(path, article, matcher, rejected))
        print(json.dumps(info, ensure_ascii=False) if args.json else _human(info))
    return 0 if registry_sound and not failures else 1


def printable(value: object) -> object:
    """``value`` with every string cleaned (ingest.escape.clean_text): no escape
    sequence in a page or a file name reaches the terminal."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {printable(key): printable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [printable(item) for item in value]
    return value


def _human(info: dict[str, object]) -> str:
    # Every line but the article's text is one line, whatever a page or its file name holds:
    # a line break in a file name ("x\nerror: ...") would print a line the ingest never said.
    meta = {key: value for key, value in dict(info["metadata"]).items() if value}
    lines = [f"== {one_line(str(info['path']))}", f"title: {one_line(str(info['title']))}"]
    lines += [f"warning: {one_line(warning)}" for warning in info["warnings"]]
    lines += [f"{key}: {one_line(str(value))}" for key, value in meta.items() if key != "title"]
    lines += ["", "--- article ---", str(info["body"])]
    if info["captions"]:
        lines += ["", "--- captions (set apart from the text) ---", *map(one_line, info["captions"])]
    dropped = list(info["dropped"])
    lines += ["", f"--- dropped ({len(dropped)}) ---"]
    lines += [f"[{item['reason']}] {one_line(item['text'])}" for item in dropped]
    for heading, entries, name in (("people", info["people"], "name"), ("films", info["films"], "title")):
        lines += ["", f"--- {heading} ({len(entries)}) ---"]
        for entry in entries:
            mark = "" if entry["registered"] else "  [not registered]"
            lines.append(one_line(f"{entry[name]}{mark}: {', '.join(entry['spellings'])}"))
            if not entry["registered"]:
                lines += [f"    in: {one_line(sentence)}" for sentence in entry["sentences"][:2]]
    return "\n".join(lines) + "\n"


def _propose(args: argparse.Namespace) -> int:
    matcher, registry_sound = _matcher(args.registry)
    if not registry_sound:  # a queue built beside a broken entry would propose what it holds
        return 1
    try:
        rejected = load_rejected(args.registry)
    except ValueError as error:
        print(f"error: {one_line(str(error))}", file=sys.stderr)
        return 1
    failures: list[str] = []
    per_page = []
    for path, article in _read_pages(args.pages, failures):
        occurrences = link_mentions(article, matcher)[1]
        per_page.append((clean_text(str(path)), detected_names(occurrences), article_language(article)))
    review = detected_registry(matcher.registry, gather(per_page), rejected)
    from people_films.proposals import proposals_toml  # noqa: PLC0415 (tomlkit: only propose and review need it, not every build)

    text = proposals_toml(review)
    if args.out:
        try:
            atomic_write(args.out, text.encode("utf-8"))
        except OSError as error:
            say("error", cannot("write", args.out, error))
            return 1
        count = len(review.new) + len(review.merges) + len(review.misspelt)
        print(f"propose: {count} names -> {one_line(str(args.out))}")
    else:
        sys.stdout.write(text)
    return 1 if failures else 0


def _review(args: argparse.Namespace) -> int:
    from people_films.proposals import ReviewError, apply_review  # noqa: PLC0415 (as in _propose)

    with ExitStack() as held:
        try:  # two reviews at once: each would write the registry over the other's changes
            args.registry.mkdir(parents=True, exist_ok=True)
            held.enter_context(lock.hold(args.registry, lambda _holder: say("warning", f"another review is writing {args.registry}; waiting for it")))
        except OSError as error:  # the registry folder cannot be made or opened to lock it
            say("error", cannot("take the lock", args.registry, error))
            return STOPPED
        try:
            counts = apply_review(args.proposals, args.registry)
        except ReviewError as error:
            for problem in str(error).splitlines():  # one line per entry with a problem
                print(f"error: {one_line(problem)}", file=sys.stderr)
            return 1
    print("review: " + ", ".join(f"{count} {action}ed".replace("eed", "ed") for action, count in counts.items()) + f" -> {one_line(str(args.registry))}")
    return 0
