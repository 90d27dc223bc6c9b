#!/usr/bin/env bash
# Hot reload, end to end (issue 9): builds swiftlit-reload-host, serves a one-file app from a
# temporary directory on a free 127.0.0.1 port, and checks over a real WebSocket that an edit
# reruns the tab with the new text while the slider value and st.session are kept, that a compile
# error is reported (file:line:column) while the old version keeps serving, and that the fix loads.
# Then it edits the file --edits times (default 30) and prints save -> new text p50/p90.
# Extra arguments go to Tests/Reload/reload_e2e.py (e.g. --edits 50, --max-p50-ms 300).
# Needs python3 with websockets. Set SWIFTLIT_RELOAD_HOST_BIN to skip the build.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${SWIFTLIT_RELOAD_HOST_BIN:-}" ]]; then
    swift build --product swiftlit-reload-host
    SWIFTLIT_RELOAD_HOST_BIN=.build/debug/swiftlit-reload-host
fi
python3 Tests/Reload/reload_e2e.py --host-binary "$SWIFTLIT_RELOAD_HOST_BIN" "$@"
