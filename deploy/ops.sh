#!/usr/bin/env bash
# The operations team's commands against a running platform (the local stack's gateway by default, or the
# Ingress with MOTCUA_URL), as the province admin (MOTCUA_TOKEN; on the local stack a token is minted if unset).
#   deploy/ops.sh dead-letters SERVICE                          what waits in the service's dead-letter topics
#   deploy/ops.sh dead-letters SERVICE messages [--topic T] [--limit N]
#                                                               the waiting dead letters: origin, type, dossier, reason
#   deploy/ops.sh dead-letters SERVICE replay [--topic T] [--event-id ID] [--event-type TYPE] [--subject DOSSIER]
#                                                               apply them again (all, or those chosen)
#   deploy/ops.sh republish SERVICE DOSSIER_ID                  publish the dossier's events again from the outbox
# SERVICE: intake, routing, records or notification. Every call is logged by the service (logger motcua.operations).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
url="${MOTCUA_URL:-http://127.0.0.1:8080}"
usage() { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -ge 2 ] || usage
command="$1" service="$2"; shift 2
case "$service" in intake|routing|records|notification) ;; *) usage ;; esac
token="${MOTCUA_TOKEN:-}"
if [ -z "$token" ]; then
  token="$("$root/deploy/local/token.sh" --role province-admin)"
fi
query=()
call() { # METHOD PATH: the query parameters gathered, URL-encoded
  local args=()
  for parameter in "${query[@]+"${query[@]}"}"; do args+=(--data-urlencode "$parameter"); done
  curl -sS --fail-with-body -G -X "$1" -H "Authorization: Bearer $token" -H "Accept: application/json" \
    "${args[@]+"${args[@]}"}" "$url/$service$2"
  echo
}
option() { # --flag VALUE -> query parameter
  case "$1" in
    --topic) query+=("topic=$2") ;;
    --limit) query+=("limit=$2") ;;
    --event-id) query+=("eventId=$2") ;;
    --event-type) query+=("eventType=$2") ;;
    --subject) query+=("subject=$2") ;;
    *) usage ;;
  esac
}
case "$command" in
  dead-letters)
    action="${1:-list}"; [ $# -gt 0 ] && shift
    while [ $# -ge 2 ]; do option "$1" "$2"; shift 2; done
    [ $# -eq 0 ] || usage
    case "$action" in
      list) call GET /api/v1/dead-letters ;;
      messages) call GET /api/v1/dead-letters/messages ;;
      replay) call POST /api/v1/dead-letters/replay ;;
      *) usage ;;
    esac ;;
  republish)
    [ $# -eq 1 ] || usage
    query+=("subject=$1")
    call POST /api/v1/outbox/republish ;;
  *) usage ;;
esac
