/* The archive's search in the browser (conf.py: html_search_scorer).
 *
 * Sphinx puts this file into language_data.js, after searchtools.js and the
 * stemmer, before the index loads. It keeps Sphinx's index and scores and
 * changes what a reader gets back:
 *
 * - one result per page: Sphinx lists a page once per spelling, section or
 *   word that matched it ("Late Autumn" gave the film's page three times);
 * - typos in names and titles: a word of five letters or more that is no
 *   word of any title or name is also tried as each title or name word one
 *   edit away (insert, delete, replace, swap two neighbours: "young" finds
 *   "Yong", "Autunm" finds "Autumn");
 * - a word no page has ("Wset") is left out rather than emptying the results,
 *   and the status line says so;
 * - Hangul by morpheme: the index holds each Korean word's morphemes (Kiwi,
 *   at build time: archive/hangul.py), so a query word with a particle
 *   ("만추는") is also looked up without it ("만추") when the index has that;
 * - Chinese and Japanese by character pairs: splitQuery (given by the search
 *   language, archive/entities/search.py) splits "王家卫" into 王家 + 家卫 as
 *   the index does; phrases and highlighting use the words as typed
 *   (splitWords), which need no space or punctuation around them;
 * - order: a page whose title or name is the query, then pages whose title
 *   holds it as a phrase, then pages whose text or section titles hold the
 *   exact phrase, then Sphinx's score (with the rule below), best first;
 * - highlighting on whole words (docs/_static/highlight.js).
 */

var Scorer = {
  // A person's or a film's own page comes before articles that carry the same
  // name in their titles: a reader who types a name is looking for the person.
  score: (result) => {
    const [docname, , , , score] = result;
    const isEntityPage = /^(people|films)\/(?!index$)/.test(docname);
    return isEntityPage ? score + 10 : score;
  },
  objNameMatch: 11,
  objPartialMatch: 6,
  objPrio: { 0: 15, 1: 5, 2: -5 },
  objPrioDefault: 0,
  title: 15,
  partialTitle: 7,
  term: 5,
  partialTerm: 2,
};

