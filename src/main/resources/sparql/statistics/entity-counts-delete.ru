# Drops the per-entity figures of the entities in VALUES ?e (those an update touched) before
# entity-counts.ru computes them again.
PREFIX ng: <https://w3id.org/newsgraph/ns#>

DELETE { GRAPH ?stats { ?e ?p ?n } }
WHERE {
  VALUES ?e { UNDEF }
  VALUES ?p { ng:articleCount ng:mentionCount ng:claimCount ng:claimMentionCount ng:eventCount ng:publishedCount }
  GRAPH ?stats { ?e ?p ?n }
}
