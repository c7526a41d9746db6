"""What a text dump's lines look like, as data.

A text dump is a page saved as plain text: the article's lines with the site's
chrome still around them. These patterns name the chrome and the metadata
lines. They are matched case-insensitively against a whole line (after
trimming), unless a group says otherwise. A new site's chrome is usually one
more pattern here, not new code; the comment above each group says why the
group exists, so that a curator knows where a new pattern belongs.
"""

from __future__ import annotations

import re

from ingest import byline_shape, end_mark, rights

# --- Chrome: lines that belong to the site, not to the article ---------------
# The services a share bar offers, one home for both readers (the HTML reader's header band reads
# them too, ingest.html.header_band): social networks, messengers and bookmarking sites of the
# archive's countries (X/Twitter, Facebook, WhatsApp; LINE and Hatena in Japan; WeChat, Weibo, QQ and
# Douban in China; Kakao, Naver and Band in Korea), as their buttons name them. A closed list: every
# platform prints these names, and a line of nothing else is never an article's.
SHARE_SERVICES = (
    "facebook", "twitter", "x", "linkedin", "kakaotalk", "kakao", "line", "whatsapp", "telegram", "email", "e-mail",
    "reddit", "pinterest", "tumblr", "flipboard", "pocket", "instagram", "youtube", "mastodon", "bluesky", "threads",
    "xing", "messenger", "wechat", "weibo", "sms", "카카오톡", "카카오스토리", "페이스북", "트위터", "네이버", "밴드",
    "naver", "hatena", "qzone", "微信", "微博", "qq空间", "qq", "豆瓣", "はてなブックマーク", "はてブ",
)  # fmt: skip
# The share bar's buttons on a text line, the services with the buttons of more than one word.
_NETWORK = (
    "(" + "|".join(re.escape(service) for service in sorted(SHARE_SERVICES, key=len, reverse=True))
    + r"|copy link|네이버\s*블로그|"
    # The button that copies the page's address, as Korean and English share bars label it.
    r"(url|링크|주소)\s*복사|copy\s+url)"
)
_SHARE_LABEL = (
    r"(share( this( article| story| post| page)?)?\s*:|((jetzt|beitrag|artikel|seite) )?teilen:?|mit freunden teilen|teilen sie dies mit:?|"
    r"partager( cet article| sur [\w ]+)?:?|compartir( en [\w ]+)?:?|compartilh(e|ar):?|condividi:?|공유하기|이\s*기사를\s*공유합니다)"
)

# The reason for a relative time stamp ("3 days ago"), which the comment-thread pass looks for too.
RELATIVE_TIME = "relative time stamp (a teaser's or a reply's)"
# A paywall's notice lines (lower-case, whole lines): read by the text reader's chrome lines and by the
# HTML reader for a box classed as a sign-in wall (ingest.html.extract).
PAYWALL_NOTICE = [
    # "access" only with what a paywall withholds: "Register to access the press screenings" is a festival's notice.
    r"(subscribe|sign up|register|log in|sign in)( now)? to (read|continue( reading)?|keep reading|unlock"
    r"|access (this|the (full|rest|whole)|all|every|our)\b)\b.{0,60}",
    r"(this|the rest of this|the full) (article|story|review|interview|piece|content) is (only )?"
    r"(for|available to|reserved for|exclusive to) (our )?(paying |premium |digital )?(subscribers|members)\b.*",
    r"already (a subscriber|a member|subscribed|have an account)\??.{0,40}",
    # A paywall's buttons alone, two or more ("Subscribe Sign in", "Log in | Register"), left when its notice went.
    # (One separator or one run of spaces between them: "\s*[|·/]?\s*" split a run of spaces two ways at each
    # repeat, and a line of them that failed at its end took seconds.)
    r"(subscribe|sign in|log in|register|sign up)((\s*[|·/]\s*|\s+)(subscribe|sign in|log in|register|sign up))+",
    # The label over a subscriber-only article, in the languages of the press collected (Le Monde's "Article
    # réservé aux abonnés", El País's "Contenido exclusivo para suscriptores", la Repubblica's "Articolo
    # riservato agli abbonati", Die Zeit's "Artikel für Abonnenten").
    r"(article|contenu) réservé aux abonnés|(artículo|contenido) exclusivo para (suscriptores|socios)|"
    r"(articolo|contenuto) riservato agli abbonati|(artikel|inhalt) (nur )?für abonnenten",
]

# Keyed by the reason ``inspect`` reports for dropping the line.
SIGNUP_REASON = "newsletter sign-up box"
# The call words of a sign-up box's heading ("Get the Harbour Screen weekly", "Straight to your inbox"):
# a heading right above a box goes with it only when it shares them, for an article's subhead may sit
# right above a box set in the article's middle ("The verdict"). A fixed list: the words of the offer.
SIGNUP_HEADING_WORDS = r"\b(newsletters?|sign(ing)? up|subscribe|subscription|weekly|daily|inbox|e-?mails?|bulletin)\b"

