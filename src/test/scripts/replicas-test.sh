#!/bin/sh
# The read-replica recipe under load (issue 16): two replicas of a build behind HAProxy
# (src/main/scripts/replicas.sh), 8 clients of `loadtest` the whole time, and
#   1. one replica stopped, then started again: no request may fail;
#   2. a new build rolled out to both, one at a time: no request may fail;
#   3. throughput of one replica alone against the two behind HAProxy.
# Exits non-zero if loadtest counted any failed request. Needs haproxy and socat (Debian packages).
#
# Usage: src/test/scripts/replicas-test.sh [INPUT]   (run `mvn -B -q package -DskipTests` first)
#   INPUT defaults to seeds/; WORK (default /tmp/newsgraph-replicas-test), SECONDS (30), PORT (3050).
set -eu
cd "$(dirname "$0")/../../.."
input=${1:-seeds}
work=${WORK:-/tmp/newsgraph-replicas-test}
seconds=${SECONDS_EACH:-30}
port=${PORT:-3050}
jar=$(pwd)/target/newsgraph.jar
export RUN="$work/run" JAR="$jar" HEAP=${HEAP:-768m}
log() { echo "replicas-test: $(date -u +%H:%M:%S) $*" >&2; }
load() { java -jar "$jar" loadtest --url "http://localhost:$1/" --clients 8 --seconds "$2" 2>&1; }

rm -rf "$work"
mkdir -p "$work"
java -jar "$jar" build --input "$input" --data "$work/data" > "$work/build1.log" 2>&1
src/main/scripts/replicas.sh start "$work/data" 2 "$port"
trap 'src/main/scripts/replicas.sh stop' EXIT

log "throughput: one replica alone, then both behind HAProxy"
load $((port + 1)) "$seconds" > "$work/one.txt"
load "$port" "$seconds" > "$work/two.txt"

log "stopping replica 1 under load, then starting it again"
load "$port" "$seconds" > "$work/stop.txt" &
loader=$!
sleep $((seconds / 3))
pid=$(cat "$RUN/r1.pid")
pkill -TERM -P "$pid" 2>/dev/null || true
kill -TERM "$pid"
sleep $((seconds / 3))
java -jar "$jar" serve --data "$RUN/r1" --port $((port + 1)) --heap "$HEAP" > "$RUN/r1.log" 2>&1 &
echo $! > "$RUN/r1.pid"
wait $loader || true

log "rolling a new build out under load"
java -jar "$jar" build --full --input "$input" --data "$work/data" > "$work/build2.log" 2>&1
# Long enough to cover both replicas' turns.
load "$port" $((seconds * 3)) > "$work/rollout.txt" &
loader=$!
sleep 3
src/main/scripts/replicas.sh rollout "$work/data"
wait $loader || true
new=$(cat "$work/data/current")
for i in 1 2; do
  [ "$(cat "$RUN/r$i/current")" = "$new" ] || { log "replica $i is not on $new"; exit 1; }
done

failed=0
for t in one two stop rollout; do
  log "$t: $(grep -m1 '^requests' "$work/$t.txt"); $(grep -m1 '^all ' "$work/$t.txt")"
  grep -Eq '^all .* errors 0$' "$work/$t.txt" || { failed=1; log "$t had failed requests: see $work/$t.txt"; }
done
exit $failed
