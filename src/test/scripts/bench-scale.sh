#!/bin/sh
# The scale benchmark of issue 14: for N generated articles, time `build` (wall, CPU, peak RSS), the
# store's size on disk, Jena's own loader on the same quads (the floor for the build), `serve` from
# launch to its first landing page, then every page type and the five contract queries over HTTP
# (`loadtest --per-kind`: p50/p95 over PER_KIND requests each, CLIENTS concurrent clients, none
# answered from the server's cache), and print one markdown table for the README.
#
# Usage: src/test/scripts/bench-scale.sh N [WORK]    (run `mvn -B -q package -DskipTests` first)
#   WORK defaults to /tmp/newsgraph-bench-N; the generated articles are kept there and reused.
#   Environment: SEED (42), PER_KIND (50), CLIENTS (8), KIND_SECONDS (300), ADD (100: articles generated
#   after the first N and added to the build at the end, 0 to skip), SKIP_LOADER=1 to skip
#   Jena's loader, BUILD_OPTS (extra java options for build, e.g. -Xmx2g), JAR (default target/newsgraph.jar),
#   MEMORY_CAP (e.g. 2G: run the build in a memory cgroup of that size, where the machine allows it).
# TDB2 maps its index files into memory, so a process's peak RSS counts the page cache of every index page
# it touched, however small its heap: ru_maxrss says little about the memory a build needs. Under
# MEMORY_CAP the kernel evicts those pages instead, and the build either finishes in that much memory or
# dies; the table then gives both the RSS and the cgroup's own peak.
# The table goes to stdout and to WORK/report.md; logs of every step are in WORK.
set -eu
cd "$(dirname "$0")/../../.."
n=${1:?usage: bench-scale.sh N [WORK]}
work=${2:-/tmp/newsgraph-bench-$n}
jar=${JAR:-$(pwd)/target/newsgraph.jar}
seed=${SEED:-42}
per=${PER_KIND:-50}
clients=${CLIENTS:-8}
kind_seconds=${KIND_SECONDS:-300}
[ -f "$jar" ] || { echo "no $jar: run mvn -B -q package -DskipTests first" >&2; exit 2; }
mkdir -p "$work"
log() { echo "bench-scale: $(date -u +%H:%M:%S) $*" >&2; }

# /usr/bin/time -v's figures: wall seconds, CPU seconds (user + system), peak RSS in GB.
wall() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.0f", s }' "$1"; }
cpu() { awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.0f", u + s }' "$1"; }
rss() { awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1048576 }' "$1"; }
gb() { du -sb "$@" 2>/dev/null | awk '{ s += $1 } END { printf "%.2f", s / 1e9 }'; }

if [ ! -f "$work/articles.done" ] || [ "$(cat "$work/articles.done")" != "$n $seed" ]; then
  log "generating $n articles (seed $seed)"
  rm -rf "$work/articles"
  java -jar "$jar" generate --articles "$n" --seed "$seed" --out "$work/articles" > "$work/generate.log"
  echo "$n $seed" > "$work/articles.done"
fi
text_mb=$(du -sbL "$work/articles/" | awk '{ printf "%.1f", $1 / 1e6 }')

# Runs a command inside a new memory cgroup (v1 or v2) of MEMORY_CAP bytes, when one can be made here.
cgroup=""
if [ -n "${MEMORY_CAP:-}" ]; then
  v1=$(sed -n 's/^[0-9]*:memory:\(.*\)/\1/p' /proc/self/cgroup)
  if [ -n "$v1" ] && [ -w "/sys/fs/cgroup/memory$v1" ]; then
    cgroup=/sys/fs/cgroup/memory$v1/newsgraph-bench-$$
    mkdir -p "$cgroup" && echo "$MEMORY_CAP" > "$cgroup/memory.limit_in_bytes" || cgroup=""
  elif [ -w /sys/fs/cgroup/cgroup.subtree_control ]; then
    cgroup=/sys/fs/cgroup/newsgraph-bench-$$
    mkdir -p "$cgroup" && echo "$MEMORY_CAP" > "$cgroup/memory.max" || cgroup=""
  fi
  [ -n "$cgroup" ] || log "cannot make a memory cgroup here: building without MEMORY_CAP"
fi
capped() {
  if [ -n "$cgroup" ]; then
    sh -c 'echo $$ > "$0/cgroup.procs" && exec "$@"' "$cgroup" "$@"
  else
    "$@"
  fi
}
cgroup_peak() {
  [ -n "$cgroup" ] || return 0
  for f in memory.max_usage_in_bytes memory.peak; do
    [ -f "$cgroup/$f" ] && awk -v cap="$MEMORY_CAP" '{ printf ", in a %s memory cgroup (its peak %.2f GB)", cap, $1 / 1073741824 }' "$cgroup/$f" && return 0
  done
}

log "building"
rm -rf "$work/data"
# Exit 1 means some files were reported and skipped; the rest is built and served.
capped /usr/bin/time -v java ${BUILD_OPTS:-} -jar "$jar" build --input "$work/articles" --data "$work/data" \
  > "$work/build.log" 2> "$work/build.err" || [ $? -eq 1 ] || { echo "build failed, see $work/build.err" >&2; exit 1; }
# Exit 1 is also how a JVM ends on an uncaught error: only a switched build counts as built.
[ -f "$work/data/current" ] || { echo "build finished no build, see $work/build.err" >&2; exit 1; }
build=$work/data/$(cat "$work/data/current")
trig=$(find "$build" -name newsgraph.trig.gz | head -1)
store_gb=$(gb --exclude=dumps "$build")
build_cap=$(cgroup_peak)
dumps_gb=$(gb "$build/dumps")

loader="skipped"
if [ -z "${SKIP_LOADER:-}" ] && [ -n "$trig" ]; then
  log "loading the same quads with tdb2.tdbloader"
  rm -rf "$work/loader"
  /usr/bin/time -v java -cp "$jar" tdb2.tdbloader --loader=phased --loc "$work/loader" "$trig" \
    > "$work/loader.log" 2> "$work/loader.err"
  loader="$(wall "$work/loader.err") s / $(cpu "$work/loader.err") s, $(rss "$work/loader.err") GB, store $(gb "$work/loader") GB"
  ratio=$(awk -v b="$(wall "$work/build.err")" -v l="$(wall "$work/loader.err")" 'BEGIN { printf "%.1f", b / l }')
  quads=$(grep -o '[0-9,]* tuples' "$work/loader.log" "$work/loader.err" | tail -1 | sed 's/.*://; s/ tuples//')
  rm -rf "$work/loader"
fi

# The most-mentioned actor and country, counted on the database itself (no query timeout).
cat > "$work/top.rq" <<'EOF'
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
SELECT ?x ?n { { SELECT ?x (COUNT(?m) AS ?n) { ?m itsrdf:taIdentRef ?x } GROUP BY ?x } FILTER(CONTAINS(STR(?x), "/PATH/")) }
ORDER BY DESC(?n) ?x LIMIT 1
EOF
top() {
  sed "s|PATH|$1|" "$work/top.rq" > "$work/top-$1.rq"
  java -jar "$jar" query --data "$work/data" --format csv "$work/top-$1.rq" | sed -n 2p | tr -d '\r'
}
log "finding the most-mentioned actor and country"
top_actor=$(top actor)
top_country=$(top country)

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log "serving on port $port"
start=$(date +%s.%N)
java -Xmx2g -jar "$jar" serve --data "$work/data" --port "$port" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
first=""
while kill -0 "$server" 2>/dev/null; do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/")" = 200 ]; then
    first=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
    break
  fi
  sleep 0.1
