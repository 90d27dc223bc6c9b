#!/usr/bin/env bash
# Soak test: builds the release `swiftlit-bench-apps`, serves its `hello` app on a free loopback port
# (disconnected sessions kept 20 s), runs Benchmarks/soak.py against it, then stops the server.
# Arguments go to soak.py; the default is 1,000 sessions for 10 minutes:
#   scripts/soak.sh                               # the full soak (about 12 minutes)
#   scripts/soak.sh --minutes 0.5 --sessions 100  # quick mode (about 2 minutes)
# SWIFTLIT_BENCH_APPS_BIN=.build/debug/swiftlit-bench-apps serves another binary and skips the build.
# The report goes to bench-results/soak-<date>.md, the server's log next to it.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

if ! python3 -c 'import websockets' 2>/dev/null; then
    echo "soak: python3 needs websockets (pip install websockets)" >&2
    exit 1
fi

if [[ -n "${SWIFTLIT_BENCH_APPS_BIN:-}" ]]; then
    binary="$SWIFTLIT_BENCH_APPS_BIN"
    label="$(basename "$(dirname "$binary")") build (not rebuilt)"
else
    # One build at a time on this machine.
    flock /tmp/swiftlit-build.lock swift build -c release --product swiftlit-bench-apps
    binary="$repo_root/.build/release/swiftlit-bench-apps"
    label="release build"
fi
if [[ ! -x "$binary" ]]; then
    echo "soak: no binary at $binary" >&2
    exit 1
fi

# Every session is a socket in the server and one in the client: raise the open-files limit.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || ulimit -n 65536 2>/dev/null || true
if (( $(ulimit -n) < 4096 )); then
    echo "soak: warning: ulimit -n is $(ulimit -n); 1,000 sessions need more than 2,000 open files" >&2
fi

mkdir -p bench-results
stamp="$(date +%Y%m%d-%H%M%S)"
log="bench-results/soak-$stamp-server.log"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

"$binary" hello --server.port "$port" --server.address 127.0.0.1 \
    --server.disconnectedSessionTTL 20 --logger.level warning >"$log" 2>&1 &
server_pid=$!
stop_server() {
    if kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
        if kill -0 "$server_pid" 2>/dev/null; then
            echo "soak: the server did not exit within 10 s of SIGTERM; killing it" >&2
            kill -KILL "$server_pid" 2>/dev/null || true
        fi
    fi
    wait "$server_pid" 2>/dev/null || true
}
trap stop_server EXIT

healthy=0
for _ in $(seq 1 300); do
    if curl -sf --max-time 1 "http://127.0.0.1:$port/_stcore/health" >/dev/null; then healthy=1; break; fi
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
done
if (( ! healthy )); then
    echo "soak: the server did not become healthy; its log:" >&2
    cat "$log" >&2
    exit 1
fi
echo "soak: serving $binary hello on 127.0.0.1:$port (pid $server_pid), log $log" >&2

status=0
python3 Benchmarks/soak.py --port "$port" --pid "$server_pid" --label "$label, hello app" \
    --out "bench-results/soak-$stamp.md" "$@" || status=$?
if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "soak: the server exited during the soak; its log: $log" >&2
    status=1
fi
exit "$status"
