#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing (Playwright's
# own browser download cannot work on our machines). Prints its path.
set -euo pipefail
bin=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ ! -x "$bin" ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "chromium: $bin is missing; install Debian's chromium package" >&2
    exit 1
  fi
  echo "chromium: installing Debian's chromium" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >&2
fi
echo "$bin"
