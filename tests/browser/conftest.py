"""The real site, built from a corpus and served on 127.0.0.1 under a project
sub-path (/archive/, as GitHub Pages serves https://OWNER.github.io/REPO/), and
Debian's headless Chromium driven by Playwright (no browser download).

Set CHROMIUM to use another Chromium binary. Where CI is set a missing browser
or missing npm tools fail the tests instead of skipping them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from browser_helpers import ROOT, Site, tool_missing

PREFIX = "/archive/"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


class PagesHandler(SimpleHTTPRequestHandler):
    """Serves the site only under PREFIX and answers misses with 404.html, as Pages does."""

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        relative = path[len(PREFIX) :] if path.startswith(PREFIX) else None
        target = Path(self.directory) / (relative or "index.html") if relative is not None else None
        if target is None or not (target.is_file() or (target / "index.html").is_file()):
            body = (Path(self.directory) / "404.html").read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.path = "/" + relative
        super().do_GET()

    def log_message(self, *args: object) -> None:
        pass


def build_site(workdir: Path, corpora: list[Path], base_url: str) -> Path:
    """corpus pages -> ingest -> sphinx-build, as `make html` does, away from the worktree's docs/."""
    docs, corpus = workdir / "docs", workdir / "corpus"
    shutil.copytree(ROOT / "docs", docs, ignore=shutil.ignore_patterns("articles", "people", "films"))
    corpus.mkdir()
    for folder in corpora:
        for page in folder.iterdir():
            if page.is_file() and page.name != "README.md":
                shutil.copy(page, corpus / page.name)
    steps = [
        [sys.executable, "-m", "ingest", "build", "--corpus", str(corpus), "--out", str(docs / "articles")],
        [sys.executable, "-m", "sphinx", "-M", "html", str(docs), str(workdir / "build"), "-c", str(ROOT), "-W", "-n", "-q"],
    ]
    for command in steps:
        result = subprocess.run(command, cwd=ROOT, env={**os.environ, "SITE_BASEURL": base_url}, capture_output=True, text=True, timeout=300, check=False)
        assert result.returncode == 0, f"{command[2]} failed:\n{result.stderr}"
    return workdir / "build" / "html"


def serve_site(workdir: Path, corpora: list[Path]) -> Iterator[Site]:
    """Bind first (the base URL needs the port), build, then serve."""
    holder: dict[str, Path] = {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), lambda *args: PagesHandler(*args, directory=str(holder["html"])))
    server.daemon_threads = True
    url = f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    holder["html"] = build_site(workdir, corpora, url)
    catalog = json.loads((workdir / "docs" / "articles" / "catalog.json").read_text(encoding="utf-8"))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Site(url, holder["html"], catalog)
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The site of the project's own corpus."""
    yield from serve_site(tmp_path_factory.mktemp("site"), [ROOT / "corpus"])


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    executable = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if not executable:
        tool_missing("Chromium not found (Debian package `chromium`, or set CHROMIUM)")
    try:
        from playwright.sync_api import sync_playwright  # noqa: PLC0415
    except ImportError:
        tool_missing("the playwright package is not installed (requirements-dev.txt)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


def _page(browser: object, viewport: dict[str, int]) -> Iterator[object]:
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    yield from _page(browser, DESKTOP)


@pytest.fixture
def phone(browser: object) -> Iterator[object]:
    yield from _page(browser, PHONE)


@pytest.fixture(scope="session")
def people_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The project's corpus plus a test article, so that one person is mentioned in two articles."""
    yield from serve_site(tmp_path_factory.mktemp("people-site"), [ROOT / "corpus", Path(__file__).with_name("corpus-people")])


@pytest.fixture(scope="session")
def reader_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The people site plus pages for the reader's pass (tests/browser/test_reader.py): a title
    holding an exact phrase, a page holding its words apart, a Korean page, dates over five months."""
    here = Path(__file__).parent
    yield from serve_site(tmp_path_factory.mktemp("reader-site"), [ROOT / "corpus", here / "corpus-people", here / "corpus-reader"])
