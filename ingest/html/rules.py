"""Boilerplate-removal rules as data: tags, roles and class/id vocabulary.

Logic lives in ``extract.py``; this module only says *what* looks like page
chrome and *why*.  Every entry is generic web vocabulary (HTML semantics,
ARIA roles, names that CMS themes and widget vendors use everywhere), never
a selector for one site.  Class and id values are split into lowercase word
tokens ("shareBar__item" -> share, bar, item) before they are compared, so
entries here are single words.
"""

from __future__ import annotations

# --- Never content -----------------------------------------------------------

# Executable, embedded or interactive things: dropped from the tree before
# anything else looks at it (security policy rule 1), their text never shown.
UNSAFE_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed",
        "input", "button", "select", "textarea", "option", "svg", "math",
        "base", "link", "meta", "head", "title", "canvas", "audio", "video",
        "source", "track", "map", "area", "dialog",
    }
)
# Of those, the two the converter reads as text, safely: a formula's tokens and a drawing's title,
# never their markup (ingest.html.convert._READ_AS_TEXT). Kept in the article's tree for it; the
# measures of the extractor still skip them, as they skip every tag above.
READ_AS_TEXT_TAGS = frozenset({"math", "svg"})

# Embedded videos: the player is dropped with the other embedded elements, but the
# article keeps a link to the video (a review's trailer is part of it). Each pattern
# reads the video's id from the player's address; its template is the video's page.
VIDEO_PLAYERS = (
    (r"^(?:https?:)?//(?:www\.)?youtube(?:-nocookie)?\.com/embed/([\w-]{6,})", "https://www.youtube.com/watch?v={}"),
    (r"^(?:https?:)?//player\.vimeo\.com/video/(\d+)", "https://vimeo.com/{}"),
    (r"^(?:https?:)?//(?:www\.)?dailymotion\.com/embed/video/(\w+)", "https://www.dailymotion.com/video/{}"),
)
# Video elements of AMP pages and web components, and the attribute holding the video's id.
VIDEO_ELEMENTS = {
    "amp-youtube": ("data-videoid", "https://www.youtube.com/watch?v={}"),
    "lite-youtube": ("videoid", "https://www.youtube.com/watch?v={}"),
    "amp-vimeo": ("data-videoid", "https://vimeo.com/{}"),
    "amp-dailymotion": ("data-videoid", "https://www.dailymotion.com/video/{}"),
}

# --- Page chrome by HTML semantics -------------------------------------------

# HTML5 sectioning elements whose meaning is "not the main content".
# <header> only counts outside the article: inside it holds the title and
# byline, which metadata extraction has already read.
CHROME_TAGS = {
    "nav": "nav element",
    "footer": "footer element",
    "aside": "aside element",
    "header": "header element",
    "menu": "menu element",
    # Search boxes and sign-up forms are chrome, but ASP.NET pages wrap the
    # whole page in one <form>: the layout-wrapper rule below keeps those.
    "form": "form element",
}

# ARIA landmark and widget roles that mark chrome (WAI-ARIA 1.2).
CHROME_ROLES = {
    "navigation": "role navigation",
    "banner": "role banner",
    "contentinfo": "role contentinfo",
    "complementary": "role complementary",
    "search": "role search",
    "menu": "role menu",
    "menubar": "role menubar",
    "dialog": "role dialog",
    "alertdialog": "role alertdialog",
    "toolbar": "role toolbar",
}

# Class words of footnote and reference lists: such an element is the
# article's notes even when it is a <footer> or <aside>.
FOOTNOTE_TOKENS = frozenset({"footnote", "footnotes", "endnote", "endnotes", "fn", "references"})

# --- Page chrome by class/id vocabulary --------------------------------------
# Grouped by what the block is; the group name goes into Dropped.reason.

