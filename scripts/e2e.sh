#!/usr/bin/env bash
# Runs the end-to-end browser tests (Tests/E2E) against the demo app: a real headless Chromium,
# driven by the system chromedriver, and the real swiftlit-demo binary on a free loopback port.
# Works from any directory; extra arguments go to pytest (e.g. `scripts/e2e.sh -k restart -x`).
#
# Needs: a built demo (swift build --product swiftlit-demo), chromium and chromedriver
# (SWIFTLIT_CHROMIUM / SWIFTLIT_CHROMEDRIVER override /usr/bin/chromium and /usr/bin/chromedriver),
# and Python 3 with pytest and selenium. SWIFTLIT_DEMO_BIN runs another demo binary (keep its
# swiftlit_SwiftlitWebClient.resources bundle next to it).
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

for tool in "${SWIFTLIT_CHROMIUM:-/usr/bin/chromium}" "${SWIFTLIT_CHROMEDRIVER:-/usr/bin/chromedriver}"; do
    if [[ ! -x "$tool" ]]; then
        echo "e2e: $tool is missing (on Debian: apt-get install chromium chromium-driver)" >&2
        exit 1
    fi
done
if ! python3 -c 'import pytest, selenium' 2>/dev/null; then
    echo "e2e: python3 needs pytest and selenium (pip install pytest selenium)" >&2
    exit 1
fi

# Selenium Manager must not try to download drivers or browsers.
export SE_OFFLINE=true
exec python3 -m pytest -q -p no:cacheprovider Tests/E2E "$@"
