"""Words that say what follows or precedes them in film writing: a person, a film, a noun.

Data with a reason, in the languages the archive's pages are written in
(English, and the German and French of the film and celebrity press):

* :data:`PERSON_CUES`: a role, title or kin word just before a name says a
  person follows ("director Kwon ...", "Regisseur Tom Tykwer", "Ehefrau Sheree
  Zampino", "la réalisatrice Céline Sciamma");
* :data:`FILM_CUES`: words near a quoted or bracketed phrase that say it is a
  work of film or television; German compounds are recognised by their head
  ("Fernsehserie", "Kinofilm", "Netflix-Show": :func:`is_film_word`);
* :data:`OTHER_WORKS`: words that say a quoted or italic title is a song, an
  album, a book or a publication, not a film ("the ballad “...”", "she told
  *People*", "*Stellar* magazine");
* :data:`EVENT_HEADS` and :data:`EVENT_WORDS`: the Korean and Chinese press
  put festivals, awards, markets, channels and newspapers in the same marks
  as films (<Baeksang Arts Awards>, 《Beijing Youth Daily》); English names
  put the kind of thing last, so a title ending in one of these names an
  event or publication, and one of these words right before or after the
  marks says the title is a programme or section of an event ("the section
  'Bucheon Choice'", "<Women Directors Now> retrospective");
* :data:`GROUP_WORDS`: a band, a choir, a duo is named like a person ("Tokio
  Hotel", "Imagine Dragons"); the word before the name ("the band Silbermond",
  "le groupe Indochine") or a member's role ("frontman of ...") says a group follows;
* :data:`GERMAN_DETERMINERS`: German capitalises every noun, so a capitalised
  word right after an article or possessive ("seinem Mann", "der
  Premierministerin") is a noun, never the first word of a name.
"""

from __future__ import annotations

import re

PERSON_CUES = frozenset(
    """
    director directors filmmaker filmmakers actor actress actors star stars starring co-starring costar co-star
    by professor prof dr mr mrs ms choreographer producer critic writer screenwriter author photographer reporter
    journalist correspondent columnist interviewer host anchor ceo chairman chairwoman composer editor
    cinematographer singer songwriter guitarist drummer artist curator novelist poet designer animator dancer
    musician judge judges rapper comedian wife husband son daughter mother father brother sister friend
    neurologist member members founder co-founder cofounder strategist analyst spokesman spokeswoman
    spokesperson executive coo cfo cto president senator governor mayor minister secretary lawyer attorney
    prosecutor colleague colleagues fellow general chief deputy vice prince princess queen king sen rep gov
    lord lady pope coach officer creator showrunner programmer documentarian juror
    superstar megastar popstar rockstar dj mc idol vocalist bandmate bandmates
    """.split()
) | (GERMAN_PERSON_CUES := frozenset(
    # German: roles, kin and courtesy titles as they stand before a name.
    """
    regisseur regisseurin regisseure schauspieler schauspielerin schauspielerinnen darsteller darstellerin
    hauptdarsteller hauptdarstellerin sänger sängerin moderator moderatorin autor autorin drehbuchautor
    drehbuchautorin produzent produzentin komponist komponistin fotograf fotografin kameramann musiker musikerin
    komiker komikerin kabarettist kabarettistin künstler künstlerin maler malerin architekt architektin verleger
    verlegerin stylist stylistin designer designerin schriftsteller schriftstellerin journalistin kritiker
    kritikerin ehefrau ehemann gattin gatte witwe sohn tochter bruder schwester vater mutter onkel tante enkel
    enkelin kinder freund freundin ex-freund ex-freundin ex-frau ex-mann partner partnerin lebensgefährte
    lebensgefährtin kollege kollegin kollegen kommilitone kommilitonen zeitgenosse zeitgenossen präsident
    präsidentin kanzler kanzlerin ministerin premierminister premierministerin bürgermeister bürgermeisterin
    gründer gründerin sprecher sprecherin frontfrau frontmann herr frau influencerin influencer
    rapperin reporter reporterin milliardär milliardärin millionär millionärin unternehmer unternehmerin
    geschäftsfrau geschäftsmann politiker politikerin sportler sportlerin
    """.split()
    # Kinds of star, which the celebrity press writes before a name ("Weltstar Campino", "Serienstar X") as a role.
    # Listed, not matched by the ending "-star": stage names end in it too (the rapper Disarstar, a dev page).
    + """
    weltstar filmstar kinostar serienstar fernsehstar hollywoodstar schlagerstar jungstar kinderstar realitystar
    """.split()
)) | frozenset(
    # French.
    """
    réalisateur réalisatrice acteur actrice comédien comédienne chanteur chanteuse auteur autrice écrivain
    écrivaine producteur productrice scénariste présidente ministre épouse époux mari fils fille frère sœur
    père mère m mme monsieur madame par
    """.split()
)

