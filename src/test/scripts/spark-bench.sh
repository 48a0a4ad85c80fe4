#!/bin/sh
# The Spark benchmark of issue 16: for N generated articles, `build` against the Spark job in local mode
# with 1 and 2 executor cores and `build --from-nquads` on its shards, each under /usr/bin/time -v; then
# checks that the data folder loaded from the shards holds the same quads as the build's (same TriG dump,
# which renders every quad of every graph in a fixed order, and the same VoID), and that the shards of 1 and
# 2 cores hold the same quads. Prints one markdown table for the README; exits 1 if anything differs.
#
# Usage: src/test/scripts/spark-bench.sh N [WORK]
#   WORK defaults to /tmp/newsgraph-spark-N; generated articles are kept there and reused.
#   Environment: SEED (42), HEAP (build heap, default 2g), SPARK_HEAP (4g).
set -eu
cd "$(dirname "$0")/../../.."
n=${1:?usage: spark-bench.sh N [WORK]}
work=${2:-/tmp/newsgraph-spark-$n}
seed=${SEED:-42}
heap=${HEAP:-2g}
log() { echo "spark-bench: $(date -u +%H:%M:%S) $*" >&2; }
wall() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.0f", s }' "$1"; }
cpu() { awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.0f", u + s }' "$1"; }
rss() { awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1048576 }' "$1"; }

mvn -B -q -Pspark package -DskipTests
# Copies: a rebuild of target/ while the benchmark runs must not change the jar under it.
mkdir -p "$work/lib"
cp target/newsgraph.jar target/spark.classpath "$work/lib/"
jar=$work/lib/newsgraph.jar
export JAR="$jar" SPARK_CLASSPATH="$work/lib/spark.classpath"
if [ ! -f "$work/articles.done" ] || [ "$(cat "$work/articles.done")" != "$n $seed" ]; then
  log "generating $n articles (seed $seed)"
  rm -rf "$work/articles"
  java -jar "$jar" generate --articles "$n" --seed "$seed" --out "$work/articles"
  echo "$n $seed" > "$work/articles.done"
fi
rm -rf "$work/built" "$work/loaded" "$work/shards-1" "$work/shards-2" "$work/jena-loader"

log "build"
/usr/bin/time -v java -jar "$jar" build --input "$work/articles" --data "$work/built" --heap "$heap" \
  > "$work/build.log" 2> "$work/build.time"
for c in 1 2; do
  log "Spark local[$c]"
  /usr/bin/time -v src/main/scripts/spark-convert.sh --master "local[$c]" --input "$work/articles" \
    --output "$work/shards-$c" > "$work/spark-$c.log" 2> "$work/spark-$c.time"
done
log "build --from-nquads"
/usr/bin/time -v java -jar "$jar" build --from-nquads "$work/shards-2" --data "$work/loaded" --heap "$heap" \
  > "$work/load.log" 2> "$work/load.time"

log "the shards through Jena's own loader (tdb2.tdbloader, phased, as build loads), for its rate alone"
/usr/bin/time -v java -cp "$jar" tdb2.tdbloader --loader=phased --loc "$work/jena-loader" \
  $(find "$work/shards-2" -name 'part-*.nq.gz' | sort) > "$work/jena-loader.log" 2> "$work/jena-loader.time"

log "comparing"
same=yes
a=$work/built/$(cat "$work/built/current")
b=$work/loaded/$(cat "$work/loaded/current")
cmp -s "$a/dumps/newsgraph.trig.gz" "$b/dumps/newsgraph.trig.gz" || same=no
cmp -s "$a/void.ttl" "$b/void.ttl" || same=no
s1=$(find "$work/shards-1" -name 'part-*' -exec zcat {} + | LC_ALL=C sort | sha256sum | cut -c1-16)
s2=$(find "$work/shards-2" -name 'part-*' -exec zcat {} + | LC_ALL=C sort | sha256sum | cut -c1-16)
[ "$s1" = "$s2" ] || same=no
quads=$(grep -o 'wrote [0-9]* triples' "$work/load.time" | grep -o '[0-9]*')
rate() { grep -o 'in [0-9.]* s ([0-9.]* articles/s' "$1" | head -1 | sed 's/^in //; s/($//; s/ (/, /'; }
phase() { grep -o "$2 [0-9.]* s" "$1" | head -1 | grep -o '[0-9.]* s'; }

{
  echo "| $n generated articles (seed $seed) | wall s | CPU s | peak RSS GB | rate |"
  echo "|---|---|---|---|---|"
  echo "| \`build\` (convert, load, merge, derive, dumps, indexes) | $(wall "$work/build.time") | $(cpu "$work/build.time") | $(rss "$work/build.time") | converting and loading $(phase "$work/build.time" "converting and loading") |"
  for c in 1 2; do
    echo "| Spark local[$c] (convert, merge events, write shards) | $(wall "$work/spark-$c.time") | $(cpu "$work/spark-$c.time") | $(rss "$work/spark-$c.time") | $(rate "$work/spark-$c.time") |"
  done
  echo "| \`tdb2.tdbloader --loader=phased\` on the shards (load only) | $(wall "$work/jena-loader.time") | $(cpu "$work/jena-loader.time") | $(rss "$work/jena-loader.time") | $(grep -h -o 'Quads = [0-9,]* : Rate = [0-9,]* /s' "$work/jena-loader.log" "$work/jena-loader.time" | tail -1) |"
  echo "| \`build --from-nquads\` (load, derive, dumps, indexes) | $(wall "$work/load.time") | $(cpu "$work/load.time") | $(rss "$work/load.time") | loading $(phase "$work/load.time" "loading") |"
  echo
  echo "TriG dump and VoID of build and of --from-nquads identical, shards of 1 and 2 cores equal: $same ($quads quads)"
} | tee "$work/report.md"
[ "$same" = yes ]
