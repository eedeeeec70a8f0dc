#!/usr/bin/env bash
# Installs what the build and the tests need, builds with warnings as errors, and runs every test
# under a real secret service (gnome-keyring on a private D-Bus session) with offscreen widgets.
# Usage (root, fresh Debian 12):  bash tests/run-all.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=${DESPACHO_BUILD_DIR:-$root/build}

bash packaging/install-deps.sh
bash tests/contract/setup.sh

# Formatting first (seconds): every tracked C++ file as the root .clang-format lays it out.
unformatted=()
while IFS= read -r f; do
  clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || unformatted+=("$f")
done < <(git ls-files '*.cpp' '*.h')
if [ "${#unformatted[@]}" -gt 0 ]; then
  echo "run-all: ${#unformatted[@]} file(s) not clang-formatted; fix with: clang-format -i FILE..." >&2
  printf '  %s\n' "${unformatted[@]}" >&2
  exit 1
fi

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDESPACHO_WERROR=ON
cmake --build "$build" -j"$(nproc)"

# Translations: translations/*.ts must be exactly what lupdate makes of the sources, so a new
# string cannot ship untranslated (tst_translations then checks nothing is left unfinished).
python3 translations/update_translations.py --check "$build"

# The non-GUI suites again, built with AddressSanitizer + UndefinedBehaviorSanitizer (-O1, no
# widgets: the GUI suites run once above). Any report aborts its suite, which then fails.
sanitize_build=${DESPACHO_SANITIZE_BUILD_DIR:-$root/build-sanitize}
if [ "${DESPACHO_SKIP_SANITIZE:-}" != 1 ]; then
  cmake -S . -B "$sanitize_build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
    -DDESPACHO_WERROR=ON -DDESPACHO_SANITIZE=ON -DDESPACHO_SKIP_DIRS=gui -DDESPACHO_BUILD_BENCHMARKS=OFF
  cmake --build "$sanitize_build" -j"$(nproc)"
elif [ -n "${CI:-}" ]; then
  echo "run-all: DESPACHO_SKIP_SANITIZE=1 is not allowed in CI" >&2
  exit 1
fi
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$root/tests/sanitizer-suppressions.txt:print_suppressions=0

export QT_QPA_PLATFORM=offscreen
export DESPACHO_SPEC_DIR=${DESPACHO_SPEC_DIR:-$root/../shared/api}
# The keychain needs a session bus and an unlocked login keyring; both live only for this run,
# in a throwaway data home so no keyring left on the machine (or the user's own) is touched.
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home"
# Without them the keychain tests would fail one by one (CI) or skip, so stop here and say why.
dbus-run-session -- bash -c '
  set -euo pipefail
  if ! keyring_env=$(printf "despacho-ci\n" | gnome-keyring-daemon --unlock --components=secrets); then
    echo "run-all: gnome-keyring-daemon did not start (Debian: gnome-keyring, dbus)" >&2
    exit 1
  fi
  eval "$keyring_env"
  export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
  if ! timeout 20 gdbus call --session --dest org.freedesktop.secrets \
      --object-path /org/freedesktop/secrets --method org.freedesktop.DBus.Peer.Ping >/dev/null; then
    echo "run-all: no Secret Service (org.freedesktop.secrets) answers on the session bus:" \
      "gnome-keyring did not start" >&2
    exit 1
  fi
  probe="probe-$$"
  if ! printf "ok" | timeout 20 secret-tool store --label="Despacho test probe" despacho-ci "$probe" ||
    [ "$(timeout 20 secret-tool lookup despacho-ci "$probe")" != ok ]; then
    echo "run-all: the Secret Service answers but cannot store a secret: the login keyring did" \
      "not unlock" >&2
    exit 1
  fi
  timeout 20 secret-tool clear despacho-ci "$probe"
  (cd "$1" && ctest --output-on-failure -j"$(nproc)" --timeout 600)
  if [ -n "$2" ]; then
    echo "run-all: the non-GUI suites under AddressSanitizer + UndefinedBehaviorSanitizer"
    (cd "$2" && ctest --output-on-failure -j"$(nproc)" --timeout 900)
  fi
' bash "$build" "$([ "${DESPACHO_SKIP_SANITIZE:-}" = 1 ] || echo "$sanitize_build")"
