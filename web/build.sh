#!/usr/bin/env bash
# Builds Sitrep's single-page app into web/dist with the machine's Node.js and npm: `npm ci` when the lock file is
# newer than node_modules, then `npm run build` (vite + the offline basemap). Run by sitrep-server's Maven build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "ERROR: building Sitrep's web app needs Node.js (20.19 or newer) and npm on the PATH." >&2
  echo "       Install them (Debian: apt-get install nodejs npm), or build without the app: mvn -Dskip.web=true ..." >&2
  exit 1
fi
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then
  echo "ERROR: building Sitrep's web app needs Node.js 20.19 or newer; this is $(node --version)." >&2
  exit 1
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # npm ci is exact; some npm set-ups (omit-lockfile-registry-resolved) write lock files npm ci then rejects for
  # optional platform packages, so fall back to an install that keeps the lock file as it is.
  npm ci --no-audit --no-fund || npm install --no-audit --no-fund --no-save
fi
npm run build
