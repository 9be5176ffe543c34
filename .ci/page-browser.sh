#!/usr/bin/env bash
# Browser test of the resident's page (issue 8): headless Debian Chromium, driven by PyPI selenium
# with the driver path given explicitly, opens a Codes/ page at phone size (390×844), answers the
# two questions asked first and checks that the first answer is then on the first screen, answers
# the rest on demand, checks what the page shows, and takes screenshots at phone and desktop size (into /tmp).
# A package that cannot be installed skips the test with a LOUD message (exit 0); a page that
# does not behave fails it (exit 1).
set -euo pipefail
cd "$(dirname "$0")/.."

WHAT="resident page browser test"
. .ci/browser-env.sh

# 3. The pages: the largest charter of Codes/ and a village charter.
OUT=/tmp/weifa-page
mkdir -p "$OUT"
LARGEST=$(ls -S Codes/*/*.weifa | grep -v '/目录.weifa' | sed -n 1p)   # not head: no SIGPIPE under pipefail
"$WEIFA" build "$LARGEST" --to page -o "$OUT/largest.html"
"$WEIFA" build Codes/石门村/石门村村规民约.weifa --to page -o "$OUT/shimen.html"

"$VENV/bin/python" - "$CHROMIUM" "$CHROMEDRIVER" "$OUT" "$LARGEST" <<'PY'
import os, sys, time
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

chromium, driver_path, out, largest = sys.argv[1:5]
opts = webdriver.ChromeOptions()
opts.binary_location = chromium
for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=zh-CN"]:
    opts.add_argument(a)
d = webdriver.Chrome(service=Service(executable_path=driver_path), options=opts)
failures = []
def check(ok, what):
    print(("  ok   " if ok else "  FAIL ") + what)
    if not ok: failures.append(what)
try:
    # Size and time to interactive of the largest charter's page (best of five loads).
    page = os.path.join(out, "largest.html")
    d.set_window_size(390, 844)
    ttis = []
    for _ in range(5):
        d.get("file://" + page)
        ttis.append(int(d.find_element(By.TAG_NAME, "html").get_attribute("data-wf-ready") or -1))
    size = os.path.getsize(page)
    print(f"largest charter {largest}: page {size} bytes ({size/1024:.0f} KB), time to interactive {min(ttis)} ms (loads: {ttis})")
    check(size < 300 * 1024, "page under 300 KB")
    # The 100 ms target (issue 8) is a measurement, reported here; CI only fails on a page that
    # never becomes interactive or takes ten times the target, since a loaded CI machine is slow.
    load = os.getloadavg()[0]
    print(("  MET  " if 0 <= min(ttis) < 100 else "  MISSED ") + f"time-to-interactive target of 100 ms: best {min(ttis)} ms (load average {load:.1f})")
    check(0 <= min(ttis) < 1000, "interactive within 1000 ms")

    # The village charter at phone size, a 390×844 viewport: answer questions, read the panel.
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    d.get("file://" + os.path.join(out, "shimen.html"))
    check(d.find_element(By.ID, "wf-app").is_displayed(), "panels shown when scripts run")
    check(len(d.find_elements(By.CSS_SELECTOR, "section.article")) > 10, "full charter text present")
    all_qs = d.find_elements(By.CSS_SELECTOR, "#wf-questions fieldset")
    qs = [q for q in all_qs if q.is_displayed()]
    check(0 < len(qs) <= 3 and len(all_qs) > len(qs), f"the {len(qs)} questions that matter most asked first, of {len(all_qs)}")
    more = d.find_element(By.ID, "wf-more")
    check(more.is_displayed() and "更多问题" in more.text, "the other questions on demand: " + more.text)
    res = d.find_element(By.ID, "wf-results")
    before = res.text
    check("还要回答问题才能确定的条款" in before, "undecided rules listed before answering")
    height = d.execute_script("return window.innerHeight")
    def answer(q):
        radios = q.find_elements(By.CSS_SELECTOR, "input[type=radio]")
        if radios:
            d.execute_script("arguments[0].click()", radios[0])
        else:
            inp = q.find_elements(By.CSS_SELECTOR, "input")
            if inp and inp[0].get_attribute("type") != "date":
                inp[0].send_keys("82")
    # Two answers, without scrolling: both questions and then the first answer are on the first screen.
    d.execute_script("window.scrollTo(0,0)")
    tops = [d.execute_script("return arguments[0].getBoundingClientRect().bottom", q) for q in qs[:2]]
    check(all(b <= height for b in tops), f"the first two questions are on the first screen (bottoms {tops}, screen {height})")
    d.save_screenshot("/tmp/weifa-page-phone-start.png")
    for q in qs[:2]: answer(q)
    d.execute_script("window.scrollTo(0,0)")
    first = d.find_elements(By.CSS_SELECTOR, "#wf-summary li")
    bottom = d.execute_script("return arguments[0].getBoundingClientRect().bottom", first[0]) if first else 10**6
    check(len(first) > 0 and first[0].is_displayed() and bottom <= height, f"after two answers the first answer is visible without scrolling (bottom {bottom:.0f} of {height})")
    summary = d.find_element(By.ID, "wf-answer").text
    print("  --- answer panel after two answers ---")
    for line in summary.splitlines()[:12]: print("  | " + line)
    check("因为您" in summary, "reasons in plain words (因为您…)")
    check("还需回答" in summary, "the answer panel says what is still to answer")
    d.save_screenshot("/tmp/weifa-page-phone-two-answers.png")
    # Then every question.
    d.execute_script("arguments[0].click()", more)
    qs = [q for q in d.find_elements(By.CSS_SELECTOR, "#wf-questions fieldset") if q.is_displayed()]
    check(len(qs) == len(all_qs), f"all {len(all_qs)} questions shown on demand")
    for q in qs:
        radios = q.find_elements(By.CSS_SELECTOR, "input[type=radio]")
        if radios and not any(r.is_selected() for r in radios):
            d.execute_script("arguments[0].click()", radios[0])
        elif not radios:
            inp = q.find_elements(By.CSS_SELECTOR, "input")
            if inp and inp[0].get_attribute("type") != "date" and not inp[0].get_attribute("value"):
                inp[0].send_keys("82")
    after = res.text
    print("  --- panel after answering (first lines) ---")
    for line in after.splitlines()[:14]: print("  | " + line)
    check(after != before, "results update when answered")
    check("还要回答问题才能确定的条款" not in after, "every rule decided once all questions are answered")
    check("适用于：适用人员" not in after and "因为您" in after, "each entry gives its reason in plain words")
    links = res.find_elements(By.CSS_SELECTOR, "li a[href^='#']")
    check(len(links) > 0 and all(d.find_elements(By.ID, a.get_attribute("href").split("#")[1]) for a in links), "each result links to its article")
    d.execute_script("window.scrollTo(0,0)")
    d.save_screenshot("/tmp/weifa-page-phone.png")
    d.execute_script("document.getElementById('wf-results').scrollIntoView()")
    d.save_screenshot("/tmp/weifa-page-phone-results.png")
    # The vote panel: 100 members, 60 present, 31 in favour.
    vote = d.find_element(By.ID, "wf-vote")
    if vote.is_displayed():
        for k, v in [("members", "100"), ("households", "40"), ("present", "60"), ("presentHouseholds", "30"), ("yes", "31")]:
            d.find_element(By.ID, "wf-v-" + k).send_keys(v)
        vr = d.find_element(By.ID, "wf-vote-result").text
        print("  --- vote panel ---")
        for line in vr.splitlines()[:8]: print("  | " + line)
        check("需" in vr and ("决定有效" in vr or "决定不成立" in vr), "vote panel decides with arithmetic")
        d.execute_script("document.getElementById('wf-vote').scrollIntoView()")
        d.save_screenshot("/tmp/weifa-page-phone-vote.png")
    d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    d.set_window_size(1280, 900)
    d.execute_script("window.scrollTo(0,0)")
    d.save_screenshot("/tmp/weifa-page-desktop.png")
    print("screenshots: /tmp/weifa-page-phone-start.png /tmp/weifa-page-phone-two-answers.png /tmp/weifa-page-phone.png /tmp/weifa-page-phone-results.png /tmp/weifa-page-phone-vote.png /tmp/weifa-page-desktop.png")
finally:
    d.quit()
# Scripts off: the charter text reads, the panels stay hidden.
opts.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
d = webdriver.Chrome(service=Service(executable_path=driver_path), options=opts)
try:
    d.set_window_size(390, 844)
    d.get("file://" + os.path.join(out, "shimen.html"))
    check(not d.find_element(By.ID, "wf-app").is_displayed(), "scripts off: panels hidden")
    check(d.find_element(By.CSS_SELECTOR, "section.article").is_displayed() and "第一条" in d.find_element(By.TAG_NAME, "main").text, "scripts off: charter text readable")
    d.save_screenshot("/tmp/weifa-page-noscript.png")
finally:
    d.quit()
sys.exit(1 if failures else 0)
PY
