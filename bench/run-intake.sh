#!/usr/bin/env bash
# Intake load benchmark: builds, starts the platform on embedded Kafka/PostgreSQL and the registry
# simulator, submits dossiers at rising rates and prints throughput and latency percentiles.
#   bench/run-intake.sh                    rates 50 100 200 300 400 per second, 15 s each
#   bench/run-intake.sh 100 300 --seconds 30
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -B -ntp -q -DskipTests -pl bench -am package
exec java -Xmx2g -XX:+UseParallelGC -cp "bench/target/bench.jar" org.motcua.bench.IntakeLoadBenchmark --root "$root" "$@"
