"""Shared fixtures. ``pytest --regen-golden`` rewrites golden files from the current output."""

from __future__ import annotations

from pathlib import Path

import pytest

# Sphinx's own test fixtures (``app``, the ``sphinx`` marker); small sites live
# in tests/roots/test-<name>/ (conf.py and pages), as in Sphinx's own tests.
pytest_plugins = ("sphinx.testing.fixtures",)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
REPO = ROOT
TESTS = ROOT / "tests"
HTML_FIXTURES = TESTS / "html"


@pytest.fixture(scope="session")
def rootdir() -> Path:
    """Where ``@pytest.mark.sphinx(testroot="NAME")`` finds tests/roots/test-NAME."""
    return TESTS / "roots"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--regen-golden", action="store_true", help="rewrite golden files from the current output")


@pytest.fixture
def golden(request: pytest.FixtureRequest):
    """Compare text with a golden file, or rewrite it under --regen-golden."""

    def check(path: Path, actual: str) -> None:
        if request.config.getoption("--regen-golden"):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
        assert path.exists(), f"{path} missing: run pytest --regen-golden"
        assert actual == path.read_text(encoding="utf-8")

    return check
