"""Writing systems the readers tell apart by their characters.

Chinese and Japanese write no spaces between words, so a length in words
(a headline's, a line of running text's) counts their characters instead;
Korean writes spaces and is counted by them.
"""

from __future__ import annotations

import re

# Kana, CJK ideographs (extension A and the unified block) and compatibility ideographs; not Hangul.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")

# Each script alone, for telling a text's language by its characters (ingest.language): kana without the
# katakana middle dot U+30FB (Chinese writes it between the parts of a foreign name), Hangul syllables and
# jamo, and Han ideographs.
KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff]")
HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
