#!/usr/bin/env bash
# Turns the 2020 notice (docs/sources/2020-notice-and-form.txt, = ../shared/seeds/004_*.txt)
# into the .docx fixture of 新建申报批次 (test/fixtures/editions/2020-notice.docx), the way a
# clerk would receive it: one Word file with the notice, 实施方案 and 申报书. Needs LibreOffice
# (apt-get install -y libreoffice-writer-nogui). Run from the repository root.
set -euo pipefail
out="test/fixtures/editions"
tmp="$(mktemp -d)"
cp docs/sources/2020-notice-and-form.txt "$tmp/2020-notice.txt"
HOME="${HOME:-$tmp}" soffice --headless --infilter="Text (encoded):UTF8,,," --convert-to docx --outdir "$tmp" "$tmp/2020-notice.txt" >/dev/null
cp "$tmp/2020-notice.docx" "$out/2020-notice.docx"
rm -rf "$tmp"
echo "$out/2020-notice.docx written"