CHROME: dict[str, list[str]] = {
    # Accessibility links at the very top of a page, in any language.
    "skip link": [
        r"skip (to|navigation)( the)?( main)? (content|navigation|article)",
        r"jump to (main )?content",
        r"본문\s*(으로)?\s*바로\s*가기",  # Korean
        r"메뉴\s*바로\s*가기",
        r"メインコンテンツへ(スキップ|移動)",  # Japanese
        r"(跳|跳转)到主要内容",  # Chinese
        r"((direkt|springe|gehe) )?zum (haupt)?inhalt( springen| wechseln)?",  # German ("Direkt zum Inhalt", "Zum Hauptinhalt springen")
        r"przejdź do (treści|zawartości)( strony)?",  # Polish
        r"(ga|spring) naar (de )?(hoofd)?inhoud",  # Dutch
        r"aller au contenu( principal)?",  # French
        r"(saltar|ir|omitir( e ir| para ir)?) al contenido( principal)?",  # Spanish
        r"vai al contenuto",  # Italian
        r"pular para o conteúdo",  # Portuguese
    ],
    # Controls of the page's UI, left as words when the page was saved as text.
    "UI control": [
        r"text size",
        r"font size",
        r"close",
        r"open",
        r"menu",
        r"search",
        r"print",
        r"share",
        r"listen",
        r"(back to |go to )?top( of (the )?page)?( button)?",
        r"bottom of (the )?page",
        r"scroll to top",
        r"이 글자\s*크기로 변경됩니다\.?",  # a Korean font-size widget: "changes to this text size"
        r"(spoiler (alert|warning)|spoilers ahead|this (article|review) contains spoilers)[!.:]?.*",
        r"bar_progress",  # a progress bar's element name, seen in Korean news CMSs
        r"(a|a\+|a-|가|가\+)",  # font-size buttons
        r"글자\s*크기",  # "text size" (Korean)
        r"인쇄|공유|닫기",  # print, share, close (Korean)
        r"(分享到|字号)\s*[：:].*|打印|收藏|ツイート|シェア|(この記事を)?シェアする|LINEで送る|はてなブックマーク|印刷",  # the same widgets in Chinese and Japanese CMSs
        r"previous( article)?|next",
        r"(zurück|back) (zur|zum|to( the)?) (übersicht|startseite|overview|home( ?page)?)",
        r"read more|see more|more",
        # An excerpt's link to the whole post, copied as a line ("Continue reading →", WordPress's "Continue
        # reading Post title"), in the languages of the press collected.
        r"(continue reading( [^.!?]{1,80})?|keep reading|read more|weiterlesen|mehr lesen|lire la suite|leer más|seguir leyendo|"
        r"continua a leggere|leggi tutto|continuar lendo|leia mais)\s*[→»›…>.]*",
        r"advertisement|sponsored|ad",
        r"loading\.*",
    ],
    # The label an endless-scroll page prints over the next article it loads under this one ("Next article",
    # "Read the next story"): another article follows, with its own headline, byline and text
    # (fivefilters/ftr-site-config#274). Not "Up next", which a festival diary also writes as a subhead.
    "next article": [
        r"(read )?(the )?next (article|story|post)( in [\w ]+)?:?",
    ],
    # A press release's end mark ("-- ENDS --", "###", "- 30 -"): the press officer's contact, the notes to
    # editors and the "About" paragraph under it are for the editor, never the article (ingest.end_mark).
    "end mark": [end_mark.END_MARK],
    # The comment section's heading, and comment counters.
    "comments": [
        r"comments?",
        r"(\d+\s+)?(responses?|replies|reactions)( to .*)?",
        r"\d+\s+(thoughts?|comments?|responses?|replies) (on|to) .*",  # "10 thoughts on “Title”" (WordPress)
        r"(join|start) the (discussion|conversation)",
        r"what do you think\??",
        r"(leave|post|write|add) a (comment|reply)!?",
        r"view( all)? comments",
        r"댓글(\s*\d+)?",
        r"be the first to comment\.?",
        # The same headings in the other languages of the press collected (as the skip links above).
        r"(schreibe einen|kommentar schreiben|neueste) kommentare?|kommentare(\s*\(\d+\))?|kommentare? schreiben|kommentieren|"
        r"(hinterlasse|hinterlassen sie) (eine antwort|einen kommentar)",  # German (WordPress's own strings too)
        r"(deja|dejar|escribe) (un|tu) comentario|comentarios",  # Spanish
        r"laisser un commentaire|commentaires",  # French
        r"lascia un commento|commenti",  # Italian
        r"deixe (um|seu) comentário|comentários",  # Portuguese
        # Comment counters in those languages, a number or "none" before the word ("54 Kommentare", "Keine
        # Kommentare", "3 commentaires", "Aucun commentaire"), as the English "12 comments" above: a widget's, never a
        # name nor a deck.
        r"(\d+|keine|no)\s+(kommentare?|comments?)|(\d+|aucun)\s+commentaires?|(\d+|sin)\s+comentarios?|"
        r"(\d+|nessun)\s+comment[io]|(\d+|nenhum)\s+comentários?",
    ],
    # Invitations to follow or share on social networks.
    "social prompt": [
        r"join us on social!?",
        r"follow us( on [\w ]+)?[!:]?",
        r"share (this|on) [\w ]+",
        r"(like us|find us) on facebook",
        r"(sign up|subscribe)( to| for)? (our|the)? ?newsletter!?",
        r"subscribe( now)?!?",
        r"get (daily|weekly|the latest) (updates|news)( [\w ]+)?!?",
        # The share bar's buttons: networks' names alone on a line, one or several, after the bar's label
        # or not ("Share this: Facebook Twitter"; a copy keeps their labels, not their icons).
        rf"({_SHARE_LABEL}\s*)?{_NETWORK}([\s|·•,/]+{_NETWORK})*",
        r"share( all)? sharing options( for:? .*)?",  # a CMS's share menu ("Share All sharing options for: Headline")
        r"@\w{2,30}",  # a social handle alone on its line (the author's box)
        # An embedded post's fallback text, as the networks' embed code prints it when its script does not run
        # ("View this post on Instagram", "A post shared by Name (@handle)").
        r"view this (post|photo|video|reel) on (instagram|facebook|tiktok|threads)|a (post|photo|video) shared by .{1,80}",
        r"tweet( this)?|pin it|share on (facebook|twitter|x)",  # the share buttons' own labels
        # The share bar's label, and the newsletter box's call, in the languages of the press collected.
        _SHARE_LABEL,
        r"((jetzt|kostenlos|gratis) )*(den |unseren? )?newsletter (abonnieren|bestellen)!?|zum newsletter anmelden|"
        r"(abonniere|abonnieren sie|bestellen sie) (jetzt )?(unseren|den) newsletter\b.*|"
        r"(suscríbete|suscribete|abonnez-vous|inscrivez-vous|iscriviti|assine|inscreva-se)( (a|à|al|alla|na|em) (nuestro|notre|la|nossa|nostra)? ?(newsletter|boletín|lettre d'information))?!?",
    ],
    # A newsletter sign-up box set in the article's middle (readability#524: a sign-up form shown as the
    # article): its pitch opening with the call ("Sign up for our newsletter: reviews and news, every
    # Friday."), the e-mail field's placeholder, the notice under the button. Anchored at the line's start,
    # as the notices below; the button ("Subscribe") is a social prompt, and the box's heading, if it has the
    # box's call words (SIGNUP_HEADING_WORDS), goes with its lines (ingest.text.chrome._mark_signup_headings).
    SIGNUP_REASON: [
        r"(sign up|subscribe)( to| for)? (our|the)? ?((free|weekly|daily|monthly) )?newsletters?\s*[:–—-]\s*.{3,200}",
        r"(your|enter( your)?|type( your)?) e-?mail( address)?( here)?(\.{3}|…)?",
        r"(you can )?(unsubscribe|opt out) (at any time|anytime)\b.{0,160}",
    ],
    # How long ago a teaser or a reply was posted ("7 hours ago", "vor 3 Tagen", "hace 3 horas", "3시간 전"),
    # alone on its line or closing a teaser's headline after "~" or a dot ("Headline ~6 hours ago"):
    # an article dates itself, it does not count the hours since.
    RELATIVE_TIME: [
        r"((.{3,300}\s)?[~·•|]\s*)?(about |~)?(\d+|an?|one)\s+(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago",
        r"((.{3,300}\s)?[~·•|]\s*)?(vor (\d+|einer?|einem) (sekunden?|minuten?|stunden?|tag(en)?|wochen?|monat(en)?|jahr(en)?)|"
        r"hace (\d+|una?) (segundos?|minutos?|horas?|días?|semanas?|mes(es)?|años?)|"
        r"il y a (\d+|une?) (secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)|\d+\s*(초|분|시간|일|주|개월|년)\s*전)",
    ],
    # A pull-quote repeated by a "Click To Tweet" box (a WordPress plugin): the text is the article's once more.
    "click-to-tweet box": [r".{10,400}click to tweet"],
    # A printed or paged document's page counter ("Page 1 of 1", "Seite 2 von 3", "Página 1 de 2",
    # "Page 2/5"), as a press release's PDF or a paged article prints it: the document's, not text.
    "page counter": [
        r"(page|seite|página|pagina|pag\.|p\.|페이지)\s*\d{1,3}\s*(of|von|de|di|sur|/)\s*\d{1,3}",
    ],
    # Reading-time estimates from blog engines.
    "reading time": [
        r"\d+\s*(min|mins|minute|minutes)( read| reading time)?",
        r"(estimated )?reading time:? \d+\s*(min|mins|minutes?)( read)?",
    ],
    # Notes about the site itself, printed on every page of it.
    "site notice": [
        r"why you can trust [\w .'’&-]+\??",
        r"[^:]{2,40}\s+::\s+.*",  # "SiteName :: The Movie Database, discover..." (a tagline, never prose)
        # "Source | 2021/02/24 | Permalink": a blog engine's post footer line
        r"([^|]{1,40}\|\s*)*(permalink|trackback|comments?\s*\(\d+\))(\s*\|[^|]{1,40})*",
    ],
    # A paywall's notice under a subscriber-only article's free teaser (ftr-site-config#925): the call to
    # subscribe, the "subscribers only" line with its price, the log-in prompt. Anchored at the line's start,
    # as the notices below: an article about a streamer's subscribers keeps its sentences.
    "paywall notice": PAYWALL_NOTICE,
    # Notices a site prints on every page, by law or by habit, opening with the site's own voice:
    # cookie consent (every European site), affiliate disclosures (required by the FTC), newsletter
    # sign-up confirmations, share counters. Anchored at the line's start, so an article that quotes
    # such a notice mid-sentence keeps it.
    "consent or disclosure notice": [
        r"(we|this (web)?site|our (web)?site) uses? cookies\b.*",
        r"by (choosing|clicking|continuing|using)\b.{0,60}\byou (consent|agree)\b.*",
        r"this (post|article|page|review) (may )?contains? affiliate\b.*",
        r"[\w .'’]{1,40} (has|have) affiliate partnerships\b.*",
        r"thanks for (signing up|subscribing)!?",
        r"sharing is caring!?",
        r"\d+\s*shares?",
        r"comments are subject to (our|the) .*",
        r"like this (story|article)\? share it.*",
        r"i (agree|consent)( that| to)\b.*",  # a sign-up form's consent box ("I agree that X can send me ...")
    ],
    # (Above the headline, a cookie banner in any language: header._is_cookie_banner.)
    # A line that is only an e-mail address: the reporter's contact under a news article
    # (Korean and many European papers end every article so), or the site's.
    "contact e-mail (an address, not text)": [
        r"((e-?mail|contact|kontakt|courriel|correo)\s*:?\s*)?[<(]?[\w.+-]+@[\w-]+(\.[\w-]+)+[>)]?",
    ],
    # Section labels of the site's navigation that end up near the footer.
    "site section": [
        r"special coverage",
        r"related( (articles|news|stories))?:?",
        # "Most read in world news", "Popular on IndieWire": the box's name with the section or site it ranks.
        r"most (read|popular|viewed|shared)( (in|on) [\w .]+)?:?",
        r"popular (in|on) [\w .]+",
        r"latest news",
        r"trending( now| news| stories| articles)?",
        r"you (may|might) also like:?",
        r"(recommended|suggested)( for you| stories| articles| reading)?",
        r"(more|top|related|popular|latest) (stories|headlines|from [\w .]+)( like this( one)?)?:?",
        r"(read|see) (more|next|also)( on [\w .]+)?:?",
        r"editor'?s'? picks?",
        r"more (news|articles) from [\w .]+",
        # "Related posts" under a blog post (WordPress and the like), in the languages of the press collected.
        r"related posts?|similar posts?|(ähnliche|verwandte) (beiträge|artikel)|articles similaires|(entradas|artículos) relacionad[oa]s",
        # The other boxes above ("Related articles", "Most read", "You may also like", "Editor's picks",
        # "Latest news"), in the same languages: German, Spanish, French, Italian, Portuguese, Korean.
        r"(weitere|neueste|aktuelle|beliebte|verwandte|ähnliche) (artikel|beiträge|nachrichten|meldungen|news|themen)( zum thema)?:?",
        r"(mehr|weiteres) (zum thema|zu diesem thema|dazu|aus dem ressort|aus der rubrik|news|nachrichten)( [\w .]+)?:?",
        r"(auch interessant|(das|dies(e|es)?)( \w+)? (könnte|könnten|dürfte) (sie|dich) (auch )?interessieren|(die )?redaktion empfiehlt|"
        r"empfehlungen der redaktion|empfohlen für (sie|dich)|top[- ]themen( der redaktion)?|mehr themen)!?:?",
        r"related coverage|latest on:?",
        r"(die )?meist(gelesen|diskutiert|geklickt|kommentiert)(e|en)?( (artikel|beiträge|nachrichten|news))?( [\w .]+)?:?",
        r"(notas|noticias|artículos) relacionad[oa]s|(te|le) puede interesar|(también )?te (puede|podría) interesar|lo más (leído|visto)|(las )?más (leídas|vistas)|últimas noticias|más noticias|"
        # "Más información": the Spanish press's label over links to its other articles on the story (El País, El Mundo).
        r"más información",
        r"(à lire|lire|voir) aussi|sur le même (sujet|thème)|dans la même rubrique|(les )?(plus lus|plus populaires)|(derniers|nos) articles|à découvrir (aussi|également)",
        r"(articoli|notizie) correlat[ie]|potrebbe interessarti|(i )?più lett[ie]|ultime notizie|leggi anche",
        r"(notícias|matérias|artigos) relacionad[oa]s|(as )?mais lidas|(leia|veja) também|você (também )?pode gostar",
        r"관련\s*기사|많이\s*본\s*(뉴스|기사)|인기\s*기사|최신\s*기사|주요\s*뉴스",
        # The tag list's label under the article: what follows is the site's index of topics.
        r"(tags?|tagged( with)?|topics|schlagw(o|ö)rte?|stichw(o|ö)rte|etiquetas|mots[- ]clés|parole chiave|태그)\s*:?",
        # The same boxes in Chinese and Japanese news CMSs; and the Chinese editor-in-charge line under the text.
        # Simplified and traditional Chinese (a Taiwan or Hong Kong site writes 相關新聞).
        r"相关(阅读|新闻|文章|报道)|相關(閱讀|新聞|文章|報導|報道)|热门(评论|文章)|熱門(評論|文章)|関連(記事|ニュース)|あわせて読みたい",
        r"(责任编辑|責任編輯)\s*[：:].*",
    ],
    # The article's tags, on the label's line ("Tags: Busan, AI, Interview", "Filed Under: ...",
    # "Schlagworte: ..."): the site's index of topics, never a sentence.
    "tag list": [
        r"(tags?|tagged( with)?|filed under|topics|themen|schlagw(o|ö)rte?|stichw(o|ö)rte|etiquetas|mots[- ]clés|parole chiave|태그)\s*:\s*[^.!?]{1,300}",
    ],
    # A link to another of the site's articles set in the text, labelled as such ("Read more: Headline",
    # "READ MORE: ...", "Lea también: ...", "Related post: ..."): one line, the text goes on after it.
    "link to another article": [
        r"(read (more|also|next)|see also|also read|related( post| story| article)?|more on this( story)?|"
        r"lesen sie (auch|mehr)|mehr dazu|lea (también|más)|lee también|lea|(à )?lire aussi|leggi anche|leia também|관련\s*기사)\s*:\s*\S.{5,}",
    ],
}

