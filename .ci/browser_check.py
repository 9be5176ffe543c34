"""What the browser tests (.ci/review-browser.sh, .ci/diff-browser.sh) share: headless Chromium
driven by selenium, a check that prints ok/FAIL and keeps the failures, a page that loads with no
console error or warning and fetches nothing, and the A4 PDF that chromium --print-to-pdf made."""
import re, shutil, subprocess
from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def start(chromium, driver_path):
    """Headless Chromium (Debian's binary and driver), its console log kept."""
    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=zh-CN"]:
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(executable_path=driver_path), options=opts)


def session(argv):
    """The browser, the checks and the output folder, from the script's arguments: CHROMIUM CHROMEDRIVER OUT."""
    chromium, driver_path, out = argv[1:4]
    return start(chromium, driver_path), Checks(), out


class Checks:
    def __init__(self):
        self.failures = []

    def __call__(self, ok, what):
        print(("  ok   " if ok else "  FAIL ") + what)
        if not ok:
            self.failures.append(what)


def loads_clean(d, check, name, url):
    """Opens url: no console error or warning, nothing fetched."""
    d.get(url)
    logs = [l for l in d.get_log("browser") if l["level"] in ("SEVERE", "WARNING")]
    check(not logs, f"{name}: no console errors or warnings {logs[:3]}")
    fetched = d.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    check(not fetched, f"{name}: nothing fetched {fetched[:3]}")


def a4_pdf(check, name, path):
    """The PDF's pages are all A4; returns its text, white space taken out (None without pdftotext)."""
    pdf = open(path, "rb").read()
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    check(pdf.startswith(b"%PDF") and boxes and all(abs(float(w) - 595.28) < 2 and abs(float(h) - 841.89) < 2 for w, h in boxes),
          f"{name}: {len(boxes)} A4 pages printed")
    if not shutil.which("pdftotext"):
        print("  note: pdftotext not installed; the PDF's text is not read")
        return None
    return re.sub(r"\s+", "", subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout)
