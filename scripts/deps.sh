# Sourced by run.sh and test.sh: installs the Debian packages the build needs
# when they are missing (a fresh Debian 12 machine with a Rust toolchain).
# rusqlite bundles SQLite and only wants a C compiler; Tauri wants WebKitGTK.
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

# What building the app needs (DESIGN §6).
INTEGRA_BUILD_PACKAGES=(
  build-essential pkg-config file libssl-dev
  libwebkit2gtk-4.1-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev
  librsvg2-dev libayatana-appindicator3-dev libxdo-dev
)
# What the tests add: a virtual display for the window smoke test, a real
# browser for the UI journeys, fonts for every script, nginx for the feed,
# poppler (pdfinfo, pdftotext, pdftoppm) for the referral sheet PDF test,
# a session bus and a notification service for the desktop notification test,
# python3-venv for the official data's derivation test, PostgreSQL (the
# tests start their own server in a temporary folder; no system service)
# for the portal's store suite and its several-instance test.
INTEGRA_TEST_PACKAGES=(
  xvfb xdotool imagemagick chromium fonts-noto-core fonts-noto-cjk nginx iproute2
  poppler-utils dbus-daemon dbus-bin notification-daemon python3-venv postgresql
)
