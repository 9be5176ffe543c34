# Sourced by the Word tests (.ci/docx-libreoffice.sh, .ci/diff-docx-libreoffice.sh): LibreOffice
# Writer, the Noto CJK fonts and poppler (pdftotext, pdfinfo, pdftoppm) from Debian, and the
# fontconfig aliases that stand in for the fonts a .docx of Weifa's names. Set WHAT (what the
# test checks) and WORK (its scratch folder) before sourcing; a package that cannot be installed
# skips the test with a LOUD banner (exit 0). Afterwards SOFFICE is the headless soffice command
# line (a profile of its own under $WORK), FONTCONFIG_FILE the aliases, and WEIFA the weifa
# binary (built here; WEIFA_SCRATCH names another build directory).

skip() {
  echo "################################################################################"
  echo "## SKIPPED: ${WHAT:-LibreOffice test} NOT RUN — $*"
  echo "################################################################################"
  exit 0
}

# 1. LibreOffice Writer, CJK fonts and poppler from Debian.
if ! command -v soffice >/dev/null || ! command -v pdftotext >/dev/null || ! command -v pdfinfo >/dev/null || ! fc-list :lang=zh 2>/dev/null | grep -qi noto; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo -n"
  install() { DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "$@" >/dev/null 2>&1; }
  { install libreoffice-writer-nogui fonts-noto-cjk poppler-utils \
    || install libreoffice-writer fonts-noto-cjk poppler-utils \
    || { $SUDO apt-get update >/dev/null 2>&1 && { install libreoffice-writer-nogui fonts-noto-cjk poppler-utils || install libreoffice-writer fonts-noto-cjk poppler-utils; }; }; } \
    || skip "could not install Debian packages libreoffice-writer(-nogui), fonts-noto-cjk, poppler-utils"
fi
command -v soffice >/dev/null || skip "soffice not found after installing"
command -v pdftotext >/dev/null || skip "pdftotext not found after installing"
command -v python3 >/dev/null || skip "python3 not found"

# 2. The weifa binary.
SCRATCH=${WEIFA_SCRATCH:-.build}
swift build --scratch-path "$SCRATCH" --product weifa >/dev/null
WEIFA="$(swift build --scratch-path "$SCRATCH" --show-bin-path)/weifa"

# 3. The fonts the .docx names are not on Debian: fontconfig aliases send them to Noto CJK, as a
# Chinese Windows or WPS sends them to its own 仿宋/黑体 (the .docx itself only names them).
mkdir -p "$WORK/profile"
cat > "$WORK/fonts.conf" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>仿宋_GB2312</family><prefer><family>FangSong</family><family>仿宋</family><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>方正小标宋简体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>楷体_GB2312</family><prefer><family>KaiTi</family><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>SimHei</family><family>Noto Sans CJK SC</family></prefer></alias>
</fontconfig>
XML
export FONTCONFIG_FILE="$WORK/fonts.conf"
SOFFICE=(soffice --headless --norestore "-env:UserInstallation=file://$WORK/profile")
