#!/usr/bin/env bash
# Starts the API exactly as a newcomer would (`npm start`, no DATABASE_URL, a fresh data
# folder), waits for `{ __typename }` at /graphql, starts it again on the same data, then
# stops it with SIGTERM and expects a clean exit; each time the output must be what a
# newcomer should see (the banner, readable log lines, no warning).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -n "${DATABASE_URL:-}" ]; then echo "smoke-embedded: unset DATABASE_URL first" >&2; exit 2; fi
data=$(mktemp -d)
port=${SMOKE_PORT:-38471}
log="$data/server.log"
trap 'kill -- -"${pid:-0}" 2>/dev/null || true; rm -rf "$data"' EXIT

run_once() {
  MUSTER_DATA_DIR="$data/pglite" PORT=$port setsid npm start >"$log" 2>&1 &
  pid=$!
  for i in $(seq 1 90); do
    if curl -fsS -X POST "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' \
         -d '{"query":"{ __typename }"}' 2>/dev/null | grep -q '"Query"'; then
      echo "answered { __typename } after ${i}s ($1)"
      break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "server exited:"; cat "$log"; exit 1; fi
    sleep 1
    [ "$i" = 90 ] && { echo "no answer within 90s:"; cat "$log"; exit 1; }
  done
  curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null
  # SIGTERM to the server itself (as an orchestrator would), not to the npm wrapper.
  server=$(pgrep -g "$pid" -f '^node tools/scripts/run-ts.js apps/api/src/main.ts' | head -n 1)
  kill -TERM "$server"
  status=0; wait "$pid" || status=$?
  [ "$status" = 0 ] || { echo "exit status $status after SIGTERM:"; tail -n 20 "$log"; exit 1; }
  grep -q 'stopped: [0-9]* request(s) in flight answered, none cut off' "$log" || { echo "no graceful shutdown logged:"; tail -n 5 "$log"; exit 1; }
  # What a newcomer reads: the URL and the demo logins, lines for a person (not JSON), no warning.
  grep -q "^Muster is running: http://127.0.0.1:$port/graphql" "$log" || { echo "no banner:"; cat "$log"; exit 1; }
  grep -q "every demo login's password: " "$log" || { echo "no demo logins in the banner:"; cat "$log"; exit 1; }
  if grep -E '^\{"level"| WARN: ' "$log"; then echo "JSON or warning lines in development (above)"; exit 1; fi
}

run_once "first start, empty data folder"
run_once "second start, same data"
echo "smoke-embedded: ok"
