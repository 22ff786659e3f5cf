#!/usr/bin/env bash
# The whole test suite: typecheck, lint, unit tests, the Chrome build the end-to-end tests
# load, the replicas, end-to-end tests on the built extension, and (beside them) a check that
# the Firefox build succeeds and passes web-ext lint. No step retries anything: a failure
# is a bug.
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

# Rollup builds mostly on one core: the Chrome build the end-to-end tests load and the replicas
# build side by side. The Firefox build and its lint are not needed by any test: they run
# beside the end-to-end tests, which leave about half of the two cores idle (browsers waiting
# on pages), and the run fails at the end if they failed.
step 'build the extension (chrome-mv3 for the end-to-end tests) and the replicas'
npx wxt build >"$results/build-chrome.log" 2>&1 &
chrome_build=$!
npx tsx scripts/build-replicas.ts
if ! wait "$chrome_build"; then
  cat "$results/build-chrome.log"
  echo 'The Chrome build failed (log above).' >&2
  exit 1
fi
tail -n 3 "$results/build-chrome.log"
test -f .output/chrome-mv3/manifest.json

step 'end-to-end tests (Debian Chromium), beside the firefox-mv2 build and web-ext lint'
# web-ext (Mozilla's linter for add-ons) is fetched on demand: its 180 packages stay out of the
# lock file.
(npx wxt build -b firefox >"$results/build-firefox.log" 2>&1 &&
  npx --yes web-ext@10.7.0 lint --source-dir .output/firefox-mv2 --no-input >"$results/lint-firefox.log" 2>&1) &
firefox_check=$!
node scripts/ensure-chromium.mjs
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json="$results/e2e.json"

step 'the firefox-mv2 build and web-ext lint'
if ! wait "$firefox_check"; then
  cat "$results/build-firefox.log" "$results/lint-firefox.log" 2>/dev/null
  echo 'The Firefox build or its web-ext lint failed (log above).' >&2
  exit 1
fi
grep -E '^(errors|warnings|notices) ' "$results/lint-firefox.log" || true
test -f .output/firefox-mv2/manifest.json

printf '\n==> done in %d s\n' "$((SECONDS - started))"
# One plain closing line for whoever reads the log: the totals of both runs.
node scripts/summarize-tests.mjs "$results/unit.json" "$results/e2e.json"
