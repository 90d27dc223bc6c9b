#!/usr/bin/env bash
# Regenerates what is derived from the Swift wire types in Sources/SwiftlitProtocol: the browser's
# validation rules (client/protocol-schema.js), its JSDoc types (client/protocol-types.js) and the
# marked tables of docs/protocol.md. Run it after changing a wire type; SwiftlitProtocolTests fail
# while a generated file is stale.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
swift run --quiet swiftlit-protocol-gen "$repo_root"
