#!/usr/bin/env bash
# Renders the progress notice as a person would see it: imports the seed, writes the notice
# (DOCX) through the round-trip test, converts it to PDF with LibreOffice and the first page to
# PNG with pdftoppm. Needs Debian's libreoffice-writer-nogui and poppler-utils.
#   bench/notice-preview.sh [out-dir]     (default: docs/, writes notice-page1.png there)
#   bench/notice-preview.sh out-dir a.docx b.docx…   renders these files instead (a notice and a 简报
#       downloaded from a running server): the first and the last page of each, as NAME-first.png and
#       NAME-last.png (the last page is where the 落款 and the page number on an even page are checked)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/docs}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y libreoffice-writer-nogui poppler-utils" >&2; exit 2; }
done
shift || true
(( $# > 0 )) || (cd "$root" && mvn -B -q -pl server test -Dserver.build.dir="$work/build" \
  -Dtest='taizhang.report.NoticeRoundTripIntegrationTest#noticeOfTheImportedSeedReadsBackAsTheSeed' \
  -Dsurefire.failIfNoSpecifiedTests=false -Dnotice.out="$work/notice.docx" >&2)
# Government machines have 仿宋_GB2312, 楷体_GB2312, 黑体 and 方正小标宋; Debian has none of them, so
# the preview maps them to the nearest free faces (AR PL Ming/Kai, WenQuanYi) when those are installed.
cat > "$work/fonts.conf" <<'CONF'
<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>仿宋_GB2312</family><prefer><family>AR PL UMing CN</family><family>WenQuanYi Micro Hei</family></prefer></alias>
  <alias binding="same"><family>方正小标宋简体</family><prefer><family>AR PL UMing CN</family><family>WenQuanYi Micro Hei</family></prefer></alias>
  <alias binding="same"><family>楷体_GB2312</family><prefer><family>AR PL UKai CN</family><family>WenQuanYi Micro Hei</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>WenQuanYi Micro Hei</family></prefer></alias>
</fontconfig>
CONF
if (( $# == 0 )); then
  FONTCONFIG_FILE="$work/fonts.conf" soffice --headless --convert-to pdf --outdir "$work" "$work/notice.docx" >&2
  pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/notice.pdf" "$out/notice-page1"
  echo "pages: $(pdfinfo "$work/notice.pdf" 2>/dev/null | awk '/^Pages/ {print $2}')  first page: $out/notice-page1.png"
  exit 0
fi
for docx in "$@"; do
  name="$(basename "$docx" .docx)"
  FONTCONFIG_FILE="$work/fonts.conf" soffice --headless --convert-to pdf --outdir "$work" "$docx" >&2
  pages="$(pdfinfo "$work/$name.pdf" | awk '/^Pages/ {print $2}')"
  pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/$name.pdf" "$out/$name-first"
  pdftoppm -png -r 80 -f "$pages" -l "$pages" -singlefile "$work/$name.pdf" "$out/$name-last"
  echo "$name: $pages pages, $out/$name-first.png and $out/$name-last.png"
done