# A footer copyright line ends the article: what follows is the site's footer.
FOOTER_RIGHTS = [r"(©|\(c\)|copyright)\s*.*", *(rf".*{phrase}\.?" for phrase in rights.RESERVED_PHRASES)]

# --- Rights and credits: facts about the article, shown in its header --------
# A rights notice anywhere in the page (often inside a photo credit): one list
# with the HTML reader's footer notices (ingest.rights).
RIGHTS_PHRASES = rights.RIGHTS_PHRASES
# The publisher named by a copyright line: "© The Asia Business Daily(www...)", "Copyright © 2006-2026
# Mtime.com Inc. All rights reserved." (a span of years before the name), "© EDICIONES EL PAÍS S.L." (a
# full stop ends the name only after a word, not after an initial, nor inside a domain name).
COPYRIGHT_HOLDER = (
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*)?"
    r"(?P<holder>[^(,©\s][^(,©]*?)\s*(?:\(|,|(?<!\b[^\W\d_])\.(?=\s|$)|$)"
)
# A copyright holder that is a domain name and legal forms ("Mtime.com Inc."): the site's name without
# them (ingest.text.chrome._take_rights); the legal forms at a name's end ("Inc.", "S.L.", "GmbH").
LEGAL_FORM_AT_END = r"(?i)(?:[\s,]+(?:inc|llc|ltd|corp|co|gmbh|ag|sa|plc|s\.\s?[la]|s\.r\.l|s\.p\.a|b\.v|n\.v|k\.k)\.?)+$"
DOMAIN_ENDING = r"(?i)(?<=\w)\.(?:com|net|org|cn|de|fr|es|it|kr|jp|co\.uk)$"

