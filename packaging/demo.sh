#!/usr/bin/env bash
# Installs the dependencies, builds Despacho and starts the GUI on the built-in demo store
# (an in-process sandbox with ~500 orders, a throwaway data directory, no credentials needed).
# Usage (root, fresh Debian 12):  bash packaging/demo.sh [extra despacho options, e.g. --lang pt_BR]
# Without a display it runs under a virtual X server (xvfb-run), e.g. for a smoke test.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=${DESPACHO_BUILD_DIR:-$root/build}

bash packaging/install-deps.sh

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j"$(nproc)" --target despacho

# A real window this time: not the offscreen platform the tests use.
unset QT_QPA_PLATFORM
app="$build/src/app/despacho"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$app" --demo "$@"
fi
echo "demo.sh: no display; running under xvfb-run (close with Ctrl+C)" >&2
exec xvfb-run -a -s "-screen 0 1280x800x24" "$app" --demo "$@"
