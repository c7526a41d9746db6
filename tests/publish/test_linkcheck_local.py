"""Sphinx's linkcheck, with the project's settings, against a server on 127.0.0.1.

Each path answers one way a news site does; the test asserts exactly which
links end up broken, redirected, working and ignored, and that the report
names the article a broken link is on.
"""

from __future__ import annotations

import json
import os
import re
import runpy
import shutil
import subprocess
import sys
import time
import tomllib
from http.server import BaseHTTPRequestHandler

import pytest
from site_helpers import ROOT, build, http_server, keep_artifact, write_site

from archive.linkreport import reason
from tests.test_rebuild_equals_clean import copy_project

pytestmark = pytest.mark.site

SLOW_SECONDS = 3  # longer than the timeout below
INSIDE_NETWORK = [rule["url"] for rule in tomllib.loads((ROOT / "linkcheck.toml").read_text(encoding="utf-8"))["ignore_inside_network"]]


@pytest.fixture(autouse=True, scope="module")
def check_this_machines_server():
    """The project never checks links into the checking machine's network (linkcheck.toml);
    this module's server listens on 127.0.0.1, so its builds are let through (conf.py)."""
    os.environ["ARCHIVE_LINKCHECK_LOCAL"] = "1"
    yield
    del os.environ["ARCHIVE_LINKCHECK_LOCAL"]


class NewsSite(BaseHTTPRequestHandler):
    rate_limited_at: float | None = None
    retried_after: float | None = None

    def do_HEAD(self) -> None:
        self.answer(body=False)

    def do_GET(self) -> None:
        self.answer(body=True)

    def answer(self, body: bool) -> None:
        if self.path == "/busy":
            cls = type(self)
            if cls.rate_limited_at is None:
                cls.rate_limited_at = time.monotonic()
                return self.reply(429, {"Retry-After": "1"}, body)
            cls.retried_after = cls.retried_after or time.monotonic() - cls.rate_limited_at
        if self.path == "/slow":
            time.sleep(SLOW_SECONDS)
        if self.path == "/hostile":  # a reason phrase that would clear the terminal and retitle its window
            return self.reply(404, {}, body, reason="Not \x1b]0;owned\x07Found\x1b[2J")
        redirects = {"/moved": (301, "/ok"), "/found": (302, "/ok")}
        if self.path in redirects:
            status, target = redirects[self.path]
            return self.reply(status, {"Location": target}, body)
        self.reply(404 if self.path == "/missing" else 200, {}, body)

    def reply(self, status: int, headers: dict[str, str], body: bool, reason: str | None = None) -> None:
        content = b"<!doctype html><title>page</title><p>text</p>"
        try:
            self.send_response(status, reason)
            for name, value in {**headers, "Content-Type": "text/html", "Content-Length": str(len(content))}.items():
                self.send_header(name, value)
            self.end_headers()
            if body:
                self.wfile.write(content)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the checker gave up on the slow answer

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("linkcheck")
    with http_server(NewsSite) as server:
        links = [f"{server}/{path}" for path in ("ok", "moved", "found", "missing", "busy", "slow")]
        links.append("https://x.com/someone/status/1")  # on the ignore list (linkcheck.toml)
        body = "\n\n".join(f"[link {n}](<{url}>)" for n, url in enumerate(links))
        write_site(
            root / "src",
            [
                {"docname": "articles/linked", "title": "Linked", "source_file": "007_linked.html", "body": body},
                {"docname": "articles/quiet", "title": "Quiet", "source_file": "008_quiet.txt", "body": f"[source](<{server}/ok>)"},
            ],
        )
        result = build(root / "src", root / "out", "linkcheck", linkcheck_timeout=1, linkcheck_retries=2)
    out = root / "out" / "linkcheck"
    keep_artifact(out / "output.json", "linkcheck/output.json")
    keep_artifact(out / "report.txt", "linkcheck/report.txt")
    rows = [json.loads(line) for line in (out / "output.json").read_text(encoding="utf-8").splitlines()]
    return {
        "returncode": result.returncode,
        "status": {row["uri"].rsplit("/", 1)[-1] if "127.0.0.1" in row["uri"] else row["uri"]: row["status"] for row in rows if row["filename"] == "articles/linked.md"},
        "report": (out / "report.txt").read_text(encoding="utf-8"),
        "server": server,
    }


def test_each_answer_gets_its_status(results: dict) -> None:
    assert results["status"] == {
        "ok": "working",
        "moved": "redirected",
        "found": "redirected",
        "missing": "broken",
        "busy": "working",
        "slow": "broken",  # a timeout counts as broken, so it is retried and reported
        "https://x.com/someone/status/1": "ignored",
    }


def test_broken_links_fail_the_run(results: dict) -> None:
    assert results["returncode"] == 1


def test_rate_limit_waits_for_retry_after(results: dict) -> None:
    assert NewsSite.retried_after is not None and NewsSite.retried_after >= 1


def test_report_names_the_article_of_each_broken_link(results: dict) -> None:
    report, server = results["report"], results["server"]
    assert "Linked  [articles/linked.md, from corpus/007_linked.html]" in report
    assert f"broken   {server}/missing  (404 Not Found)" in report
    assert f"broken   {server}/slow  (no answer in time)" in report
    assert "Quiet" not in report  # only working links there


