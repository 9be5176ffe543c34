#!/usr/bin/env bash
# Browser test of the 修订对照表 (`weifa diff OLD NEW --to html`, issue 18): the tables of both
# amended charters of Codes/ (石门村, 第X条 layout; 荇洲村, 一、 layout) and of the items fixture
# (Tests/Fixtures/diff/inputs/items-*.weifa) are opened in headless Debian Chromium (driven by
# PyPI selenium) and must load with no console error and fetch nothing; the table must have one
# row per changed article as the JSON of the same diff says, the 修改前 and 修改后 cells of each
# row side by side (same top, the columns at the same place in every row), every deleted run
# struck through and every added run underlined as the browser computes the style, and the text
# set in a CJK font. Each page is printed by `chromium --print-to-pdf`, which must give A4 pages
# holding (with pdftotext, where installed) every changed article's citation. PDFs and
# screenshots go to /tmp/weifa-diff-browser. A package that cannot be installed skips the test
# with a LOUD banner (exit 0); a page that misbehaves fails it (exit 1).
set -euo pipefail
cd "$(dirname "$0")/.."

WHAT="diff (修订对照表) browser test"
. .ci/browser-env.sh

OUT=/tmp/weifa-diff-browser
rm -rf "$OUT"
mkdir -p "$OUT"
for pair in "shimen:Codes/石门村/石门村村规民约.weifa:Codes/石门村/修订/石门村村规民约.weifa" \
            "xingzhou:Codes/荇洲村/荇洲村村规民约.weifa:Codes/荇洲村/修订/荇洲村村规民约.weifa" \
            "items:Tests/Fixtures/diff/inputs/items-old.weifa:Tests/Fixtures/diff/inputs/items-new.weifa"; do
  IFS=: read -r name old new <<<"$pair"
  "$WEIFA" diff "$old" "$new" --to html -o "$OUT/$name.html"
  "$WEIFA" diff "$old" "$new" --to json -o "$OUT/$name.json"
  print_pdf "$OUT/$name.html" "$OUT/$name.pdf"
done

"$VENV/bin/python" - "$CHROMIUM" "$CHROMEDRIVER" "$OUT" <<'PY'
import json, os, re, shutil, subprocess, sys
sys.dont_write_bytecode = True   # no __pycache__ in .ci/
sys.path.insert(0, ".ci")
from browser_check import session, loads_clean, a4_pdf
from selenium.webdriver.common.by import By
d, check, out = session(sys.argv)
CJK = re.compile(r"cjk|noto sans sc|noto serif sc|wenquanyi|wqy|source han|song|hei|fang|kai|ming|droid sans fallback", re.I)
try:
    for name in ["shimen", "xingzhou", "items"]:
        diff = json.load(open(os.path.join(out, name + ".json"), encoding="utf-8"))
        doc = diff["documents"][0]
        shown = [r for r in doc["rows"] if r["marks"] != ["renumbered"]]
        print(f"{name}: {len(shown)} rows shown, {len(doc['impacts'])} impacts")
        d.set_window_size(1100, 1400)
        loads_clean(d, check, name, "file://" + os.path.join(out, name + ".html"))
        rows = d.find_elements(By.CSS_SELECTOR, "table.diff:not(.impact) tbody tr")
        check(len(rows) == len(shown), f"{name}: {len(rows)} table rows, one per changed article ({len(shown)})")
        # Columns aligned: in every row the cells share their top, and each column keeps its left edge and width.
        geo = d.execute_script("""
          return [...document.querySelectorAll('table.diff:not(.impact) tbody tr')].map(tr =>
            [...tr.children].map(td => { const r = td.getBoundingClientRect(); return [r.left, r.top, r.width]; }));""")
        tops = all(abs(c[1] - r[0][1]) < 1 for r in geo for c in r)
        lefts = all(abs(r[k][0] - geo[0][k][0]) < 1 and abs(r[k][2] - geo[0][k][2]) < 1 for r in geo for k in range(3))
        check(bool(geo) and tops and lefts, f"{name}: 修改前 | 修改后 | 说明 side by side in every row, columns at the same place")
        wide = bool(geo) and abs(geo[0][0][2] - geo[0][1][2]) < 1 and geo[0][0][0] < geo[0][1][0] < geo[0][2][0]
        check(wide, f"{name}: the two text columns are equally wide, 修改前 left of 修改后")
        # Every deleted run struck through, every added run underlined, as the browser styles them.
        marks = d.execute_script("""
          const st = (sel, want) => [...document.querySelectorAll(sel)].map(e => getComputedStyle(e).textDecorationLine.includes(want) && e.getBoundingClientRect().width > 0);
          return { del: st('table.diff td del', 'line-through'), ins: st('table.diff td ins', 'underline'),
                   delInNew: document.querySelectorAll('table.diff tr td:nth-child(2) del').length,
                   insInOld: document.querySelectorAll('table.diff tr td:nth-child(1) ins').length };""")
        want_del = sum(1 for r in shown for s in r["segments"] if s["op"] == "deleted")
        want_ins = sum(1 for r in shown for s in r["segments"] if s["op"] == "inserted")
        check(len(marks["del"]) == want_del and all(marks["del"]), f"{name}: {len(marks['del'])}/{want_del} deleted runs struck through and visible")
        check(len(marks["ins"]) == want_ins and all(marks["ins"]), f"{name}: {len(marks['ins'])}/{want_ins} added runs underlined and visible")
        check(marks["delInNew"] == 0 and marks["insInOld"] == 0, f"{name}: deletions only in 修改前, additions only in 修改后")
        # Each row's note names its article as the JSON does.
        notes = [r.find_elements(By.CSS_SELECTOR, "td.note")[0].text for r in rows]
        cites = [(r["new"] or r["old"])["citation"] for r in shown]
        check(all(c in n for c, n in zip(cites, notes)), f"{name}: every row's note names its article")
        # A CJK font is what the browser has for the text (fontconfig's match for the page's families).
        fam = d.execute_script("return getComputedStyle(document.querySelector('table.diff td')).fontFamily")
        if shutil.which("fc-match"):
            matched = subprocess.run(["fc-match", "-f", "%{family}", fam.split(",")[0].strip().strip('"') + ":lang=zh-cn"], capture_output=True, text=True).stdout
            check(bool(CJK.search(matched)), f"{name}: the table's font {fam.split(',')[0]} is set in a CJK face ({matched})")
        d.save_screenshot(os.path.join(out, name + ".png"))
        text = a4_pdf(check, name, os.path.join(out, name + ".pdf"))
        if text is not None:
            check(all(c in text for c in cites), f"{name}: every changed article's citation is in the PDF's text")
    print(f"PDFs and screenshots: {out}")
finally:
    d.quit()
sys.exit(1 if check.failures else 0)
PY
