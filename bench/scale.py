"""``make bench``: the archive's costs at growing sizes, beside baselines
measured in the same run (see docs-notes/performance.md).

For each size: generate a corpus (bench/corpora.py), then measure

* ingest: ``python -m ingest build`` from a cold cache, all cores, beside
  BeautifulSoup's bare parse of the same pages in one process (lxml, as the
  HTML reader, when installed), each the fastest of ``--repeat`` runs, in
  wall and in CPU seconds;
* full build, peak memory, size of an article page: the site's
  ``sphinx-build -j auto`` (run as ``python -m archive``, as the Makefile
  does) beside a plain one of the same MyST article files
  (Furo, MyST, sphinx-design; no listing pages, no people/films; only the
  bounded sidebar, without which plain Furo is quadratic, and the fixes of
  archive.incremental, archive.docsettings and archive.templatecache, so that both sides run the
  same Sphinx); and, as a
  second baseline, a plain project of as many pages as the site builds (its
  person, film and listing pages as plain pages of a title and a line);
* no-op rebuild, and rebuild after adding and after changing one article:
  the project's own ``make html`` (stamp check, ingest, sphinx-build), beside
  the same change built by the plain project's sphinx-build.

Usage: python bench/scale.py [--sizes 100 1000] [--work _build/bench]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpora import REPO, load_material, write_article, write_corpus, write_registry  # noqa: E402

PYTHON = sys.executable
SPHINX = [PYTHON, "-m", "sphinx", "-M", "html"]
OUR_SPHINX = [PYTHON, "-m", "archive", "-M", "html"]  # the Makefile's: sphinx-build with the collector paused at start
SPHINX_FLAGS = ["-W", "-n", "--keep-going", "-j", "auto"]

PLAIN_CONF = '''
import sys
sys.path.insert(0, {repo!r})
project = "plain baseline"
extensions = ["myst_parser", "sphinx_design", "archive.navigation", "archive.incremental", "archive.docsettings", "archive.templatecache"]
myst_enable_extensions = ["colon_fence", "fieldlist"]
myst_disable_syntax = ["html_block", "html_inline"]
html_theme = "furo"
html_copy_source = False
html_show_sourcelink = False
# The articles link people and films; without their extension those links
# stay plain text, which is what this baseline is for.
suppress_warnings = ["myst.xref_missing"]
'''
PLAIN_ROOT = "# Plain baseline\n\n:::{toctree}\n:hidden:\n\narticles/index\n:::\n"
PLAIN_ARTICLES = "# Articles\n\n:::{toctree}\n:hidden:\n:glob:\n\n*\n:::\n"


def has_html_reader() -> bool:
    try:
        import ingest.html  # noqa: F401, PLC0415

        return True
    except ImportError:
        return False


@dataclass
class Run:
    seconds: float  # wall clock
    peak_mib: float  # the largest process's peak resident memory
    output: str
    cpu: float = 0.0  # user + system seconds of every process: less sensitive to other load on the machine


def run(command: list[str], cwd: Path = REPO) -> Run:
    """Run one command in a fresh child, timing it and taking its peak RSS."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "seconds = time.perf_counter() - start\n"
        "sys.stdout.write(done.stdout + done.stderr)\n"
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(f'\\n@@ {seconds} {usage.ru_utime + usage.ru_stime} {usage.ru_maxrss} {done.returncode}')\n"
    )
    done = subprocess.run([PYTHON, "-c", probe, *command], cwd=cwd, capture_output=True, text=True, check=True)
    output, _, tail = done.stdout.rpartition("\n@@ ")
    seconds, cpu, peak_kib, status = tail.split()
    if status != "0":
        raise SystemExit(f"bench: {' '.join(command)} failed ({status}):\n{output[-3000:]}")
    return Run(float(seconds), int(peak_kib) / 1024, output, float(cpu))


