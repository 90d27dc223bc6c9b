#!/usr/bin/env bash
# Keeps the target boundaries honest: the runtime, protocol, testing library and Markdown target
# never import networking or the database drivers (SwiftlitSQL sits above the runtime); no
# force-unwraps or try! in shipped code; no Swift file over 500 lines.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
if grep -rnE "^(public |internal |@_exported )?import (Hummingbird|NIO|WSCore|SQLiteNIO|PostgresNIO|SwiftlitSQL)" \
    Sources/SwiftlitRuntime Sources/SwiftlitProtocol Sources/SwiftlitTesting Sources/SwiftlitMarkdown; then
    echo "check: networking or a database driver imported below the server and SQL targets" >&2
    status=1
fi
if grep -rnE "try!|[a-zA-Z0-9_)\]]![.)( ]" --include=*.swift Sources Examples | grep -vE '!=|//' ; then
    echo "check: force-unwrap or try! in shipped code" >&2
    status=1
fi
while read -r file; do
    lines=$(wc -l <"$file")
    if [ "$lines" -gt 500 ]; then
        echo "check: $file has $lines lines (split it)" >&2
        status=1
    fi
done < <(git ls-files '*.swift')
[ "$status" -eq 0 ] && echo "architecture checks passed"
exit "$status"
