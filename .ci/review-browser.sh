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
  print_pdf "$OUT/$name.html" "$OUT/$name.pdf"
done

"$VENV/bin/python" - "$CHROMIUM" "$CHROMEDRIVER" "$OUT" <<'PY'
import json, os, re, sys
sys.dont_write_bytecode = True   # no __pycache__ in .ci/
sys.path.insert(0, ".ci")
from browser_check import session, loads_clean, a4_pdf
from selenium.webdriver.common.by import By
d, check, out = session(sys.argv)
try:
    for name in ["codes", "fixture", "twins"]:
        review = json.load(open(os.path.join(out, name + ".json"), encoding="utf-8"))
        opinions = review["opinions"]
        print(f"{name}: {len(opinions)} opinions, {sum(len(o['findings']) for o in opinions)} findings")
        d.set_window_size(1000, 1400)
        loads_clean(d, check, name, "file://" + os.path.join(out, name + ".html"))
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
        flat = a4_pdf(check, name, os.path.join(out, name + ".pdf"))
        if flat is not None:
            check(all(re.sub(r"\s+", "", o["conclusion"]["name"]) in flat for o in opinions), f"{name}: every conclusion is in the PDF's text")
            check(all(f["article"] in flat for o in opinions for f in o["findings"] if f["article"]), f"{name}: every finding's article is in the PDF's text")
    print(f"PDFs and screenshots: {out}")
finally:
    d.quit()
sys.exit(1 if check.failures else 0)
PY