done
if [ -n "$first" ]; then
  first="$first s"
  log "measuring pages and queries"
  java -jar "$jar" loadtest --url "http://localhost:$port/" --per-kind "$per" --clients "$clients" \
    --kind-seconds "$kind_seconds" --top-actor "${top_actor%%,*}" --top-country "${top_country%%,*}" \
    > "$work/pages.md" 2> "$work/pages.err" || true
  kill "$server" 2>/dev/null || true
else
  # The server died before answering: report that, and every figure measured before it.
  status=0
  wait "$server" || status=$?
  first="never: serve exited with status $status after $(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }') s ($(tail -1 "$work/serve.log"))"
  echo "| (no pages measured) |" > "$work/pages.md"
fi

add=${ADD:-100}
added=""
if [ "$add" -gt 0 ]; then
  if [ ! -f "$work/more.done" ] || [ "$(cat "$work/more.done")" != "$n $add $seed" ]; then
    rm -rf "$work/more"
    java -jar "$jar" generate --first "$n" --articles "$add" --seed "$seed" --out "$work/more" > /dev/null
    echo "$n $add $seed" > "$work/more.done"
  fi
  log "adding $add articles"
  capped /usr/bin/time -v java ${BUILD_OPTS:-} -jar "$jar" add --data "$work/data" "$work/more" \
    > "$work/add.log" 2> "$work/add.err" || [ $? -eq 1 ] || { echo "add failed, see $work/add.err" >&2; exit 1; }
  added="$(wall "$work/add.err") s / $(cpu "$work/add.err") s, $(rss "$work/add.err") GB; \
$(awk -v a="$(wall "$work/add.err")" -v b="$(wall "$work/build.err")" 'BEGIN { printf "%.1f%%", 100 * a / b }') of the build's wall time"
fi
[ -n "$cgroup" ] && rmdir "$cgroup" 2>/dev/null || true

{
  echo "### $n generated articles (seed $seed, $text_mb MB of text)"
  echo
  echo "| measure | value |"
  echo "|---|---|"
  echo "| build: wall / CPU, peak RSS | $(wall "$work/build.err") s / $(cpu "$work/build.err") s, $(rss "$work/build.err") GB$build_cap |"
  echo "| store on disk (without dumps) / dumps | $store_gb GB / $dumps_gb GB |"
  echo "| Jena's tdb2.tdbloader --loader=phased on the build's TriG dump${quads:+ ($quads quads)}: wall / CPU, peak RSS | $loader |"
  [ -n "${ratio:-}" ] && echo "| build ÷ loader, wall | $ratio |"
  echo "| serve: launch → first landing page | $first |"
  [ -n "$added" ] && echo "| add $add generated articles to the build: wall / CPU, peak RSS | $added |"
  short() { echo "$1" | sed 's|.*/\([a-z]*/[^,/]*\),\(.*\)|\1 (\2)|'; }
  echo "| most-mentioned actor / country (mentions) | $(short "$top_actor") / $(short "$top_country") |"
  echo
  echo "Pages and contract queries over HTTP, $clients concurrent clients, $per requests each, none from the cache:"
  echo
  grep '^|' "$work/pages.md"
} | tee "$work/report.md"
