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
    # The reactions Naver News prints under an article ("좋아요 0 훈훈해요 0 슬퍼요 0 화나요 0 후속기사 원해요 0"), its
    # recommendation box's ("쏠쏠정보 0 흥미진진 0 공감백배 0 분석탁월 0 후속강추 0") and Daum News's ("추천해요0",
    # "감동이에요0", "타임톡0": its comment count), as both portals print them in 2024.
    "훈훈해요", "슬퍼요", "화나요", "후속기사", "원해요", "쏠쏠정보", "흥미진진", "공감백배", "분석탁월", "후속강추",
    "추천해요", "감동이에요", "타임톡",
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
    for match in _ENGAGEMENT_TOKEN.finditer(_GLUED_COUNT.sub(" ", text.casefold())):
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
    # A count glued to a Hangul button ("좋아요0", "타임톡0") is the portal's counter, printed so by Daum.
    return counts != 1 or buttons >= 2 or bool(_SEPARATOR.search(text) or _GLUED_COUNT.search(text)) or words[0] not in ENGAGEMENT_WORDS


# The fixed buttons of the two Korean news portals' article toolbars, each alone on its line when the page
# is saved as text: Naver News (n.news.naver.com, 2024: 기사원문 "the original article", 구독 "subscribe", 공감,
# the text-to-speech, text-size, share and print buttons, the recommendation box's heading and note) and
# Daum News (v.daum.net, 2024: 타임톡 "time talk", its comments; "listen", "translation settings", "text size").
PORTAL_BUTTONS = frozenset({
    "기사원문", "구독", "공감", "텍스트 음성 변환 서비스 사용하기", "글자 크기 변경하기", "sns 보내기", "인쇄하기", "본문 요약봇",
    "이 기사를 추천합니다", "기사 추천은 24시간 이내 50회까지 참여할 수 있습니다.",
    "타임톡", "음성으로 듣기", "번역 설정", "글씨크기 조절하기", "공유하기",
})  # fmt: skip

PORTAL_BUTTON_REASON = "a news portal's toolbar button (Naver News, Daum News)"


def is_portal_button(text: str) -> bool:
    """Whether a line is one of :data:`PORTAL_BUTTONS` and nothing else (spaces aside, any case)."""
    return " ".join(text.casefold().split()) in PORTAL_BUTTONS


_ENGAGEMENT_TOKEN = re.compile(r"[^\s·|•/,]+")  # X parts its counts with commas
_COUNT = re.compile(r"\d[\d.,]*[km%]?")  # a digit first: a lone "." between spans is no count
# A year is no count: "Archive 2019 · 12" is a blog's archive of a month.
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_SEPARATOR = re.compile(r"[·|•]")
_GLUED_COUNT = re.compile(r"(?<=[\uac00-\ud7a3])(?=\d)")  # between a Hangul syllable and the count it prints