# Words a company adds to its publication's name in its legal name, which a copyright line gives
# ("© 2025 Variety Media, LLC" under the masthead "Variety", "Los Angeles Times Communications LLC"):
# legal and corporate forms, a closed list. The publisher is the publication, as its masthead names it.
CORPORATE_FORM = r"(media|inc|llc|ltd|limited|group|corp|corporation|co|company|communications|holdings|publishing|publications|networks?|gmbh|ag|sa|plc|entertainment|enterprises)\.?"

# --- Bylines -----------------------------------------------------------------
# "By Park Won-hee", "By Jane Doe and John Roe", "Reporter Kim ..."
# The name is then checked to be written as a name (see NAME_WORD): "By the
# numbers" is a subhead, not a byline. Commas, and semicolons (almanack#389), part co-authors ("By A, B and C").
BYLINE = r"(?:by|written by|words by|reporter|correspondent)\s+(?P<name>[^\W\d_][\w .,;'’-]{1,60}(?:\s+(?:and|&)\s+[\w .'’-]{2,60})?)"
# Korean bylines put the role after the name: "김지수 기자" (reporter Kim Ji-su), "박민 특파원"
# (correspondent), perhaps with the reporter's e-mail and after "글" (text by: "글 이지은 기자",
# "글·사진 이지은 기자"); a Korean name is two to four syllables.
KOREAN_BYLINE = r"(?:글(?:\s*[·/]\s*사진)?\s+)?(?P<name>[\uac00-\ud7a3]{2,4})\s*(?:선임|수석|객원|인턴)?\s*(?:기자|특파원)(?:\s+\S+@\S+)?"
# Chinese and Japanese bylines are a label and a colon or a slash: "作者：李晓明" (author), "文：佐藤健一"
# (text by), "文／徐美娜" (Taiwan's press), "文・佐藤美咲" (Japanese magazines), "记者 张伟" (reporter); a name
# of two to eight ideographs or kana.
# The editor beside the date and the source on a Chinese portal's own news ("2026-02-16 14:32 来源：时光网
# 编辑：刘晓雪"): the one person the page credits, the author when no 作者/记者 is named (ingest.authors
# reads "编辑" as a byline's label too). Not "责任编辑", the desk's sign-off under the text.
CJK_EDITOR = r"(?:编辑|編輯)\s*[：:]\s*(?P<name>[\u4e00-\u9fff]{2,4})"
CJK_BYLINE = r"(?:作者|文|撰文|取材・文|记者|記者)\s*[：:\s/／∕・]\s*(?P<name>[\u3040-\u30ff\u4e00-\u9fff]{2,8})"
# Arabic and Hebrew bylines: "بقلم" ("by the pen of"), "بواسطة" (by), "מאת" (by), then a name of two to four
# words in those scripts, which have no capitals for written_as_name to see (mozilla/readability#258).
RTL_BYLINE = r"(?:بقلم|بواسطة|מאת)\s*:?\s+(?P<name>[\u0590-\u05ff\u0600-\u06ff]+(?:\s+[\u0590-\u05ff\u0600-\u06ff]+){1,3})"
# Each word of a byline's name: capitalised (Latin, with the capitals of Latin-1 and of the Latin
# Extended-A letters that open names in Polish, Czech, Croatian, Turkish and Romanian: "Ávila",
# "Özil", "Łukasz", "Šimić"), or Hangul/CJK; joined by "and"/"&"/","/"de"/"van".
UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0106\u010c\u0110\u0141\u0143\u0152\u0158\u015a\u015e\u0160\u0162\u017b\u0179\u017d"
NAME_WORD = rf"(?-i:[{UPPER}][\w.'’-]*|[\uac00-\ud7a3\u4e00-\u9fff]+|and|&|de|van|von|der|da|di|le|la)"
# Signature lines that end an article: a role, then the name and affiliation.
SIGNATURE_ROLES = [
    "professor",
    "choreographer",
    "reporter",
    "correspondent",
    "columnist",
    "critic",
    "writer",
    "staff writer",
    "editor",
    "contributing editor",
    "researcher",
    "translator",
]

