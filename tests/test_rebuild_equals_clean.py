"""After any change to the inputs, ``make html`` on the old tree gives the
same ``_build/html``, byte for byte, as a clean build of the new inputs.

Each step below changes a copy of the project (corpus pages, sidecars,
registry entries), runs ``make html`` on it, and compares every file of the
site with a clean build of the same inputs: sitemap, feed, search index,
general index, listings, previous/next links, and no page left behind by a
removed article or an emptied month. Both builds run with the same
``SOURCE_DATE_EPOCH`` and ``SITE_BASEURL``, as CI's do.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.site

# What `make html` reads; the rest of the checkout (tests, bench) is not needed.
PROJECT = (
    "Makefile", "conf.py", "docutils.conf", "linkcheck.toml", "addresses.toml", "archive", "ingest", "people_films", "tools", "docs", "registry", "corpus",
)
BASE_URL = "https://owner.github.io/repo/"
SOURCE_DATE_EPOCH = "1767225600"


def copy_project(root: Path) -> Path:
    root.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "articles", "people", "films")
    for name in PROJECT:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=ignore)
        else:
            shutil.copy2(source, root / name)
    return root


def make_html(root: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTEST_", "MAKE"))}
    env.update(SITE_BASEURL=BASE_URL, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH, PYTHONHASHSEED="0")
    done = subprocess.run(["make", "html", f"PYTHON={sys.executable}"], cwd=root, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def site_files(root: Path) -> dict[str, bytes]:
    html = root / "_build" / "html"
    return {path.relative_to(html).as_posix(): path.read_bytes() for path in sorted(html.rglob("*")) if path.is_file()}


def differences(rebuilt: Path, clean: Path) -> list[str]:
    old, new = site_files(rebuilt), site_files(clean)
    return (
        [f"left behind: {name}" for name in sorted(old.keys() - new.keys())]
        + [f"missing: {name}" for name in sorted(new.keys() - old.keys())]
        + [f"differs: {name}" for name in sorted(old.keys() & new.keys()) if old[name] != new[name]]
    )


def copy_inputs(rebuilt: Path, clean: Path) -> None:
    """The clean tree gets the rebuilt tree's current inputs, and nothing it built."""
    for name in ("corpus", "registry"):
        shutil.rmtree(clean / name)
        shutil.copytree(rebuilt / name, clean / name)
    shutil.copy2(rebuilt / "addresses.toml", clean / "addresses.toml")  # committed with the corpus


# --- the changes: each takes the project root ----------------------------------------

SEED = REPO / "corpus"
PAGE_A, PAGE_B, PAGE_C = "000_0af0f9ea32e2359d", "001_a4e444180179af0b", "002_0472e3aaac8c6868"


def add_page(root: Path) -> None:
    for suffix in (".txt", ".meta.toml"):
        shutil.copy(SEED / f"{PAGE_C}{suffix}", root / "corpus" / f"{PAGE_C}{suffix}")


def move_page_to_another_month(root: Path) -> None:
    sidecar = root / "corpus" / f"{PAGE_B}.meta.toml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace('date = "2025-10"', 'date = "2023-05-04"'), encoding="utf-8")


def edit_page_text(root: Path) -> None:
    page = root / "corpus" / f"{PAGE_A}.txt"
    page.write_text(page.read_text(encoding="utf-8") + "\nA closing paragraph about lanterns, added later.\n", encoding="utf-8")


def register_a_person(root: Path) -> None:
    with (root / "registry" / "people.toml").open("a", encoding="utf-8") as registry:
        registry.write('\n[[person]]\nname = "Lantern Keeper"\nroles = ["critic"]\n')
    page = root / "corpus" / f"{PAGE_A}.txt"
    page.write_text(page.read_text(encoding="utf-8") + "\nLantern Keeper said it twice.\n", encoding="utf-8")


def remove_page(root: Path) -> None:
    for suffix in (".txt", ".meta.toml"):
        (root / "corpus" / f"{PAGE_B}{suffix}").unlink()


def unregister_a_person(root: Path) -> None:
    registry = root / "registry" / "people.toml"
    registry.write_text(registry.read_text(encoding="utf-8").split('\n[[person]]\nname = "Lantern Keeper"')[0], encoding="utf-8")


def remove_sidecar(root: Path) -> None:
    (root / "corpus" / f"{PAGE_C}.meta.toml").unlink()


def retitle_page(root: Path) -> None:
    """Its old address becomes a redirect page (archive.moved)."""
    with (root / "corpus" / f"{PAGE_C}.meta.toml").open("a", encoding="utf-8") as sidecar:
        sidecar.write('title = "Kim Tae-yong on AI, retitled"\n')


def move_page_edit_another_retitle_a_third(root: Path) -> None:
    move_page_to_another_month(root)
    edit_page_text(root)
    retitle_page(root)


def remove_page_and_unregister_a_person(root: Path) -> None:
    remove_page(root)
    unregister_a_person(root)


# Changes that touch different pages share a step: each step costs two builds.
SEQUENCE: list[Callable[[Path], None]] = [
    add_page,
    move_page_edit_another_retitle_a_third,
    register_a_person,
    remove_page_and_unregister_a_person,
    remove_sidecar,
]


def test_rebuild_after_each_change_equals_clean_build(tmp_path: Path) -> None:
    """One test, not one per step: each step starts from the tree the previous one left."""
    rebuilt = copy_project(tmp_path / "rebuilt")
    for suffix in (".txt", ".meta.toml"):  # the third page arrives in the first step
        (rebuilt / "corpus" / f"{PAGE_C}{suffix}").unlink()
    make_html(rebuilt)
    found = {}
    for number, change in enumerate(SEQUENCE):
        change(rebuilt)
        make_html(rebuilt)
        clean = copy_project(tmp_path / f"clean-{number}")
        copy_inputs(rebuilt, clean)
        make_html(clean)
        found[change.__name__] = differences(rebuilt, clean)
        shutil.rmtree(clean)
    assert found == {change.__name__: [] for change in SEQUENCE}
