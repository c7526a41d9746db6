"""How well the text-dump reader keeps the article and drops the chrome, on sites it was never tuned on.

Every page of ../shared/bench/extraction-wide (990 pages, must-keep and
must-drop snippets) and ../shared/bench/extraction-dev (90 pages, whole true
bodies) is rendered into a text dump as a browser's select-all copy gives it
(:func:`select_all_copy`), then read four ways in the same run: "keep every
line" (the dump itself), the reader as it is on ``main`` (its ``ingest``
tree exported with ``git archive`` and run in a subprocess), and this tree's
reader, given each page's address as a sidecar's ``source_url`` would give it
and without it ("this, no address"). Scored on the TEST half of the by-site splits in bench/splits/ (the
dev half is where rules were tuned):

* body lines kept: dump lines found in the true body (extraction-dev) that the
  reader keeps in the body, title or deck;
* chrome removed: dump lines not in the true body that the reader leaves out
  of the body (a line of its own there, or, when 40 characters or longer, part of one);
* snippet F1 (extraction-wide), by ../shared/tools/snippet_score.py, over what the published article shows as its text (deck and body, as ``bench.extraction`` scores HTML);
* title right: equal (case and spacing aside, no space before ``:;,!?``, dashes
  and quotes spelt one way) to the page's ``<h1>`` (with or without the kicker
  its first element holds), its ``og:title`` or its ``<title>`` (with or without a
  " | Site", " · Site", " • Site" or " › Site" part); never to the site's name
  (``og:site_name``, the host's words: a logo in an ``<h1>``), and a page with
  no other title is not counted;
* date right: the day of the page's JSON-LD ``datePublished`` or its
  published-time ``<meta>``, over the pages that have one; "date shown": the
  same over the pages whose dump shows that day in some form
  (:func:`bench.date_shown.date_shown`; a page need not print its meta date),
  with their number;
* authors (extraction-wide): share of the pages that name an author whose authors are right,
  compared as the snippet scorer compares them (``bench.html_authors`` does the same for HTML), and
  "lenient" as ``bench.html_authors.lenient_key`` compares them (also split on "und", "&", without a
  leading "Von"/"By", case-folded: a check of the scorer, not the figure); ``--author-misses`` lists
  the dev split's misses by kind;
* summary (extraction-dev): share of pages whose card summary (``ingest.summary``) is text of
  the true body (:func:`bench.summaries.verdict`);
* refused as listing: pages the ingest would not publish as a list of
  teasers (every page of these corpora is one article, so each is an error).

    python -m bench.text_dumps [--split dev|test] [--limit N] [--save DIR] [--author-misses]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from collections import Counter
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from lxml import html as lxml_html

from bench.date_shown import date_shown

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
WIDE = SHARED / "bench" / "extraction-wide"
DEV = SHARED / "bench" / "extraction-dev"
SPLITS = REPO / "bench" / "splits"
SNIPPET_SCORE = SHARED / "tools" / "snippet_score.py"
READER_SCRIPT = REPO / "bench" / "dump_reader.py"

# What a browser does not show, so a select-all copy does not hold.
INVISIBLE = {"script", "style", "noscript", "template", "svg", "head", "title", "iframe", "object", "select", "option"}
# Elements a browser lays out as blocks (CSS 2.1 default style sheet): a copy
# breaks the line before and after them. Everything else runs inline.
BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "thead", "tfoot", "tr", "ul", "caption",
}  # fmt: skip
CELLS = {"td", "th"}  # a copied table row keeps its cells on one line, tab-separated
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def select_all_copy(page: str) -> str:
    """A page as the text a browser's select-all copy gives: every visible line, in order.

    Block elements break lines, inline ones run on, white space collapses as
    CSS collapses it (``<pre>`` kept), ``<br>`` breaks, table cells are
    tab-separated, and elements hidden by the ``hidden`` attribute or an
    inline ``display:none``/``visibility:hidden`` are left out. Style sheets
    are not applied: a menu that only a style sheet hides is in the dump, as
    it is in a scraper's copy of the page's text.
    """
    try:
        root = lxml_html.document_fromstring(page)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return ""
    lines: list[str] = []
    current: list[str] = []

    def breakline() -> None:
        text = re.sub(r"[ \t\r\n\f\u200b]+", " ", "".join(current)).strip()
        if text:
            lines.append(text)
        current.clear()

    stack: list[tuple[object, bool]] = [(root, False)]  # (element or tail text, closing?)
    while stack:
        item, closing = stack.pop()
        if isinstance(item, str):
            current.append(item)
            continue
        tag = item.tag if isinstance(item.tag, str) else ""
        if closing:
            if tag in BLOCKS:
                breakline()
            elif tag in CELLS:
                current.append("\t")
            continue
        if not tag or tag in INVISIBLE or item.get("hidden") is not None or HIDDEN_STYLE.search(item.get("style") or ""):
            if item.tail:
                current.append(item.tail)
            continue
        if tag in BLOCKS:
            breakline()
        if tag == "br":
            breakline()
        if tag == "pre":
            breakline()
            lines.extend(line.rstrip() for line in item.text_content().splitlines() if line.strip())
            if item.tail:
                current.append(item.tail)
            continue
        if tag == "img" and item.get("alt"):  # a copy holds no pictures; their alt text is not copied either
            pass
        if item.tail:
            stack.append((item.tail, False))
        stack.append((item, True))
        for child in reversed(item):
            stack.append((child, False))
        if item.text:
            current.append(item.text)
    breakline()
    return "\n".join(line.replace("\t", "  ").strip() for line in lines if line.strip())


# --- References from the page's own markup --------------------------------------


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text or "")).strip().lower()


# Typographic variants a page's markup and its visible headline spell differently ("Januar – Mai"
# in the headline, "Januar - Mai" in the og:title; curly and straight quotes): one spelling each.
TYPOGRAPHIC = str.maketrans({
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
})  # fmt: skip


def _title_norm(text: str) -> str:
    """:func:`_norm`, dashes and quotes spelt one way each (``TYPOGRAPHIC``), and no space before
    ``: ; , ! ?``: an ``<h1>`` whose parts are separate elements ("Kicker <span>:</span> Headline")
    reads "Kicker : Headline" as text content, while a copy of the page shows "Kicker: Headline"."""
    folded = re.sub(r"\s+", " ", _norm(text).translate(TYPOGRAPHIC))
    return re.sub(r"\s+([:;,!?])", r"\1", folded)


# What separates the parts of a page's og:title: "Headline | Site", "Headline - Site", "Kicker: Headline".
TITLE_PART_SEPARATOR = r"\s+[|–—:-]+\s+"
# Separators some sites put before their name only, as the og:title's last part: "Headline · Site"
# (Global Voices), "Headline • site.de", "Headline › Blog name". Inside a headline they join its
# parts ("Author • Book"), so only the last part is cut off.
SITE_NAME_LAST = re.compile(r"\s+[·•›»]\s+(?!.*\s[·•›»]\s)(.*)$")
# Where a page names its site: og:site_name, and the name an installed web app shows.
SITE_NAME_META = {"og:site_name", "application-name", "apple-mobile-web-app-title"}


def _title_parts(title: str) -> set[str]:
    """A page title (og:title, ``<title>``), whole, each part of two words or more, and without its
    last part, " | Site" or " · Site" (:func:`_norm` form): "Offshore-Windenergie - Sauberer Strom vom
    Meer | Stiftung" holds the headline "Offshore-Windenergie - Sauberer Strom vom Meer", which is
    none of its parts when the headline itself holds a separator."""
    parts = {title} | {part for part in re.split(TITLE_PART_SEPARATOR, title) if len(part.split()) >= 2}
    if site_name := SITE_NAME_LAST.search(title):
        parts.add(title[: site_name.start()])
    if (last := list(re.finditer(TITLE_PART_SEPARATOR, title))) and len(rest := title[: last[-1].start()].split()) >= 2:
        parts.add(" ".join(rest))
    return parts


def is_site_name(text: str, host: str, site_names: set[str] = frozenset()) -> bool:
    """Whether ``text`` names the site rather than the article: one of the page's own names for its
    site (``SITE_NAME_META``, :func:`_title_norm` form), or the words of its host ("Gelbe Liste" on
    gelbe-liste.de, "Krimiblog-Archiv" on archiv.krimiblog.de, "News Nation" on newsnation.in)."""
    if _title_norm(text) in site_names:
        return True
    labels = [label for label in host.lower().split(".")[:-1] if label not in {"www", "m", "amp"}]
    words = re.findall(r"\w+", _norm(text))
    if not words or not labels:
        return False
    glued = {re.sub(r"\W", "", label) for label in labels} | {re.sub(r"\W", "", "".join(labels))}
    pieces = {piece for label in labels for piece in re.split(r"[\W_]+", label) if piece}
    return "".join(words) in glued or set(words) <= pieces


def _headline_texts(h1) -> list[str]:
    """An ``<h1>``'s text, and without the kicker its first element holds when the headline's own
    text follows it (``<h1><span class="roofline">Wurmkiste</span> Wurmkiste selber bauen</h1>``):
    a kicker is the headline's label, set apart by its markup, as "Kicker: " is in an og:title."""
    whole = h1.text_content()
    if len(h1) and not (h1.text or "").strip() and isinstance(h1[0].tag, str):
        kicker = h1[0].text_content().strip()
        rest = whole.strip()[len(kicker) :] if kicker and whole.strip().startswith(kicker) else ""
        if rest.strip():
            return [whole, rest]
    return [whole]


