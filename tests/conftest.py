"""Shared test helpers. ``pytest --regen-golden`` rewrites golden files from the current output."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def pytest_addoption(parser):
    parser.addoption("--regen-golden", action="store_true", help="rewrite golden files instead of comparing")
