#!/usr/bin/env bash
# Archive search benchmark: records-service on embedded PostgreSQL and Kafka, 1,000,000 generated archived
# dossiers, searches through the real API; prints p50/p95/p99 per kind of query.
#   bench/run-search.sh                          1,000,000 dossiers, 300 rounds of queries
#   bench/run-search.sh --dossiers 200000 --queries 100
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -B -ntp -q -DskipTests -pl bench -am package
exec java -Xmx1g -cp "bench/target/bench.jar" org.motcua.bench.ArchiveSearchBenchmark --root "$root" "$@"
