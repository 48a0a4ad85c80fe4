#!/bin/sh
# Scores the built jar on annotated sets the way the project owner does: build a store from a set's
# articles, run the five contract queries of queries/ as SPARQL CSV, score them with score.py (a copy of
# the workplace's scorer). Usage: src/test/scripts/quality.sh [SET...] where a SET is seeds, devset, tune
# or test (all four by default); run `mvn -B -q package -DskipTests` first. Add --verbose as the first
# argument to list every miss, which is for seeds, devset and tune only: the test half is never read.
set -eu
cd "$(dirname "$0")/../../.."
verbose=""
if [ "${1:-}" = "--verbose" ]; then verbose="--verbose"; shift; fi
[ $# -eq 0 ] && set -- seeds devset tune test
for set in "$@"; do
  case "$set" in
    seeds) in=seeds; gold=src/test/resources/gold/seeds ;;
    devset) in=src/test/resources/devset/articles; gold=src/test/resources/devset/gold ;;
    tune) in=src/test/resources/yardstick/tune/articles; gold=src/test/resources/yardstick/tune/gold ;;
    test) in=src/test/resources/yardstick/test/articles; gold=src/test/resources/yardstick/test/gold
          if [ -n "$verbose" ]; then echo "the test half is scored, never read for errors" >&2; exit 2; fi ;;
    *) echo "unknown set: $set (seeds, devset, tune or test)" >&2; exit 2 ;;
  esac
  work=$(mktemp -d)
  java -jar target/newsgraph.jar build --input "$in" --data "$work/data" > "$work/build.log" 2>&1 \
    || { echo "build of $set failed, see $work/build.log" >&2; exit 1; }
  mkdir "$work/pred"
  for q in articles actors countries quotes events; do
    java -jar target/newsgraph.jar query --data "$work/data" --format csv "queries/$q.rq" > "$work/pred/$q.csv"
  done
  echo "== $set ($in)"
  python3 src/test/scripts/score.py --gold "$gold" --pred "$work/pred" $verbose
  rm -rf "$work"
done
