#!/usr/bin/env bash
# Runs the end-to-end browser tests (Tests/E2E) against the demo app: a real headless Chromium,
# driven by the system chromedriver, and the real swiftlit-demo binary on a free loopback port.
# Works from any directory; extra arguments go to pytest (e.g. `scripts/e2e.sh -k restart -x`).
#
# Needs: a built demo and test apps (swift build --product swiftlit-demo --product …: see
# scripts/test.sh), chromium and chromedriver (SWIFTLIT_CHROMIUM / SWIFTLIT_CHROMEDRIVER override
# /usr/bin/chromium and /usr/bin/chromedriver), and Python 3 with pytest, selenium, websockets and
# jsonschema (the Vega-Lite schema check also downloads the altair wheel once, with pip).
# SWIFTLIT_DEMO_BIN and SWIFTLIT_E2E_APPS_BIN run other binaries (keep their
# swiftlit_SwiftlitWebClient.resources bundle next to them).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

# require_binary VARIABLE PRODUCT: exports VARIABLE (default .build/debug/PRODUCT), which must exist.
require_binary() {
    local path="${!1:-$repo_root/.build/debug/$2}"
    if [[ ! -x "$path" ]]; then
        echo "e2e: no $2 binary at $path" >&2
        echo "e2e: build first: swift build --product $2" >&2
        exit 1
    fi
    export "$1=$path"
}
require_binary SWIFTLIT_DEMO_BIN swiftlit-demo
require_binary SWIFTLIT_E2E_APPS_BIN swiftlit-e2e-apps  # the fault and XSS tests serve it
require_binary SWIFTLIT_BIN swiftlit  # the own-app test follows the README with it

for tool in "${SWIFTLIT_CHROMIUM:-/usr/bin/chromium}" "${SWIFTLIT_CHROMEDRIVER:-/usr/bin/chromedriver}"; do
    if [[ ! -x "$tool" ]]; then
        echo "e2e: $tool is missing (on Debian: apt-get install chromium chromium-driver)" >&2
        exit 1
    fi
done
if ! python3 -c 'import pytest, selenium, websockets, jsonschema' 2>/dev/null; then
    echo "e2e: python3 needs pytest, selenium, websockets and jsonschema (pip install pytest selenium websockets jsonschema)" >&2
    exit 1
fi

# Selenium Manager must not try to download drivers or browsers.
export SE_OFFLINE=true
exec python3 -m pytest -q -p no:cacheprovider Tests/E2E "$@"
