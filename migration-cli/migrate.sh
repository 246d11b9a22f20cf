#!/usr/bin/env bash
# The migration tool: generate synthetic exports of the pre-merger systems, import an export into records-service
# with a progress bar, show an import's progress or its reconciliation report (migration-cli/README.md).
#   migration-cli/migrate.sh generate --system QNG --format csv --rows 100000 --out quang-ngai.csv
#   MOTCUA_TOKEN=$(deploy/local/token.sh --role province-admin) migration-cli/migrate.sh import --system QNG quang-ngai.csv
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/migration-cli/target/migration-cli.jar"
if [ ! -f "$jar" ]; then
  (cd "$root" && ./mvnw -B -ntp -q -DskipTests -pl migration-cli -am package)
fi
exec java -jar "$jar" "$@"
