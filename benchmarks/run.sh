#!/usr/bin/env bash
# Builds the benchmarks and runs the whole suite (a few minutes), then the streaming check under a
# 64 MB heap. With an argument, runs only the JMH benchmarks whose names match that regular
# expression, and no streaming check:
#
#   benchmarks/run.sh                          # everything
#   benchmarks/run.sh 'JsonReadBenchmark'      # one class
#   FORKS=2 benchmarks/run.sh                  # more forks (also WARMUP, MEASURE: seconds per iteration)
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -pl benchmarks -am package -DskipTests

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(uptime | sed 's/.*load/load/')"
java -version 2>&1 | head -1

java -Dforks="${FORKS:-1}" -Dwarmup="${WARMUP:-2}" -Dmeasure="${MEASURE:-1}" \
    -jar benchmarks/target/benchmarks.jar "$@"

if [ $# -eq 0 ]; then
  echo
  java -Xmx64m -cp benchmarks/target/benchmarks.jar io.github.demarche.benchmarks.StreamingCheck
  echo
  java -Xmx64m -cp benchmarks/target/benchmarks.jar io.github.demarche.benchmarks.ConvertCheck
  echo
  java -Xmx8g -cp benchmarks/target/benchmarks.jar io.github.demarche.benchmarks.FlinkJobCheck 1000000 2
fi
echo "load after the run: $(uptime | sed 's/.*load/load/')"
