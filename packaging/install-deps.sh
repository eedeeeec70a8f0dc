#!/usr/bin/env bash
# Installs every Debian 12 package that Despacho's build, tests and demo need.
# Idempotent; run as root. Test-only npm tools are installed by tests/contract/setup.sh.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git ca-certificates
  # translations/update_translations.py --check (CI) runs lupdate through python3
  python3
  # Qt 6.4 and friends
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6
  qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev libvulkan-dev libxkbcommon-dev
  qtkeychain-qt6-dev libquazip1-qt6-dev zlib1g-dev
  # packing slips: Code 128 barcodes (zint), and pdftotext/pdfinfo to read printed slips in tests
  libzint-dev poppler-utils
  # a real secret service and a virtual display for tests and headless runs
  dbus dbus-x11 gnome-keyring libsecret-tools libglib2.0-bin xvfb xauth fonts-dejavu-core
  # HTTPS with HTTP/2 on 127.0.0.1 for tests and bench_sync: nghttpx in front of our HTTP/1.1
  # servers, with a certificate openssl makes at test time (tests/common/tlsh2server.h)
  nghttp2-proxy openssl
  # formatting
  clang-format
  # packaging
  dpkg-dev file
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# Node/npm for the contract-test tools (Prism). Debian's own nodejs+npm only where npm is missing:
# a newer preinstalled Node conflicts with Debian's npm package.
if ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "install-deps: run as root to install: ${missing[*]}" >&2
    exit 1
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
echo "install-deps: all packages present"