def reference_titles(root, host: str = "") -> set[str]:
    """The page's ``<h1>`` texts, its ``og:title`` and its ``<title>``: whole, each part, and without a
    " | Site" part (:func:`_title_parts`); none that names the site (:func:`is_site_name`: a logo in
    an ``<h1>``, the "Site" part of "Headline | Site"), so a page whose only ``<h1>`` is its logo and
    has no other title has no reference. ``host``: the page's address's host."""
    titles = {_norm(text) for h1 in root.iter("h1") for text in _headline_texts(h1)}
    site_names = set()
    for meta in root.iter("meta"):
        name = (meta.get("property") or meta.get("name") or "").lower()
        if name in {"og:title", "twitter:title"}:
            titles |= _title_parts(_norm(meta.get("content") or ""))
        elif name in SITE_NAME_META:
            site_names.add(_title_norm(meta.get("content") or ""))
    for title in root.xpath("//head/title")[:1]:  # not an <svg>'s <title>, a picture's tooltip
        titles |= _title_parts(_norm(title.text_content()))
    return {_title_norm(t) for t in titles if t and not is_site_name(t, host, site_names - {""})}


def title_right(title: str, references: set[str] | list[str]) -> bool:
    """The reader's title equals one of the page's (:func:`reference_titles`), case and spacing aside."""
    return _title_norm(title) in references


