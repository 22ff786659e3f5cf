#!/usr/bin/env bash
# The main job on the built-in sample data: build the extension and the replicas of the
# 申报系统, make sure Chromium is there, then run the demo (scripts/demo.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
npx wxt build
npx wxt build -b firefox
npx tsx scripts/build-replicas.ts
node scripts/ensure-chromium.mjs
npx tsx scripts/demo.ts