CHROME_TOKENS: dict[str, frozenset[str]] = {
    # Site navigation: menus, breadcrumbs, paging between articles.
    "navigation": frozenset(
        {"nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
         "pagination", "pager", "skiplink", "megamenu", "dropdown"}
    ),
    # Site-wide header and footer bands (masthead, bottom links, copyright).
    # ("header" is not here: doc generators class heading anchors "header".)
    "site chrome": frozenset(
        {"masthead", "footer", "topbar", "toolbar", "copyright", "colophon"}
    ),
    # Side columns and widget areas next to the article.
    # ("widget" is not here: page builders call every block a widget.)
    "sidebar": frozenset({"sidebar", "aside", "rail", "sidebox"}),
    # Share and follow buttons; the names widget vendors ship with.
    "share bar": frozenset(
        {"share", "shares", "sharing", "sharebar", "social", "socials", "addthis",
         "sharethis", "sharetools", "socialshare", "follow"}
    ),
    # Lists of other articles: related, popular, recommended, vendor widgets.
    "related list": frozenset(
        {"related", "recommended", "recommendations", "recommendation", "popular",
         "trending", "mostread", "mostpopular", "outbrain", "taboola", "upnext",
         "morestories", "readmore", "teaser", "teasers", "recirc", "recirculation"}
    ),
    # Reader comments and the forms around them. ("discussion" is not here:
    # research articles have a Discussion section.)
    "comments": frozenset(
        {"comment", "comments", "disqus", "respond", "replies", "reply"}
    ),
    # Advertising slots and sponsored placements.
    "ads": frozenset(
        {"ad", "ads", "advert", "adverts", "advertisement", "advertising",
         "adslot", "adunit", "sponsor", "sponsored", "promo", "promotion",
         "dfp", "gpt", "commercial", "affiliate"}
    ),
    # Cookie / consent / privacy banners ("cmp": a consent management platform,
    # "usercentrics-cmp"; but see COMPONENT_NAMESPACES).
    "cookie banner": frozenset({"cookie", "cookies", "consent", "gdpr", "cmp"}),
    # Newsletter sign-ups.
    "newsletter": frozenset(
        {"newsletter", "newsletters", "subscribe", "subscription", "signup", "optin"}
    ),
    # Log-in and paywall prompts; weak, since metering scripts also mark the
    # article body itself ("content paywall") as the part to hide.
    "sign-in wall": frozenset({"paywall", "registration", "login", "meter", "regwall"}),
    # Pop-ups and overlays; weak, since scripts also hang "overlay" and
    # "modal" hooks on the article body itself (lightboxes, video players).
    # And the bar and tooltip a machine translator lays over the page it translates: Google Translate
    # marks every element of its own with the class "skiptranslate" (so that it translates none of them).
    # (In this category, not one of its own: each category is a feature of the block model.)
    "pop-up": frozenset({"modal", "popup", "overlay", "lightbox", "skiptranslate"}),
    # Slideshows and carousels: pictures whose captions and controls ("Next",
    # "Close", "1 of 12") repeat around the body; single figures stay.
    "slideshow": frozenset({"slideshow", "carousel", "gallery", "slider"}),
    # Article furniture that is not body text: tag lists, author boxes, print tools.
    "article furniture": frozenset(
        {"tags", "tagcloud", "keywords", "byline", "bio", "author", "print",
         "toolbox", "utility", "utilities", "meta", "dateline", "timestamp",
         "correction", "disclaimer"}
    ),
}

# Class prefixes that name a component library, not what the element is: Adobe
# Experience Manager's Core Components are BEM blocks "cmp-<component>"
# ("cmp-text", "cmp-container", "cmp-teaser"), where "cmp" is not a consent
# platform. The prefix is left out and the component's own name is judged.
COMPONENT_NAMESPACES = ("cmp-",)

# Content the page hides from sighted readers. Matched against whole class
# names (punctuation removed), not tokens: "field-label-hidden" hides only a
# label, the element itself is shown.
# ...unless another class shows it again at some screen size (Tailwind
# "hidden md:block", Bootstrap "d-none d-lg-block"): then it is visible.
RESPONSIVE_SHOW_PATTERN = r"(:|^d-\w+-)(block|flex|inline|inline-block|grid|table)$"
HIDDEN_CLASSES = frozenset(
    {"hidden", "hide", "ishidden", "invisible", "dnone", "sronly", "visuallyhidden",
     "screenreadertext", "screenreaderonly", "offscreen", "displaynone",
     # Avada (ThemeFusion) prints the post's hCard and dates for search engines in
     # spans its stylesheet hides ("rich-snippet-hidden": display none).
     "richsnippethidden"}
)

