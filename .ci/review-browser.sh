#!/usr/bin/env bash
# Browser test of `weifa review` (issue 12, item 3): the 合法性审查意见 of Codes/ (every charter,
# a summary first), of the review fixtures (a charter with unlawful clauses, one adopted by the
# wrong body) and of the broken twins of Codes/ (Tests/Fixtures/twins) are rendered as HTML, opened in headless Debian Chromium (driven by PyPI
# selenium), and must load with no console error and fetch nothing; every opinion must show its
# conclusion and every finding its article, as the JSON of the same review (weifa.review/1) says;
# the summary links must reach their anchors. Each page is then printed by `chromium
# --print-to-pdf`, which must give A4 pages that (with pdftotext, where installed) hold every
# conclusion. PDFs and screenshots go to /tmp/weifa-review. A package that cannot be installed
# skips the test with a LOUD banner (exit 0); a page that misbehaves fails it (exit 1).
set -euo pipefail
cd "$(dirname "$0")/.."

WHAT="review opinion browser test"
. .ci/browser-env.sh

OUT=/tmp/weifa-review
rm -rf "$OUT"
mkdir -p "$OUT"
for pair in "codes:Codes" "fixture:Tests/Fixtures/review/charters" "twins:Tests/Fixtures/twins"; do
  name=${pair%%:*} path=${pair#*:}
  "$WEIFA" review "$path" -o "$OUT/$name.html"
  "$WEIFA" review "$path" -o "$OUT/$name.json"
  # Printed the way a reviewer prints it: Chromium's own --print-to-pdf.
  timeout 120 "$CHROMIUM" --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$OUT/$name.pdf" "file://$OUT/$name.html" >/dev/null 2>&1 && [ -s "$OUT/$name.pdf" ] \
    || { echo "FAIL: chromium --print-to-pdf of $OUT/$name.html gave no PDF"; exit 1; }
done

"$VENV/bin/python" - "$CHROMIUM" "$CHROMEDRIVER" "$OUT" <<'PY'
import json, os, re, shutil, subprocess, sys
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

chromium, driver_path, out = sys.argv[1:4]
opts = webdriver.ChromeOptions()
opts.binary_location = chromium
for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=zh-CN"]:
    opts.add_argument(a)
opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
d = webdriver.Chrome(service=Service(executable_path=driver_path), options=opts)
failures = []
def check(ok, what):
    print(("  ok   " if ok else "  FAIL ") + what)
    if not ok: failures.append(what)
try:
    for name in ["codes", "fixture", "twins"]:
        review = json.load(open(os.path.join(out, name + ".json"), encoding="utf-8"))
        opinions = review["opinions"]
        print(f"{name}: {len(opinions)} opinions, {sum(len(o['findings']) for o in opinions)} findings")
        d.set_window_size(1000, 1400)
        d.get("file://" + os.path.join(out, name + ".html"))
        logs = [l for l in d.get_log("browser") if l["level"] in ("SEVERE", "WARNING")]
        check(not logs, f"{name}: no console errors or warnings {logs[:3]}")
        fetched = d.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
        check(not fetched, f"{name}: nothing fetched {fetched[:3]}")
        check(len(d.find_elements(By.CSS_SELECTOR, "article.opinion")) == len(opinions), f"{name}: one opinion per charter")
        for o in opinions:
            art = d.find_element(By.ID, o["anchor"])
            concl = art.find_element(By.CSS_SELECTOR, ".conclusion").text
            check(o["conclusion"]["name"] in concl, f"{name}: 《{o['title']}》 concludes {o['conclusion']['name']} ({concl})")
            check("审查人" in art.text and "盖章" in art.text, f"{name}: 《{o['title']}》 ends with the signature block")
            for f in o["findings"]:
                el = d.find_elements(By.ID, f["anchor"])
                if not el:
                    check(False, f"{name}: finding {f['anchor']} shown"); continue
                if f["article"]:
                    heads = el[0].find_elements(By.CSS_SELECTOR, ".art-no")
                    check(bool(heads) and heads[0].text == f["article"], f"{name}: {f['anchor']} shows {f['article']} ({f['code']})")
                if f["section"] != "text" and f["quote"]:
                    q = el[0].find_elements(By.CSS_SELECTOR, "blockquote.quote")
                    check(bool(q) and q[0].text.strip() == f["quote"].strip(), f"{name}: {f['anchor']} quotes the clause")
        # The summary: each link of the table and of the worst-first list reaches its anchor.
        links = d.find_elements(By.CSS_SELECTOR, "#summary a[href^='#']")
        if len(opinions) > 1:
            ids = [a.get_attribute("href").split("#", 1)[1] for a in links]
            check(len(ids) >= len(opinions) and all(d.find_elements(By.ID, i) for i in ids), f"{name}: {len(ids)} summary links reach their anchors")
        d.save_screenshot(os.path.join(out, name + ".png"))
        # The PDF Chromium printed: A4 pages, holding the conclusions.
        pdf = open(os.path.join(out, name + ".pdf"), "rb").read()
        boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
        check(pdf.startswith(b"%PDF") and boxes and all(abs(float(w) - 595.28) < 2 and abs(float(h) - 841.89) < 2 for w, h in boxes),
              f"{name}: {len(boxes)} A4 pages printed")
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", os.path.join(out, name + ".pdf"), "-"], capture_output=True, text=True).stdout
            flat = re.sub(r"\s+", "", text)
            check(all(re.sub(r"\s+", "", o["conclusion"]["name"]) in flat for o in opinions), f"{name}: every conclusion is in the PDF's text")
            check(all(f["article"] in flat for o in opinions for f in o["findings"] if f["article"]), f"{name}: every finding's article is in the PDF's text")
        else:
            print("  note: pdftotext not installed; the PDF's text is not read")
    print(f"PDFs and screenshots: {out}")
finally:
    d.quit()
sys.exit(1 if failures else 0)
PY