# --- Structure ---------------------------------------------------------------
# Address blocks (a publisher's postal address): a line that is a postal code,
# a country, or a street with a house number.
ADDRESS = [
    r"\d{5}(-\d{4})?",
    r".*\b(republic of korea|south korea|korea|japan|usa|united states|united kingdom|uk|france|germany|china),?",
    r"\d+[\w-]*,?\s+[\w-]+(-daero|-ro|-gil|\s+street|\s+st\.?|\s+avenue|\s+ave\.?|\s+road|\s+rd\.?|\s+boulevard|\s+blvd\.?)\b.*",
    r"[\w-]+-(gu|si|do|dong|eup|myeon),.*",
]

# Labels of the boxes that open or close an article's text (an editor's note, a correction). A copy
# of the page may run the label into the box's text ("Editor's NoteAsia Economy has ..."): the
# label is then split off, when a capital follows it directly. Case-sensitive: labels are capitalised.
BOX_LABELS = r"(?-i:(?:Editor|Author|Translator|Publisher)[’']?s[’']? (?:Note|note)|Correction|Clarification|Update|Disclaimer)"

# Marks that open a caption line in Korean news ("▲ Director Kim at the premiere"), and the labels
# a page gives its captions for screen readers, which a copy keeps ("Image caption Kim at the
# premiere", "Media captionKim on set", "Bildunterschrift: ...").
CAPTION_MARK = r"^(?:[▲△☞▶▷■]|(?-i:Image|Media|Photo|Video) caption:?|Bildunterschrift:?)\s*"