@dataclass
class Site:
    """One project: the archive site, or the plain baseline."""

    root: Path
    plain: bool
    corpus: Path = field(init=False)
    # The plain project of as many pages as the site: beside the articles, one
    # page per other document of the site (person, film, listing), its title
    # and a line of text (see same_pages).
    pages: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.corpus = self.root / "corpus"

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    def prepare(self, articles: Path | None = None) -> None:
        if self.plain:
            (self.docs / "articles").mkdir(parents=True, exist_ok=True)
            (self.root / "conf.py").write_text(PLAIN_CONF.format(repo=str(REPO)), encoding="utf-8")
            (self.docs / "index.md").write_text(PLAIN_ROOT, encoding="utf-8")
            (self.docs / "articles" / "index.md").write_text(PLAIN_ARTICLES, encoding="utf-8")
            self.copy_articles(articles)
        else:
            shutil.copytree(REPO / "docs", self.docs, ignore=shutil.ignore_patterns("articles", "people", "films"))

    def copy_articles(self, articles: Path | None) -> None:
        """The plain project gets the site's article files (and its ``pages``), nothing else."""
        catalog = json.loads((articles / "catalog.json").read_text(encoding="utf-8"))
        for entry in catalog:
            name = str(entry["docname"]).removeprefix("articles/") + ".md"
            source, target = articles / name, self.docs / "articles" / name
            if not target.exists() or target.read_bytes() != source.read_bytes():
                shutil.copyfile(source, target)
        for name, title in self.pages.items():
            target = self.docs / "more" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(f"---\norphan: true\n---\n\n# {title}\n\nA page of the same number.\n", encoding="utf-8")

    def make_html(self) -> Run:
        """The Makefile's own target, pointed at this site's folders."""
        folders = {"CORPUS": self.corpus, "SOURCEDIR": self.docs, "BUILDDIR": self.root / "_build",
                   "REGISTRY": self.root / "registry", "INGEST_CACHE": self.root / ".ingest-cache"}
        return run(["make", "-s", "html", f"PYTHON={PYTHON}", *(f"{name}={path}" for name, path in folders.items())])

    def cold_ingest(self) -> Run:
        """The ingest with nothing to reuse: no cache, no articles from an earlier run."""
        shutil.rmtree(self.root / ".ingest-cache", ignore_errors=True)
        shutil.rmtree(self.docs / "articles", ignore_errors=True)
        return self.ingest()

    def ingest(self) -> Run:
        return run([PYTHON, "-m", "ingest", "build", "--corpus", str(self.corpus), "--out", str(self.docs / "articles"),
                    "--cache", str(self.root / ".ingest-cache"), "--registry", str(self.root / "registry")])

    def full_sphinx(self) -> Run:
        shutil.rmtree(self.root / "_build", ignore_errors=True)
        return self.sphinx()

    def sphinx(self) -> Run:
        if self.plain:
            return run([*SPHINX, str(self.docs), str(self.root / "_build"), "-c", str(self.root), *SPHINX_FLAGS])
        registry = ["-D", f"archive_registry={self.root / 'registry'}"]
        return run([*OUR_SPHINX, str(self.docs), str(self.root / "_build"), "-c", str(REPO), *SPHINX_FLAGS, *registry])

    def documents(self) -> list[Path]:
        """The source files Sphinx read in this project's last build (its doctrees)."""
        doctrees = self.root / "_build" / "doctrees"
        return sorted(path.relative_to(doctrees).with_suffix(".md") for path in doctrees.rglob("*.doctree"))

    def article_page_bytes(self, articles: Path) -> float:
        catalog = json.loads((articles / "catalog.json").read_text(encoding="utf-8"))
        sizes = [(self.root / "_build" / "html" / (str(e["docname"]) + ".html")).stat().st_size for e in catalog]
        return sum(sizes) / len(sizes)


def same_pages(site: Site, plain: Site) -> dict[str, str]:
    """A page per document the site built and the plain project lacks: file name -> the site page's title."""
    have = set(plain.documents())
    pages = {}
    for document in site.documents():
        if document in have:
            continue
        text = (site.docs / document).read_text(encoding="utf-8") if (site.docs / document).exists() else ""
        title = next((line[2:] for line in text.splitlines() if line.startswith("# ")), document.stem)
        pages["-".join(document.with_suffix("").parts) + ".md"] = title
    return pages


def bs4_parse(pages: list[Path]) -> tuple[float, float]:
    """Wall and CPU seconds for BeautifulSoup's bare parse of the pages, one
    process, with the parser the HTML reader uses (lxml when installed)."""
    code = (
        "import sys, time\nfrom bs4 import BeautifulSoup\n"
        "try:\n    import lxml; parser = 'lxml'\nexcept ImportError:\n    parser = 'html.parser'\n"
        "data = [open(p, 'rb').read() for p in sys.argv[1:]]\n"
        "start, cpu = time.perf_counter(), time.process_time()\n"
        "for d in data: BeautifulSoup(d, parser)\n"
        "print(time.perf_counter() - start, time.process_time() - cpu)\n"
    )
    listing = [str(p) for p in pages]
    seconds = cpu = 0.0
    for start in range(0, len(listing), 2000):  # keep the command line short
        done = subprocess.run([PYTHON, "-c", code, *listing[start : start + 2000]], capture_output=True, text=True, check=True)
        wall, used = map(float, done.stdout.split())
        seconds, cpu = seconds + wall, cpu + used
    return seconds, cpu


