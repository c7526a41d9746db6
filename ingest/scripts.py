"""Writing systems the readers tell apart by their characters.

Chinese and Japanese write no spaces between words, so a length in words
(a headline's, a line of running text's) counts their characters instead;
Korean writes spaces and is counted by them.
"""

from __future__ import annotations

import re

# Kana, CJK ideographs (extension A and the unified block) and compatibility ideographs; not Hangul.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