# Class names that carry the article's own taxonomy, not the element's role:
# WordPress's post_class() writes "category-<slug>", "tag-<slug>" on the
# article wrapper, so a post filed under "advertising" is not an ad.
# (Numbered ids like "post-123" are taxonomy too; "post-content" is not.)
TAXONOMY_CLASS_PATTERN = r"^(category|tag|tags|topic)[-_]|^(post|postid|page-id)-\d+$|^(format|status|type)-"

# Compound tokens: some themes glue words ("socialShareBar" splits fine, but
# "sharebar" or "newslettersignup" do not). Substrings checked in the joined
# class/id string; only words that are unambiguous inside longer words.
CHROME_SUBSTRINGS: dict[str, tuple[str, ...]] = {
    "share bar": ("sharebar", "socialshare", "sharebutton", "sharetool"),
    "related list": ("relatedarticle", "relatedstor", "relatedcontent", "relatedpost", "relatedlink"),
    "cookie banner": ("cookiebanner", "cookieconsent", "cookienotice"),
    "newsletter": ("newsletter",),
    "ads": ("advert", "adslot", "adcontainer", "adwrapper", "adunit"),
    "comments": ("commentlist", "commentsection"),
}

# Tokens that look like chrome words but name article parts; an element whose
# class/id has one of these is never dropped by vocabulary alone.
CONTENT_TOKENS = frozenset(
    {"article", "story", "entry", "post", "content", "body", "text", "main",
     "prose", "richtext", "blog", "caption", "figure", "media", "image"}
)
# ...except when the chrome word is one of these, which no article body uses.
# ("hidden" matches the hidden-element reasons, for the layout-wrapper rule.)
STRONG_CHROME_GROUPS = frozenset(
    {"share bar", "related list", "comments", "ads", "cookie banner", "newsletter", "hidden", "slideshow"}
)

# --- Where the article is ----------------------------------------------------

# Class/id joined strings that CMS themes give the article body container
# (WordPress "entry-content", "post-body", "article__body", "story-text"...).
BODY_CONTAINER_PATTERN = r"(article|story|entry|post|news|main)[-_]*(body|content|text|copy)"
ARTICLE_BODY_ITEMPROP = "articlebody"
# Score multiplier for a container the page labels as the article body.
BODY_CONTAINER_BONUS = 1.5
ARTICLE_TAG_BONUS = 1.2

# --- Paragraph and block thresholds ------------------------------------------

# A comment thread by its shape (classify._is_counted_thread): the containers that hold one, the
# heading that counts its replies, as many replies as it counts or more (or fewer from two posters
# or more: a partial thread, when the rest is shown to be elsewhere: a "load more" control after the
# replies, a heading of the form "10 of 12", or a heading that names comments, COMMENT_NOUN), each opening with a
# poster's name in an element of its own (POSTER_NAME_TAGS, as blogs and forums print it) or a
# line of its own, then its day, at most MAX_POSTER_WORDS words before the day ("M. Schulz
# schrieb am", "Anne said on"), within its first REPLY_META_CHARS characters.
THREAD_TAGS = frozenset({"div", "section", "aside", "ol", "ul"})
HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
POSTER_NAME_TAGS = frozenset({"b", "strong", "cite", "a", "span"})
MAX_POSTER_WORDS = 6
REPLY_META_CHARS = 80
# What replies post after their day, in letters on average over the thread (a "Great film!" is 9):
# a screening listing ("<strong>Kino</strong> 12.03.2025, 20 Uhr") posts nothing after the day.
# Fifteenth round, shape only; no page was tuned on.
MIN_REPLY_LETTERS = 20
# A thread's pager after its replies ("Load more comments"): a button or a lone link of this many
# words at most.
CONTROL_MAX_WORDS = 5
# The noun of a heading over reader comments, in the archive's languages (English, German, French,
# Spanish, Italian, Portuguese, Dutch, Korean, Chinese, Japanese), by its stem: a heading counting
# anything else ("4 Screenings") over fewer entries than it counts is a list, not a partial thread.
COMMENT_NOUN = r"(?i)\b(?:comment|kommentar|comentari|comentário|reactie|respons|repl(?:y|ies)|antwort|réponse|respuesta|risposte?)|댓글|评论|評論|留言|コメント"

