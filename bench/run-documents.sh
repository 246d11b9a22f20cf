#!/usr/bin/env bash
# Document upload/download memory benchmark: records-service (-Xmx384m) on embedded PostgreSQL and Kafka; 47 MB scans
# uploaded 4 and 8 at a time and downloaded 4 at a time through the real API; prints the process's peak resident memory.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -B -ntp -q -DskipTests -pl bench -am package
exec java -Xmx1g -cp "bench/target/bench.jar" org.motcua.bench.DocumentMemoryBenchmark --root "$root"