def rebuilt(output: str) -> str:
    """What Sphinx read (its own count: 'N added, N changed, N removed'), or that it did not run."""
    if "Nothing changed since the last build" in output:
        return "Sphinx not run"
    match = re.search(r"(\d+) added, (\d+) changed, (\d+) removed", output)
    return "Sphinx read added/changed/removed " + "/".join(match.groups()) if match else "?"


def fastest(*commands: Callable[[], Run], repeat: int) -> list[Run]:
    """Each command's fastest of ``repeat`` runs, the commands interleaved so
    that a burst of load on a shared machine hits them alike."""
    best: list[Run | None] = [None] * len(commands)
    for _ in range(repeat):
        for index, command in enumerate(commands):
            result = command()
            if best[index] is None or result.seconds < best[index].seconds:  # type: ignore[union-attr]
                best[index] = result
    return best  # type: ignore[return-value]


def measure(size: int, work: Path, repeat: int) -> dict[str, object]:
    work = work / str(size)
    shutil.rmtree(work, ignore_errors=True)
    site, plain = Site(work / "site", plain=False), Site(work / "plain", plain=True)
    use_html = has_html_reader()
    pages = write_corpus(site.corpus, size, use_html)
    write_registry(site.root / "registry", size + 1)
    site.prepare()
    figures: dict[str, object] = {"size": size, "material": "html" if use_html else "text"}

    ingest = min((site.cold_ingest() for _ in range(repeat)), key=lambda r: r.seconds)
    baseline_parse = min((bs4_parse(pages) for _ in range(repeat)), key=lambda r: r[0])
    figures["ingest"] = (size / ingest.seconds, size / baseline_parse[0])
    figures["ingest_cpu"] = (ingest.cpu, baseline_parse[1])
    articles = site.docs / "articles"
    plain.prepare(articles)

    ours, theirs = fastest(site.full_sphinx, plain.full_sphinx, repeat=repeat)
    figures["build"] = (ours.seconds, theirs.seconds)
    figures["build_cpu"] = (ours.cpu, theirs.cpu)
    # A second, fair baseline: a plain project of as many pages as the site builds.
    same = Site(work / "plain-same", plain=True, pages=same_pages(site, plain))
    same.prepare(articles)
    equal = fastest(same.full_sphinx, repeat=repeat)[0]
    figures["build_same_pages"] = (equal.seconds, equal.cpu, len(same.documents()), len(site.documents()))
    figures["peak_mib"] = (ours.peak_mib, theirs.peak_mib)
    figures["page_bytes"] = (site.article_page_bytes(articles), plain.article_page_bytes(articles))

    def plain_build() -> Run:
        plain.copy_articles(articles)
        return plain.sphinx()

    def rebuild(label: str, change: Callable[[int], object]) -> None:
        """The fastest of ``repeat`` rounds of: make the change, then build it both ways."""
        rounds = []
        for round_number in range(repeat):
            change(round_number)
            time.sleep(1.1)  # older than make html's racy second, as a curator's edit would be
            rounds.append((site.make_html(), plain_build()))
        ours = min((round_[0] for round_ in rounds), key=lambda r: r.seconds)
        theirs = min((round_[1] for round_ in rounds), key=lambda r: r.seconds)
        figures[label] = (ours.seconds, theirs.seconds, rebuilt(ours.output))

    site.make_html()  # the state make html leaves: articles, HTML and its stamp
    rebuild("noop", lambda _round: None)
    materials = load_material(use_html)
    rebuild("add", lambda round_number: write_article(site.corpus, size + round_number, materials))  # one article more
    rebuild("change", lambda round_number: write_article(site.corpus, size // 2, materials, revision=round_number + 1))
    return figures


def table(f: dict[str, object]) -> str:
    size = f["size"]
    ours_ingest, bs4 = f["ingest"]
    build, plain_build = f["build"]
    rows = [
        f"### {size} articles ({f['material']} pages)",
        "",
        "| measure | archive | plain baseline | ratio | goal |",
        "| --- | ---: | ---: | ---: | --- |",
        f"| ingest, pages/s (cold cache, all cores vs BeautifulSoup parse, one core) | {ours_ingest:.1f} | {bs4:.1f} | {bs4 / ours_ingest:.2f}x time | ≤ 1.5x |",
        f"| ingest, CPU s (all processes vs the parse) | {f['ingest_cpu'][0]:.1f} | {f['ingest_cpu'][1]:.1f} | {f['ingest_cpu'][0] / f['ingest_cpu'][1]:.2f}x | |",
        f"| full build, s | {build:.1f} | {plain_build:.1f} | {build / plain_build:.2f}x | ≤ 1.3x |",
        f"| full build, CPU s (all processes) | {f['build_cpu'][0]:.1f} | {f['build_cpu'][1]:.1f} | {f['build_cpu'][0] / f['build_cpu'][1]:.2f}x | |",
        f"| full build, s, beside a plain project of as many pages ({f['build_same_pages'][2]} vs {f['build_same_pages'][3]} documents) "
        f"| {build:.1f} | {f['build_same_pages'][0]:.1f} | {build / f['build_same_pages'][0]:.2f}x | |",
        f"| full build, CPU s, beside the plain project of as many pages | {f['build_cpu'][0]:.1f} | {f['build_same_pages'][1]:.1f} "
        f"| {f['build_cpu'][0] / f['build_same_pages'][1]:.2f}x | |",
        f"| full build, ms per article | {1000 * build / size:.0f} | {1000 * plain_build / size:.0f} | | flat |",
        f"| peak memory of one process, MiB | {f['peak_mib'][0]:.0f} | {f['peak_mib'][1]:.0f} | {f['peak_mib'][0] / f['peak_mib'][1]:.2f}x | |",
        f"| article page, KiB | {f['page_bytes'][0] / 1024:.1f} | {f['page_bytes'][1] / 1024:.1f} | {f['page_bytes'][0] / f['page_bytes'][1]:.2f}x | flat |",
    ]
    for label, goal in (("noop", "≤ 5%"), ("add", "≤ 10%"), ("change", "≤ 10%")):
        ours, theirs, counts = f[label]
        name = {"noop": "no-op rebuild", "add": "add one article", "change": "change one article"}[label]
        rows.append(
            f"| {name}, s (make html; {counts}) | {ours:.2f} | {theirs:.2f} | "
            f"{ours / theirs:.2f}x; {100 * ours / build:.1f}% of full build | {goal} of full |"
        )
    return "\n".join(rows) + "\n"


def flatness(results: list[dict[str, object]]) -> str:
    """Cost per article at each size against the smallest (goal: within 1.2x)."""
    first = results[0]
    per_article = lambda f: f["build"][0] / f["size"]  # noqa: E731
    cpu_per_article = lambda f: f["build_cpu"][0] / f["size"]  # noqa: E731
    rows = ["### Cost per article against the smallest size", "",
            "| size | build ms/article | ratio | CPU ms/article | ratio | article page KiB | ratio | peak MiB |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for f in results:
        rows.append(
            f"| {f['size']} | {1000 * per_article(f):.0f} | {per_article(f) / per_article(first):.2f}x | "
            f"{1000 * cpu_per_article(f):.0f} | {cpu_per_article(f) / cpu_per_article(first):.2f}x | "
            f"{f['page_bytes'][0] / 1024:.1f} | {f['page_bytes'][0] / first['page_bytes'][0]:.2f}x | {f['peak_mib'][0]:.0f} |"
        )
    return "\n".join(rows) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100 1000 10000", help="corpus sizes, space-separated")
    parser.add_argument("--work", type=Path, default=REPO / "_build" / "bench", help="scratch folder")
    parser.add_argument("--repeat", type=int, default=2, help="rounds of each measure (full build, no-op, add, change); the fastest counts (default 2)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    results = []
    for size in map(int, args.sizes.split()):
        started = time.perf_counter()
        figures = measure(size, args.work, args.repeat)
        results.append(figures)
        print(table(figures), flush=True)
        print(f"({size}: measured in {time.perf_counter() - started:.0f} s, {os.cpu_count()} cores)\n", flush=True)
    if len(results) > 1:
        print(flatness(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