const ArchiveSearch = {
  TYPO_MIN_LETTERS: 5,
  MAX_VARIANTS: 8, // combinations of corrected words tried per query
  PHRASE_PAGES: 20, // best pages whose text is checked for the exact phrase
  // Korean particles (josa), longest first; a query word ending in one is
  // also looked up without it when the index has the rest as a morpheme.
  PARTICLES: [
    "에서부터", "으로부터", "에게서", "한테서", "이라고", "까지", "부터", "에서", "에게", "한테", "께서",
    "으로", "처럼", "보다", "마다", "이나", "이랑", "하고", "라고", "은", "는", "이", "가", "을", "를",
    "의", "에", "와", "과", "도", "만", "로", "랑", "나", "께",
  ],
  HANGUL: /[\uac00-\ud7a3]/,

  _stemmer: null,
  _cache: null,

  stem: (word) => {
    if (!ArchiveSearch._stemmer) ArchiveSearch._stemmer = new Stemmer();
    return ArchiveSearch._stemmer.stemWord(word.toLowerCase());
  },

  /** A text's words as the index holds them: hyphenated names joined, stemmed, folded. */
  words: (text) =>
    splitQuery(text.toLowerCase().replace(/(\p{L})[-‐](?=\p{L})/gu, "$1")).map(ArchiveSearch.stem),

  /** Per index, computed once: title and name vocabulary; names and section titles per page. */
  tables: () => {
    const index = Search._index;
    if (ArchiveSearch._cache && ArchiveSearch._cache.index === index) return ArchiveSearch._cache;
    const vocabulary = new Set(Object.keys(index.titleterms));
    const names = new Map(); // file -> [[words of a name]]
    Object.values(index.objects).forEach((objects) =>
      objects.forEach(([file, , , , name]) => {
        const words = ArchiveSearch.words(name);
        words.forEach((word) => vocabulary.add(word));
        if (!names.has(file)) names.set(file, []);
        names.get(file).push(words);
      }),
    );
    const sections = new Map(); // file -> [[words of a section title]]
    Object.entries(index.alltitles).forEach(([title, places]) =>
      places.forEach(([file]) => {
        if (!sections.has(file)) sections.set(file, []);
        sections.get(file).push(ArchiveSearch.words(title));
      }),
    );
    const titles = index.titles.map((title) => ArchiveSearch.words(title));
    const files = new Map(index.docnames.map((docname, file) => [docname, file]));
    ArchiveSearch._cache = { index, vocabulary, names, sections, titles, files };
    return ArchiveSearch._cache;
  },

  isTerm: (word) => {
    const index = Search._index;
    return Object.hasOwn(index.terms, word) || Object.hasOwn(index.titleterms, word);
  },

  /** Whether Sphinx would find the word at all (whole, or inside a longer term). */
  isKnown: (word) => {
    if (ArchiveSearch.isTerm(word)) return true;
    if (word.length <= 2) return false;
    const index = Search._index;
    return Object.keys(index.terms).some((t) => t.includes(word)) || Object.keys(index.titleterms).some((t) => t.includes(word));
  },

  /** Whether ``a`` and ``b`` are at most one edit apart (optimal string alignment distance). */
  withinOneEdit: (a, b) => {
    if (a === b) return true;
    if (Math.abs(a.length - b.length) > 1) return false;
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
    if (a.length === b.length) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true; // one replaced
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // two swapped
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1); // one inserted or deleted
  },

  /** The index words to try for one query word, best first (may be empty). */
  alternatives: (raw, stem) => {
    const tables = ArchiveSearch.tables();
    const found = [];
    if (ArchiveSearch.HANGUL.test(raw)) {
      const particle = ArchiveSearch.PARTICLES.find((p) => raw.endsWith(p) && raw.length > p.length);
      const base = particle ? ArchiveSearch.stem(raw.slice(0, -particle.length)) : null;
      if (base && ArchiveSearch.isTerm(base)) found.push(base);
    }
    if (ArchiveSearch.isKnown(stem)) found.push(stem);
    if ([...raw].length >= ArchiveSearch.TYPO_MIN_LETTERS && !tables.vocabulary.has(stem)) {
      tables.vocabulary.forEach((word) => {
        if (word !== stem && ArchiveSearch.withinOneEdit(stem, word)) found.push(word);
      });
    }
    return [...new Set(found)];
  },

  /** A query's words as typed, lower case ("Tae-yong" is two, "王家卫" one). */
  typed: (query) => splitWords(query.trim().toLowerCase()),

  /** The query's words, each with what to look up; stopwords and numbers are only for phrases.
   * Hyphenated words are joined, as the index also holds them ("Tae-yong" -> "taeyong"). */
  parse: (query) => {
    return splitQuery(query.trim().replace(/(\p{L})[-‐](?=\p{L})/gu, "$1")).map((raw) => {
      const lower = raw.toLowerCase();
      const required = !(stopwords.has(lower) || /^\d+$/.test(raw) || lower.startsWith("-"));
      const stem = ArchiveSearch.stem(lower);
      return { raw: lower, stem, required, alternatives: required ? ArchiveSearch.alternatives(lower, stem) : [stem] };
    });
  },

  /** Up to MAX_VARIANTS choices of one alternative per required word; the first is the likeliest. */
  variants: (words) => {
    let variants = [[]];
    words.forEach((word) => {
      const options = word.required && word.alternatives.length ? word.alternatives : [null];
      variants = variants.flatMap((chosen) => options.map((option) => [...chosen, option])).slice(0, ArchiveSearch.MAX_VARIANTS);
    });
    return variants;
  },

  containsPhrase: (words, phrase) => phrase.length > 0 && ` ${words.join(" ")} `.includes(` ${phrase.join(" ")} `),

  /** 4: the page's title or a name on it is the query; 3: the query names it; 2: its title holds the query. */
  tier: (file, phrases) => {
    const tables = ArchiveSearch.tables();
    const title = tables.titles[file] || [];
    const names = tables.names.get(file) || [];
    const same = (a, b) => a.join(" ") === b.join(" ");
    if (phrases.some((phrase) => same(title, phrase) || names.some((name) => same(name, phrase)))) return 4;
    if (phrases.some((phrase) => names.some((name) => name.length > 1 && ArchiveSearch.containsPhrase(phrase, name)))) return 3;
    if (phrases.some((phrase) => ArchiveSearch.containsPhrase(title, phrase))) return 2;
    const sections = tables.sections.get(file) || [];
    if (phrases.some((phrase) => phrase.length > 1 && sections.some((section) => ArchiveSearch.containsPhrase(section, phrase)))) return 1;
    return 0;
  },

  /** One entry per page: the best of its results, with its tier. */
  onePerPage: (results, phrases) => {
    const tables = ArchiveSearch.tables();
    const pages = new Map();
    results.forEach((result) => {
      const [docname, , , , score] = result;
      const best = pages.get(docname);
      if (!best || score > best.score) {
        const file = tables.files.get(docname);
        const tier = best ? best.tier : ArchiveSearch.tier(file, phrases);
        pages.set(docname, { docname, file, title: Search._index.titles[file], anchor: result[2], kind: result[6], score, tier });
      }
    });
    return [...pages.values()];
  },

  order: (pages) =>
    pages.sort((a, b) => b.tier - a.tier || b.score - a.score || a.title.localeCompare(b.title)),

  pageUrl: (docname) => document.documentElement.dataset.content_root + docname + DOCUMENTATION_OPTIONS.FILE_SUFFIX,

  _fetched: new Map(),
  fetchPage: (docname) => {
    if (!ArchiveSearch._fetched.has(docname))
      ArchiveSearch._fetched.set(
        docname,
        fetch(ArchiveSearch.pageUrl(docname)).then((response) => (response.ok ? response.text() : "")).catch(() => ""),
      );
    return ArchiveSearch._fetched.get(docname);
  },

  /** Pages whose text holds the words as typed, in order, as whole words, come up to tier 1. */
  raisePhraseMatches: async (pages, typed) => {
    if (typed.length < 2) return;
    const escape = (word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // Chinese and Japanese words have no space or punctuation around them.
    const spaced = (word) => !UNSPACED_RUN.test(word);
    const before = spaced(typed[0]) ? "(?<![\\p{L}\\p{N}])" : "";
    const after = spaced(typed[typed.length - 1]) ? "(?![\\p{L}\\p{N}])" : "";
    const words = typed.map((word, i) => (i === 0 ? "" : spaced(word) && spaced(typed[i - 1]) ? "[^\\p{L}\\p{N}]+" : "[^\\p{L}\\p{N}]*") + escape(word));
    const phrase = new RegExp(`${before}${words.join("")}${after}`, "iu");
    const candidates = pages.filter((page) => page.tier < 1).slice(0, ArchiveSearch.PHRASE_PAGES);
    const texts = await Promise.all(candidates.map((page) => ArchiveSearch.fetchPage(page.docname)));
    candidates.forEach((page, i) => {
      if (texts[i] && phrase.test(Search.htmlToText(texts[i]))) page.tier = 1;
    });
  },

  display: (page, searchTerms, highlightWords) => {
    const item = document.createElement("li");
    item.classList.add(`kind-${page.kind}`);
    const link = item.appendChild(document.createElement("a"));
    link.href = page.docname + DOCUMENTATION_OPTIONS.LINK_SUFFIX + page.anchor;
    link.dataset.score = page.score;
    link.textContent = page.title;
    Search.output.appendChild(item);
    if (!DOCUMENTATION_OPTIONS.SHOW_SEARCH_SUMMARY) return;
    ArchiveSearch.fetchPage(page.docname).then((html) => {
      const summary = html && Search.makeSearchSummary(html, searchTerms, page.kind === "title" ? page.anchor : "");
      if (!summary) return;
      item.appendChild(summary);
      ArchiveHighlight.highlight(summary, highlightWords);
    });
  },

  query: async (query) => {
    const [, , excludedTerms] = Search._parseQuery(query);
    const words = ArchiveSearch.parse(query);
    const required = words.filter((word) => word.required);
    const unknown = required.filter((word) => !word.alternatives.length);
    const variants = ArchiveSearch.variants(words);
    const results = [];
    const phrases = [];
    variants.forEach((chosen, number) => {
      const searchTerms = new Set(chosen.filter((term) => term !== null));
      const objectTerms = new Set(words.map((word, i) => (word.required ? chosen[i] : word.raw)).filter((term) => term !== null));
      phrases.push(words.map((word, i) => (word.required ? chosen[i] : word.stem)).filter((term) => term !== null));
      if (!searchTerms.size) return;
      // (Sphinx applies Scorer.score inside _performSearch)
      Search._performSearch(query, searchTerms, excludedTerms, new Set(), objectTerms).forEach((result) => {
        result[4] -= number; // a corrected spelling ranks after the words as typed
        results.push(result);
      });
    });
    const pages = ArchiveSearch.onePerPage(results, phrases);
    ArchiveSearch.order(pages);
    const typed = ArchiveSearch.typed(query);
    await ArchiveSearch.raisePhraseMatches(pages, typed);
    ArchiveSearch.order(pages);

    const highlightWords = [
      ...new Set([
        ...typed.filter((word) => !stopwords.has(word)),
        ...required.flatMap((word) => [word.raw, ...word.alternatives]),
      ]),
    ];
    localStorage.setItem("sphinx_highlight_terms", highlightWords.join(" "));
    const searchTerms = new Set(variants[0].filter((term) => term !== null));
    pages.forEach((page) => ArchiveSearch.display(page, searchTerms, highlightWords));
    _finishSearch(pages.length);
    if (unknown.length && pages.length)
      Search.status.innerText += ` No page has ${unknown.map((word) => `“${word.raw}”`).join(", ")}: these pages match the other words.`;
  },
};

Search.query = ArchiveSearch.query;

// A result's summary is the page's text, without the article header (publisher,
// date, source address) or the lists of other pages' titles that Sphinx also read.
Search.htmlToText = (htmlString, anchor) => {
  const page = new DOMParser().parseFromString(htmlString, "text/html");
  page.querySelectorAll(".headerlink, script, style, .article-info, .mentioned-in, .related-articles").forEach((el) => el.remove());
  let main = null;
  try {
    main = anchor ? page.querySelector(`[role="main"] ${anchor}`) : null;
  } catch {
    main = null; // an anchor that is no valid selector
  }
  main = main || page.querySelector('[role="main"]');
  return main ? main.textContent : "";
};