DATE_META = {"article:published_time", "datepublished", "date", "dc.date", "dc.date.issued", "pubdate", "publishdate", "og:published_time"}


def reference_date(root) -> str:
    """The day (YYYY-MM-DD) of the page's JSON-LD ``datePublished`` or its published-time ``<meta>``."""
    for script in root.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json":
            match = re.search(r'"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})', script.text or "")
            if match:
                return match[1]
    for meta in root.iter("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        match = name in DATE_META and re.match(r"\d{4}-\d{2}-\d{2}", meta.get("content") or "")
        if match:
            return match[0]
    return ""


# --- Loading -------------------------------------------------------------------------


def site(url: str | None) -> str:
    return (urlsplit(url or "").hostname or "").removeprefix("www.")


def load(corpus: Path, keys: list[str], urls: dict[str, str]) -> dict[str, dict[str, object]]:
    pages = {}
    for key in keys:
        page = gzip.decompress((corpus / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
        try:
            root = lxml_html.document_fromstring(page)
        except (ValueError, lxml_html.etree.ParserError):
            root = lxml_html.document_fromstring("<p></p>")
        pages[key] = {
            "dump": select_all_copy(page), "titles": reference_titles(root, urlsplit(urls.get(key) or "").hostname or ""), "date": reference_date(root),
            "site": site(urls.get(key)), "url": urls.get(key) or "",
        }  # fmt: skip
    return pages


def dev_pages() -> dict[str, dict[str, object]]:
    """Every DEV page of both corpora (``"corpus/key"`` -> :func:`load`'s page, plus its site's
    ``"template"``, learned from the site's pages as the ingest does: a split is by site, so the dev
    pages hold every page of their sites). Test pages are never read."""
    snippets = json.loads((WIDE / "snippets.json").read_text(encoding="utf-8"))
    truth = json.loads((DEV / "ground-truth.json").read_text(encoding="utf-8"))
    from ingest.text.template import site_templates  # noqa: PLC0415 (this tree's reader, not the baseline's)

    pages: dict[str, dict[str, object]] = {}
    for name, folder, urls in (
        ("extraction-wide", WIDE, {k: v.get("url", "") for k, v in snippets.items()}),
        ("extraction-dev", DEV, {k: v.get("url", "") for k, v in truth.items()}),
    ):
        dev = json.loads((SPLITS / f"{name}.json").read_text())["dev"]
        loaded = load(folder, dev, urls)
        templates = site_templates({k: (p["site"], p["dump"]) for k, p in loaded.items()}, {k: p["url"] for k, p in loaded.items()})
        pages.update({f"{name}/{k}": {**p, "template": templates[k]} for k, p in loaded.items()})
    return pages


# --- Readers ---------------------------------------------------------------------------


def run_reader(pages: dict[str, dict[str, object]], ingest_root: Path, addresses: bool = True) -> tuple[dict[str, dict[str, object]], float]:
    """Every dump read by the ``ingest`` package found in ``ingest_root``, in a subprocess:
    ``(results by page, seconds spent learning templates and reading, imports excluded)``.
    ``addresses``: give the reader each page's address, as a sidecar's ``source_url`` would."""
    # The page's address, as a curator's sidecar gives it (``source_url``): its site and its slug.
    request = {
        "pages": {k: p["dump"] for k, p in pages.items()},
        "sites": {k: p["site"] for k, p in pages.items()},
        "urls": {k: p["url"] for k, p in pages.items()} if addresses else {},
    }
    done = subprocess.run(
        [sys.executable, str(READER_SCRIPT)],
        input=json.dumps(request), capture_output=True, text=True, check=True,
        env={"PYTHONPATH": str(ingest_root), "PATH": "/usr/bin:/bin"}, cwd=ingest_root,
    )  # fmt: skip
    answer = json.loads(done.stdout)
    return answer["results"], answer["seconds"]


def export_main(into: Path, ref: str = "main") -> Path:
    """The ``ingest`` package as it is on ``ref`` (``main``), exported from git into ``into``,
    with ``people_films`` when ``ref`` has it (the HTML reader reads its given names)."""
    packages = [name for name in ("ingest", "people_films") if _tree_has(ref, name)]
    archive = subprocess.run(["git", "-C", str(REPO), "archive", ref, *packages], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def _tree_has(ref: str, path: str) -> bool:
    listed = subprocess.run(["git", "-C", str(REPO), "ls-tree", "--name-only", ref, path], capture_output=True, text=True)
    return bool(listed.stdout.strip())


def keep_everything(pages: dict[str, dict[str, object]]) -> dict[str, dict[str, object]]:
    return {k: {"body": p["dump"], "title": "", "date": "", "authors": [], "listing": False} for k, p in pages.items()}


# --- Scores -----------------------------------------------------------------------------


def line_scores(pages, results, truth) -> tuple[float, float]:
    """(share of true body lines kept, share of chrome lines removed) over the dumps' lines."""
    kept = body = removed = chrome = 0
    for key, page in pages.items():
        true_body = _norm(truth[key]["articleBody"])
        result = results[key]
        out_body = _norm(result["body"])
        out_lines = {_norm(line) for line in str(result["body"]).splitlines()}
        out_all = out_body + "\n" + _norm(str(result["title"])) + "\n" + _norm(str(result.get("deck", "")))
        for line in page["dump"].splitlines():
            text = _norm(line)
            if len(text) < 3:
                continue
            if text in true_body and (len(text.split()) >= 4 or len(text) >= 20):
                body += 1
                kept += text in out_all
            elif text not in true_body:
                chrome += 1
                # A short chrome line ("Tweet", a name) is kept only as a line of its own, not as a word of the text.
                removed += not (text in out_lines or (len(text) >= 40 and text in out_body))
    return kept / max(1, body), removed / max(1, chrome)


def title_date_scores(pages, results) -> tuple[str, str, str]:
    """(title right, date right, date right over the pages whose dump shows the date, with their number)."""
    titled = [k for k, p in pages.items() if p["titles"]]
    dated = [k for k, p in pages.items() if p["date"]]
    shown = [k for k in dated if date_shown(pages[k]["dump"], pages[k]["date"])]
    titles = sum(title_right(str(results[k]["title"]), pages[k]["titles"]) for k in titled)
    dates = sum(str(results[k]["date"])[:10] == pages[k]["date"] for k in dated)
    dates_shown = sum(str(results[k]["date"])[:10] == pages[k]["date"] for k in shown)
    return f"{titles / max(1, len(titled)):.3f}", f"{dates / max(1, len(dated)):.3f} ({len(dated)})", f"{dates_shown / max(1, len(shown)):.3f} ({len(shown)})"


def summary_score(pages, results, truth) -> str:
    """Share of pages whose card summary is text of the true body (:func:`bench.summaries.verdict`)."""
    from bench.summaries import verdict  # noqa: PLC0415

    if not pages or any("summary" not in results[k] for k in pages):
        return "-"
    return f"{sum(verdict(str(results[k]['summary']), truth[k]['articleBody'])[0] for k in pages) / len(pages):.3f}"


def author_score(results, keys: list[str], snippets) -> str:
    """Share of the pages that name an author (extraction-wide's ``author``) whose authors are
    right, compared as the snippet scorer compares them (:func:`bench.extraction.authors_key`)."""
    from bench.extraction import authors_key  # noqa: PLC0415
    from bench.html_authors import lenient_key  # noqa: PLC0415 (bench.html_authors imports this module)

    named = [k for k in keys if snippets[k].get("author")]
    right = sum(authors_key(results[k]["authors"]) == authors_key(snippets[k]["author"]) for k in named)
    # A check of the scorer's fairness, not the figure: references that keep "Von" or join two names with "und".
    lenient = sum(lenient_key(results[k]["authors"]) == lenient_key(snippets[k]["author"]) for k in named)
    return f"{right / max(1, len(named)):.3f} ({len(named)}; lenient {lenient / max(1, len(named)):.3f})"


def author_misses(pages, results, keys: list[str], snippets) -> list[str]:
    """One line for each page of ``keys`` whose authors are wrong, with its kind: the name is not
    printed in the dump at all (a ceiling: it is only in the page's ``<meta>`` or JSON-LD), printed
    but no name found, other names only, some names right. For the dev split only."""
    from bench.extraction import authors_key  # noqa: PLC0415

    out = []
    for key in keys:
        if not snippets[key].get("author"):
            continue
        want, got = authors_key(snippets[key]["author"]), authors_key(results[key]["authors"])
        if want == got:
            continue
        dump = _norm(str(pages[key]["dump"])).casefold()
        if not any(_norm(name).casefold() in dump for name in want):
            kind = "not printed"
        elif not got:
            kind = "printed, none found"
        else:
            kind = "some names right" if set(want) & set(got) else "other names only"
        out.append(f"  {kind}: {key} expected {snippets[key]['author']!r}, got {results[key]['authors']!r}")
    return sorted(out)


def snippet_f1(results, keys: list[str]) -> str:
    with tempfile.TemporaryDirectory() as folder:
        predictions = Path(folder) / "predictions.json"
        # What the published article shows as its text: the deck and the body (as bench.extraction scores HTML).
        shown = {k: "\n".join(filter(None, [str(results[k].get("deck", "")), str(results[k]["body"])])) for k in keys}
        predictions.write_text(json.dumps({k: {"articleBody": shown[k], "authors": results[k]["authors"]} for k in keys}))
        split = Path(folder) / "keys.json"
        split.write_text(json.dumps({"keys": keys}))
        out = subprocess.run(
            [sys.executable, str(SNIPPET_SCORE), str(WIDE / "snippets.json"), str(predictions), "--keys", f"{split}:keys"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
    match = re.search(r"F1 ([\d.]+)", out)
    return match[1] if match else "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["dev", "test"], default="test", help="which half of the by-site splits to score")
    parser.add_argument("--limit", type=int, help="only the first N pages of each corpus (quick looks)")
    parser.add_argument("--corpus", choices=["extraction-wide", "extraction-dev"], help="only this corpus (default: both)")
    parser.add_argument("--baseline", default="main", help="the git ref whose reader is the baseline (default: main)")
    parser.add_argument("--author-misses", action="store_true", help="list this reader's author misses by kind (dev split only)")
    parser.add_argument("--save", type=Path, help="write each corpus's pages, references and this reader's results here (JSON)")
    args = parser.parse_args(argv)
    if args.author_misses and args.split != "dev":
        parser.error("--author-misses lists pages of the dev split only: the test split is not tuned on")
    if not WIDE.is_dir() or not DEV.is_dir():
        print(f"{WIDE.parent}: benchmark pages not found", file=sys.stderr)
        return 1
    snippets = json.loads((WIDE / "snippets.json").read_text(encoding="utf-8"))
    truth = json.loads((DEV / "ground-truth.json").read_text(encoding="utf-8"))
    corpora = {
        "extraction-wide": (WIDE, {k: v.get("url", "") for k, v in snippets.items()}),
        "extraction-dev": (DEV, {k: v.get("url", "") for k, v in truth.items()}),
    }
    rows, misses = [], []
    with tempfile.TemporaryDirectory() as folder:
        main_tree = export_main(Path(folder), args.baseline)
        for name, (corpus, urls) in corpora.items():
            if args.corpus and name != args.corpus:
                continue
            # Every page is read (a site's template is learned from all of its pages, as the
            # ingest does); only the chosen split is scored.
            every = sorted(urls)[: args.limit] if args.limit else sorted(urls)
            pages = load(corpus, every, urls)
            scored = [k for k in json.loads((SPLITS / f"{name}.json").read_text())[args.split] if k in pages]
            readers = {
                "keep every line": (keep_everything(pages), None),
                f"reader on {args.baseline}"[:16]: run_reader(pages, main_tree),
                "this reader": run_reader(pages, REPO),
                # A curator's dump may come without a sidecar: no address to weigh.
                "this, no address": run_reader(pages, REPO, addresses=False),
            }
            for reader, (results, seconds) in readers.items():
                sub = {k: pages[k] for k in scored}
                title, date, date_on_shown = title_date_scores(sub, results)
                if name == "extraction-dev":
                    kept, removed = line_scores(sub, results, truth)
                    lines, f1 = (f"{kept:.3f}", f"{removed:.3f}"), "-"
                    summaries = summary_score(sub, results, truth)
                else:
                    lines, f1, summaries = ("-", "-"), snippet_f1(results, scored), "-"
                authors = author_score(results, scored, snippets) if name == "extraction-wide" else "-"
                listings = sum(bool(results[k].get("listing")) for k in scored)
                time = "-" if seconds is None else f"{seconds:.1f}"
                rows.append((f"{name} ({len(scored)})", reader, *lines, f1, title, date, date_on_shown, authors, summaries, listings, time))
                if args.author_misses and reader == "this reader" and name == "extraction-wide":
                    misses = author_misses(pages, results, scored, snippets)
            if args.save:
                results_of_baseline = next(results for reader, (results, _) in readers.items() if reader.startswith("reader on"))
                args.save.mkdir(parents=True, exist_ok=True)
                saved = {k: {**pages[k], "titles": sorted(pages[k]["titles"]), "result": readers["this reader"][0][k], "baseline": results_of_baseline[k]} for k in scored}
                (args.save / f"{name}-{args.split}.json").write_text(json.dumps(saved, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"text dumps, {args.split} split (by site); time: seconds to read every page of the corpus (both splits), same run")
    header = ("corpus (pages)", "reader", "body kept", "chrome gone", "snippet F1", "title", "date (dated)", "date (shown)", "authors (named)", "summary", "refused as listing", "time")
    widths = [24, 16, 10, 12, 11, 6, 12, 12, 30, 8, 4, 6]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))
    if misses:
        kinds = Counter(line.split(":")[0].strip() for line in misses)
        print("extraction-wide author misses of this reader, by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
