#!/usr/bin/env bash
# Notification benchmark: notification-service alone on embedded PostgreSQL and Kafka, a real SMTP server and the
# SMS gateway simulator. Throughput (notifications rendered and handed to their channel per second), then a
# 10-minute outage of the SMTP server while events keep coming, and the backlog drained once.
#   bench/run-notifications.sh                  10,000 events warm-up, 20,000 measured, 600 s outage at 20 events/s
#   bench/run-notifications.sh --events 5000 --outage-seconds 60
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -B -ntp -q -DskipTests -pl bench -am package
exec java -Xmx2g -cp "bench/target/bench.jar" org.motcua.bench.NotificationBenchmark --root "$root" "$@"
