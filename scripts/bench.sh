#!/usr/bin/env bash
# Benchmarks Swiftlit (release build): the in-process runtime figures, then a real server over
# WebSocket on loopback. Prints the figures the README quotes.
# Usage: scripts/bench.sh [reruns] [--data]   (--data adds tables at scale: CSV, sorting,
# grouping on a million rows; about ten seconds more)
set -euo pipefail
cd "$(dirname "$0")/.."
data=false
arguments=()
for argument in "$@"; do
    if [ "$argument" = "--data" ]; then data=true; else arguments+=("$argument"); fi
done
count="${arguments[0]:-2000}"
scripts/setup.sh build
python3 -c 'import websockets' 2>/dev/null || python3 -m pip install -q websockets
swift build -c release --product swiftlit-demo
swift build -c release --product swiftlit-bench
ulimit -n 8192 || true
echo "== runtime (in-process) =="
.build/release/swiftlit-bench "$count"
echo "== cache (in-process) =="
.build/release/swiftlit-bench cache "$count"
if [ "$data" = true ]; then
    echo "== tables (in-process) =="
    .build/release/swiftlit-bench data
fi
# The client sends reruns back to back on each socket, far above a person's rate: lift the
# per-connection message limit (server.maxMessagesPerSecond) so it measures the server, not the limit.
echo "== server (release demo on 127.0.0.1, WebSocket client in Python) =="
port=18651
bash -c 'echo $$ > /tmp/swiftlit-bench.pid; exec .build/release/swiftlit-demo --server.port '"$port"' --logger.level error --server.maxMessagesPerSecond 0' &
trap 'kill "$(cat /tmp/swiftlit-bench.pid)" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/_stcore/health" >/dev/null && break; sleep 0.05; done
python3 Benchmarks/ws_bench.py --port "$port" --pid "$(cat /tmp/swiftlit-bench.pid)" --count "$count" --sessions 1000
