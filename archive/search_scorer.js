/* Search result scores for the archive (conf.py: html_search_scorer).
 *
 * Sphinx's default weights, plus one rule: a person's or a film's own page
 * comes before articles that mention the same name in their titles. A query
 * that is a name ("Kim Taeyong", "Taeyong Kim") matches both; the reader is
 * looking for the person.
 */
var Scorer = {
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
