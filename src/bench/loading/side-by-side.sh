#!/usr/bin/env bash
# Loading a headerless numeric CSV file: pandas.read_csv against Basin's loader (fast path, and the
# Tablesaw path with --tablesaw), interleaved round by round so both see the same machine load.
#   src/bench/loading/side-by-side.sh [FILE] [ROUNDS] [--tablesaw]
# Needs Debian's python3-pandas and a built target/classes (mvn -q compile). Prints per round the
# seconds of the load call and of the whole process, and the ratio Basin / pandas of the load call.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
file="${1:-/tmp/kbench/B3.csv}"
rounds="${2:-5}"
tablesaw="${3:-}"
java_home="${BASIN_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
classpath="$root/target/classes:$(cd "$root" && mvn -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$java_home/bin/javac" -cp "$classpath" -d "$out" "$here/LoadTiming.java"
jvm=("$java_home/bin/java" -XX:MaxRAMPercentage=75 -XX:+UseSerialGC --sun-misc-unsafe-memory-access=allow
     -cp "$classpath:$out" dev.basin.data.LoadTiming "$file")
for round in $(seq "$rounds"); do
  pandas=$( { /usr/bin/time -f "%e" /usr/bin/python3 -c "import pandas,time; t=time.perf_counter(); pandas.read_csv('$file', header=None); print('%.3f' % (time.perf_counter()-t))"; } 2>&1 | tr '\n' ' ')
  basin=$( { /usr/bin/time -f "%e" "${jvm[@]}" fast; } 2>&1 | tr '\n' ' ')
  line="round $round  pandas call/process $(echo $pandas | cut -d' ' -f1)/$(echo $pandas | cut -d' ' -f2)"
  line="$line  basin call/process $(echo $basin | cut -d' ' -f1)/$(echo $basin | cut -d' ' -f3)"
  line="$line  ratio $(echo "$basin $pandas" | awk '{printf "%.2f", $1 / $4}')"
  if [ "$tablesaw" = "--tablesaw" ]; then
    general=$( { /usr/bin/time -f "%e" "${jvm[@]}" tablesaw; } 2>&1 | tr '\n' ' ')
    line="$line  tablesaw call/process $(echo $general | cut -d' ' -f1)/$(echo $general | cut -d' ' -f3)"
  fi
  echo "$line  (load average $(cut -d' ' -f1 /proc/loadavg))"
done
