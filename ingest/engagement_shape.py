"""A platform's engagement bar: its counts and buttons on a line of their own, for both readers.

Blogs, Medium, Reddit, Douban and the Korean and Japanese portals print a post's reactions and the
buttons that make them beside it ("342 · 5 · Listen · Share", "Archive   Favorite   Share" in a
read-later export): furniture of the platform, never a sentence of the article, whether the page
is HTML (ingest.html.extract) or a text dump (ingest.text.chrome).
"""

from __future__ import annotations

import re

# The buttons a platform prints beside a post with its counts ("342 · 5 · Listen · Share" on Medium,
# "87 comments · Share · Save · Hide · Report · 96% Upvoted" on Reddit, "有用 128 没用 3 打赏 转发 回应"
# on Douban, "좋아요 12 댓글 3 공유" on Korean blogs, "いいね 5 コメント" on Japanese ones): a
# line of these words and numbers only is engagement furniture (:func:`is_engagement_bar`).
ENGAGEMENT_WORDS = frozenset({
    "share", "save", "hide", "report", "listen", "like", "likes", "reply", "replies", "comment", "comments", "vote",
    "votes", "upvote", "upvoted", "upvotes", "downvote", "points", "follow", "bookmark", "clap", "claps", "respond",
    "responses", "archive", "favorite", "favourite", "award", "permalink", "embed",
    # X's (Twitter's) post counts, as its action bar's label reads: "12 replies, 87 reposts, 402 likes, 31 bookmarks, 25K views".
    "repost", "reposts", "retweet", "retweets", "quote", "quotes", "bookmarks", "view", "views",
    "有用", "没用", "打赏", "转发", "回应", "举报", "赞", "收藏", "分享", "推荐",
    "좋아요", "공감", "댓글", "공유", "신고", "스크랩", "구독",
    "いいね", "コメント", "通報", "ブックマーク", "シェア",
})  # fmt: skip


ENGAGEMENT_REASON = "engagement bar (a platform's counts and buttons: votes, claps, Share, Report)"


def is_engagement_bar(text: str) -> bool:
    """Whether a short line is a platform's counts and buttons and nothing else: every word one of
    :data:`ENGAGEMENT_WORDS` or a count ("342", "1.2k", "96%"), between bars and dots, with one
    button word at least ("342 · 5 · Listen · Share", "412 Vote", "有用 128 没用 3 打赏 转发 回应").
    A count beside any other word ("98 minutes") is the text's."""
    words: list[str] = []
    buttons = counts = 0
    # Word by word, to the first that is neither kind: both readers ask every line, most of them prose.
    for match in _ENGAGEMENT_TOKEN.finditer(text.casefold()):
        word = match[0]
        if word in ENGAGEMENT_WORDS:
            buttons += 1
        elif _COUNT.fullmatch(word) and not _YEAR.fullmatch(word):
            counts += 1
        else:
            return False
        words.append(word)
    if len(words) < 2 or not buttons:
        return False
    # One count and one button word is a title as often as a bar ("Reply 1988" is a drama's, "Vote 2024" a
    # campaign's): with one count, two button words, a separator, or the count first as a counter prints
    # it ("412 Vote"); a title puts its number after the word.
    return counts != 1 or buttons >= 2 or bool(_SEPARATOR.search(text)) or words[0] not in ENGAGEMENT_WORDS


_ENGAGEMENT_TOKEN = re.compile(r"[^\s·|•/,]+")  # X parts its counts with commas
_COUNT = re.compile(r"\d[\d.,]*[km%]?")  # a digit first: a lone "." between spans is no count
# A year is no count: "Archive 2019 · 12" is a blog's archive of a month.
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_SEPARATOR = re.compile(r"[·|•]")
