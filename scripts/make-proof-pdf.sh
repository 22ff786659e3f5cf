#!/usr/bin/env bash
# Writes the multi-page PDF proof of the e2e test (test/fixtures/proofs/推广效果证明-3页.pdf):
# three A4 pages, each with a large page number and Chinese text, so a rendered page is told
# apart from the others. Needs LibreOffice (apt-get install -y libreoffice-writer-nogui) and a
# CJK font (fonts-noto-cjk); CI uses the committed file. Run from the repository root.
set -euo pipefail
out="test/fixtures/proofs"
name="推广效果证明-3页"
tmp="$(mktemp -d)"
page() {
  local break="$1" number="$2" title="$3"
  echo "<h1 style=\"$break font-size: 28pt\">第 ${number} 页 · ${title}</h1>"
  echo "<p style=\"font-size: 16pt\">重庆云栈数智科技股份有限公司“云栈医联”平台推广效果证明材料（示例）。</p>"
  echo "<p style=\"font-size: 120pt; text-align: center\">${number}</p>"
}
{
  echo '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
  echo '<style>@page { size: 21cm 29.7cm; margin: 2cm }</style></head><body>'
  page '' 1 '用户规模统计'
  page 'page-break-before: always;' 2 '合作医院名单'
  page 'page-break-before: always;' 3 '第三方评价'
  echo '</body></html>'
} >"$tmp/$name.html"
HOME="${HOME:-$tmp}" soffice --headless --convert-to 'pdf:writer_web_pdf_Export' --outdir "$tmp" "$tmp/$name.html" >/dev/null
mkdir -p "$out"
cp "$tmp/$name.pdf" "$out/$name.pdf"
rm -rf "$tmp"
echo "$out/$name.pdf written"
