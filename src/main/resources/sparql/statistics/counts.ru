# The figures of the statistics graph ?stats, computed once per build over every article graph so that
# pages never aggregate the whole graph when viewed. An article, a mention and a claim live in exactly
# one article graph, so counting rows per graph counts each once without a DISTINCT set; a merged event
# appears in every graph that reported it, so events are counted DISTINCT.
PREFIX schema:  <https://schema.org/>
PREFIX ng:      <https://w3id.org/newsgraph/ns#>
PREFIX void:    <http://rdfs.org/ns/void#>
PREFIX itsrdf:  <http://www.w3.org/2005/11/its/rdf#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>

INSERT { GRAPH ?stats { ?e ng:articleCount ?n } }
WHERE { { SELECT ?e (COUNT(?a) AS ?n) WHERE { GRAPH ?g { ?a a schema:NewsArticle ; schema:mentions ?e } } GROUP BY ?e } } ;

INSERT { GRAPH ?stats { ?e ng:mentionCount ?n } }
WHERE { { SELECT ?e (COUNT(?m) AS ?n) WHERE { GRAPH ?g { ?m itsrdf:taIdentRef ?e } } GROUP BY ?e } } ;

INSERT { GRAPH ?stats { ?e ng:claimCount ?n } }
WHERE { { SELECT ?e (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?c a schema:Claim ; ng:speaker ?e } } GROUP BY ?e } } ;

INSERT { GRAPH ?stats { ?e ng:claimMentionCount ?n } }
WHERE { { SELECT ?e (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?c a schema:Claim ; schema:mentions ?e } } GROUP BY ?e } } ;

INSERT { GRAPH ?stats { ?e ng:eventCount ?n } }
WHERE { { SELECT ?e (COUNT(DISTINCT ?ev) AS ?n) WHERE { GRAPH ?g { ?ev a schema:Event ; ng:participant ?e } } GROUP BY ?e } } ;

INSERT { GRAPH ?stats { ?o ng:publishedCount ?n } }
WHERE { { SELECT ?o (COUNT(?a) AS ?n) WHERE { GRAPH ?g { ?a a schema:NewsArticle ; schema:publisher ?o } } GROUP BY ?o } } ;

# Articles per month of publication; articles dated to the year only are in no month.
INSERT { GRAPH ?stats { ?node dcterms:date ?month ; ng:articleCount ?n } }
WHERE {
  { SELECT ?ym (COUNT(?a) AS ?n) WHERE {
      GRAPH ?g { ?a a schema:NewsArticle ; schema:datePublished ?d }
      BIND(SUBSTR(STR(?d), 1, 7) AS ?ym)
      FILTER(REGEX(?ym, "^[0-9]{4}-[0-9]{2}$"))
    } GROUP BY ?ym }
  BIND(IRI(CONCAT(STR(?stats), "#month-", ?ym)) AS ?node)
  BIND(STRDT(?ym, xsd:gYearMonth) AS ?month)
} ;

# Counts per class: articles, claims and events as stored; people, organisations and countries as
# mentioned by some article (the reference data names many that no article mentions).
INSERT { GRAPH ?stats { ?stats a ng:Statistics ; void:classPartition ?part . ?part void:class ?class ; void:entities ?n } }
WHERE {
  {
    { SELECT (COUNT(?a) AS ?n) WHERE { GRAPH ?g { ?a a schema:NewsArticle } } }
    BIND(schema:NewsArticle AS ?class)
  } UNION {
    { SELECT (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?c a schema:Claim } } }
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