FILM_CUES = frozenset(
    """
    film films movie movies feature features short shorts series documentary drama sequel prequel title titled
    famous known directed directing starred starring premiere premiered released screened screening
    cinema cinemas theaters theatres box-office debut role show shows season seasons episode episodes
    installment instalment franchise spin-off remake reboot adaptation thriller comedy sitcom miniseries
    blockbuster biopic screenplay dvd vod blu-ray
    """.split()
) | frozenset(
    # German and French (compounds such as "Fernsehserie" by their head, see is_film_word).
    """
    filme filmen serie serien staffel staffeln folge folgen kino rolle rollen regie gedreht drehte komödie
    durchbruch debüt filmografie trilogie trilogy saga série séries réalisé tourné rôle documentaire long-métrage court-métrage
    """.split()
)
# Film words that other writing uses as often ("well known", "the title", "was released", "a short
# time", "features", "show"): beside italics, which mark titles only in film writing, they are no cue.
WEAK_FILM_WORDS = frozenset("famous known title titled released role roles show shows short feature features debut".split())
# Film words that German also uses in everyday idioms ("zur Folge", "in Folge", "ohne Folgen", "eine Rolle
# spielen"): cues beside a title, but no sign that a whole article is about films.
IDIOMATIC_FILM_WORDS = frozenset("folge folgen rolle rollen".split())
# The head of a German compound that makes it a film word: "Fernsehserie", "Kinofilm", "Netflix-Show".
_FILM_HEADS = ("film", "filme", "filmen", "serie", "serien", "-show", "sitcoms")

OTHER_WORKS = frozenset(
    """
    song songs single singles ballad album albums track tracks anthem songstress record records ep lp
    book books novel novels memoir memoirs magazine magazines newspaper newspapers podcast podcasts column
    bestseller bestsellers autobiography biography tome essay essays poem poems anthology study report paper
    lied lieder platte buch bücher roman romane magazin zeitung zeitschrift autobiografie biografie sachbuch gedicht studie bericht
    chanson chansons livre livres journal
    """.split()
)
# The heads of German compounds that are such words: "Titelsong", "Debütalbum", "Kriminalroman".
_OTHER_WORK_HEADS = ("song", "songs", "lieder", "album", "alben", "roman", "romane", "single")
# Before an italic or quoted title, these say a publication follows: "told People", "explained to
# Women's Health", "in an interview with Vogue" (a regular expression matched at the end of the text before).
PUBLICATION_BEFORE = (
    r"\b(?:told|tells|telling|tell|according to|interview with|interviewed by|quoted by|reported by|wrote in|writing in"
    r"|via|published in|shared with|noted by"
    r"|(?:spoke|speaking|talked|talking|explained|said|revealed|confided|admitted|added|wrote|writes|confirmed) to"
    # German: "im Gespräch mit der „Bild am Sonntag“", "sagte sie gegenüber „Gala“", "laut „Spiegel“".
    r"|(?:im gespräch mit|im interview mit|gegenüber|laut)(?: der| dem| des)?"
    # Speech told to a publication, its article in the dative: "sagte der „Bild am Sonntag“", "verriet er dem
    # „Stern“"; French: "a confié au « Parisien »", "a déclaré à « Libération »".
    r"|(?:sagte|sagt|verriet|verrät|erzählte|erzählt|erklärte|erklärt|bestätigte|bestätigt)(?: er| sie| es)? (?:der|dem)"
    r"|(?:confié|déclaré|dit|expliqué|raconté|révélé|assuré|confie|déclare|explique|raconte|révèle|assure) (?:au|aux|à la|à l’|à l'|à))$"
)