# A review's closing fact box: its rating, its running time and its credits, one "Label: value" line
# each ("Voto: 4/5", "Runtime: 104 minutes", "Regia: Kim Ji-yeon"), as film criticism closes a review
# in every language of the press collected. They are the article's text, even when the site's menu
# follows them (a line of the rating was dropped with the menu, issue 11). A rating or a running time
# is known by its value under any label of up to three words: a score out of 4, 5, 10 or 100 ("4/5",
# "8 out of 10", "3,5 su 5"), stars, or minutes ("104 min.", "1h 44m", "104분"); a score that says so
# ("5 von 5 Punkten") or stars need no label. A credit is known by
# its label, the film-credit words of those languages (a name or a list of names follows).
FACT_LABEL = r"[^\W\d][\w'’.-]*(?:\s+[\w'’.-]+){0,2}\s*[:：]\s*"
SCORE = r"(?:\d{1,3}(?:[.,]\d{1,2})?\s*(?:/|out of|of|von|su|sur|de|sobre|em)\s*(?:4|5|10|100)(?:\s*(?:stars?|sterne?n?|stelle|étoiles|estrellas|punti|punkte?n?|points|pts\.?))?|[★☆⭐✩✭✮½]{1,6}(?:\s*\(?\d(?:[.,]\d)?\s*/\s*5\)?)?)"
# A score that says it is one without a label: "4 out of 5", "5 von 5 Punkten", "8/10 stars" (a gallery's
# "1/10" says nothing of the kind).
SCORE_ALONE = r"\d{1,3}(?:[.,]\d{1,2})?\s*(?:(?:out of|von|su|sur|sobre)\s*(?:4|5|10|100)|/\s*(?:4|5|10|100)\s*(?:stars?|sterne?n?|stelle|étoiles|estrellas|punti|punkte?n?|points|pts\.?))(?:\s*(?:stars?|sterne?n?|stelle|étoiles|estrellas|punti|punkte?n?|points|pts\.?))?"
RUNNING_TIME = r"(?:\d{2,3}\s*(?:min(?:ute[ns]?|uti|utos|s)?\.?|['′]|분|分(?:钟|間)?)|\d\s*(?:h|hrs?|hours?|std\.?|ore?|시간)\.?\s*\d{1,2}\s*(?:m|min|mins|minutes|minuten|minuti|분)?\.?)"
FACT_CREDIT_LABELS = (
    r"(?:directed by|director|directors|direction|written by|writer|screenplay|script|cast|starring|with|music|score|"
    r"cinematography|photography|editing|editor|producer|producers|production|country|year|genre|runtime|running time|rating|"
    r"regia|sceneggiatura|interpreti|musiche|fotografia|montaggio|produzione|paese|anno|genere|durata|distribuzione|uscita|voto|"
    r"regie|drehbuch|darsteller|besetzung|musik|kamera|schnitt|produktion|land|jahr|laufzeit|verleih|kinostart|fsk|bewertung|wertung|"
    r"réalisation|réalisateur|réalisatrice|scénario|avec|distribution|musique|montage|durée|sortie|pays|année|note|"
    r"dirección|director|guion|guión|reparto|música|duración|estreno|país|año|género|calificación|puntuación|"
    r"direção|roteiro|elenco|duração|estreia|nota|"
    r"감독|각본|출연|주연|장르|러닝\s*타임|상영\s*시간|개봉|평점|별점|監督|脚本|出演|上映時間|公開|导演|編劇|编剧|主演|片长|片長|上映|类型|評分|评分)"
)

# Words a caption uses about the picture it stood under.
CAPTION_WORDS = [
    r"^(a |an |the )?(scene|still|shot|poster|image|photo|picture|screenshot|frame)s? (from|of)\b",
    r"\bof the (film|movie|series|drama|documentary|show)\b",
    r"\((left|right|center|centre|far left|far right|top|bottom)\)",
    r"\bfrom left\b",
    r"\bpictured\b",
]

# Openers of an interviewer's question that does not end with "?".
QUESTION_OPENERS = [
    "what", "how", "why", "when", "where", "who", "whom", "which", "whose",
    "tell", "describe", "please", "could", "can", "would", "will", "do", "does",
    "did", "is", "are", "was", "were", "have", "has", "should", "explain",
    "talk", "share", "if possible",
]
# A question numbered by the interviewer: "Q1:", "Q.", "Q2 :".
QUESTION_MARK = r"q\s*\d*\s*[:.)]"
# Words that mark the interviewer addressing the interviewee.
SECOND_PERSON = r"\b(you|your|yours|yourself|us)\b"
FIRST_PERSON = r"\b(i|i'm|i’m|my|me|we)\b"

# Interview pages say so in their title.
INTERVIEW_TITLE = r"\b(interview|q\s*&\s*a|in conversation|talks?|asked)\b"

# Footnotes: "[1] text" at the end, "[1]" markers in the text.
FOOTNOTE_DEFINITION = r"\[(?P<label>\d{1,3})\]\s+(?P<text>\S.*)"
FOOTNOTE_MARKER = r"\[(?P<label>\d{1,3})\]"
# A note copied from a page whose notes a Markdown or WordPress footnote plugin wrote: a list item
# (its number copied or not) ending in the "↩" link back to the marker (U+21A9, maybe with the text
# presentation selector U+FE0E). The arrow is a link's symbol, not the note's text
# (wikiextractor#189: reference apparatus left in running text); the reader strips it before this
# pattern, which reads the note's number and text. A note without its number counts only when its
# marker is on an earlier line, as for FOOTNOTE_DEFINITION: prose may end in an arrow too.
FOOTNOTE_BACK_LINK = ("↩\ufe0e", "↩")
FOOTNOTE_BACKLINKED = r"(?:\[?(?P<label>\d{1,3})[\].)]?\s+)?(?P<text>\S.*)"

