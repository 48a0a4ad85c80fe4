# The figures per entity (and per outlet) of the statistics graph ?stats. An article, a mention and a
# claim live in exactly one article graph, so counting rows per graph counts each once without a
# DISTINCT set, and COUNT(*) counts them without reading an IRI from the node table (7 times faster for
# the most mentioned entities at 10,000 articles); a merged event appears in every graph that reported
# it, so events are counted DISTINCT.
# VALUES ?e { UNDEF } counts every entity (a build); an update fills it with the entities it touched,
# so each count costs index lookups on those entities alone.
PREFIX schema:  <https://schema.org/>
PREFIX ng:      <https://w3id.org/newsgraph/ns#>
PREFIX itsrdf:  <http://www.w3.org/2005/11/its/rdf#>

INSERT { GRAPH ?stats { ?e ng:articleCount ?n } }
WHERE { { SELECT ?e (COUNT(*) AS ?n) WHERE {
  VALUES ?e { UNDEF }
  GRAPH ?g { ?a schema:mentions ?e ; a schema:NewsArticle } } GROUP BY ?e } } ;

INSERT { GRAPH ?stats { ?e ng:mentionCount ?n } }
WHERE { { SELECT ?e (COUNT(*) AS ?n) WHERE {
  VALUES ?e { UNDEF }
  GRAPH ?g { ?m itsrdf:taIdentRef ?e } } GROUP BY ?e } } ;

INSERT { GRAPH ?stats { ?e ng:claimCount ?n } }
WHERE { { SELECT ?e (COUNT(*) AS ?n) WHERE {
  VALUES ?e { UNDEF }
  GRAPH ?g { ?c ng:speaker ?e ; a schema:Claim } } GROUP BY ?e } } ;

INSERT { GRAPH ?stats { ?e ng:claimMentionCount ?n } }
WHERE { { SELECT ?e (COUNT(*) AS ?n) WHERE {
  VALUES ?e { UNDEF }
  GRAPH ?g { ?c schema:mentions ?e ; a schema:Claim } } GROUP BY ?e } } ;

INSERT { GRAPH ?stats { ?e ng:eventCount ?n } }
WHERE { { SELECT ?e (COUNT(DISTINCT ?ev) AS ?n) WHERE {
  VALUES ?e { UNDEF }
  GRAPH ?g { ?ev ng:participant ?e ; a schema:Event } } GROUP BY ?e } } ;

INSERT { GRAPH ?stats { ?e ng:publishedCount ?n } }
WHERE { { SELECT ?e (COUNT(*) AS ?n) WHERE {
  VALUES ?e { UNDEF }
  GRAPH ?g { ?a schema:publisher ?e ; a schema:NewsArticle } } GROUP BY ?e } }