# The last word of the name of an event, a prize, a channel or a publication (see the docstring). Not
# "Show" ("The Morning Show"), "Post" or "Times" ("The Post", "Hard Times"): film titles end in those.
EVENT_HEADS = frozenset(
    """
    festival festivals fest filmfest awards award prize prizes market forum channel daily weekly magazine journal
    gazette ceremony expo biennale conference summit festspiele preis preise championship championships
    """.split()
)
# The heads of German compounds that name such things: "Deutscher Comedypreis", "Filmfestspiele", "Tageszeitung".
EVENT_HEAD_ENDINGS = ("preis", "preises", "preise", "festival", "festspiele", "zeitung", "verleihung", "messe")
# Beside a title's marks: the title names a programme or a section of an event, not a work.
EVENT_WORDS = frozenset(
    """
    retrospective retrospectives programme program section sidebar strand showcase exhibition category lineup
    festival festivals awards ceremony competition market forum
    retrospektive reihe sektion ausstellung
    """.split()
)
# The same right after the closing mark in the languages written without spaces (or, in Korean, with none
# between the marks and the word): the section, special programme or festival the marks name
# (「アジアン・ホライズンズ」部門, 《亚洲新人》单元, ‹아시아의 창› 섹션). No word of one character (賞, a prize,
# opens 賞賛, praise: 「万引き家族」賞賛の声), nor 展映 (a screening of the film: 《寄生虫》展映活动).
EVENT_WORDS_UNSPACED = frozenset(
    """
    部門 特集 映画祭 单元 單元 影展 电影节 電影節 섹션 부문 특별전 기획전 영화제 시상식
    """.split()
)
# The kind of firm that opens or ends a company's name in those languages, which their press sets in the same
# marks as a film's title: '스튜디오 뉴런', 「スタジオ・ニューロン」, 《光线影业》, 「東宝ピクチャーズ」. Not 公司 nor
# 工作室, which end film titles too (《怪兽电力公司》, Monsters, Inc.).
COMPANY_WORDS_UNSPACED = (
    "스튜디오", "픽처스", "엔터테인먼트", "컴퍼니", "프로덕션", "スタジオ", "プロダクション", "ピクチャーズ", "エンタテインメント",
    "エンターテインメント", "影业", "影業", "传媒", "傳媒",
)

# Kinds of venue, right before a name set in italics or quotes: the name is the venue's ("das Restaurant *Falco*
# von Tom Brandt", "the bar “Crosswind”"), which its owner's name after it would otherwise credit as a film's
# maker. The common kinds of venue as English, German and French write them (German capitalises them, French
# and English borrow "café", "bistro", "boutique"); no regional word ("Gasthaus", "Gasthof", "Wirtshaus",
# "Weingut", taken from one Austrian dev page and dropped with the dev figures unchanged), no cinema word
# (a cinema's name before a title is the film's screening).
PLACE_WORDS = frozenset(
    """
    restaurant restaurants hotel hotels bar bars café cafe cafés cafes bistro brasserie pizzeria pub
    winery gallery galerie galerien museum museums musée boutique shop store club
    """.split()
)

# Performers' roles: people known by one name are performers with a stage name ("Sänger Campino", "Rapper Fler",
# "DJ Ötzi", "le chanteur Stromae"), so only these open a one-word name in a run of capitals: the performing
# trades in English, German and French (no other role noun: German capitalises nouns, so "Autorin Fachbeiträge"
# would read as a name).
STAGE_ROLES = frozenset(
    """
    singer sänger sängerin rapper rapperin rappeur rappeuse chanteur chanteuse dj mc star superstar megastar popstar
    rockstar weltstar musician musiker musikerin entertainer entertainerin comedian komiker komikerin dragqueen
    drag-queen model influencer influencerin youtuber youtuberin frontmann frontfrau frontman
    idol vocalist bandmate bandmates
    """.split()
)

# The words for a musical group before its name ("the band Silbermond", "le groupe Indochine", "die Kapelle ..."):
# a group is named like a person, so only the word before it says which it is.
GROUP_WORDS = frozenset(
    """
    band bands group groups duo trio quartet quintet ensemble orchestra choir boyband boybands girlgroup girlgroups
    gruppe kapelle orchester chor formation groupe
    """.split()
)
# A member's role, then "of" (German "von", "der"; French "de", "du"): a group follows ("frontman of the Kooks").
GROUP_MEMBER_WORDS = frozenset(
    """
    frontman frontwoman frontmann frontfrau singer sänger sängerin guitarist gitarrist gitarristin drummer schlagzeuger
    bassist bassistin keyboarder member members mitglied mitglieder chanteur chanteuse membre membres leader
    """.split()
)

# French articles and contractions, to tell a French article (whose titles are in sentence case) by their share.
FRENCH_DETERMINERS = frozenset("le la les l des du au aux un une ce cette ces son sa ses leur leurs".split())


GERMAN_DETERMINERS = frozenset(
    """
    der die das dem den des ein eine einem einen einer eines kein keine keinem keinen keiner
    mein meine meinem meinen meiner sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres
    unser unsere unserem unseren unserer dein deine deinem deinen
    im am zum zur vom beim ins alle allen aller viele vielen einige einigen mehrere beide beiden
    diese dieser diesem diesen dieses jede jeder jedem jeden
    """.split()
)


