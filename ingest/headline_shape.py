"""What a headline's label looks like, for the text reader and for an article's address: one home for the
kicker, so the headline a dump reads and the address an article gets agree on where its words start.
"""

from __future__ import annotations

# A bracketed kicker opening a headline, as the Korean, Chinese and Japanese press label a story's
# kind ("[인터뷰]", "[단독]", "【独家】", "[INTERVIEW]"): a label, no word of the sentence after it.
# Not a footnote's number ("[1]"), a year ("[2024] Best films"), nor a wire's credit ("[서울=뉴시스]",
# "[사진=연합뉴스]"), which open running text or belong to the headline.
KICKER = r"\s*[\[【〔［](?![\d\s])[^\]】〕］=\n]{1,16}[\]】〕］]\s*"
