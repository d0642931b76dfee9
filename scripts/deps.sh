# Sourced by run.sh and test.sh: installs the Debian packages the build needs
# when they are missing (a fresh Debian 12 machine with a Rust toolchain).
# rusqlite bundles SQLite and only wants a C compiler.
integra_install_deps() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing Debian packages: ${missing[*]}"
  local sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
}
if ! command -v cargo >/dev/null 2>&1; then
  echo "cargo is not on PATH: install a Rust toolchain (rustup, Rust 1.89 or newer) first" >&2
  exit 1
fi
