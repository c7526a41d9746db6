"""Card summaries: is the line a card shows the article's own opening body text?

On the shared extraction pages (their human-written true bodies), split by
site (the project's split, ``bench/splits/extraction-dev.json``), three
summarisers in the same run:

* ``ingest.summary`` (ours, on our HTML reader's article);
* the previous rule (the deck, else the first paragraph's first sentence), as baseline;
* trafilatura's body, its first paragraph that reads as body text, the same
  length limit, as a peer.

A summary counts as body text when it (less a trailing "…") occurs in the true
body, and as the opening when it occurs within the true body's first paragraph
of at least 40 characters.

usage: python -m bench.summaries [--split dev|test|all] [--show]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.extraction import load_pages  # noqa: E402
from ingest import model  # noqa: E402
from ingest.errors import PageError  # noqa: E402
from ingest.html.reader import read_html  # noqa: E402
from ingest.plaintext import inline_text  # noqa: E402
from ingest.sanitise import one_line  # noqa: E402
from ingest.summary import SUMMARY_CHARS, _opening, reads_as_body_text, summary  # noqa: E402

SPLIT = Path(__file__).with_name("splits") / "extraction-dev.json"


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def previous_rule(article: model.Article) -> str:
    """ingest.pipeline.summary before this work: the deck, else the first paragraph's first sentence."""
    if article.metadata.deck:
        text = article.metadata.deck[0]
    else:
        first = next((b for b in article.blocks if isinstance(b, model.Paragraph)), None)
        text = inline_text(first.inlines) if first else ""
        text = re.split(r"(?<=[.!?。])\s", text, maxsplit=1)[0]
    if len(text) > SUMMARY_CHARS:
        text = text[:SUMMARY_CHARS].rsplit(" ", 1)[0] + "…"
    return one_line(text)


def trafilatura_rule(data: bytes) -> str:
    import trafilatura  # noqa: PLC0415 (bench-only dependency)

    body = trafilatura.extract(data.decode("utf-8", "replace"), include_comments=False) or ""
    paragraphs = [one_line(p) for p in body.split("\n") if p.strip()]
    first = next((p for p in paragraphs if reads_as_body_text(p)), paragraphs[0] if paragraphs else "")
    return _opening(first, SUMMARY_CHARS)


def verdict(line: str, truth: str) -> tuple[bool, bool]:
    text = _norm(line.removesuffix("…"))
    if not text:
        return False, False
    paragraphs = [p for p in truth.split("\n") if len(p.strip()) >= 40]
    return text in _norm(truth), bool(paragraphs) and text in _norm(paragraphs[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["dev", "test", "all"], default="test")
    parser.add_argument("--show", action="store_true", help="print each page's summaries that are not body text")
    args = parser.parse_args()
    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    wanted = set(split["dev"] + split["test"]) if args.split == "all" else set(split[args.split])
    truth, pages = load_pages()
    keys = [k for k in sorted(pages) if k in wanted]
    totals = {name: [0, 0] for name in ("ours", "previous rule", "trafilatura")}
    for key in keys:
        body = truth[key]["articleBody"]
        try:
            article = read_html(pages[key], key, truth[key]["url"])
            lines = {"ours": summary(article), "previous rule": previous_rule(article)}
        except PageError:
            lines = {"ours": "", "previous rule": ""}
        lines["trafilatura"] = trafilatura_rule(pages[key])
        for name, line in lines.items():
            in_body, opening = verdict(line, body)
            totals[name][0] += in_body
            totals[name][1] += opening
            if args.show and not in_body:
                print(f"{key[:12]} {name:14} {line[:100]!r}")
    sites = split["sites"].get(args.split, sum(split["sites"].values()))
    print(f"{args.split} split: {len(keys)} pages from {sites} sites")
    print("| summariser | body text | opening paragraph |\n| --- | ---: | ---: |")
    for name, (in_body, opening) in totals.items():
        print(f"| {name} | {in_body / len(keys):.2f} ({in_body}/{len(keys)}) | {opening / len(keys):.2f} ({opening}/{len(keys)}) |")


if __name__ == "__main__":
    main()
