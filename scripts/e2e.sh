#!/usr/bin/env bash
# Runs the end-to-end browser tests (Tests/E2E) against the demo app: a real headless Chromium,
# driven by the system chromedriver, and the real swiftlit-demo binary on a free loopback port.
# Works from any directory; extra arguments go to pytest (e.g. `scripts/e2e.sh -k restart -x`).
#
# Needs: a built demo and test apps (swift build --product swiftlit-demo --product …: see
# scripts/test.sh), chromium and chromedriver (SWIFTLIT_CHROMIUM / SWIFTLIT_CHROMEDRIVER override
# /usr/bin/chromium and /usr/bin/chromedriver), and Python 3 with pytest, selenium and websockets.
# SWIFTLIT_DEMO_BIN and SWIFTLIT_E2E_APPS_BIN run other binaries (keep their
# swiftlit_SwiftlitWebClient.resources bundle next to them).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

demo_bin="${SWIFTLIT_DEMO_BIN:-$repo_root/.build/debug/swiftlit-demo}"
if [[ ! -x "$demo_bin" ]]; then
    echo "e2e: no demo binary at $demo_bin" >&2
    echo "e2e: build first: swift build --product swiftlit-demo" >&2
    exit 1
fi
export SWIFTLIT_DEMO_BIN="$demo_bin"
apps_bin="${SWIFTLIT_E2E_APPS_BIN:-$repo_root/.build/debug/swiftlit-e2e-apps}"
if [[ ! -x "$apps_bin" ]]; then
    echo "e2e: no e2e apps binary at $apps_bin (the fault and XSS tests serve it)" >&2
    echo "e2e: build first: swift build --product swiftlit-e2e-apps" >&2
    exit 1
fi
export SWIFTLIT_E2E_APPS_BIN="$apps_bin"

for tool in "${SWIFTLIT_CHROMIUM:-/usr/bin/chromium}" "${SWIFTLIT_CHROMEDRIVER:-/usr/bin/chromedriver}"; do
    if [[ ! -x "$tool" ]]; then
        echo "e2e: $tool is missing (on Debian: apt-get install chromium chromium-driver)" >&2
        exit 1
    fi
done
if ! python3 -c 'import pytest, selenium, websockets' 2>/dev/null; then
    echo "e2e: python3 needs pytest, selenium and websockets (pip install pytest selenium websockets)" >&2
    exit 1
fi

# Selenium Manager must not try to download drivers or browsers.
export SE_OFFLINE=true
exec python3 -m pytest -q -p no:cacheprovider Tests/E2E "$@"
