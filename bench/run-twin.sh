#!/usr/bin/env bash
# Province twin benchmark: simulates the 96 communes for a year under the status quo and the assignment
# policy, computes the pooled-queue (Erlang C) bound and the staffing advice, and prints them against the
# targets of issue 4 (bench/README.md).
#   bench/run-twin.sh                         one year (248 working days), 540,000 dossiers, seed 1
#   bench/run-twin.sh --days 496 --dossiers 600000 --seed 7
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -B -ntp -q -DskipTests -pl bench -am package
exec java -Xmx1g -cp "bench/target/bench.jar" org.motcua.bench.ProvinceTwinBenchmark "$@"
