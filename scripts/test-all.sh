#!/usr/bin/env bash
# The whole test suite: typecheck, lint, unit tests, the Chrome build the end-to-end tests
# load (and a check that the Firefox build succeeds), the replicas, end-to-end tests on the
# built extension. No step retries anything: a failure
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

# Rollup builds mostly on one core: the extension (Chrome, then the Firefox check) and the
# replicas build side by side.
step 'build the extension (chrome-mv3 for the end-to-end tests; firefox-mv2 must build and pass web-ext lint) and the replicas'
# web-ext (Mozilla's linter for add-ons) is fetched on demand: its 180 packages stay out of the
# lock file, and the chain runs beside the longer replica build. pdf.js's own files, copied
# unchanged from pdfjs-dist into pdfjs/ (its 1.3 MB worker, decoders), are left to
# `npm run lint:firefox`, which lints everything: they halve this lint's time, and they change
# only when the pdfjs-dist version does. Our bundle of pdf.js (chunks/pdf-*.js) is linted here.
(npx wxt build >"$results/build-chrome.log" 2>&1 &&
  npx wxt build -b firefox >"$results/build-firefox.log" 2>&1 &&
  npx --yes web-ext@10.7.0 lint --source-dir .output/firefox-mv2 --no-input --ignore-files 'pdfjs/**' \
    >"$results/lint-firefox.log" 2>&1) &
extension_build=$!
npx tsx scripts/build-replicas.ts
if ! wait "$extension_build"; then
  cat "$results"/build-*.log "$results"/lint-firefox.log 2>/dev/null
  echo 'The extension build or the Firefox lint failed (log above).' >&2
  exit 1
fi
tail -n 3 "$results/build-chrome.log"
grep -E '^(errors|warnings|notices) ' "$results/lint-firefox.log" || true
test -f .output/chrome-mv3/manifest.json
test -f .output/firefox-mv2/manifest.json

step 'end-to-end tests (Debian Chromium)'
node scripts/ensure-chromium.mjs
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json="$results/e2e.json"

printf '\n==> done in %d s\n' "$((SECONDS - started))"
# One plain closing line for whoever reads the log: the totals of both runs.
node scripts/summarize-tests.mjs "$results/unit.json" "$results/e2e.json"
