#!/usr/bin/env bash
# Installs the contract-test tools from the npm registry into tests/contract/node_modules
# (ignored by git). Idempotent.
set -euo pipefail
cd "$(dirname "$0")"
if [ -x node_modules/.bin/prism ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "contract setup: npm is missing; run packaging/install-deps.sh first" >&2
  exit 1
fi
npm install --no-audit --no-fund --loglevel=error
