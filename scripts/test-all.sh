#!/usr/bin/env bash
# The whole suite: types, lint, unit and integration tests (Vitest), browser tests (Playwright).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
status=0
step() { echo; echo "=== $1"; shift; "$@" || status=1; }

step "typecheck" npm run --silent typecheck
step "lint (biome)" npx biome check .
step "unit and integration tests (vitest)" npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json
step "browser tests (playwright)" node scripts/e2e.mjs
node scripts/test-summary.mjs || status=1
exit $status
