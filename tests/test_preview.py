"""Looking at the site locally: ``make livehtml`` and ``make serve``.

livehtml: what it watches, and that a page that fails still lets the site
rebuild. The command is read from ``make -n livehtml`` and parsed by
sphinx-autobuild's own parser and ignore filter, so these hold for the command
the Makefile runs; no server is started and nothing is timed.

serve: a real ``make serve`` on a copy of the project with a broken page
serves the site all the same, and answers an unknown path with the site's
404.html (sphinx-notfound-page's) and status 404, as the published host does.
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from sphinx_autobuild.__main__ import _parse_args
from sphinx_autobuild.filter import IgnoreFilter

from tests.sitebuild import ROOT, build_env
from tests.test_rebuild_equals_clean import copy_project


@pytest.fixture(scope="module")
def livehtml() -> list[str]:
    """The arguments ``make livehtml`` gives sphinx-autobuild."""
    dry = subprocess.run(["make", "-s", "-n", "livehtml", f"PYTHON={sys.executable}"], cwd=ROOT, capture_output=True, text=True, check=True)
    words = shlex.split(dry.stdout.replace("\\\n", " "))
    return words[words.index("sphinx_autobuild") + 1 :]


def rebuilds_on(arguments: list[str], path: str) -> bool:
    """Whether saving ``path`` (relative to the project) makes sphinx-autobuild rebuild, as its ``main`` decides."""
    args, _ = _parse_args(arguments)
    ignored = IgnoreFilter([*args.ignore, args.outdir, args.doctree_dir], args.re_ignore)
    watched = [Path(args.sourcedir), *map(Path, args.additional_watched_dirs)]
    target = (ROOT / path).resolve()
    under = any(target == (ROOT / folder).resolve() or (ROOT / folder).resolve() in target.parents for folder in watched)
    return under and not ignored(str(target))


@pytest.mark.parametrize("path", ["registry/people.toml", "registry/films.toml", "corpus/new-page.txt", "corpus/new-page.meta.toml", "docs/index.md", "conf.py"])
def test_saving_a_source_rebuilds(livehtml: list[str], path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the Makefile's paths are relative to the project
    assert rebuilds_on(livehtml, path)


@pytest.mark.parametrize("path", ["docs/articles/x-0123abcd.md", "docs/people/kim-tae-yong.md", "docs/films/choon.md", "_build/html/index.html"])
def test_what_the_build_writes_does_not_rebuild_it_again(livehtml: list[str], path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    assert not rebuilds_on(livehtml, path)


def test_a_page_that_fails_still_lets_the_site_rebuild(livehtml: list[str], tmp_path: Path) -> None:
    args, _ = _parse_args(livehtml)
    [pre_build] = args.pre_build
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "good.txt").write_text("A good page\n\nIts one paragraph of text, long enough to be an article body.\n", encoding="utf-8")
    (tmp_path / "corpus" / "empty.txt").write_bytes(b"")
    run = subprocess.run(shlex.split(pre_build), cwd=tmp_path, env=build_env(), capture_output=True, text=True, timeout=120)
    assert run.returncode == 0  # sphinx-autobuild skips the rebuild on anything else
    assert run.stderr.splitlines() == ["error: corpus/empty.txt: empty file; save the page again from the browser, or delete it"]
    assert list((tmp_path / "docs" / "articles").glob("a-good-page-*.md"))


def test_serve_serves_the_site_when_a_page_failed(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "project")
    (root / "corpus" / "broken.txt").write_bytes(b"\xff\xfe not text")
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTEST_", "MAKE"))}
    serve = subprocess.Popen(
        ["make", "serve", "PORT=0", f"PYTHON={sys.executable}"], cwd=root, env={**env, "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
    )
    try:
        output = []
        for line in serve.stdout:  # ends when make stops: then no server was started
            output.append(line)
            if match := re.search(r"Serving HTTP on 127\.0\.0\.1 port (\d+)", line):
                site = f"http://127.0.0.1:{match.group(1)}"
                with urllib.request.urlopen(f"{site}/index.html", timeout=30) as page:
                    assert page.status == 200
                with pytest.raises(urllib.error.HTTPError) as missing:
                    urllib.request.urlopen(f"{site}/articles/no-such-page.html", timeout=30)
                assert missing.value.code == 404
                assert missing.value.read() == (root / "_build" / "html" / "404.html").read_bytes()
                break
        else:
            pytest.fail("make serve stopped without serving:\n" + "".join(output))
        assert any("broken.txt: not valid UTF-8" in line for line in output)
    finally:
        os.killpg(serve.pid, signal.SIGTERM)
        serve.wait(timeout=30)


def test_help_gives_the_address_to_open() -> None:
    targets = subprocess.run(["make", "-s", "help", "PORT=8123"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert "serve the site on http://127.0.0.1:8123," in targets and "$(PORT)" not in targets
