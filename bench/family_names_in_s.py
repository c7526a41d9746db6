"""Regenerate ``people_films/data/family_names_in_s.txt``: family names that end in "s" as written, as data.

    python bench/family_names_in_s.py

German joins a genitive "-s" onto a name ("Gerrit Vollmanns neuer Film"), and
detection cuts it off. A name that already ends in "s" takes no second one: the
Duden asks for an apostrophe ("Dawkins' These"), and the press often drops it
("Richard Dawkins These", "Serena Williams Ehemann"), so cutting the "s" made
"Richard Dawkin". The family names of the 1990 United States census (public
domain; shipped by the ``names`` package, ``dist.all.last``: NAME share
cumulative rank) that end in a single "s" and are at least ten times as common
as the name without it are the list: "Williams", "Dawkins", "Gates", "Styles";
not "Pitts", which is only six times as common as "Pitt", so "Brad Pitts neuer
Film" is still Brad Pitt's. Names that one person in 100 000 or more bore, five
letters or more (as :func:`people_films.detect.shapes.genitive_shaped` reads a
genitive). ``names`` is needed only to regenerate the file (requirements-bench.txt).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.word_list import write_word_list  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "people_films" / "data" / "family_names_in_s.txt"
# Percent of the census population, the file's second column: 0.001 is one person in 100 000.
MIN_CENSUS_SHARE = 0.001
# How much commoner the "-s" form must be than the name without it: "Pitts" (0.023) against "Pitt" (0.004) is
# 6x, a name both ways, and the German genitive of "Pitt" is the likelier reading of "Pitts" before a noun.
MIN_RATIO = 10


def family_names_in_s() -> list[str]:
    """The census family names kept (see the module's docstring), capitalised as a page writes them: "Dawkins"."""
    folder = Path(importlib.import_module("names").__file__).parent
    share: dict[str, float] = {}
    for line in (folder / "dist.all.last").read_text(encoding="ascii").splitlines():
        name, percent = line.split()[:2]
        share[name] = float(percent)
    return sorted(
        name.capitalize()
        for name, percent in share.items()
        if percent >= MIN_CENSUS_SHARE and len(name) > 4 and name.endswith("S") and not name.endswith("SS")
        and share.get(name[:-1], 0.0) * MIN_RATIO <= percent
    )


def main() -> int:
    header = "Family names that end in \"s\" as written (1990 US census, ten times commoner than without it), by bench/family_names_in_s.py"
    return write_word_list(OUT, header, family_names_in_s())


if __name__ == "__main__":
    raise SystemExit(main())
