#!/usr/bin/env bash
# Runs the demo app at http://localhost:8501 (pass --server.port N and other flags to change it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
scripts/fetch-vendor.sh >/dev/null 2>&1 || echo "demo: Prism not fetched; the page loads it from the CDN"
exec swift run swiftlit-demo "$@"
