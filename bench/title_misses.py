"""Why the text reader misses the headline of a DEV page, counted by kind.

For every dev page of ../shared/bench/extraction-wide and extraction-dev with
a reference title (:func:`bench.text_dumps.reference_titles`), rendered as a
select-all copy and read with each site's template as the ingest does:

* right: the reader's title is the page's;
* ranked lower: the headline is among the candidates, another one won (or none
  convinced), by where the winner stands against the headline;
* not a candidate: the headline is no candidate, by why (dropped by a pass,
  out of reach of the text, not headline-shaped and which test refused it,
  or no line of the dump is the headline: inside a longer line, split over
  two lines, nowhere).

Test pages are never read. ``--show KIND`` prints the dev pages of one kind
(headline, the reader's pick, the candidates) to look at.

    python -m bench.title_misses [--corpus extraction-wide|extraction-dev] [--show KIND] [--no-address] [--cache FILE]
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

from bench.text_dumps import dev_pages, title_right
from ingest.text import rules, title_model
from ingest.text.headline import headline_candidates, is_title_shaped, title_region
from ingest.text.lines import full_match, is_bullet, search
from ingest.text.reader import read_text, read_up_to_the_title


def cached_dev_pages(corpus: str | None, cache: Path | None) -> dict[str, dict[str, object]]:
    """:func:`bench.text_dumps.dev_pages`, of one corpus or both (``cache``: a pickle to reuse)."""
    if cache and cache.exists():
        pages = pickle.loads(cache.read_bytes())  # noqa: S301 (a file this command wrote)
    else:
        pages = dev_pages()
        if cache:
            cache.write_bytes(pickle.dumps(pages))
    return {k: p for k, p in pages.items() if not corpus or k.startswith(f"{corpus}/")}


def why_not_shaped(page, index: int, text_start: int) -> str:
    """Which of the headline-shape tests refuses line ``index`` (the order of ``is_title_shaped``'s)."""
    line = page.lines[index]
    text = line.text.strip()
    if line.words < 2:
        return "one word"
    if line.words > rules.MAX_HEADLINE_WORDS:
        return "too long"
    if text.endswith(":"):
        return "ends with ':'"
    if text.endswith("."):
        return "ends with a full stop (below the text or long)"
    if is_bullet(line.text):
        return "bullet"
    if full_match(rules.BYLINE, line.text):
        return "byline-shaped"
    if search(rules.NOT_A_HEADLINE, text):
        return "NOT_A_HEADLINE pattern"
    if re.match(rules.CAPTION_MARK, text):
        return "caption mark"
    if text.endswith("?"):
        return "question answered by the text"
    return "other shape test (caption slot, date, digits, field)"


def classify(page_data: dict[str, object], *, address: bool = True) -> tuple[str, dict[str, object]]:
    """``(kind, details)`` of one page, read with its address (a sidecar's ``source_url``) or without."""
    dump, titles, template = page_data["dump"], page_data["titles"], page_data["template"]
    url = page_data.get("url", "") if address else ""
    article = read_text(dump, template, url)
    chosen = article.metadata.title
    if title_right(chosen, titles):
        return "right", {}
    page, main = read_up_to_the_title(dump, template, url)
    candidates = headline_candidates(page, main.start)
    scored = sorted(((title_model.score(f), i) for i, f in candidates.items()), reverse=True)
    details = {
        "chosen": chosen,
        "titles": sorted(titles),
        "candidates": [(round(s, 2), page.lines[i].text.strip()[:90]) for s, i in scored[:6]],
    }
    truth = [i for i in range(len(page.lines)) if title_right(page.lines[i].text.strip(), titles)]
    in_candidates = [i for i in truth if i in candidates]
    if in_candidates:
        head = in_candidates[0]
        if not chosen:
            return "ranked lower: nothing convinced (file name)", details
        winner = next(i for _, i in scored)
        where = "above" if winner < head else "below"
        text_start, _ = title_region(page, main.start)
        side = "above the text" if winner < text_start else "in or below the text's start"
        return f"ranked lower: the winner stands {where} the headline, {side}", details
    if not truth:
        lowered = [line.text.strip().lower() for line in page.lines]
        if any(any(t in text for t in titles) for text in lowered):
            return "not a candidate: no line is the headline, a longer line holds it", details
        pairs = [f"{a} {b}" for a, b in zip(lowered, lowered[1:], strict=False)]
        if any(title_right(pair, titles) or any(t.replace(":", "") == pair for t in titles) for pair in pairs):
            return "not a candidate: split over two lines (kicker + headline)", details
        return "not a candidate: no line of the dump is the headline", details
    head = truth[0]
    if not page.free(head):
        reason = page.dropped.get(head) or f"labelled {page.labels.get(head)}"
        reason = re.sub(r"\d+ other pages?", "N other pages", reason)
        reason = re.sub(r"under '.*'", "under a heading", reason)
        return f"not a candidate: dropped: {reason}", details
    text_start, region = title_region(page, main.start)
    if head not in region:
        where = "above" if head < text_start else "below"
        return f"not a candidate: out of reach ({where} the text)", details
    if not is_title_shaped(page, head, text_start):
        return f"not a candidate: not headline-shaped: {why_not_shaped(page, head, text_start)}", details
    return "not a candidate: other", details


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=["extraction-wide", "extraction-dev"], help="only this corpus (default: both)")
    parser.add_argument("--show", help="print the pages whose kind starts with this")
    parser.add_argument(
        "--no-address", action="store_true", help="read the pages without their address, as a dump with no sidecar"
    )
    parser.add_argument("--cache", type=Path, help="keep the rendered dev pages in this file, to reuse them on the next run")
    args = parser.parse_args(argv)
    pages = cached_dev_pages(args.corpus, args.cache)
    kinds: Counter[str] = Counter()
    titled = 0
    for key, page in sorted(pages.items()):
        if not page["titles"]:
            continue
        titled += 1
        kind, details = classify(page, address=not args.no_address)
        kinds[kind] += 1
        if args.show and kind.startswith(args.show):
            print(f"--- {key}: {kind}\n{json.dumps(details, ensure_ascii=False, indent=1)}")
    print(f"dev pages with a reference title: {titled}")
    for kind, count in sorted(kinds.items(), key=lambda kv: (kv[0] != "right", kv[0].split(":")[0], -kv[1])):
        print(f"  {count:4d}  {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
