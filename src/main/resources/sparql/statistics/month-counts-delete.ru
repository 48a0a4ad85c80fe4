# Drops the month figures of ?stats before month-counts.ru counts them again.
PREFIX ng:      <https://w3id.org/newsgraph/ns#>
PREFIX dcterms: <http://purl.org/dc/terms/>

DELETE { GRAPH ?stats { ?node dcterms:date ?month ; ng:articleCount ?n } }
WHERE { GRAPH ?stats { ?node dcterms:date ?month ; ng:articleCount ?n } }
