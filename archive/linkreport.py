"""After ``make linkcheck``: which article each broken link is on.

Sphinx's ``output.json`` (one JSON object per link) names the source file;
curators think in articles. This writes ``report.txt`` beside it, grouped by
article title with the corpus file the article came from, and logs it.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

from archive.compat import linkcheck_builder_cleaning
from ingest.escape import clean_text

logger = logging.getLogger(__name__)

REPORT_NAME = "report.txt"
FAILED = ("broken", "timeout")
# Sphinx passes on the HTTP library's exception text ("HTTPSConnectionPool(host=...):
# Max retries exceeded with url: ... (Caused by NameResolutionError(...))"); the
# report says what happened in words, first match wins, and keeps any other text as it is.
_REASONS = (
    (re.compile(r"NameResolutionError|Failed to resolve|Name or service not known|nodename nor servname"), "no such site: the name does not resolve (or this machine is offline)"),
    (re.compile(r"timed out", re.IGNORECASE), "no answer in time"),
    (re.compile(r"Connection refused"), "the site refused the connection"),
    (re.compile(r"CERTIFICATE_VERIFY_FAILED|certificate verify failed"), "the site's certificate is not valid"),
    (re.compile(r"^(\d{3}) (?:Client|Server) Error: (.*?) for url: "), r"\1 \2"),
)


def reason(result: dict) -> str:
    """Why a link failed, in a few words: ``404 Not Found``, ``no answer in time``..."""
    info = str(result.get("info") or "")
    for pattern, words in _REASONS:
        if match := pattern.search(info):
            return match.expand(words)
    return info or str(result.get("code") or "")


def read_results(path: Path) -> list[dict]:
    """The rows of Sphinx's linkcheck ``output.json`` (one JSON object per line); OSError if unreadable."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _one_line(text: str) -> str:
    """``text`` cleaned (ingest.escape.clean_text) onto one line: a corpus file name, or the
    reason phrase a linked server sends, may hold a terminal escape sequence or a line break."""
    return " ".join(clean_text(text).splitlines())


def format_report(results: list[dict], describe) -> str:
    """``describe(filename)`` gives the heading for a page (its title and origin)."""
    failed: dict[str, list[dict]] = defaultdict(list)
    for result in results:
        if result["status"] in FAILED:
            failed[result["filename"]].append(result)
    counts = defaultdict(int)
    for result in results:
        counts[result["status"]] += 1
    summary = ", ".join(f"{counts[status]} {status}" for status in ("working", "redirected", "broken", "timeout", "ignored") if counts[status])
    lines = [f"linkcheck: {summary or 'no external links'}"]
    for filename in sorted(failed):
        lines += ["", _one_line(describe(filename))]
        for result in sorted(failed[filename], key=lambda r: r["lineno"] or 0):
            lines.append(f"  {result['status']:8} {_one_line(str(result['uri']))}  ({_one_line(reason(result))})")
    return "\n".join(lines) + "\n"


def report_broken_links(app: Sphinx, exception: Exception | None) -> None:
    """``build-finished`` of the linkcheck builder: write report.txt beside output.json and log it."""
    if exception or app.builder.name != "linkcheck":
        return
    output = Path(app.outdir) / "output.json"
    if not output.exists():
        return

    def describe(filename: str) -> str:
        docname = app.env.path2doc(str(Path(app.srcdir) / filename)) or filename
        title = app.env.titles[docname].astext() if docname in app.env.titles else docname
        source = app.env.metadata.get(docname, {}).get("source_file")
        origin = f"{filename}, from corpus/{source}" if source else filename
        return f"{title}  [{origin}]"

    report = format_report(read_results(output), describe)
    (Path(app.outdir) / REPORT_NAME).write_text(report, encoding="utf-8")
    logger.info("\n%s(also in %s)", report, Path(app.outdir) / REPORT_NAME)


def setup_linkreport(app: Sphinx) -> None:
    """After ``make linkcheck``, write report.txt naming each broken link's article;
    while it runs, log what linked servers say on one clean line."""
    app.add_builder(linkcheck_builder_cleaning(_one_line), override=True)
    app.connect("build-finished", report_broken_links)
