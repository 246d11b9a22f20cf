#!/usr/bin/env bash
# Migration benchmark: records-service on embedded PostgreSQL and Kafka; generated exports of old Quảng Ngãi (CSV)
# and old Kon Tum (JSON Lines) imported with the command-line tool through the real API (rows/s), then a fault run
# (records-service killed halfway, restarted, the import resumed and reconciled).
#   bench/run-migration.sh                  200,000 rows per export
#   bench/run-migration.sh --rows 50000
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -B -ntp -q -DskipTests -pl bench -am package
exec java -Xmx1g -cp "bench/target/bench.jar" org.motcua.bench.MigrationBenchmark --root "$root" "$@"
