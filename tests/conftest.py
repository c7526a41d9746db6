"""Shared paths for the tests."""

from pathlib import Path

TESTS = Path(__file__).resolve().parent
HTML_FIXTURES = TESTS / "html"
REPO = TESTS.parent
SHARED = REPO.parent / "shared"
