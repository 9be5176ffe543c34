# Sourced by the browser tests (.ci/page-browser.sh, .ci/review-browser.sh, .ci/diff-browser.sh): headless Debian
# Chromium and its driver, a CJK font, and PyPI selenium in a git-ignored venv. Set WHAT (what
# the test checks) before sourcing; a package that cannot be installed skips the test with a
# LOUD banner (exit 0). Afterwards CHROMIUM, CHROMEDRIVER and VENV name what was found, and WEIFA
# the weifa binary (built here; WEIFA_SCRATCH names another build directory).

skip() {
  echo "################################################################################"
  echo "## SKIPPED: ${WHAT:-browser test} NOT RUN — $*"
  echo "################################################################################"
  exit 0
}

# 1. Chromium and its driver from Debian.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo -n"
  { $SUDO apt-get install -y --no-install-recommends chromium chromium-driver >/dev/null 2>&1 \
    || { $SUDO apt-get update >/dev/null 2>&1 && $SUDO apt-get install -y --no-install-recommends chromium chromium-driver >/dev/null 2>&1; }; } \
    || skip "could not install Debian packages chromium and chromium-driver"
fi
# A CJK font, so that screenshots and PDFs show Chinese rather than empty boxes (not needed for the checks).
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo -n"
  $SUDO apt-get install -y --no-install-recommends fonts-wqy-zenhei >/dev/null 2>&1 \
    || echo "note: no CJK font (fonts-wqy-zenhei) could be installed; screenshots will show boxes"
fi
CHROMIUM=$(command -v chromium) || skip "chromium not found after installing"
CHROMEDRIVER=$(command -v chromedriver) || skip "chromedriver not found after installing"

# 2. selenium from PyPI into a git-ignored venv.
VENV=.build-page/venv
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import selenium" 2>/dev/null; then
  mkdir -p .build-page
  python3 -m venv "$VENV" >/dev/null 2>&1 || skip "python3 -m venv failed (install python3-venv)"
  "$VENV/bin/pip" install -q selenium >/dev/null 2>&1 || skip "could not install selenium from PyPI"
fi

# 3. The weifa binary.
SCRATCH=${WEIFA_SCRATCH:-.build}
swift build --scratch-path "$SCRATCH" --product weifa >/dev/null
WEIFA="$(swift build --scratch-path "$SCRATCH" --show-bin-path)/weifa"

# print_pdf HTML PDF: the page printed the way a reader prints it, by Chromium's own --print-to-pdf.
print_pdf() {
  timeout 120 "$CHROMIUM" --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$2" "file://$1" >/dev/null 2>&1 && [ -s "$2" ] \
    || { echo "FAIL: chromium --print-to-pdf of $1 gave no PDF"; exit 1; }
}