# --- The headline, by evidence (ingest.text.headline.title_features) ------------
# The evidence's weights are learned, not written here: ingest/text/title_model.json
# (python -m bench.train_title). These shapes rule a line out before any weighing.
# Shapes that a headline never has: a photo credit inside the line (a caption), markup shown as text.
NOT_A_HEADLINE_SHAPES = [
    r"©|\((photo|foto|bild|credit|image|source)s?\b|\b(photo|foto|bild|credit)s?\s*:|getty images|\b(afp|reuters|ap photo|dpa|yonhap)\b\s*(/|$|\))",
    r"^<[a-z!/]",
]
# A byline's opening word before a word ("By Mina Park", "Por Ana Ruiz"): a byline, no headline, unless
# the word is a preposition that opens one (ingest.text.headline.opens_as_a_byline: "Por qué ...").
BYLINE_OPENING = rf"^{byline_shape.BYLINE_OPENER}\s+\S+"
# Both, as the teaser and headline-miss readers take them.
NOT_A_HEADLINE = [*NOT_A_HEADLINE_SHAPES, BYLINE_OPENING]
# A headline may name a date; a line whose date takes this share of its characters or more is a dateline.
MAX_DATE_SHARE_OF_HEADLINE = 0.4
# What separates the parts of a breadcrumb trail ("Home » Recipes » Focaccia", "A › B", "home / News / ...").
TRAIL_SEPARATOR = r"(?<=\s)[»›>/|•·]|[»›>/|•·](?=\s)"
# A site's navigation printed as one line is a run of short items between separators: a menu
# ("홈 | 영화뉴스 | 리뷰 | 인터뷰") has at least this many, each of at most NAVIGATION_ITEM_WORDS words.
MIN_MENU_ITEMS = 3
NAVIGATION_ITEM_WORDS = 4
# A breadcrumb trail's path separators: a chevron between two short items is a section's place
# ("Reviews › South Korea"), never a headline's punctuation (">" may be: "Why streaming > cinema").
TRAIL_CHEVRON = r"[»›]"
# The first item of a breadcrumb trail names the site's home page, in the languages of the press
# collected ("Home » Festivals » ...", "当前位置：首页 > 电影节 > 正文", "홈 > 영화제"): the trail is
# navigation however long its last item (the headline, often) is.
HOME_PAGE = r"(home|homepage|startseite|accueil|inicio|início|首页|首頁|主页|홈|ホーム|トップ)"
# A title in angle brackets, as the Korean and Chinese press marks films ("short film <Fig Tree> (2017)"):
# its ">" closes a title and separates no parts of a trail.
ANGLE_BRACKETED_TITLE = r"<[^<>\n]{1,80}>"
# A wire service's mark in a release's dateline, its name between slashes with no space inside
# ("PARIS, Feb. 18, 2026 /PRNewswire/ -- ...", "/CNW/", "/EINPresswire.com/"; the wires' own style):
# one token, no two separators of a trail.
WIRE_MARK = r"(?<!\S)/(?-i:[A-Z])[\w.-]{1,30}/(?!\S)"
# The label PR Newswire prints over a release's source ("News provided by" / "Mirage Pictures" / the
# date): the wire's chrome; the line under it names who issued the release (its publisher).
WIRE_SOURCE_LABEL = r"news provided by"
WIRE_SOURCE = "wire service's label (the release's source follows)"
# A file name is never a headline: "poster_final.jpg", "007", "IMG_2041".
FILE_NAME = r"[\w.-]+\.(jpe?g|png|gif|webp|svg|avif|bmp|tiff?|pdf)|\d+|(img|dsc|image)[_-]?\d+"

