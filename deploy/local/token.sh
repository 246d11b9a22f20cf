#!/usr/bin/env bash
# Mints a token with the local stack's key, for any role and unit:
#   deploy/local/token.sh --role officer --unit 21028 [--hours 8]
#   deploy/local/token.sh --role province-admin
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$root/deploy/local/target/local-stack.jar"
if [ ! -f "$jar" ]; then
  echo "token: build first (deploy/local/run.sh)" >&2
  exit 2
fi
exec java -cp "$jar" org.motcua.local.TokenCommand --root "$root" "$@"