def test_what_a_linked_server_says_reaches_the_terminal_and_output_txt_clean(tmp_path) -> None:
    """Sphinx logs each link's status line as the server sent it; it is cleaned first."""
    with http_server(NewsSite) as server:
        write_site(tmp_path / "src", [{"docname": "articles/a", "title": "A", "source_file": "a.txt", "body": f"[link](<{server}/hostile>)"}])
        command = [sys.executable, "-m", "sphinx", "-M", "linkcheck", str(tmp_path / "src"), str(tmp_path / "out"), "-c", str(ROOT), "-n", "-E"]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    logged = re.sub(r"\x1b\[[0-9;]*[mK]", "", done.stdout + done.stderr)  # Sphinx's own colours and line erasing (on a CI runner); the server sends others
    assert f"{server}/hostile - 404 Client Error: Not ]0;ownedFound[2J" in logged
    assert "\x1b" not in logged and "\x07" not in logged
    assert "\x1b" not in (tmp_path / "out" / "linkcheck" / "output.txt").read_text(encoding="utf-8")


def test_make_linkcheck_checks_the_other_pages_when_one_failed(tmp_path) -> None:
    root = copy_project(tmp_path / "project")
    shutil.rmtree(root / "corpus")
    (root / "corpus").mkdir()
    (root / "corpus" / "broken.txt").write_bytes(b"\xff\xfe not text")
    (root / "corpus" / "good.txt").write_text("A good page\n\nIts one paragraph of text, long enough to be an article body.\n", encoding="utf-8")
    with http_server(NewsSite) as base:
        (root / "corpus" / "good.meta.toml").write_text(f'source_url = "{base}/ok"\n', encoding="utf-8")
        env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTEST_", "MAKE"))}
        done = subprocess.run(["make", "linkcheck", f"PYTHON={sys.executable}"], cwd=root, env=env, capture_output=True, text=True, timeout=300)
    assert "error: corpus/broken.txt: not valid UTF-8" in done.stderr
    assert done.returncode != 0  # the failed page is still reported
    rows = [json.loads(line) for line in (root / "_build" / "linkcheck" / "output.json").read_text(encoding="utf-8").splitlines()]
    assert [(row["uri"], row["status"]) for row in rows if row["uri"].startswith("http")] == [(f"{base}/ok", "working")]


@pytest.mark.parametrize(
    ("info", "words"),
    [
        (
            "HTTPSConnectionPool(host='news.example', port=443): Max retries exceeded with url: /a (Caused by NameResolutionError("
            "\"HTTPSConnection(host='news.example', port=443): Failed to resolve 'news.example' ([Errno -2] Name or service not known)\"))",
            "no such site: the name does not resolve (or this machine is offline)",
        ),
        ("HTTPConnectionPool(host='127.0.0.1', port=1): Max retries exceeded with url: / (Caused by NewConnectionError('[Errno 111] Connection refused'))", "the site refused the connection"),
        ("503 Server Error: Service Unavailable for url: https://news.example/a", "503 Service Unavailable"),
        ("Anchor 'top' not found", "Anchor 'top' not found"),
    ],
)
def test_the_report_says_why_a_link_failed_in_words(info: str, words: str) -> None:
    assert reason({"info": info, "code": 0}) == words


@pytest.mark.parametrize(
    ("url", "ignored"),
    [
        ("http://169.254.169.254/latest/meta-data/", True),  # a cloud's metadata service
        ("http://localhost:8080/admin", True),
        ("http://127.0.0.1/", True),
        ("http://10.0.3.7/intranet", True),
        ("http://172.16.0.1/", True),
        ("http://192.168.1.1/", True),
        ("http://[::1]/", True),
        ("http://LOCALHOST/", True),  # hosts are case-insensitive
        ("http://localhost./", True),
        ("http://user@127.0.0.1/", True),  # user information before the host
        ("http://2130706433/", True),  # 127.0.0.1 as one number
        ("http://0x7f000001/", True),
        ("http://127.1/", True),
        ("http://[::ffff:a9fe:a9fe]/", True),  # 169.254.169.254, IPv4-mapped
        ("http://[0:0:0:0:0:0:0:1]/", True),
        ("https://face.be/", False),  # hex letters are no number
        ("https://2021.festival.example/", False),
        ("http://172.32.0.1/", True),  # public, but by number: left out with the rest
        ("https://10.example.com/", False),
        ("https://localhost.example.com/", False),
        ("https://www.cine21.com/news/view/?mag_id=1", False),
    ],
)
def test_addresses_inside_the_checking_machines_network_are_never_requested(url: str, ignored: bool) -> None:
    assert any(re.match(rule, url) for rule in INSIDE_NETWORK) is ignored


def test_the_projects_settings_ignore_them_unless_told_to_check_this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARCHIVE_LINKCHECK_LOCAL")
    assert set(INSIDE_NETWORK) <= set(runpy.run_path(str(ROOT / "conf.py"))["linkcheck_ignore"])
    monkeypatch.setenv("ARCHIVE_LINKCHECK_LOCAL", "1")
    assert not set(INSIDE_NETWORK) & set(runpy.run_path(str(ROOT / "conf.py"))["linkcheck_ignore"])
