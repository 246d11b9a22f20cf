#!/usr/bin/env bash
# The clerk frontend's first screen in Debian's Chromium: how soon it is usable, with an empty and a warm cache,
# against the running local stack (start it first: deploy/local/run.sh). bench/README.md.
#   bench/run-first-screen.sh [--url http://127.0.0.1:8080/] [--runs 20]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -B -ntp -q -DskipTests -pl bench -am package
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 exec java -cp "bench/target/bench.jar" org.motcua.bench.FirstScreenBenchmark "$@"
