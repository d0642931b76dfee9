#!/usr/bin/env bash
# Runs every check and test of the workspace: what CI runs (.ci/run).
# On a fresh Debian 12 machine it first installs what the build needs.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the build and the tests need (rusqlite bundles SQLite and
# only wants a C compiler).
needed=(build-essential pkg-config)
missing=()
for pkg in "${needed[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi

echo "== cargo fmt --check"
cargo fmt --all --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== cargo test"
cargo test --workspace --locked --no-fail-fast
