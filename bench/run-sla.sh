#!/usr/bin/env bash
# SLA monitor under a backlog: routing-service alone on embedded PostgreSQL and Kafka, 9,000 dossiers queued at one
# ward and no load, the monitor reviewing every queue every 20 s; prints how long a pass takes and routing's CPU,
# against the same service idle.
#   bench/run-sla.sh
#   bench/run-sla.sh --dossiers 20000 --passes 6
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -B -ntp -q -DskipTests -pl bench -am package
exec java -Xmx1g -cp "bench/target/bench.jar" org.motcua.bench.SlaBacklogBenchmark --root "$root" "$@"
