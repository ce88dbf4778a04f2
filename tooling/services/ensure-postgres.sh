#!/usr/bin/env bash
# Makes sure the PostgreSQL server the tests use answers, starting this machine's
# cluster when it has stopped. Prints the admin URL the test run creates its
# throw-away databases through. Fails loudly when it cannot be reached.
set -euo pipefail
url=${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}
host=$(node -e 'const u=new URL(process.argv[1]);console.log(u.hostname)' "$url")
port=$(node -e 'const u=new URL(process.argv[1]);console.log(u.port||5432)' "$url")

ready() { pg_isready -q -h "$host" -p "$port" 2>/dev/null; }
if ! ready && command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
  echo "postgres: not answering on $host:$port, starting the local cluster" >&2
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start >&2 || true
  for _ in $(seq 1 30); do ready && break; sleep 1; done
fi
if ! ready; then
  echo "postgres: $host:$port does not answer; the PostgreSQL half of the tests cannot run" >&2
  exit 1
fi
echo "$url"
