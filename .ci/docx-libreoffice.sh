#!/usr/bin/env bash
# Word out and Word in, checked with a real LibreOffice (issue 14). For every charter and bundle of
# Codes/: `weifa build --to docx`, then LibreOffice converts it to PDF; pdfinfo must say A4 and
# pdftotext must show every line of the charter's `--to text` output, in order, on the grid of
# GB/T 9704 (the longest line of Chinese text holds 27–28 characters inside the text block, a mark
# hanging in the margin not counted; the line pitch puts 22 lines in its 225 mm, and a full page
# uses 21–22 of them; a full page of the typeset edition, which has no blank lines, shows 21–22
# lines of text). Page 1 and 2 of
# one charter are rendered to PNG (path printed) for a person to look at. Round trips: LibreOffice
# turns each charter's text into a .docx that `weifa import` must read as it reads the text, and
# `weifa import` of Weifa's own .docx must give the same source as the text does.
# Packages that cannot be installed skip the test with a LOUD banner (exit 0); a wrong result fails it.
set -euo pipefail
cd "$(dirname "$0")/.."

WHAT="Word (.docx) LibreOffice test"
WORK=$(mktemp -d /tmp/weifa-docx.XXXXXX)
. .ci/libreoffice-env.sh
mkdir -p "$WORK/docx" "$WORK/txt" "$WORK/pdf" "$WORK/lo" "$WORK/png"

# 2. Every charter (not a manifest) and every bundle: .docx and the text it must show.
n=0
names=()
for f in Codes/*/*.weifa; do
  case "$f" in */目录.weifa) continue ;; esac
  n=$((n + 1)); names+=("c$n"); echo "$f" > "$WORK/txt/c$n.path"
  "$WEIFA" build "$f" --to docx -o "$WORK/docx/c$n.docx" 2>/dev/null
  "$WEIFA" build "$f" --to text -o "$WORK/txt/c$n.txt" 2>/dev/null
