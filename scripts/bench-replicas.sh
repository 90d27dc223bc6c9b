#!/usr/bin/env bash
# Scale-out benchmark: the hello app as 1 and 3 replicas behind nginx with sessions in PostgreSQL,
# against one replica with sessions in memory (Benchmarks/replicas/bench_replicas.py; its options
# pass through, e.g. --sessions 300 --reruns 500). Builds the release binary first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
swift build -c release --product swiftlit-bench-apps 2>&1 | grep -E "error|warning: .*Sources" || true
exec python3 Benchmarks/replicas/bench_replicas.py "$@"
