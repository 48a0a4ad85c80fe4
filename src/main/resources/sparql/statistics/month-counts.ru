# Articles per month of publication in ?stats; articles dated to the year only are in no month. Months
# have no index of their own, so any month costs one pass over the dates: an update counts them all again
# (after month-counts-delete.ru), which costs what counting the months it touched would.
PREFIX schema:  <https://schema.org/>
PREFIX ng:      <https://w3id.org/newsgraph/ns#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>

INSERT { GRAPH ?stats { ?node dcterms:date ?month ; ng:articleCount ?n } }
WHERE {
  { SELECT ?ym (COUNT(*) AS ?n) WHERE {
      GRAPH ?g { ?a a schema:NewsArticle ; schema:datePublished ?d }
      BIND(SUBSTR(STR(?d), 1, 7) AS ?ym)
      FILTER(REGEX(?ym, "^[0-9]{4}-[0-9]{2}$"))
    } GROUP BY ?ym }
  BIND(IRI(CONCAT(STR(?stats), "#month-", ?ym)) AS ?node)
  BIND(STRDT(?ym, xsd:gYearMonth) AS ?month)
}
