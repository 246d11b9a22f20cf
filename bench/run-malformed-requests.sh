#!/usr/bin/env bash
# Bad input at scale (issue 18): each service's MalformedRequestsTest with many drawn requests per operation —
# hostile paths and queries, broken and faulty bodies, invalid UTF-8, wrong content types and methods — against the
# real service, PostgreSQL and Kafka; each prints its counts ("malformed requests to ...") and fails on any 5xx, any
# refusal that is not a problem document or does not name the faulty field, any malformed write accepted, anything
# stored. The build runs the same with 8 drawn per operation and seed 20261207.
#   bench/run-malformed-requests.sh                    150 drawn per operation (about 12,000 requests), a random seed
#   bench/run-malformed-requests.sh --tries 300 --seed 7
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
tries=150
seed=$RANDOM$RANDOM
while [ $# -gt 0 ]; do
  case "$1" in
    --tries) tries="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
./mvnw -B -ntp -q -DskipTests -Dexec.skip -pl platform-kit,test-support,event-contracts install
status=0
for service in intake routing records notification; do
  log="$(mktemp)"
  if ! ./mvnw -B -ntp -pl "$service-service" verify -DskipITs -Dexec.skip -Dtest=MalformedRequestsTest \
      -Dsurefire.failIfNoSpecifiedTests=false -Dmotcua.malformed.tries="$tries" -Dmotcua.malformed.seed="$seed" \
      > "$log" 2>&1; then
    status=1
    grep -E "requests that broke|what the malformed" "$log" | cut -c1-4000 || tail -50 "$log"
  fi
  grep -E "^malformed requests to" "$log" || true
  rm -f "$log"
done
exit $status
