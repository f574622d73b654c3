#!/usr/bin/env bash
# Page 1 of the example's English, Chinese and Arabic PDF reports as PNG pictures for the
# README (docs/pictures/page1.LANG.png). Needs pdftoppm (poppler-utils, installed by setup.sh).
#     scripts/page_pictures.sh [RESOLUTION_DPI]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dpi="${1:-50}"
out="$root/docs/pictures"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
"$root/.venv/bin/sessional" render "$root/examples/untoc-wg-2017.json" --format pdf \
    --lang en,zh,ar -o "$tmp" >/dev/null
for lang in en zh ar; do
    pdf="$(ls "$tmp"/*."$lang".pdf)"
    pdftoppm -png -r "$dpi" -f 1 -l 1 -singlefile "$pdf" "$out/page1.$lang"
    echo "$out/page1.$lang.png"
done
