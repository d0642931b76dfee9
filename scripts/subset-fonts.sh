#!/usr/bin/env bash
# Rebuilds the bundled fonts (assets/fonts/*.woff2) from Debian's Noto fonts
# with pinned fontTools and brotli (a virtual environment under target/).
# Run it after adding text in a new script or new Chinese characters:
# tests/fonts.rs fails, naming the characters, until the fonts cover them.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
integra_install_deps fonts-noto-core fonts-noto-cjk python3-venv

venv=target/fonts-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check fonttools==4.60.1 brotli==1.1.0
"$venv/bin/python" scripts/subset-fonts.py "$@"
