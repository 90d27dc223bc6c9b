#!/usr/bin/env bash
# Runs the whole test suite: architecture checks, a warning-free build, the Swift tests (runtime,
# protocol, a real server with a real WebSocket client), the browser client's checks and tests,
# and end-to-end tests in headless Chromium. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
# The end-to-end tests have no network: the chart libraries and Prism must be served by the app.
scripts/fetch-vendor.sh

echo "== architecture checks =="
scripts/check-architecture.sh

echo "== build (warnings in this package's code fail the build) =="
swift build --build-tests 2>&1 | tee /tmp/swiftlit-build.log | grep -E "error|warning:" || true
if grep -E "^/.*/(Sources|Tests|Examples|Benchmarks)/.*(warning|error):" /tmp/swiftlit-build.log | grep -v "/.build/"; then
    echo "test: the build has warnings or errors in Swiftlit's own code" >&2
    exit 1
fi

echo "== Swift tests =="
# One test at a time: several tests bound how soon a streamed element or an interrupt arrives, and
# 330 tests run side by side on two cores starve them for seconds (serial: about 30 s in all).
swift test --skip-build --no-parallel

echo "== browser client: deno check, lint, fmt, test =="
scripts/check-client.sh

echo "== fuzzing (a short pass over the committed corpus; scripts/fuzz.sh --runs N for a long one) =="
scripts/fuzz.sh

echo "== end-to-end (headless Chromium; fault and XSS tests) =="
swift build --product swiftlit-demo
swift build --product swiftlit-e2e-apps
swift build --product swiftlit
scripts/e2e.sh
