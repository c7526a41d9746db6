"""Build a throwaway site the way ``make html`` does, for the safety tests.

The real commands run as subprocesses (``python -m ingest build``, then
``python -m sphinx -M html``) with the project's own conf.py and
docutils.conf, in a folder laid out like a checkout::

    root/SECRET.txt        a canary file of the "build machine"
    root/corpus/           the pages
    root/docs/index.md     the project's home page
    root/docs/articles/    written by the ingest
    root/_build/html/      the site

A page that could reach ``../../SECRET.txt`` from ``docs/articles/`` would
reach the canary; a build-time command would run in ``root``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup

from ingest.assets import ASSETS_FOLDER

ROOT = Path(__file__).resolve().parents[1]
SECRET = "CANARY-SECRET-FILE-7f3a91"
ENV_CANARY = "CANARY-ENV-VALUE-c24e08"
SOURCE_DATE_EPOCH = "1767225600"  # 2026-01-01


@dataclass
class Site:
    root: Path
    ingest: subprocess.CompletedProcess[str]
    sphinx: subprocess.CompletedProcess[str]

    @property
    def html(self) -> Path:
        return self.root / "_build" / "html"

    @property
    def articles(self) -> Path:
        return self.root / "docs" / "articles"


def build_env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTEST_", "COV_"))}
    # PYTHONPATH: ``python -m ingest`` runs from the build folder, not the checkout.
    env.update(ARCHIVE_TEST_CANARY=ENV_CANARY, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH, PYTHONHASHSEED="0", PYTHONPATH=str(ROOT))
    return env


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=cwd, env=build_env(), capture_output=True, text=True, timeout=600)


def prepare(root: Path, pages: list[Path]) -> None:
    """A checkout-like folder holding ``pages`` (and their sidecars) as its corpus."""
    (root / "corpus").mkdir(parents=True)
    for page in pages:
        shutil.copy(page, root / "corpus" / page.name)
    (root / "docs").mkdir()
    shutil.copy(ROOT / "docs" / "index.md", root / "docs" / "index.md")
    (root / "SECRET.txt").write_text(SECRET + "\n", encoding="utf-8")


def ingest(root: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return run(["-m", "ingest", "build", "--corpus", "corpus", "--out", "docs/articles", *options], cwd=root)


def sphinx(root: Path, *, strict: bool = True) -> subprocess.CompletedProcess[str]:
    options = ["-W", "-n", "--keep-going"] if strict else ["-n", "--keep-going"]
    return run(["-m", "sphinx", "-M", "html", "docs", "_build", "-c", str(ROOT), *options], cwd=root)


def build_site(root: Path, pages: list[Path]) -> Site:
    prepare(root, pages)
    return Site(root, ingest(root), sphinx(root))


def visible_text(html: str) -> str:
    """The page's main text as a reader sees it, whitespace folded."""
    soup = BeautifulSoup(html, "html.parser")
    main = soup.find("article") or soup
    return re.sub(r"\s+", " ", main.get_text(" ")).strip()


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# --- scans of a built site: each returns what it found wrong (empty = safe) ----

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "srcset", "poster", "xlink:href"}
UNSAFE_SCHEMES = ("javascript:", "data:", "vbscript:", "file:")


def _pages(html_dir: Path) -> list[tuple[Path, BeautifulSoup]]:
    return [(path, BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")) for path in sorted(html_dir.rglob("*.html"))]


def unsafe_attributes(html_dir: Path) -> list[str]:
    """Event handlers, script/data/file URLs and meta refreshes anywhere in the site."""
    found = []
    for path, soup in _pages(html_dir):
        for tag in soup.find_all(True):
            for name, value in tag.attrs.items():
                url = re.sub(r"[\x00-\x20]", "", str(value)).lower()
                if name.lower().startswith("on"):
                    found.append(f"{path.name}: <{tag.name} {name}>")
                elif name.lower() in URL_ATTRIBUTES and url.startswith(UNSAFE_SCHEMES):
                    found.append(f"{path.name}: <{tag.name} {name}={value!r}>")
                elif tag.name == "meta" and str(tag.get("http-equiv", "")).lower() == "refresh":
                    found.append(f"{path.name}: <meta http-equiv=refresh>")
    return found


def _scripts(soup: BeautifulSoup) -> set[str]:
    # Relative ("../_static/x.js") or, on the 404 page, absolute ("/prefix/_static/x.js").
    return {re.sub(r"^.*?(?=_static/)|^(\.\./)+", "", script.get("src", "")) or script.get_text() for script in soup.find_all("script")}


# Pages with no scraped text on them: their scripts are the theme's and Sphinx's.
REFERENCE_PAGES = ("index.html", "search.html")


def foreign_scripts(html_dir: Path) -> list[str]:
    """Scripts on any page that the theme and Sphinx did not bring."""
    theirs = set().union(*(_scripts(BeautifulSoup((html_dir / name).read_text(encoding="utf-8"), "html.parser")) for name in REFERENCE_PAGES))
    return [f"{path.name}: {script[:60]!r}" for path, soup in _pages(html_dir) for script in sorted(_scripts(soup) - theirs)]


def copied_files(html_dir: Path, pipeline_assets: Path) -> list[str]:
    """Files Sphinx copied from pages' references (images, downloads, sources),
    except the pictures the ingest itself put in ``pipeline_assets``, byte for byte."""
    ours = {p.name: p.read_bytes() for p in pipeline_assets.glob("*")} if pipeline_assets.is_dir() else {}
    return [
        str(p.relative_to(html_dir))
        for folder in ("_images", "_downloads", "_sources")
        for p in (html_dir / folder).rglob("*")
        if p.is_file() and not (folder == "_images" and p.parent == html_dir / folder and ours.get(p.name) == p.read_bytes())
    ]


def leaks(build_dir: Path) -> list[str]:
    """Output files holding the canary file's text, the canary variable, or /etc/passwd."""
    canaries = (SECRET.encode(), ENV_CANARY.encode(), b"root:x:0:0")
    return [str(p) for p in build_dir.rglob("*") if p.is_file() and any(c in p.read_bytes() for c in canaries)]


def commands_run(root: Path) -> list[Path]:
    """Files the payloads' build-time commands (``touch pwned-...``) would have made."""
    return list(root.rglob("pwned*"))


class BuiltSiteScans:
    """The scans of a built site that every hostile build must pass.

    Subclassed by test modules whose module-scoped ``site`` fixture builds it.
    """

    def test_no_file_of_the_build_machine_is_read_into_the_site(self, site: Site) -> None:
        assert leaks(site.root / "_build") == []

    def test_nothing_is_copied_into_images_or_downloads(self, site: Site) -> None:
        assert copied_files(site.html, site.articles / ASSETS_FOLDER) == []

    def test_no_code_runs_at_build_time(self, site: Site) -> None:
        assert commands_run(site.root) == []

    def test_no_event_handler_attributes_or_script_urls(self, site: Site) -> None:
        assert unsafe_attributes(site.html) == []

    def test_only_the_themes_scripts_appear(self, site: Site) -> None:
        assert foreign_scripts(site.html) == []
