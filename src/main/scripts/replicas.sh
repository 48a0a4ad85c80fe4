#!/bin/sh
# Read replicas of a newsgraph data folder behind HAProxy (Debian: apt-get install haproxy socat).
# `serve` is stateless over a read-only database, so N copies of the current build, each served by its
# own process on its own port, scale reads; HAProxy balances them, checks their health, and retries an
# idempotent request whose replica went away on another one, so stopping a replica loses no request.
#
# Usage (run `mvn -B -q package -DskipTests` and `newsgraph build` first):
#   src/main/scripts/replicas.sh start DATA [N] [PORT]   copy DATA's current build N times (default 2) into
#                                                        RUN/rI, serve them on PORT+1..PORT+N and balance
#                                                        them on PORT (default 3030)
#   src/main/scripts/replicas.sh rollout DATA            move every replica to DATA's current build, one
#                                                        at a time: drain it, stop it, copy, start, check,
#                                                        enable; the others answer meanwhile
#   src/main/scripts/replicas.sh stop                    stop the replicas and HAProxy
# Environment: RUN (state folder, default /tmp/newsgraph-replicas), JAR (default target/newsgraph.jar),
#   HEAP (each replica's heap, default 1g).
set -eu
cd "$(dirname "$0")/../../.."
run=${RUN:-/tmp/newsgraph-replicas}
jar=${JAR:-$(pwd)/target/newsgraph.jar}
heap=${HEAP:-1g}
log() { echo "replicas: $(date -u +%H:%M:%S) $*" >&2; }

admin() { echo "$1" | socat stdio "unix-connect:$run/haproxy.sock"; }

# The current build of a data folder, as its path.
current() { echo "$1/$(cat "$1/current")"; }

# A replica's own data folder: a plain copy of one build (TDB2 locks a database per process).
copy() {
  rm -rf "$run/r$2"
  mkdir -p "$run/r$2/builds"
  cp -r "$1" "$run/r$2/builds/"
  find "$run/r$2" -name 'tdb.lock' -delete
  echo "builds/$(basename "$1")" > "$run/r$2/current"
}

# POSIX sh has no local variables: the helpers' names (rport, tries) are their own.
start_replica() {
  rport=$(( $(cat "$run/port") + $1 ))
  java -jar "$jar" serve --data "$run/r$1" --port "$rport" --heap "$heap" > "$run/r$1.log" 2>&1 &
  echo $! > "$run/r$1.pid"
  tries=0
  until curl -sf -o /dev/null "http://localhost:$rport/"; do
    tries=$((tries + 1))
    [ $tries -lt 240 ] || { log "replica $1 did not start: see $run/r$1.log"; exit 1; }
    sleep 0.5
  done
  log "replica $1 serves $(readlink -f "$run/r$1/$(cat "$run/r$1/current")") on port $rport"
}

stop_replica() {
  [ -f "$run/r$1.pid" ] || return 0
  pid=$(cat "$run/r$1.pid")
  # serve may run in a child JVM under its heap cap: stop the whole process group's java processes.
  pkill -TERM -P "$pid" 2>/dev/null || true
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  rm -f "$run/r$1.pid"
}

case "${1:-}" in
start)
  data=${2:?usage: replicas.sh start DATA [N] [PORT]}
  n=${3:-2}
  port=${4:-3030}
  [ -f "$jar" ] || { echo "no $jar: run mvn -B -q package -DskipTests first" >&2; exit 2; }
  mkdir -p "$run"
  echo "$n" > "$run/n"
  echo "$port" > "$run/port"
  build=$(current "$data")
  servers=""
  for i in $(seq 1 "$n"); do
    copy "$build" "$i"
    start_replica "$i"
    servers="$servers    server r$i 127.0.0.1:$((port + i)) check inter 500 fall 2 rise 2
"
  done
  # Pages and queries are GETs (or read-only POSTs of queries): safe to send again to another replica.
  cat > "$run/haproxy.cfg" <<EOF
global
    stats socket $run/haproxy.sock mode 600 level admin
    maxconn 1024
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout 502 503 504
frontend newsgraph
    bind 127.0.0.1:$port
    default_backend replicas
backend replicas
    balance leastconn
    option httpchk GET /\$/ping
$servers
EOF
  haproxy -f "$run/haproxy.cfg" -D -p "$run/haproxy.pid"
  log "HAProxy balances $n replica(s) on http://localhost:$port/"
  ;;
rollout)
  data=${2:?usage: replicas.sh rollout DATA}
  build=$(current "$data")
  for i in $(seq 1 "$(cat "$run/n")"); do
    admin "set server replicas/r$i state drain" > /dev/null
    admin "set server replicas/r$i state maint" > /dev/null
    # Requests already sent to it finish first.
    while [ "$(admin "show servers conn replicas" | awk -v s="replicas/r$i" '$1 == s { print $7 }')" != "0" ]; do sleep 0.2; done
    stop_replica "$i"
    copy "$build" "$i"
    start_replica "$i"
    admin "set server replicas/r$i state ready" > /dev/null
    log "replica $i is back in the pool"
  done
  ;;
stop)
  for i in $(seq 1 "$(cat "$run/n" 2>/dev/null || echo 0)"); do stop_replica "$i"; done
  [ -f "$run/haproxy.pid" ] && kill "$(cat "$run/haproxy.pid")" 2>/dev/null || true
  rm -f "$run/haproxy.pid"
  log "stopped"
  ;;
*)
  echo "usage: replicas.sh start DATA [N] [PORT] | rollout DATA | stop" >&2
  exit 2
  ;;
esac
