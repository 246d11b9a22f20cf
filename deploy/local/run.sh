#!/usr/bin/env bash
# Builds what is needed and runs the whole platform locally: embedded PostgreSQL and Kafka (data in
# deploy/local/.data, kept across restarts) and the four services. Ctrl-C stops everything.
#   deploy/local/run.sh            build, then start
#   deploy/local/run.sh --reset    wipe the local data first
#   deploy/local/run.sh --no-build start what was built last time
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
build=yes
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=no ;;
    *) args+=("$arg") ;;
  esac
done
if [ "$build" = yes ]; then
  echo "Building (first time: several minutes, downloads from Maven Central)..."
  ./mvnw -B -ntp -DskipTests -pl deploy/local -am package
fi
exec java -jar deploy/local/target/local-stack.jar --root "$root" "${args[@]+"${args[@]}"}"
