#!/usr/bin/env bash
# Hot reload (issue 9): save -> new text in headless Chromium, over N edits (default 30) of a one-file
# app served by `swiftlit run`; prints p50/p90/max. scripts/reload-e2e.sh measures the same with a
# WebSocket client against swiftlit-reload-host, and checks state and diagnostics.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product swiftlit
python3 Benchmarks/reload/browser_reload.py --edits "${1:-30}"
