#!/usr/bin/env bash
# The whole test suite: typecheck, lint, unit tests, the Chrome build the end-to-end tests
# load, the replicas, end-to-end tests on the built extension, and a check that the Firefox
# build succeeds. No step retries anything: a failure is a bug.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
step() { printf '\n==> %s (at %d s)\n' "$1" "$((SECONDS - started))"; }
results=$(mktemp -d)

step 'typecheck'
npx wxt prepare >/dev/null
npx tsc --noEmit

step 'lint'
npx biome ci .

step 'unit tests'
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/unit.json"

step 'build (chrome-mv3, what the end-to-end tests load)'
npx wxt build

step 'build the replicas of the 申报系统'
npx tsx scripts/build-replicas.ts

step 'end-to-end tests (Debian Chromium)'
node scripts/ensure-chromium.mjs
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json="$results/e2e.json"

step 'check: the Firefox build succeeds'
npx wxt build -b firefox >/dev/null
test -f .output/firefox-mv2/manifest.json

printf '\n==> done in %d s\n' "$((SECONDS - started))"
# One plain closing line for whoever reads the log: the totals of both runs.
node scripts/summarize-tests.mjs "$results/unit.json" "$results/e2e.json"
