#!/usr/bin/env bash
# Chaos run: starts its own PostgreSQL and Kafka (restartable), the simulators and the four services (data and logs
# in bench/target/chaos), submits dossiers through intake's API as the portal does (retrying with the same
# Idempotency-Key), and meanwhile kills services with SIGKILL at random moments, restarts each as a rolling upgrade
# does (SIGTERM), restarts the broker and PostgreSQL,
# freezes PostgreSQL for 30 s, makes the registries time out, poisons every consumed topic and replays every
# consumer's topics from offset 0. Then the ledger check must balance. Exits 1 if it does not.
#   bench/run-chaos.sh                       seed 20261207, 20 kills, 20 dossiers/s
#   bench/run-chaos.sh --seed 7 --kills 30 --rate 40
# The build runs a fixed-seed slice of it (deploy/local ChaosSliceIT).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -B -ntp -q -DskipTests -pl deploy/local -am package
exec java -Xmx1g -cp deploy/local/target/local-stack.jar org.motcua.local.chaos.ChaosRun --root "$root" "$@"
