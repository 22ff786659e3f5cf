#!/usr/bin/env bash
# The whole test suite, in the order the foundation issue fixes: typecheck, lint, unit tests,
# extension build (Chrome MV3 and Firefox), end-to-end tests on the built extension.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$1"; }
results=$(mktemp -d)

step 'typecheck'
npx wxt prepare >/dev/null
npx tsc --noEmit

step 'lint'
npx biome ci .

step 'unit tests'
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/unit.json"

step 'build (chrome-mv3, firefox-mv2)'
npx wxt build
npx wxt build -b firefox

step 'build the replicas of the 申报系统'
npx tsx scripts/build-replicas.ts

step 'end-to-end tests (Debian Chromium)'
node scripts/ensure-chromium.mjs
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json="$results/e2e.json"

# One plain closing line for whoever reads the log: the totals of both runs.
node scripts/summarize-tests.mjs "$results/unit.json" "$results/e2e.json"
