#!/usr/bin/env bash
# Start to ready: each service started alone on embedded PostgreSQL and Kafka, three times (after a first start
# that migrates its database), from the launch of its JVM to /q/health/ready; prints each start and the median.
#   bench/run-startup.sh
#   bench/run-startup.sh --service routing --starts 5
#   MOTCUA_SERVICE_JVM_OPTIONS="-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1" bench/run-startup.sh --starts 5
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -B -ntp -q -DskipTests -pl bench -am package
exec java -Xmx1g -cp "bench/target/bench.jar" org.motcua.bench.StartupBenchmark --root "$root" "$@"
