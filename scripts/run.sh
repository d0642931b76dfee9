#!/usr/bin/env bash
# Opens the Integra app on the bundled catalog (official open data). The first start builds
# the local catalog (a few seconds) and says so. Without a display (a server,
# a container) the same UI is served on loopback instead: open the printed URL.
#   scripts/run.sh                 # the window
#   scripts/run.sh --serve         # headless: http://127.0.0.1:<port>/?token=…
#   scripts/run.sh --kiosk         # full screen, nothing personal kept
#   scripts/run.sh --sample-catalog --data-dir /tmp/demo   # the generated sample (demos)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/deps.sh
integra_install_deps "${INTEGRA_BUILD_PACKAGES[@]}"
if [ $# -eq 0 ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "no display found: serving the app on loopback instead" >&2
  set -- --serve
fi
exec cargo run --quiet --locked -p integra -- "$@"
