#!/usr/bin/env bash
# Searches the bundled sample catalog from the terminal (the app's main job
# until the window lands). First use builds the local catalog.
#   scripts/run.sh "corso di italiano" --near Prato --open-now
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/deps.sh
integra_install_deps build-essential pkg-config
if [ $# -eq 0 ]; then
  set -- "corso di italiano" --near Prato --open-now
fi
exec cargo run --quiet --release --locked -p integra-cli -- search "$@"