# A text block shorter than this is not evidence of article prose.
MIN_PARAGRAPH_CHARS = 25
# Link-text share above which a block is a list of links, not prose.
MAX_LINK_DENSITY = 0.5
# Readability's "clean conditionally" (readability.js, _cleanConditionally): inside
# the article, a wrapper block (not a paragraph) whose link-text share is above 0.2
# and whose text holds fewer than 10 commas is a box of related links or teaser
# cards, not running prose (which is full of commas). Thirteenth round, dev split of
# extraction-wide: F1 0.9254 -> 0.9291 (150 -> 136 must-drop passages kept, 2
# must-keep lost); test split 0.906 -> 0.908 (docs-notes/ingest.md).
CONDITIONAL_LINK_DENSITY = 0.2
CONDITIONAL_MAX_COMMAS = 10
CONDITIONAL_BLOCKS = frozenset(
    {"div", "section", "ul", "ol", "table", "aside", "article", "header", "footer", "dl", "nav", "form"}
)
# The same cleaning's short box: a wrapper block (not a list) under 25 characters with
# no picture or more than two. Applied only after the article's last paragraph of at
# least LONG_PROSE_CHARS unlinked characters (the article's tail: "Kommentare
# schreiben", "Quellen ausblenden"). Fourteenth round, dev split: F1 0.9301 -> 0.9307
# (3 must-drop passages fewer kept, 1 must-keep lost); everywhere in the article
# 0.9307 too but 6 must-keep lost (a code line, a gallery's words), so the tail only.
SHORT_BOX_CHARS = 25
LONG_PROSE_CHARS = 200
# Commas as the field counts them, in the scripts of this archive (Chinese and Japanese
# write a full-width comma and the ideographic one).
COMMAS = (",", "，", "、")
# A table cell this long is a page column, not a data cell (link-density
# pruning applies to columns only: a data row of links is still data).
LAYOUT_CELL_CHARS = 100
# A table row chosen as the article gives way to its cell holding this share of its prose:
# the text column beside a menu column (an old hand-made page's layout table).
COLUMN_PROSE_SHARE = 0.8
# Blocks shorter than this are checked against CHROME_PHRASES; a paragraph
# next to the body joins it only when at least this long.
SHORT_BLOCK_CHARS = 80
# A paywall's notice is a block of at most this many characters (its call, its price, its log-in prompt);
# within the head a Stats keeps of a block's text (extract._DROPPED_CHARS), which the notice must fill whole.
PAYWALL_NOTICE_MAX_CHARS = 200
# A sibling of the best container joins the article when its prose is at
# least this share of the best container's (the body split into columns).
SIBLING_SHARE = 0.2
# A flagged element holding more than this share of the page's prose is a
# layout wrapper whose class happens to say "sidebar" or "header".
LAYOUT_WRAPPER_SHARE = 0.5
# ...and contains one of these (the headline or a main-content element).
MAIN_CONTENT_TAGS = frozenset({"h1", "main", "article"})
# For the strong groups (comments, ads...) the wrapper must hold nearly all of it.
STRONG_WRAPPER_SHARE = 0.9
# An element flagged by a class word alone is the article body when its shape
# is prose and it holds this many times the prose of the best unflagged
# container, and at least FLAGGED_BODY_MIN_CHARS of it ("share-zone",
# "blog_teaser_text" around the whole text): the word
# against every other signal. Comment threads are never overruled so.
FLAGGED_BODY_RATIO = 2.0
FLAGGED_BODY_MIN_CHARS = 500
FLAGGED_BODY_NEVER = ("comments",)
# A block whose repeated link cards (REPEATED_CARDS of one kind) hold at least
# this share of its text is a teaser grid; fewer is an article with a share bar.
CARD_TEXT_SHARE = 0.5
# Widening the chosen container to an ancestor must gain more prose than
# this many times the other text (links, short lines) it brings along.
NON_PROSE_COST = 5.0
# ...and the prose it gains only counts from subtrees scoring at least this
# share of the best element's score (article chunks, not teaser blurbs).
SIBLING_SCORE_SHARE = 0.3

