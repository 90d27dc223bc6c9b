#!/usr/bin/env bash
# Fills Sources/SwiftlitWebClient/client/vendor/ (git-ignored) with the third-party browser code the
# client loads lazily. Today that is Prism 1.29 (code highlighting), taken from Debian's node-prismjs
# package because the npm registry is not reachable from our machines.
#
# The files keep Prism's own package layout (components/…, plugins/autoloader/…), the layout
# prism-loader.js expects. Without this folder the client loads Prism from a pinned CDN instead,
# every script with Subresource Integrity from client/vendor-integrity.js.
#
# Usage: scripts/fetch-vendor.sh [--force]        (--force replaces what is already there)
#        scripts/fetch-vendor.sh --print-integrity
#
# --print-integrity leaves vendor/ alone: it downloads the same package and prints the sha512 SRI
# hash of every CDN file listed in client/vendor-integrity.js, ready to paste there, and says which
# differ from the table. It hashes Prism's non-minified files: Debian rebuilds the *.min.js files
# (its source package drops upstream's, see Files-Excluded in the package's copyright file), so only
# the non-minified files are byte-identical to what npm, jsDelivr and cdnjs serve. After a version
# bump, compare the printed prism-core.js hash with the one cdnjs publishes for that version.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
client_dir="$repo_root/Sources/SwiftlitWebClient/client"
prism_dir="$client_dir/vendor/prism"
integrity_table="$client_dir/vendor-integrity.js"
mode=fetch
force=false
case "${1:-}" in
    "") ;;
    --force) force=true ;;
    --print-integrity) mode=print-integrity ;;
    *) echo "usage: scripts/fetch-vendor.sh [--force | --print-integrity]" >&2; exit 2 ;;
esac

if [[ "$mode" == fetch && "$force" == false && -f "$prism_dir/components/prism-core.min.js" && -f "$prism_dir/LICENSE" ]]; then
    echo "fetch-vendor: Prism is already in ${prism_dir#"$repo_root"/}; nothing to do (use --force to refresh)"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-deb >/dev/null 2>&1; then
    echo "fetch-vendor: needs apt-get and dpkg-deb (Debian or Ubuntu); without vendor/ the client loads Prism from its CDN" >&2
    exit 1
fi

work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT
# apt downloads as the _apt user when run as root; it must be able to write here, or apt warns.
if [[ "$(id -u)" -eq 0 ]] && id _apt >/dev/null 2>&1; then chown _apt "$work_dir"; fi

download_deb() {
    (cd "$work_dir" && apt-get download node-prismjs)
}

echo "fetch-vendor: downloading the Debian package node-prismjs"
if ! download_deb; then
    if [[ "$(id -u)" -eq 0 ]]; then
        echo "fetch-vendor: download failed; running apt-get update and trying again"
        apt-get update
        download_deb
    else
        echo "fetch-vendor: apt-get download node-prismjs failed, and only root can run apt-get update" >&2
        exit 1
    fi
fi

deb_file="$(find "$work_dir" -maxdepth 1 -name 'node-prismjs_*.deb' | head -n 1)"
if [[ -z "$deb_file" ]]; then
    echo "fetch-vendor: apt-get reported success but left no node-prismjs_*.deb in $work_dir" >&2
    exit 1
fi
echo "fetch-vendor: extracting $(basename "$deb_file")"
dpkg-deb -x "$deb_file" "$work_dir/root"

package_dir="$work_dir/root/usr/share/nodejs/prismjs"
core_file="$package_dir/components/prism-core.min.js"
autoloader_file="$package_dir/plugins/autoloader/prism-autoloader.min.js"
copyright_file="$work_dir/root/usr/share/doc/node-prismjs/copyright"
version="$(dpkg-deb -f "$deb_file" Version)"

# Prints the SRI table for the files vendor-integrity.js lists (its keys are the single list).
print_integrity() {
    local pinned upstream files file hash current same=0 total=0
    pinned="$(sed -n 's/^export const PRISM_VERSION = "\(.*\)";$/\1/p' "$integrity_table")"
    upstream="$(sed -n 's/^[[:space:]]*"version": "\(.*\)",$/\1/p' "$package_dir/package.json" | head -n 1)"
    if [[ "$pinned" != "$upstream" ]]; then
        echo "fetch-vendor: warning: vendor-integrity.js pins Prism $pinned but Debian has $upstream ($version);" \
            "these hashes are for $upstream and PRISM_VERSION must say so" >&2
    fi
    files="$(grep -oE '"components/prism-[a-z0-9-]+\.js"' "$integrity_table" | tr -d '"')"
    echo "// sha512 of Prism $upstream's files, from Debian's node-prismjs $version:"
    for file in $files; do
        if [[ ! -f "$package_dir/$file" ]]; then
            echo "fetch-vendor: the package has no $file; drop it from vendor-integrity.js or update this script" >&2
            exit 1
        fi
        hash="sha512-$(openssl dgst -sha512 -binary "$package_dir/$file" | openssl base64 -A)"
        current="$(grep -F "\"$file\":" "$integrity_table" | sed 's/.*: "\(.*\)",*$/\1/')"
        total=$((total + 1))
        if [[ "$current" == "$hash" ]]; then
            same=$((same + 1))
            echo "  \"$file\": \"$hash\","
        else
            echo "  \"$file\": \"$hash\", // differs from the table"
        fi
    done
    echo "fetch-vendor: $same of $total hashes equal the table in ${integrity_table#"$repo_root"/}" >&2
}

if [[ "$mode" == print-integrity ]]; then
    print_integrity
    exit 0
fi

if [[ ! -f "$core_file" ]]; then
    echo "fetch-vendor: the package has no components/prism-core.min.js; its layout changed, update this script" >&2
    exit 1
fi

rm -rf "$prism_dir"
mkdir -p "$prism_dir/components"
# prism-core.min.js lives among the components, as in Prism's npm package.
cp "$package_dir"/components/prism-*.min.js "$prism_dir/components/"
component_count="$(find "$prism_dir/components" -name 'prism-*.min.js' ! -name 'prism-core.min.js' | wc -l)"
echo "fetch-vendor: copied prism-core.min.js and $component_count language components"

if [[ -f "$autoloader_file" ]]; then
    mkdir -p "$prism_dir/plugins/autoloader"
    cp "$autoloader_file" "$prism_dir/plugins/autoloader/"
    echo "fetch-vendor: copied plugins/autoloader/prism-autoloader.min.js"
else
    echo "fetch-vendor: this package has no autoloader plugin; the client loads each language itself"
fi

cp "$copyright_file" "$prism_dir/LICENSE"
echo "node-prismjs $version (Debian)" > "$prism_dir/VERSION"
echo "fetch-vendor: Prism from node-prismjs $version is in ${prism_dir#"$repo_root"/} (with LICENSE)"
