/* Search words highlighted as whole words, on every page and in search results.
 *
 * Sphinx's sphinx_highlight.js marks a search word wherever its letters occur,
 * so "ai" lit up inside "remains". Here a word is marked only where it starts
 * a word and ends one, give or take an English inflection ("film" marks
 * "films", "director's"). A Hangul word is marked where it starts a word,
 * whatever particle follows ("만추" marks "만추는"). Chinese and Japanese,
 * written without spaces, are marked wherever they occur. Loaded after
 * sphinx_highlight.js (conf.py: html_js_files), it replaces
 * SphinxHighlight.highlightSearchWords, which Sphinx calls once the page is
 * loaded.
 */
"use strict";

const ArchiveHighlight = {
  // Chinese and Japanese (archive/entities/search.py: UNSPACED_RUN): no spaces between words.
  UNSPACED: /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u,

  /** A regular expression matching any of ``words`` as a whole word, or null. */
  pattern: (words) => {
    const escape = (word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const alternatives = [...new Set(words)]
      .filter((word) => word && /[\p{L}\p{N}]/u.test(word))
      .sort((a, b) => b.length - a.length)
      .map((word) => {
        if (ArchiveHighlight.UNSPACED.test(word)) return escape(word);
        const start = "(?<![\\p{L}\\p{N}])";
        return /[\uac00-\ud7a3]$/.test(word)
          ? `${start}${escape(word)}(?:[\\uac00-\\ud7a3]*)`
          : `${start}${escape(word)}(?:s|es|'s|’s)?(?![\\p{L}\\p{N}])`;
      });
    if (!alternatives.length) return null;
    return new RegExp(alternatives.join("|"), "giu");
  },

  /** Wrap each whole-word match under ``root`` in <span class="highlighted">. */
  highlight: (root, words) => {
    const pattern = ArchiveHighlight.pattern(words);
    if (!pattern || !root) return;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement.closest("script, style, button, select, textarea, .highlighted, .nohighlight, svg")
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    const textNodes = [];
    while (walker.nextNode()) textNodes.push(walker.currentNode);
    textNodes.forEach((node) => {
      const text = node.nodeValue;
      pattern.lastIndex = 0;
      const matches = [...text.matchAll(pattern)];
      if (!matches.length) return;
      const fragment = document.createDocumentFragment();
      let at = 0;
      matches.forEach((match) => {
        fragment.append(text.slice(at, match.index));
        const span = document.createElement("span");
        span.className = "highlighted";
        span.textContent = match[0];
        fragment.append(span);
        at = match.index + match[0].length;
      });
      fragment.append(text.slice(at));
      node.replaceWith(fragment);
    });
  },
};

if (typeof SphinxHighlight !== "undefined") {
  SphinxHighlight.highlightSearchWords = () => {
    const url = new URL(window.location);
    const terms = localStorage.getItem("sphinx_highlight_terms") || url.searchParams.get("highlight") || "";
    localStorage.removeItem("sphinx_highlight_terms");
    if (url.searchParams.has("highlight")) {
      url.searchParams.delete("highlight");
      window.history.replaceState({}, "", url);
    }
    const words = terms.toLowerCase().split(/\s+/).filter((word) => word);
    if (!words.length) return;
    const body = document.querySelector("div.body") || document.querySelector("[role=main]") || document.body;
    window.setTimeout(() => ArchiveHighlight.highlight(body, words), 10);
  };
}
