# Counts per class in ?stats: articles, claims and events as stored; people, organisations and countries
# as mentioned by some article (the reference data names many that no article mentions), read from the
# per-entity figures, so entity-counts.ru must run first.
PREFIX schema:  <https://schema.org/>
PREFIX ng:      <https://w3id.org/newsgraph/ns#>
PREFIX void:    <http://rdfs.org/ns/void#>

INSERT { GRAPH ?stats { ?stats a ng:Statistics ; void:classPartition ?part . ?part void:class ?class ; void:entities ?n } }
WHERE {
  {
    { SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a a schema:NewsArticle } } }
    BIND(schema:NewsArticle AS ?class)
  } UNION {
    { SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?c a schema:Claim } } }
    BIND(schema:Claim AS ?class)
  } UNION {
    { SELECT (COUNT(DISTINCT ?ev) AS ?n) WHERE { GRAPH ?g { ?ev a schema:Event } } }
    BIND(schema:Event AS ?class)
  } UNION {
    { SELECT ?class (COUNT(DISTINCT ?e) AS ?n) WHERE {
        VALUES ?class { schema:Person schema:Organization schema:Country }
        GRAPH ?stats { ?e ng:articleCount ?any }
        GRAPH ?tg { ?e a ?class }
      } GROUP BY ?class }
  }
  BIND(IRI(CONCAT(STR(?stats), "#class-", STRAFTER(STR(?class), "https://schema.org/"))) AS ?part)
}
