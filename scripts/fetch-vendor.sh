#!/usr/bin/env bash
# Fills Sources/SwiftlitWebClient/client/vendor/ (git-ignored) with the third-party browser code the
# client loads lazily. Today that is Prism 1.29 (code highlighting), taken from Debian's node-prismjs
# package because the npm registry is not reachable from our machines.
#
# The files keep Prism's own package layout (components/…, plugins/autoloader/…) so that the client
# can use one relative path for both this folder and its CDN fallback.
#
# Usage: scripts/fetch-vendor.sh [--force]     (--force replaces what is already there)
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prism_dir="$repo_root/Sources/SwiftlitWebClient/client/vendor/prism"
force=false
if [[ "${1:-}" == "--force" ]]; then force=true; fi

if [[ "$force" == false && -f "$prism_dir/components/prism-core.min.js" && -f "$prism_dir/LICENSE" ]]; then
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
    echo "fetch-vendor: this package has no autoloader plugin; the client falls back to the CDN's"
fi

cp "$copyright_file" "$prism_dir/LICENSE"
version="$(dpkg-deb -f "$deb_file" Version)"
echo "node-prismjs $version (Debian)" > "$prism_dir/VERSION"
echo "fetch-vendor: Prism from node-prismjs $version is in ${prism_dir#"$repo_root"/} (with LICENSE)"
