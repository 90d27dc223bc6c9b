#!/usr/bin/env bash
# Installs what Swiftlit needs and this machine lacks. Usage: scripts/setup.sh build|test
#   build: the system libraries the package links (libcmark-gfm for Markdown, zlib for gzip).
#   test:  also Chromium + chromedriver (end-to-end tests), PostgreSQL 15 (the SQL tests start their
#          own server from its binaries), Deno (client checks), selenium/pytest, websockets (fault
#          tests), jsonschema (the Vega-Lite schema check).
set -euo pipefail
mode="${1:-test}"
packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev zlib1g-dev)
[ "$mode" = test ] && packages+=(chromium chromium-driver postgresql-15 nginx-light)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
    if [[ " ${missing[*]} " == *" postgresql-15 "* ]] && command -v pg_lsclusters >/dev/null; then
        # The package may start a default cluster on port 5432; the tests start their own, so stop it.
        pg_lsclusters --no-header | awk '$4 == "online" { print $1, $2 }' | while read -r version cluster; do
            $sudo_cmd pg_ctlcluster "$version" "$cluster" stop || true
        done
    fi
fi
if [ "$mode" = test ]; then
    pip_missing=()
    command -v deno >/dev/null || pip_missing+=(deno)
    python3 -c 'import selenium' 2>/dev/null || pip_missing+=(selenium)
    python3 -c 'import pytest' 2>/dev/null || pip_missing+=(pytest)
    python3 -c 'import websockets' 2>/dev/null || pip_missing+=(websockets)
    python3 -c 'import jsonschema' 2>/dev/null || pip_missing+=(jsonschema)
    if [ "${#pip_missing[@]}" -gt 0 ]; then
        echo "setup: pip installing ${pip_missing[*]}"
        python3 -m pip install -q "${pip_missing[@]}"
    fi
fi