# An element outside the chosen container replaces it when its text-density worth
# (prose - NON_PROSE_COST * other text) is this many times the container's, and its
# prose at least RIVAL_MIN_PROSE characters (extract.densest_rival).
RIVAL_WORTH_RATIO = 2.0
RIVAL_MIN_PROSE = 500
# JSON-LD articleBody check: used when at least this long; the chosen
# container must share this word-count F1 with it, or the best-agreeing of
# this many top candidates replaces it.
STRUCTURED_BODY_MIN_CHARS = 500
STRUCTURED_BODY_AGREEMENT = 0.6
STRUCTURED_BODY_CANDIDATES = 15
# When the text extracted from the visible page is shorter than this share of
# the JSON-LD articleBody, the page's scripts fill the body in: the reader
# converts the articleBody instead.
STRUCTURED_BODY_FALLBACK_SHARE = 0.5
# Paragraph-like elements: their text counts as prose for scoring.
PARAGRAPH_TAGS = frozenset({"p", "pre", "blockquote", "li", "td", "dd", "h2", "h3", "h4", "h5", "h6"})
# Tags that only wrap inline text; a div whose children are all of these acts as a paragraph.
INLINE_TAGS = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn",
     "em", "font", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span",
     "strong", "sub", "sup", "time", "u", "var", "wbr", "strike", "big", "tt"}
)

# A picture's element: <img>, and <amp-img> on AMP pages (amp.dev: the AMP HTML spec's image element).
PICTURE_TAGS = ("img", "amp-img")
# Class tokens that mark a picture's caption printed beside it, outside a <figure> (WordPress's
# "wp-caption-text", AMP templates' "caption", "image-caption"): the HTML5 element's name too.
CAPTION_TOKENS = frozenset({"caption", "figcaption"})

# Phrase-level tags: class/id vocabulary never makes these chrome (a sentence
# would lose words); <span>, <time> and <small> still can, as themes use them
# as blocks (datelines, share counts).
PHRASE_TAGS = frozenset(
    {"a", "abbr", "b", "cite", "code", "dfn", "em", "i", "kbd", "mark", "q", "s",
     "samp", "strong", "sub", "sup", "u", "var"}
)

# --- Shape checks inside the article ----------------------------------------
# Chrome groups whose class words are weak evidence on their own: inside the
# chosen article a "teaser" block can be the lead, an <aside> a fact box. Such
# a block stays when its shape is prose (extract._shape_overrules).
SHAPE_CHECKED_CHROME = ("related list", "sidebar", "aside element", "header element")
# Chrome groups whose class words a gallery of the article's own photographs wears
# ("gallery", "slider"): inside the chosen article, a block of pictures with their
# captions and no links to other pages stays (extract._is_captioned_pictures),
# never dropped by the class word alone (issue 12).
PICTURE_CHECKED_CHROME = ("slideshow",)
# ...link-text share at most this (prose links sparingly)...
PROSE_LINK_DENSITY = 0.25
# A box is "mostly links" when more than half its text is in <a> (with an address or none yet):
# a related box of placeholder links (extract._shape_overrules); a third is prose with links.
MOSTLY_LINKS = 0.5
# A paragraph mostly of link text is still prose when its sentence runs on around at
# most this many links, with at least this many words of its own (extract._is_sentence_with_links).
PROSE_MAX_LINKS = 3
PROSE_MIN_UNLINKED_WORDS = 4
# ...and paragraph text at least this share of its text...
PROSE_SHARE = 0.6
# ...or, for an <aside>, a fact list with almost no links.
FACT_BOX_LINK_DENSITY = 0.1
# Widening counts a sibling chunk of the body (page builders wrap each few
# paragraphs in their own row) when it is this much prose, this sparsely
# linked, and mostly paragraphs.
CHUNK_PROSE_CHARS = 400
CHUNK_LINK_DENSITY = 0.05
CHUNK_PROSE_SHARE = 0.8
# A sibling of the chosen container (or of its ancestors up to this many
# levels) of the same tag and classes joins it as another chunk of the body
# when its shape is prose (extract.with_sibling_chunks). Six since the twelfth
# round: themes nest each chunk in a row and a column of their grid (container >
# row > column > text), so two chunks of one body meet five or six levels up
# (dev split of extraction-wide: 3 must-keep passages more, 2 must-drop; 8 and 6
# levels gave the same).
CHUNK_LEVELS = 6
# ...the same tag and at least this share of their classes (a modifier class apart).
CHUNK_CLASS_OVERLAP = 0.5
# A block at most this long whose text is at least this share one date is a
# dateline (the metadata has read it), not body text.
DATELINE_MAX_CHARS = 50
DATELINE_DATE_SHARE = 0.5
# This many sibling blocks of one tag and class, each with a link, are a
# teaser grid, however long their blurbs.
REPEATED_CARDS = 3

