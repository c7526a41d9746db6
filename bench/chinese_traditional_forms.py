"""Regenerate ``people_films/data/chinese_traditional_role_nouns.txt`` and ``chinese_traditional_after_name.txt``.

    python bench/chinese_traditional_forms.py

The Chinese name finder (``people_films.detect.chinese_names``) writes its role nouns ("导演", director) and
the characters that end a name ("执", of 执导 "directs") in simplified script. Taiwan and Hong Kong write
them in traditional script ("導演", "執導"): the lists hold each one's traditional forms as OpenCC converts
them, in its standard, Taiwan and Hong Kong variants (s2t, s2tw, s2hk: 爲 and 為 both), less the forms
the simplified list already has. The ingest reads the files only; OpenCC (Apache-2.0,
requirements-bench.txt) is needed to regenerate them.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.word_list import write_word_list  # noqa: E402
from people_films.detect.chinese_names import _AFTER_NAME_SIMPLIFIED, _ROLE_NOUNS_SIMPLIFIED  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "people_films" / "data"
CONFIGS = ("s2t", "s2tw", "s2hk")


def traditional_forms(simplified: list[str] | tuple[str, ...] | str) -> list[str]:
    """Each entry's traditional forms by OpenCC, those not already among ``simplified``, sorted."""
    opencc = importlib.import_module("opencc")
    converters = [opencc.OpenCC(config) for config in CONFIGS]
    forms = {converter.convert(entry) for entry in simplified for converter in converters}
    return sorted(forms - set(simplified))


def main() -> int:
    write_word_list(DATA / "chinese_traditional_role_nouns.txt", "Traditional forms of chinese_names' role nouns by OpenCC (bench/chinese_traditional_forms.py)", traditional_forms(_ROLE_NOUNS_SIMPLIFIED))
    return write_word_list(DATA / "chinese_traditional_after_name.txt", "Traditional forms of chinese_names' name-ending characters by OpenCC (bench/chinese_traditional_forms.py)", traditional_forms(_AFTER_NAME_SIMPLIFIED))


if __name__ == "__main__":
    raise SystemExit(main())
