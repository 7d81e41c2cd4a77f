#!/usr/bin/env bash
# Starts the production bundle as an operator would (`npm run build` first): NODE_ENV=production,
# `node dist/apps/api/src/main.js`, fresh secrets, a new database on DATABASE_URL's server.
# Waits for /health/ready, asks `{ __typename }`, checks the console is served at / and /metrics is not public, stops it with
# SIGTERM and expects a clean exit; the database is dropped again.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${DATABASE_URL:?smoke-production: set DATABASE_URL to a PostgreSQL server}"
[ -f dist/apps/api/src/main.js ] || { echo "smoke-production: run npm run build first" >&2; exit 2; }
db="muster_smoke_prod_$$"
server_url="${DATABASE_URL%/*}"
port=${SMOKE_PORT:-38472}
log=$(mktemp)
psql "$DATABASE_URL" -qc "CREATE DATABASE $db"
trap 'kill "${pid:-0}" 2>/dev/null || true; psql "$DATABASE_URL" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"; rm -f "$log"' EXIT

NODE_ENV=production PORT=$port HOST=127.0.0.1 DATABASE_URL="$server_url/$db" \
  JWT_SECRET="$(openssl rand -base64 32)" AUDIT_HMAC_KEY="$(openssl rand -base64 32)" \
  node dist/apps/api/src/main.js >"$log" 2>&1 &
pid=$!
for i in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then echo "ready after ${i}s"; break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "server exited:"; cat "$log"; exit 1; fi
  sleep 1
  [ "$i" = 60 ] && { echo "not ready within 60s:"; cat "$log"; exit 1; }
done
curl -fsS -X POST "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' \
  -d '{"query":"{ __typename }"}' | grep -q '"Query"' || { echo "no answer to { __typename }"; cat "$log"; exit 1; }
# The built console at / (dist/console), its page under the Content-Security-Policy.
page=$(curl -fsS -D - -H 'accept: text/html' "http://127.0.0.1:$port/")
grep -qi "^content-security-policy: default-src 'none'; script-src 'self';" <<<"$page" || { echo "no console page with its CSP at /:"; echo "$page" | head -20; exit 1; }
grep -q '<div id="root"></div>' <<<"$page" || { echo "the console page is not index.html"; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/metrics")
[ "$status" = 404 ] || { echo "/metrics answered $status in production without METRICS_TOKEN"; exit 1; }
kill -TERM "$pid"
code=0; wait "$pid" || code=$?
[ "$code" = 0 ] || { echo "exit status $code after SIGTERM:"; tail -n 20 "$log"; exit 1; }
if grep -q '"level":[56]0' "$log"; then echo "errors logged:"; grep '"level":[56]0' "$log"; exit 1; fi
echo "smoke-production: ok"
