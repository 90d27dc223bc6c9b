#!/usr/bin/env bash
# Checks the browser client without a build: type-checks and lints every module of
# Sources/SwiftlitWebClient/client (deno check / deno lint, configured by its deno.json), checks the
# formatting of the client and its tests, then runs Tests/WebClientTests with deno test. Works from
# any directory; exits non-zero on the first failing step. Needs deno 2 and no network.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

client_dir="Sources/SwiftlitWebClient/client"
tests_dir="Tests/WebClientTests"
config="$client_dir/deno.json"

if ! command -v deno >/dev/null 2>&1; then
    echo "check-client: deno is not installed (https://deno.land); it is needed to check the web client" >&2
    exit 1
fi

# Every module, listed explicitly: vendor/ (third-party, git-ignored) is never checked.
# (A read loop rather than mapfile, which macOS's bash 3.2 lacks.)
client_files=()
while IFS= read -r file; do client_files+=("$file"); done < <(
    find "$client_dir" -path "$client_dir/vendor" -prune -o -name '*.js' -print | sort)
test_files=()
while IFS= read -r file; do test_files+=("$file"); done < <(find "$tests_dir" -name '*.js' | sort)

echo "check-client: deno check (${#client_files[@]} client modules, ${#test_files[@]} test files)"
deno check --quiet --config "$config" "${client_files[@]}" "${test_files[@]}"

echo "check-client: deno lint"
deno lint --quiet --config "$config" "${client_files[@]}" "${test_files[@]}"

echo "check-client: deno fmt --check"
deno fmt --quiet --check --config "$config" "${client_files[@]}" "${test_files[@]}" "$client_dir/styles" "$client_dir/index.html"

echo "check-client: deno test"
# Tests read the protocol fixtures in Tests/Fixtures/protocol and the client's own sources (which
# modules load at start), and nothing else.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
NO_COLOR=1 deno test --quiet --config "$config" --allow-read=Tests/Fixtures,"$client_dir" "$tests_dir" 2>&1 | tee "$log" || status=$?
# Repeat deno's summary as a plain "N passed, N failed" line, which CI logs understand.
if summary="$(grep -Eo '[0-9]+ passed \| [0-9]+ failed' "$log" | tail -n 1)"; then
    echo "WebClientTests: ${summary/ |/,}"
fi
exit "$status"