done
for d in Codes/*/; do
  [ -f "$d/目录.weifa" ] || continue
  n=$((n + 1)); names+=("c$n"); echo "${d%/}" > "$WORK/txt/c$n.path"
  "$WEIFA" build "${d%/}" --to docx -o "$WORK/docx/c$n.docx" 2>/dev/null
  "$WEIFA" build "${d%/}" --to text -o "$WORK/txt/c$n.txt" 2>/dev/null
done

# The typeset edition of one charter has no blank lines between articles: its full pages show
# whether 22 lines of text fill the text block.
DENSE=Codes/石门村/石门村村规民约.weifa
"$WEIFA" build "$DENSE" --to docx --typeset -o "$WORK/docx/dense.docx" 2>/dev/null

# The GB/T 9704 grid as LibreOffice lays it out (characters a line, lines a page).
cat > "$WORK/grid.py" <<'PY'
# The GB/T 9704 grid as LibreOffice laid it out, from pdftotext -bbox-layout: characters a line
# and lines a page. A full line is measured where a paragraph's line is neither its first nor its
# last: it starts at the left margin and so does the line after it (no indent, and no U+3000,
# which pdftotext drops as white space, on such a line); a mark
# hanging past the right margin is not counted. Every line is checked: it stays inside the text
# block (a hanging mark aside), and holds at most 28 cells of the grid, a full-width character
# one cell and a half-width one (digit, Latin letter, ASCII punctuation) half a cell. A full
# line of full-width characters only must hold 27–28 of them; for full lines with half-width
# characters the range of cells is reported (LibreOffice gives a run of digits whole cells and
# may break such a line a cell or two early, or stretch it to the margin).
# Lines a page: the grid positions from the first to the last line.
import re, subprocess, sys, unicodedata
pdf, name, mode = sys.argv[1], sys.argv[2], sys.argv[3]   # mode: grid (blank lines kept) | dense (no blank lines)
PT = 72 / 25.4
left, right = 28 * PT, (210 - 26) * PT       # the text block's edges
height = (297 - 37 - 35) * PT                # and its height
hanging = set("，。、；：？！”’）》」』】")
def half(ch):
    return bool(ch) and unicodedata.east_asian_width(ch) in ("Na", "H")
mixed_lines, outside = [0], []
x = subprocess.run(["pdftotext", "-bbox-layout", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True, check=True).stdout
pages = x.split("<page ")[1:]
longest, over, fullest, fullest_text, steps, flow, gaps = 0, [], 0, 0, [], [], []
for n, p in enumerate(pages):
    lines = []
    for m in re.finditer(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>', p, re.S):
        words = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', m.group(5))
        text = "".join(w[2] for w in words)
        if re.fullmatch(r"—\d+—", text): continue          # the page number
        lines.append((float(m.group(4)), float(m.group(1)), float(m.group(3)), text, [float(w[0]) for w in words]))
    for y, xmin, xmax, text, starts in lines:
        narrow = sum(1 for ch in text if half(ch))
        hangs = xmax > right + 1 and text[-1:] in hanging
        cells = len(text) - narrow / 2 - (1 if hangs else 0)
        if cells > 28 + (0.5 if narrow else 0): over.append(text)
        if xmin < left - 1 or (xmax > right + 1 and not hangs): outside.append(text)
        mixed_lines[0] += 1 if narrow else 0
        flow.append((abs(xmin - left) < 2, cells, narrow > 0))
    ys = sorted(set(round(l[0], 1) for l in lines))
    steps += [b - a for a, b in zip(ys, ys[1:]) if 27 < b - a < 31]   # one line apart
    # two or three grid lines apart (a page whose every line is followed by a blank one)
    gaps += [(b - a) / k for a, b in zip(ys, ys[1:]) for k in (2, 3) if abs((b - a) / k - 579 / 20) < 1.0]
    if n == len(pages) - 1 or len(ys) < 2: continue            # the last page is not full
    fullest = max(fullest, round((ys[-1] - ys[0]) / (579 / 20)) + 1)
    fullest_text = max(fullest_text, len(ys))
# A full line of only full-width characters holds 27–28 of them; of those with half-width
# characters the cells are reported.
full = [(c, mixed) for (at, c, mixed), (next_at, _, _) in zip(flow, flow[1:]) if at and next_at]
full_mixed = [c for c, mixed in full if mixed]
full = [c for c, mixed in full if not mixed]
longest = max(full, default=0)
steps = steps or gaps                                          # only when no two lines are adjacent
pitch = round(sum(steps) / len(steps), 2) if steps else 0
fits = int(height / pitch + 0.02) if pitch else 0
# A document of a line or two (a title and one article, as some 上位法 excerpts are) has no pitch to measure.
few = not steps and len(flow) < 4
ok = not over and not outside and (fits == 22 or few) and (27 <= longest <= 28 or not full)
said = f"{len(full)} full lines of {min(full):g}–{longest:g} characters" if full else "no full line to measure"
said += (f", {len(full_mixed)} full lines with half-width characters of {min(full_mixed):g}–{max(full_mixed):g} cells" if full_mixed else "")
said += f"; {len(flow)} lines checked ({mixed_lines[0]} with half-width characters): none over 28 cells or outside the text block" if not over and not outside else ""
if len(pages) > 1:
    ok = ok and (21 <= fullest <= 22 if mode == "grid" else 21 <= fullest_text <= 22)
    said += f", line pitch {pitch} pt ({fits} lines in 225 mm), {fullest} grid lines on the fullest page ({fullest_text} with text)"
else:
    said += (f", {len(flow)} lines: too few to measure the line pitch, one page" if few
             else f", line pitch {pitch} pt ({fits} lines in 225 mm), one page")
print(("ok" if ok else "FAIL") + f": {name}: grid: " + said + (f"; lines over 28 characters: {over[:3]}" if over else "")
      + (f"; lines outside the text block: {outside[:3]}" if outside else ""))
sys.exit(0 if ok else 1)
PY

# 3. LibreOffice: every .docx to PDF, every text to .docx (one start of soffice each).
timeout 600 "${SOFFICE[@]}" --convert-to pdf --outdir "$WORK/pdf" "$WORK"/docx/*.docx >"$WORK/soffice-pdf.log" 2>&1 \
  || { cat "$WORK/soffice-pdf.log"; echo "FAIL: soffice could not convert the .docx files to PDF"; exit 1; }
timeout 600 "${SOFFICE[@]}" --infilter="Text (encoded):UTF8" --convert-to 'docx:MS Word 2007 XML' --outdir "$WORK/lo" "$WORK"/txt/*.txt >"$WORK/soffice-docx.log" 2>&1 \
  || { cat "$WORK/soffice-docx.log"; echo "FAIL: soffice could not convert the text files to .docx"; exit 1; }
# Layout hints: an HTML charter with a centred bold title, <h1>/<h2>, a centred bold heading and
# nested <ol> lists, made a .docx by LibreOffice now, must import with those headings and items.
mkdir -p "$WORK/html"
cp Tests/Fixtures/docx/libreoffice-headings.html "$WORK/html/"
timeout 300 "${SOFFICE[@]}" --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir "$WORK/html" "$WORK/html/libreoffice-headings.html" >"$WORK/soffice-html.log" 2>&1 \
  || { cat "$WORK/soffice-html.log"; echo "FAIL: soffice could not convert the HTML to .docx"; exit 1; }

# Headers and footers: a flat ODT whose page header names the charter (its body has no title) and
# whose footer is 「第 N 页 共 M 页」, made a .docx by LibreOffice now: the header is the title, the
# page numbers a note.
cp Tests/Fixtures/docx/libreoffice-header-footer.fodt "$WORK/html/"
timeout 300 "${SOFFICE[@]}" --convert-to 'docx:MS Word 2007 XML' --outdir "$WORK/html" "$WORK/html/libreoffice-header-footer.fodt" >"$WORK/soffice-fodt.log" 2>&1 \
  || { cat "$WORK/soffice-fodt.log"; echo "FAIL: soffice could not convert the .fodt to .docx"; exit 1; }

fail=0
for c in "${names[@]}"; do
  path=$(cat "$WORK/txt/$c.path")
  if command -v unzip >/dev/null && ! unzip -tqq "$WORK/docx/$c.docx" >/dev/null; then echo "FAIL: $path: unzip -t finds the .docx damaged"; fail=1; fi
  pdf="$WORK/pdf/$c.pdf"
  if [ ! -s "$pdf" ]; then echo "FAIL: $path: LibreOffice made no PDF"; fail=1; continue; fi
  if ! pdfinfo "$pdf" | grep -q "Page size:.*(A4)"; then echo "FAIL: $path: the PDF is not A4: $(pdfinfo "$pdf" | grep 'Page size')"; fail=1; fi
  pdftotext -layout -enc UTF-8 "$pdf" "$WORK/pdf/$c.txt"
  # Every line of the text edition, in order, in the PDF's text (white space and the page
  # numbers 「— N —」 taken out, since Word lines wrap and pages break inside paragraphs; in
  # -layout order, since a justified line's wide gap sends its end elsewhere in raw order).
  if ! python3 - "$WORK/txt/$c.txt" "$WORK/pdf/$c.txt" "$path" <<'PY'
import re, sys
want = [re.sub(r"\s+", "", l) for l in open(sys.argv[1], encoding="utf-8").read().split("\n")]
want = [l for l in want if l]
got = re.sub(r"\s+", "", open(sys.argv[2], encoding="utf-8").read())
got = re.sub(r"—\d+—", "", got)
pos, articles = 0, 0
for line in want:
    k = got.find(line, pos)
    if k < 0:
        print(f"FAIL: {sys.argv[3]}: the PDF does not show, after what came before, the line: {line[:60]}")
        sys.exit(1)
    pos = k + len(line)
    if re.match(r"^第[一二三四五六七八九十百千零〇]+条", line): articles += 1
print(f"ok: {sys.argv[3]}: A4, {len(want)} lines in order ({articles} articles numbered 第X条)")
PY
  then fail=1; fi
  python3 "$WORK/grid.py" "$pdf" "$path" grid || fail=1
  # Round trip through LibreOffice's .docx of the text, and through Weifa's own .docx.
  "$WEIFA" import "$WORK/txt/$c.txt" > "$WORK/txt/$c.from-text.weifa" 2>/dev/null || true
  "$WEIFA" import "$WORK/lo/$c.docx" > "$WORK/lo/$c.weifa" 2>/dev/null || true
  "$WEIFA" import "$WORK/docx/$c.docx" > "$WORK/docx/$c.weifa" 2>/dev/null || true
  if ! cmp -s "$WORK/txt/$c.from-text.weifa" "$WORK/lo/$c.weifa"; then
    echo "FAIL: $path: weifa import of LibreOffice's .docx of the text differs from importing the text"; diff "$WORK/txt/$c.from-text.weifa" "$WORK/lo/$c.weifa" | head -5; fail=1
  fi
  # Weifa's .docx has page numbers in its footers: the import says so in one note, and is
  # otherwise the import of the text.
  page_note="# 导入说明：页眉页脚中的页码未导入（页码由 Word 排版时生成）"
  if [ "$(grep -cxF "$page_note" "$WORK/docx/$c.weifa")" != 1 ]; then
    echo "FAIL: $path: weifa import of weifa's .docx does not note the footers' page numbers once"; fail=1
  fi
  grep -vxF "$page_note" "$WORK/docx/$c.weifa" > "$WORK/docx/$c.less-note.weifa" || true
  if ! cmp -s "$WORK/txt/$c.from-text.weifa" "$WORK/docx/$c.less-note.weifa"; then
    echo "FAIL: $path: weifa import of weifa's .docx differs from importing the text"; diff "$WORK/txt/$c.from-text.weifa" "$WORK/docx/$c.less-note.weifa" | head -5; fail=1
  fi
done

python3 "$WORK/grid.py" "$WORK/pdf/dense.pdf" "$DENSE (--typeset)" dense || fail=1

"$WEIFA" import "$WORK/html/libreoffice-headings.docx" -o "$WORK/html/headings.weifa" 2>"$WORK/html/import.log" || true
hints_ok=1
for want in "@标题 柳塘村村规民约" "@章 总　则" "@章 村风民俗" "@节 附　则" "@项 1.爱护公共财物；" "@项 2.保护环境。"; do
  if ! grep -qF -- "$want" "$WORK/html/headings.weifa" 2>/dev/null; then
    echo "FAIL: LibreOffice's .docx of libreoffice-headings.html: weifa import does not write “$want”"; head -20 "$WORK/html/headings.weifa" 2>/dev/null; hints_ok=0; fail=1
  fi
done
if ! "$WEIFA" check "$WORK/html/headings.weifa" >"$WORK/html/check.log" 2>&1 && grep -q "WF1" "$WORK/html/check.log"; then
  echo "FAIL: the import of LibreOffice's .docx of libreoffice-headings.html has syntax errors"; head -5 "$WORK/html/check.log"; hints_ok=0; fail=1
fi
[ "$hints_ok" = 1 ] && echo "ok: LibreOffice's .docx of an HTML charter: its title, 3 headings and 2 nested items read from the layout"
"$WEIFA" import "$WORK/html/libreoffice-header-footer.docx" -o "$WORK/html/header-footer.weifa" 2>/dev/null || true
if head -1 "$WORK/html/header-footer.weifa" 2>/dev/null | grep -qxF "@标题 青苎岭村村规民约（2025年修订）" \
   && grep -qF "# 导入说明：页眉页脚中的页码未导入" "$WORK/html/header-footer.weifa"; then
  echo "ok: LibreOffice's .docx with a page header and a page-number footer: the header is the title, the page numbers a note"
else
  echo "FAIL: LibreOffice's .docx of libreoffice-header-footer.fodt: the header is not the title or the page numbers are not noted"; head -6 "$WORK/html/header-footer.weifa" 2>/dev/null; fail=1
fi

# A second reader: python-docx (PyPI), when it can be had, reads every .docx Weifa wrote: its
# paragraphs with text are the lines of the text edition; the section is A4 with the margins.
if ! python3 -c "import docx" 2>/dev/null; then
  python3 -m pip install -q --user python-docx >/dev/null 2>&1 || python3 -m pip install -q python-docx >/dev/null 2>&1 \
    || python3 -m pip install -q --user --break-system-packages python-docx >/dev/null 2>&1 || true
fi
if python3 -c "import docx" 2>/dev/null; then
  for c in "${names[@]}"; do
    python3 - "$WORK/docx/$c.docx" "$WORK/txt/$c.txt" "$(cat "$WORK/txt/$c.path")" <<'PY' || fail=1
import sys, docx
d = docx.Document(sys.argv[1])
want = [l for l in open(sys.argv[2], encoding="utf-8").read().split("\n") if l.strip()]
got = [p.text for p in d.paragraphs if p.text.strip()]
s = d.sections[0]
geometry = (s.page_width.twips, s.page_height.twips, s.top_margin.twips, s.bottom_margin.twips, s.left_margin.twips, s.right_margin.twips)
ok = got == want and geometry == (11906, 16838, 2098, 1984, 1587, 1474)
print(("ok" if ok else "FAIL") + f": {sys.argv[3]}: python-docx reads {len(got)} paragraphs of text"
      + (", the lines of the text edition, on A4 with the margins" if ok else f"; the page {geometry}; first difference: {next(((g, w) for g, w in zip(got, want) if g != w), None)}"))
sys.exit(0 if ok else 1)
PY
  done
else
  echo "################################################################################"
  echo "## SKIPPED: second reader (python-docx) NOT RUN — could not import or install it"
  echo "################################################################################"
fi

# 4. Page 1 and 2 of one charter, for a person to look at.
for c in "${names[@]}"; do
  if [ "$(cat "$WORK/txt/$c.path")" = "Codes/石门村/石门村村规民约.weifa" ]; then
    pdftoppm -r 60 -png -f 1 -l 2 "$WORK/pdf/$c.pdf" "$WORK/png/page"
    echo "pages 1 and 2 of Codes/石门村/石门村村规民约.weifa as PNG: $WORK/png/ ($(ls "$WORK/png" | tr '\n' ' '))"
  fi
done

if [ "$fail" != 0 ]; then echo "FAIL: the Word (.docx) LibreOffice test"; exit 1; fi
echo "docx: ${#names[@]} documents built, converted by LibreOffice to A4 PDF with every line in order, and read back by weifa import (2 round trips each)"
