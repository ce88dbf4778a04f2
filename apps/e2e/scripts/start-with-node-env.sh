#!/usr/bin/env bash
# Starts the product the README's way (`pnpm start`) with NODE_ENV set explicitly, on a
# fresh embedded database and a free port, and checks that /healthz answers and that / serves
# the web app. NODE_ENV=development once made the web build bundle React's development build
# and fail its own budget, so start-up broke with the documented default set explicitly.
# Usage: apps/e2e/scripts/start-with-node-env.sh [development|production…] (default development)
set -euo pipefail
cd "$(dirname "$0")/../../.."
export PATH="$(tooling/toolchain/pnpm --print-path):$PATH"
node_env=${1:-development}
# A port nobody listens on now (other checkouts may run their own servers on this machine).
port=${START_CHECK_PORT:-$(node -e \
  'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')}
data_dir=$(mktemp -d)
log="$data_dir/start.log"
base="http://127.0.0.1:$port"

# Its own process group, so the check stops pnpm, turbo and the server it started, and nothing else.
NODE_ENV=$node_env PORT=$port DATA_DIR=$data_dir setsid tooling/toolchain/pnpm start >"$log" 2>&1 &
group=$!
stop() {
  kill -- "-$group" 2>/dev/null || true
  wait "$group" 2>/dev/null || true
  rm -rf "$data_dir"
}
trap stop EXIT

fail() {
  echo "start-with-node-env: $1 (NODE_ENV=$node_env); the start log:" >&2
  cat "$log" >&2
  exit 1
}

for _ in $(seq 1 180); do
  if curl -fsS "$base/healthz" >/dev/null 2>&1; then break; fi
  kill -0 "$group" 2>/dev/null || fail "pnpm start exited"
  sleep 1
done
curl -fsS "$base/healthz" >/dev/null || fail "/healthz did not answer within 180 s"

page=$(curl -fsS "$base/") || fail "/ did not answer"
grep -q '<div id="root">' <<<"$page" || fail "/ is not the web app"
script=$(grep -o 'src="/assets/[^"]*\.js"' <<<"$page" | head -n 1 | sed 's/^src="//; s/"$//')
[ -n "$script" ] || fail "/ names no script"
# React's development build carries these; the production build never does.
if curl -fsS "$base$script" | grep -q 'jsxDEV\|react-dom.development'; then
  fail "the web app was built with React's development build"
fi
echo "start-with-node-env: NODE_ENV=$node_env pnpm start serves /healthz and the web app at /"
