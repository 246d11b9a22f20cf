#!/usr/bin/env bash
# End-to-end benchmark: the database alone first (its ceiling for a dossier row + outbox row, and the workflow
# peer's unit of work), then the four services on embedded Kafka/PostgreSQL with the simulators: the first minute
# after start at 100/s, a warm-up, then open-loop steps at rising rates through intake's API. Prints per step
# ok/s, HTTP latency, submit→assigned/archived/notified percentiles, dossiers completed end to end per second, CPU
# and resident memory per process; then the ledger check and each service's start-to-ready time. Figures and a
# chart go to bench/results/e2e-<date>.txt and .svg.
#   bench/run-e2e.sh                                 rates 100 200 300 400 500, 30 s each
#   bench/run-e2e.sh 50 100 150 --seconds 60 --warmup 120
#   bench/run-e2e.sh 100 200 --instances 2           two instances of each service (scale-out)
#   bench/run-e2e.sh 100 200 --staffed               every unit staffed for the load: no dossier at risk (normal path)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -B -ntp -q -DskipTests -pl bench -am package
exec java -Xmx2g -XX:+UseParallelGC -cp "bench/target/bench.jar" org.motcua.bench.EndToEndBenchmark --root "$root" "$@"
