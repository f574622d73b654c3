#!/usr/bin/env bash
# Set up sessional on a Debian machine: Debian packages it needs, then .venv with every Python
# dependency. Safe to run again: it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
need=()
have_deb() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# PyICU (collation of lists per language) compiles against the system's ICU; the PDF reports
# need the Noto fonts (Latin, Cyrillic, Chinese, Arabic); the tests read PDFs with poppler and
# run the store and the API against a PostgreSQL server of their own (started and stopped by
# tests/server/postgres.py; the package's own cluster is not used); the browser tests drive
# Debian's chromium with Playwright (the pip package; its own browser download is not used);
# LibreOffice Writer opens every DOCX report as an editor's word processor would; OmegaT (a
# translator's CAT tool, run headless) translates our XLIFF with our TMX as its memory.
for deb in libicu-dev pkg-config g++ fonts-noto-core fonts-noto-cjk poppler-utils postgresql \
           chromium libreoffice-writer omegat; do
  have_deb "$deb" || need+=("$deb")
done
if ! command -v "$PYTHON" >/dev/null 2>&1; then
  need+=(python3 python3-venv python3-dev)
else
  "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null || need+=(python3-venv)
  "$PYTHON" - <<'PY' || need+=(python3-dev)
import os, sys, sysconfig
sys.exit(0 if os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")) else 1)
PY
fi

if ((${#need[@]})); then
  echo "setup: installing Debian packages: ${need[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

"$PYTHON" - <<'PY'
import sys
if sys.version_info < (3, 11):
    sys.exit(f"setup: sessional needs Python 3.11 or newer, found {sys.version.split()[0]}")
PY

stamp=.venv/.sessional-setup
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x .venv/bin/sessional ]; then
  exit 0
fi
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
echo "setup: installing Python packages into .venv (the first time compiles PyICU, about a minute)"
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
echo "$want" > "$stamp"
