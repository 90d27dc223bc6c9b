#!/usr/bin/env bash
# Save -> new text in the tab, over 50 edits of a one-file app served by swiftlit-reload-host
# (hot reload, issue 9). Prints p50/p90; see scripts/reload-e2e.sh for the checks it also runs.
set -euo pipefail
cd "$(dirname "$0")/.."
exec scripts/reload-e2e.sh --edits "${1:-50}"
