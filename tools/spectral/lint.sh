#!/bin/sh
# Lints a service's OpenAPI document with Spectral and the platform's rules (.spectral.yaml): the build runs it on
# every service's target/openapi/openapi.yaml (written by Quarkus at build time) and fails on any error.
# Spectral comes from the npm registry (package-lock.json) and runs on the machine's Node.js; on a machine
# without Node.js the lint is skipped, and says so.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
document=$1
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "[spectral] SKIPPED: no Node.js here, $document was not linted" >&2
  exit 0
fi
if [ ! -x "$here/node_modules/.bin/spectral" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "[spectral] $document (spectral:oas and the platform's rules; errors fail the build)"
"$here/node_modules/.bin/spectral" lint --fail-severity=error --display-only-failures --ruleset "$here/.spectral.yaml" "$document"
