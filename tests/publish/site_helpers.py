"""Helpers for the publishing tests: small real sites built with the project's conf.py, and a local HTTP server.

The sites are written here, not ingested from the corpus, so each test knows
exactly which articles, titles and links exist.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from ingest.escape import escape_inline

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "_build" / "test-artifacts"


def tool_missing(reason: str) -> None:
    """Skip on a developer machine without the tool; fail where CI is set."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so this test must run; see .ci/run)")
    pytest.skip(reason)


def write_site(srcdir: Path, articles: list[dict]) -> None:
    """A home page, and one page per article with the front matter the ingest writes."""
    (srcdir / "articles").mkdir(parents=True)
    names = "\n".join(article["docname"] for article in articles)
    (srcdir / "index.md").write_text(f"# Test archive\n\n:::{{toctree}}\n\n{names}\n:::\n", encoding="utf-8")
    for article in articles:
        front = {key: article[key] for key in ("summary", "source_file") if article.get(key)}
        lines = [f"{key}: {json.dumps(value)}" for key, value in front.items()]
        body = article.get("body", "Text of the article.")
        text = "---\n" + "\n".join(lines) + f"\n---\n\n# {escape_inline(article['title'])}\n\n{body}\n"
        (srcdir / f"{article['docname']}.md").write_text(text, encoding="utf-8")
    catalog = [{k: v for k, v in article.items() if k != "body"} for article in articles]
    (srcdir / "articles" / "catalog.json").write_text(json.dumps(catalog), encoding="utf-8")


def build(srcdir: Path, outdir: Path, builder: str, base_url: str = "", **overrides: object) -> subprocess.CompletedProcess:
    """``sphinx-build -M`` with the project's conf.py, as ``make html`` runs it.

    A separate process, because conf.py reads SITE_BASEURL when it runs and
    Sphinx keeps docutils state per process. Warnings are in ``.stderr``.
    """
    defines = [f"-D{name}={value}" for name, value in overrides.items()]
    command = [sys.executable, "-m", "sphinx", "-M", builder, str(srcdir), str(outdir), "-c", str(ROOT), "-n", "-q", "-E", *defines]
    env = {**os.environ, "SITE_BASEURL": base_url}
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)


@contextmanager
def http_server(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve ``handler`` on 127.0.0.1 on a free port; yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    server.block_on_close = False  # a deliberately slow response must not hold up the test
    with serving(server) as address:
        yield address


@contextmanager
def serving(server: ThreadingHTTPServer) -> Iterator[str]:
    """Run ``server`` (bound to 127.0.0.1) in a thread until the block ends; yields its base URL."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def keep_artifact(source: Path, name: str) -> None:
    """Copy a report where CI uploads it from (git-ignored _build/)."""
    target = ARTIFACTS / name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
