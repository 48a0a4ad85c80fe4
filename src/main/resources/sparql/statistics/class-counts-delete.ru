# Drops the counts per class of ?stats before class-counts.ru counts them again.
PREFIX void: <http://rdfs.org/ns/void#>

DELETE { GRAPH ?stats { ?stats void:classPartition ?part . ?part void:class ?class ; void:entities ?n } }
WHERE { GRAPH ?stats { ?stats void:classPartition ?part . ?part void:class ?class ; void:entities ?n } }