# Sizes, in words, that separate headline-like lines from paragraphs.
MAX_HEADLINE_WORDS = 30
MAX_DECK_WORDS = 22
# A reading time ("Lesezeit: 45 Minuten", "5 min read", "읽는 시간 3분", "約5分で読めます"): a number of
# minutes and the verb "read" (its stem in the archive's languages: one a language, a closed list; the
# English one a whole word, not "Ready", "Reader") on a
# short line, the site's estimate under the byline, never the article's text nor a film's running time.
READING_TIME_UNIT = r"(?i)\d{1,3}\s*(?:min(?:\.|s|utes?|uten|uti|utos)?\b|분|分)"
READING_TIME_VERB = r"(?i)(?:\bread(?:ing|s)?\b|\blese|\blectur|\blettur|\bleest|\bleitura|읽|読|阅读|閱讀)"
MAX_READING_TIME_CHARS = 40
# A browser's reader view (Firefox's, from Readability) prints its estimate as a range of minutes alone on the
# line under the byline ("5-6 minutes", "5–6 Minuten"): a range, which no film's running time is written as.
READING_TIME_RANGE = r"(?i)\d{1,3}\s*[-–]\s*\d{1,3}\s*(?:min(?:\.|s|utes?|uten|uti|utos)?|분|分)"
# Running text: a sentence of at least this many words (or a line twice as long).
MIN_PROSE_WORDS = 8
# What each short line (menu item, link, label) costs a stretch of text.
SHORT_LINE_PENALTY = 5
# A line of this many words that is not a sentence is more often an item of
# the article's own list (tour dates, a festival line-up) than a menu entry
# (menus are one to three words), and costs the stretch less.
MIN_LIST_ITEM_WORDS = 5
LIST_ITEM_PENALTY = 1
# A list of other articles' headlines after the article (ingest.text.main_text.mark_related_runs): at
# least this many in a row, as "More from ..." boxes print four to eight; fewer may be the article's
# closing lines. Headlines in Title Case have this share of their long words capitalised, or more
# (a headline's long words are capitalised all but a few: "Why Festival Juries Are Getting Younger,
# and What It Means"; sentence case capitalises one or two).
MIN_RELATED_HEADLINES = 4
MIN_TITLE_CASE_SHARE = 0.8
# Fewer short lines than this after the main text are kept as the article's own.
MIN_LIST_LINES = 3
# Sections that follow an article and never continue it: once the article's
# text has begun, they end it (keys of CHROME).
ARTICLE_ENDS = {"comments", "next article", "end mark", "site section"}
# Of those, the ones whose whole rest is never the article's: a reader's replies, the next article, a
# press release's contact block.
ARTICLE_ENDS_FOR_GOOD = {"comments", "next article", "end mark"}
MIN_ARTICLE_WORDS = 60
# A reader's comment thread by its shape (ingest.text.main_text.mark_comment_thread): each reply opens
# with its writer's name over when it was posted, and closes with the buttons a reader may press.
# The time as comment widgets abbreviate it ("2h", "5m", "3d", "1w", "2 hrs", "3시간", "3일"); the
# long form ("3 days ago") is RELATIVE_TIME chrome already.
# Lower case only: "3D", "2D" are film formats, "3d" "2h" a widget's times.
COMPACT_TIME = r"\d{1,2}\s?(?-i:s|m|h|d|w|mo|y|min|mins|hr|hrs|초|분|시간|일|주)"
# The buttons under a reply, with a count or not, in the languages of the press collected: the same
# words in an article are parts of sentences, never a line of their own twice over.
COMMENT_ACTIONS = [
    r"(\d+\s+)?(reply|replies|like|likes|report|flag|share|upvote|downvote|vote up|vote down)(\s*\(\d+\))?",
    r"(답글(\s*달기)?|좋아요|추천|비추천|신고|공감|비공감)(\s*\d+)?",  # Korean
    r"(antworten|melden|gefällt mir|répondre|signaler|j'aime|responder|me gusta|denunciar|rispondi|mi piace|segnala)(\s*\(?\d+\)?)?",
]
# Why a reply's posting time in such a thread is dropped: no date at or after it dates the article.
REPLY_TIME = "comments (when a reply was posted)"
# A thread shows at least this many replies with that shape, and this many buttons.
MIN_REPLIES = 2
# Text after a comments heading that outweighs the text before it this many times over is the
# article (the heading was a "Write a comment" link in its header); less is the comment thread.
COMMENTS_OUTWEIGH = 3
# How many lines above the main text may hold the headline, byline, date, deck.
MAX_HEADER_LINES = 8
# How many lines above the main text (and above its first paragraphs) the headline is looked
# for: a header with a kicker, a deck, share buttons, a lead picture's caption and a fact box
# runs to 30 lines in the dev pages' select-all copies (bench.text_dumps).
TITLE_REACH = 30
# How much of the text (characters from its first paragraph on) a headline's words are looked for in.
TITLE_TEXT_CHARS = 3000
MAX_SUBHEAD_WORDS = 10
# Of those, the words that say the date is a later revision's, not the publication's: a page that
# also prints its publication date is dated by that ("Last updated 04 Jun 2020, originally created 17 Jun 2019").
UPDATED = r"(last |zuletzt |letzte )?(updated|modified|edited|aktualisiert|aktualisierung|editiert|geändert|mis à jour|actualizado|aggiornato|수정|최종수정)\b"
# A blog's note under its post that it was published on a day ("This entry was posted on Wednesday,
# November 27th, 2019 at 3:21 pm and is filed under ...", "Der Beitrag wurde am ... veröffentlicht"),
# looked for so many lines around the main text's end when nothing above dated the page.
PUBLISHED_NOTE = (
    r"\b(published|posted|veröffentlicht|publiziert|erschienen|publié|publicado|pubblicato)\b|"
    # The same as a label ("Erscheinungsdatum: 07.02.2022", "Publication date: ..."), which some CMSs print under the text.
    r"\b(erscheinungsdatum|veröffentlichungsdatum|publication date|date (de publication|published)|fecha de publicación|data di pubblicazione)\s*:"
)
PUBLISHED_NOTE_REACH = 10
# A line holding the article's date with a few words around it ("Posted on ... by ...").
MAX_DATELINE_WORDS = 12
# Chinese and Japanese write no spaces: a word is about 1.5 to 2 characters (the mean word length
# of segmented Chinese text is about 1.6 characters; Japanese mixes one-character particles with
# longer words), so every two ideographs or kana count as one word for the length tests.
CJK_CHARS_PER_WORD = 2
# A header line that gives a full date among so many other words is a dateline ("Nissan November 20,
# 2019 13:42", "12/04/2020 by Kay 24 Comments"); with more, only when the date opens it.
MAX_WORDS_AROUND_A_DATE = 4
MAX_QUESTION_WORDS = 40
MAX_CAPTION_WORDS = 30

# A cookie banner above the headline (header._is_cookie_banner), in any language: the word is the web's own.
COOKIE_WORD = r"(?i)\bcookies?\b"
COOKIE_BANNER = "consent or disclosure notice (a cookie banner above the headline)"

# The author's box under the article (bylines.mark_author_bio): the byline's author named in full
# (ingest.byline_shape.MIN_BIO_NAME_WORDS), within the page's last MAX_BIO_LINES free lines (a bio and a line
# or two under it: "Follow her on X").
MAX_BIO_LINES = 3
# The label over an author's bio box ("About the author", "Über die Autorin", "L'autrice"): a few words.
MAX_BIO_LABEL_WORDS = 4

# --- A video platform's watch page -----------------------------------------------
# The lines YouTube's watch page always prints around a video's description, in its English UI (as a
# browser's "save as text" copies them): the description's expander, the transcript panel, the
# channel's tabs, the comments' heading and buttons, the next video's heading. A closed list of the
# platform's own strings; "Comments 18" with its count.
VIDEO_PAGE_UI = [
    r"(…|\.\.\.)\s*more", r"show less", r"transcript", r"follow along using the transcript\.?", r"show transcript",
    r"videos", r"about", r"comments\s*[\d.,]+[km]?", r"add a comment\s*(…|\.\.\.)?", r"reply", r"up next",
]
# Off the platform's hosts, only its own strings count ("About", "Videos", "Transcript", "Reply" head a blog's
# pages as well), and the expander must be there.
VIDEO_PAGE_OWN_UI = [r"(…|\.\.\.)\s*more", r"show less", r"follow along using the transcript\.?", r"show transcript", r"up next", r"add a comment\s*(…|\.\.\.)?"]
# The description's expander ("…more"): what follows it on the page is the platform's, not the description.
VIDEO_DESCRIPTION_END = r"(…|\.\.\.)\s*more"
# A watch page is known by its address's host, or by this many of its own UI strings (VIDEO_PAGE_OWN_UI) on the page.
MIN_VIDEO_PAGE_UI = 3
VIDEO_HOSTS = ("youtube.com", "youtu.be")
VIDEO_PAGE = "video platform's page (YouTube's transcript, channel, comments, up next)"