# The lead between the headline and the body container (lead.py): a block
# of at least this many characters and words...
LEAD_MIN_CHARS = 50
LEAD_MIN_WORDS = 8
# ...inside nothing flagged but by these weak words (an intro classed
# "teaser", the article's <header>)...
LEAD_TOLERATED_CHROME = ("related list", "header element")
# ...at most this many blocks, holding at most this share of the body's text.
LEAD_MAX_BLOCKS = 3
LEAD_MAX_SHARE = 0.5

# The block classifier (block_model.py) adds a block outside the container
# only when it has at least this many characters: shorter lines outside the
# article (menu items, labels) are too little evidence either way.
MODEL_MIN_ADDED_CHARS = 15
# ...and adds at most this share of the container's text in all, and drops
# at most this share of it (the surest blocks first).
MODEL_ADDED_SHARE = 1.0
# ...and only blocks next to the article: at most this many other blocks
# between an added block and the container (or a block already added).
MODEL_ADD_REACH = 1
MODEL_DROPPED_SHARE = 0.5

# The peer vote (peer_vote.py, off by default): a block inside the container
# shorter than this is dropped when the peer extractor left it out; a block
# outside it at least this long is added when the peer kept it; the peer votes
# only when it extracted this much. Tuned on extraction-wide's dev split
# (python -m bench.extraction --wide-split dev --peer-vote): 80/80 gave F1
# 0.927, 30/120 0.931, and its neighbours 40/120 and 30/200 0.930 (a flat
# optimum, not a point); 20 characters added label lines the peer's text
# holds elsewhere (0.927).
PEER_DROP_MAX_CHARS = 120
PEER_ADD_MIN_CHARS = 30
PEER_MIN_CHARS = 200
# ...and drops blocks only when its text holds at least this share of the
# container's text (in leaf blocks): a peer that extracted something else must
# not drop the article's short paragraphs. (A guard, not a tuned value: on
# extraction-wide's dev split it changes nothing but such pages.)
PEER_MIN_AGREEMENT = 0.5

# Phrases that, as a whole short block, are chrome rather than prose
# (lower-case, matched against the start of the block's text).
CHROME_PHRASES = (
    "advertisement", "share this", "share on", "follow us", "sign up for",
    "subscribe to", "related:", "read more:", "read more", "see also:", "recommended",
    "click here to", "copyright ©", "all rights reserved",
    "this article", "get the latest", "we use cookies",
)
# Jetpack's like button under WordPress posts, as a whole line ("Like this: Like Loading..."): a line
# that only begins "Like this:" is a sentence ("Like this: no cuts, no music").
# The glue between a menu's or a footer's items written as one line ("Films · People | Log in"): a
# dot or bar with a space on one side at least (the metadata's site-name items, the header band's
# menu line, the end matter's footer items; "Terms of use ·" before a rights notice keeps one space).
MENU_SEPARATOR_PATTERN = r"\s+[·|•]\s*|\s*[·|•]\s+"
JETPACK_LIKE_LINE = r"like this:\s*(?:like\s*)?(?:loading\s*(?:\.\.\.|…))?"

