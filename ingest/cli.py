"""``python -m ingest``: build the articles, or look inside pages.

Every failure is one line naming the file and the problem; the exit status is
1 when any page failed (the others are still written), 2 for bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from ingest.errors import PageError
from ingest.pipeline import ingest_corpus, read_page
from ingest.plaintext import blocks_to_text, inline_text
from ingest import model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="turn every corpus page into a MyST article")
    build.add_argument("--corpus", type=Path, default=Path("corpus"), help="folder of scraped pages (default: corpus)")
    build.add_argument("--out", type=Path, default=Path("docs/articles"), help="folder for the articles (default: docs/articles)")
    build.add_argument("--cache", type=Path, default=Path(".ingest-cache"), help="results of past runs, to skip unchanged pages (default: .ingest-cache)")
    build.add_argument("--no-cache", dest="cache", action="store_const", const=None, help="read every page again")
    build.add_argument("--jobs", type=int, default=None, help="processes for the pages to read (default: one per core)")

    inspect = commands.add_parser("inspect", help="show what the ingest sees in pages")
    inspect.add_argument("pages", nargs="+", type=Path, metavar="PAGE")
    inspect.add_argument("--json", action="store_true", help="one JSON object per page, one per line")

    args = parser.parse_args(argv)
    return _build(args) if args.command == "build" else _inspect(args)


def _build(args: argparse.Namespace) -> int:
    if not args.corpus.is_dir():
        print(f"{args.corpus}: corpus folder not found", file=sys.stderr)
        return 1
    report = ingest_corpus(args.corpus, args.out, cache=args.cache, jobs=args.jobs)
    for line in report.warnings:
        print(f"warning: {line}", file=sys.stderr)
    for line in report.errors:
        print(f"error: {line}", file=sys.stderr)
    print(
        f"ingest: {len(report.written)} written, {len(report.unchanged)} unchanged, "
        f"{len(report.errors)} failed -> {args.out}"
    )
    return 1 if report.errors else 0


def describe(path: Path, article: model.Article) -> dict[str, object]:
    """What ``inspect --json`` prints for one page (keys are a stable interface)."""
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
    }


def _inspect(args: argparse.Namespace) -> int:
    status = 0
    for path in args.pages:
        try:
            article = read_page(path)
        except PageError as error:
            print(f"error: {error}", file=sys.stderr)
            status = 1
            continue
        info = describe(path, article)
        if args.json:
            print(json.dumps(info, ensure_ascii=False))
        else:
            print(_human(info))
    return status


def _human(info: dict[str, object]) -> str:
    meta = {key: value for key, value in dict(info["metadata"]).items() if value}
    lines = [f"== {info['path']}", f"title: {info['title']}"]
    lines += [f"{key}: {value}" for key, value in meta.items() if key != "title"]
    lines += ["", "--- article ---", str(info["body"])]
    if info["captions"]:
        lines += ["", "--- captions (set apart from the text) ---", *map(str, info["captions"])]
    dropped = list(info["dropped"])
    lines += ["", f"--- dropped ({len(dropped)}) ---"]
    lines += [f"[{item['reason']}] {item['text']}" for item in dropped]
    return "\n".join(lines) + "\n"
