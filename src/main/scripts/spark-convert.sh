#!/bin/sh
# Runs the Spark job on this machine, in Spark's local mode: java with target/newsgraph.jar and the Spark
# jars that `mvn -Pspark package` lists in target/spark.classpath (from the local Maven repository), with
# the JVM options of the pom's spark profile. Builds them first when they are missing. On a cluster, use
# spark-submit with the same jar instead (README, "Scaling out").
#
# Usage: src/main/scripts/spark-convert.sh --input DIR --output DIR [--master local[N]] [SparkConvert options]
#   Environment: SPARK_HEAP (driver heap, default 4g: in local mode the executors run in the driver's JVM);
#   JAR and SPARK_CLASSPATH (a file listing Spark's jars) to run copies of target/'s, e.g. while rebuilding.
set -eu
root=$(cd "$(dirname "$0")/../../.." && pwd)
jar=${JAR:-$root/target/newsgraph.jar}
classpath=${SPARK_CLASSPATH:-$root/target/spark.classpath}
if [ ! -f "$classpath" ] || ! unzip -l "$jar" 2>/dev/null | grep -q 'org/newsgraph/spark/SparkConvert.class'; then
  echo "spark-convert: building newsgraph with the spark profile" >&2
  (cd "$root" && mvn -B -q -Pspark package -DskipTests)
fi
options=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' "$root/pom.xml")
# shellcheck disable=SC2086 # the options are separate words
exec java -Xmx"${SPARK_HEAP:-4g}" $options -cp "$jar:$(cat "$classpath")" \
  org.newsgraph.spark.SparkConvert "$@"
