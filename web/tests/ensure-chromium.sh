#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the browser test. Under CI (CI set) it installs the `chromium`
# package with apt-get when missing; elsewhere it only says how (the test then skips itself).
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
if [ -n "${CI:-}" ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "ERROR: the browser test needs Chromium: run 'apt-get install -y chromium' as root" >&2
    exit 1
  fi
  echo "browser test: installing Debian's chromium..." >&2
  apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >&2
else
  echo "browser test: no /usr/bin/chromium (apt-get install chromium); the browser test will be skipped" >&2
fi
