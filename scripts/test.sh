#!/usr/bin/env bash
# Runs every check and test of the workspace: what CI runs (.ci/run).
# On a fresh Debian 12 machine it first installs what the build needs.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/deps.sh
integra_install_deps build-essential pkg-config

echo "== cargo fmt --check"
cargo fmt --all --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== cargo test"
cargo test --workspace --locked --no-fail-fast
