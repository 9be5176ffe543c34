#!/usr/bin/env bash
# The 修订对照表 as Word (`weifa diff OLD NEW --to docx`, issue 18), checked with a real LibreOffice
# as .ci/docx-libreoffice.sh checks `build --to docx`: for both amended charters of Codes/ (石门村,
# 第X条 layout; 荇洲村, 一、 layout) the .docx converts to an A4 PDF, and pdftotext of it must show,
# in order, the words of every changed article on both sides (修改前 and 修改后, as the JSON of the
# same diff gives them), each in its own half of the page, and the names of both columns. Page 1 is rendered to PNG (path printed).
# A package that cannot be installed skips the test with a LOUD banner (exit 0); a wrong result fails it.
set -euo pipefail
cd "$(dirname "$0")/.."

WHAT="diff Word (.docx) LibreOffice test"
WORK=$(mktemp -d /tmp/weifa-diff-docx.XXXXXX)
. .ci/libreoffice-env.sh
mkdir -p "$WORK/pdf" "$WORK/png"

for pair in "shimen:Codes/石门村/石门村村规民约.weifa:Codes/石门村/修订/石门村村规民约.weifa" \
            "xingzhou:Codes/荇洲村/荇洲村村规民约.weifa:Codes/荇洲村/修订/荇洲村村规民约.weifa"; do
  IFS=: read -r name old new <<<"$pair"
  "$WEIFA" diff "$old" "$new" --to docx -o "$WORK/$name.docx"
  "$WEIFA" diff "$old" "$new" --to json -o "$WORK/$name.json"
  # -o never writes over an input: the same command aimed at the new version must be refused.
  before=$(sha256sum "$new")
  if "$WEIFA" diff "$old" "$new" --to docx -o "$new" 2>/dev/null; then echo "FAIL: diff -o over its input was not refused"; exit 1; fi
  [ "$before" = "$(sha256sum "$new")" ] || { echo "FAIL: diff -o changed its input $new"; exit 1; }
done

timeout 600 "${SOFFICE[@]}" --convert-to pdf --outdir "$WORK/pdf" "$WORK"/*.docx \
  >"$WORK/soffice.log" 2>&1 || { cat "$WORK/soffice.log"; echo "FAIL: soffice could not convert the diff .docx files to PDF"; exit 1; }

fail=0
for name in shimen xingzhou; do
  pdf="$WORK/pdf/$name.pdf"
  [ -s "$pdf" ] || { echo "FAIL: $name: LibreOffice made no PDF"; fail=1; continue; }
  pdfinfo "$pdf" | grep -q "Page size:.*(A4)" || { echo "FAIL: $name: the PDF is not A4: $(pdfinfo "$pdf" | grep 'Page size')"; fail=1; }
  # The two columns read apart (pdftotext would interleave their lines): the left half of each
  # A4 page (595 × 842 pt; the text block starts 28 mm = 79 pt in and is 442 pt wide) holds
  # 修改前, the right half 修改后.
  pdftotext -enc UTF-8 -r 72 -x 0 -y 0 -W 300 -H 842 "$pdf" "$WORK/pdf/$name.old.txt"
  pdftotext -enc UTF-8 -r 72 -x 300 -y 0 -W 295 -H 842 "$pdf" "$WORK/pdf/$name.new.txt"
  python3 - "$WORK/$name.json" "$WORK/pdf/$name.old.txt" "$WORK/pdf/$name.new.txt" "$name" <<'PY' || fail=1
import json, re, sys
diff = json.load(open(sys.argv[1], encoding="utf-8"))
def read(path): return re.sub(r"—\d+—", "", re.sub(r"\s+", "", open(path, encoding="utf-8").read()))
column = {"old": read(sys.argv[2]), "new": read(sys.argv[3])}
name = sys.argv[4]
bad = []
for side, word in [("old", "修改前"), ("new", "修改后")]:
    if word not in column[side]: bad.append(f"the column name {word}")
    # The header row repeats on every page, inside a cell that breaks across pages.
    column[side] = column[side].replace(word, "")
sides = 0
for doc in diff["documents"]:
    for row in doc.get("rows", []):
        if row["marks"] == ["renumbered"]: continue        # listed on one line, not in the table
        for side in ["old", "new"]:
            if row[side] is None: continue
            # That side's words: same runs, and the deleted (old) or inserted (new) runs.
            # (a renumbered reference is followed by 〔原…〕 on the new side: the run breaks there).
            keep = {"old": ("same", "deleted", "renumbered"), "new": ("same", "inserted")}[side]
            runs, cur = [], ""
            for s in row["segments"]:
                if s["op"] in keep: cur += s[side]
                elif s["op"] == "renumbered": runs += [cur, s[side]]; cur = ""
            runs.append(cur)
            # Every piece of 12 characters of each line of the side must be in the PDF (lines wrap inside cells).
            missing = None
            for line in (l for r in runs for l in r.split("\n")):
                words = re.sub(r"\s+", "", line)
                for k in range(0, max(1, len(words) - 11), 12):
                    piece = words[k:k + 12]
                    if piece and piece not in column[side]: missing = piece; break
                if missing: break
            if missing: bad.append(f"{row[side]['citation']} ({side}): {missing}")
            sides += 1
if bad:
    print(f"FAIL: {name}: the PDF does not show: " + "; ".join(bad[:5]))
    sys.exit(1)
print(f"ok: {name}: A4, both column names and the words of {sides} article sides, each in its own column (修改前 left, 修改后 right)")
PY
done
pdftoppm -r 60 -png -f 1 -l 1 "$WORK/pdf/shimen.pdf" "$WORK/png/shimen"
echo "page 1 of the 石门村 diff .docx as PNG: $WORK/png/"
[ "$fail" = 0 ] || { echo "FAIL: the diff Word (.docx) LibreOffice test"; exit 1; }
echo "diff docx: 2 tables of amendments converted by LibreOffice to A4 PDF with both columns' words"
