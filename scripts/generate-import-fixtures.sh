#!/usr/bin/env bash
# Regenerates the document-import fixtures (test/fixtures/import/) from their sources with
# LibreOffice: each sources/*.html → .docx (Writer's HTML import, then Word 2007 XML),
# sources/figures-years-in-columns.csv → .xlsx (Calc), sources/figures-years-in-rows.csv →
# a GB18030 .csv, as Excel in Chinese Windows saves one. Needs `soffice` (apt-get install
# libreoffice-writer-nogui libreoffice-calc-nogui) and iconv. CI reads the committed outputs.
set -euo pipefail
cd "$(dirname "$0")/../test/fixtures/import"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
office=(soffice "-env:UserInstallation=file://$profile" --headless)
for source in sources/*.html; do
  "${office[@]}" --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir . "$source" >/dev/null
done
"${office[@]}" --infilter="CSV:44,34,76,1" --convert-to xlsx --outdir . sources/figures-years-in-columns.csv >/dev/null
iconv -f UTF-8 -t GB18030 sources/figures-years-in-rows.csv > figures-years-in-rows.csv
ls -l ./*.docx ./*.xlsx ./*.csv
