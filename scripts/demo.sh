#!/usr/bin/env bash
# The main job on the built-in sample data. Until the replicas land (issue: replicas and
# demo), it builds the extension, checks the sample applicant against every rule of the
# 申报书 and says where to load the extension.
set -euo pipefail
cd "$(dirname "$0")/.."
npx wxt build
npx wxt build -b firefox
npx tsx scripts/demo.ts
