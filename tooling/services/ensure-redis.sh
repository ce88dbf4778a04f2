#!/usr/bin/env bash
# Makes sure the Redis the shared-throttling test uses answers, starting this machine's
# server when it has stopped. Prints its URL. Fails loudly when it cannot be reached.
set -euo pipefail
url=${TEST_REDIS_URL:-redis://127.0.0.1:6379}
host=$(node -e 'console.log(new URL(process.argv[1]).hostname)' "$url")
port=$(node -e 'console.log(new URL(process.argv[1]).port||6379)' "$url")

ready() { redis-cli -h "$host" -p "$port" ping 2>/dev/null | grep -q PONG; }
if ! ready && command -v redis-server >/dev/null; then
  echo "redis: not answering on $host:$port, starting it" >&2
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$port" --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log >&2 || true
  for _ in $(seq 1 20); do ready && break; sleep 0.5; done
fi
if ! ready; then
  echo "redis: $host:$port does not answer; the shared-throttling test cannot run" >&2
  exit 1
fi
echo "$url"