# German joins a role noun onto what the role is about: "Umweltreporterin", "Popsängerin", "Vizepräsident".
# Heads of six letters or more only, so that short words ("sohn", "autor") do not end unrelated ones.
_GERMAN_ROLE_HEADS = tuple(sorted(w for w in GERMAN_PERSON_CUES if len(w) >= 6 and "-" not in w))


# The kin words among the cues (English, German, French): before one word they name a relative whom the
# article calls by a given name ("ihre Mutter Nadine"), seldom a person of the film world with a page.
KIN_WORDS = frozenset(
    """
    wife husband son daughter mother father brother sister ehefrau ehemann gattin gatte witwe sohn tochter bruder
    schwester vater mutter onkel tante enkel enkelin épouse époux mari fils fille frère sœur père mère
    """.split()
)


# German makes a woman's role noun by "-in" on an agent noun: "Filmemacherin", "Moderatorin", "Cutterin",
# "Journalistin", "Intendantin", "Dirigentin", "Friseurin". Capitalised and of nine letters or more, such a word is a
# role whether or not the cue lists hold it: given names rarely end so ("Katharina", "Kathrin", "Karin" do not).
_GERMAN_FEMININE_ROLE = re.compile(r"(?:er|or|ist|ant|ent|eur)in$")


# French writes the article onto the noun: "L’actrice Léa Seydoux", "d’acteur".
_ELIDED_ARTICLE = re.compile(r"^[ld][’']")


def is_person_cue(word: str) -> bool:
    """Whether ``word`` (any case) says a person's name follows; "Instagram-Star" by its last part,
    "Umweltreporterin" by its German head, "Filmemacherin" by its shape, "L’actrice" without its elided article."""
    lowered = _ELIDED_ARTICLE.sub("", word.lower().rstrip("."))
    return (
        lowered in PERSON_CUES
        or ("-" in lowered and lowered.rsplit("-", 1)[1] in PERSON_CUES)
        or (len(lowered) > 8 and word[:1].isupper() and (lowered.endswith(_GERMAN_ROLE_HEADS) or bool(_GERMAN_FEMININE_ROLE.search(lowered))))
    )


def is_film_word(word: str) -> bool:
    """Whether ``word`` (any case) is a film word, German compounds included ("Dramaserie")."""
    lowered = word.lower()
    return lowered in FILM_CUES or (len(lowered) > 6 and lowered.endswith(_FILM_HEADS))


def is_other_work(word: str) -> bool:
    """Whether ``word`` (any case) says a song, album, book or publication is meant; German compounds by their head."""
    lowered = word.lower()
    return lowered in OTHER_WORKS or (len(lowered) > 6 and lowered.endswith(_OTHER_WORK_HEADS) and not is_film_word(lowered))


def is_event_head(word: str) -> bool:
    """Whether ``word`` (any case), last in a name, makes it an event, prize, channel or publication (:data:`EVENT_HEADS`)."""
    lowered = word.lower()
    return lowered in EVENT_HEADS or (len(lowered) > 7 and lowered.endswith(EVENT_HEAD_ENDINGS))


# A possessive right before a title credits the work to its maker or star ("Tim Burton's Ed Wood", "Kubrick's Dr
# Strangelove", "Robin Williams’ Mrs Doubtfire": a name ending in "s" takes the apostrophe alone). The word before
# the apostrophe is whole: "‘great’ Dr Lee said" is a closing quote, no possessive (no "s" before it).
_POSSESSIVE_AT_THE_END = re.compile(r"(?<![\w’'-])(?P<owner>[^\W\d_][\w’'-]*?)(?:['’]s|(?<=s)['’])[ \t]+$")
# "It's Ed Wood", "That’s Dr Lee": a pronoun's "'s" is "is" or "has", no one's work.
_CONTRACTED = frozenset("it he she that what there here who where let".split())
# How far before a title its owner's possessive may begin, in characters: a name of a few words.
POSSESSIVE_REACH = 40


def possessive_before(text: str, at: int) -> bool:
    """Whether a maker's possessive ends just before ``text[at]`` (spaces between): a capitalised word then "'s"
    or, after an "s", the apostrophe alone (:data:`_POSSESSIVE_AT_THE_END`), no pronoun's contraction. The one
    rule for the mention matcher, the film detector by marks and the people detector (a courtesy title after it)."""
    match = _POSSESSIVE_AT_THE_END.search(text, max(0, at - POSSESSIVE_REACH), at)
    return match is not None and match["owner"][:1].isupper() and match["owner"].lower() not in _CONTRACTED
