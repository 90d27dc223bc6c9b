#!/usr/bin/env bash
# Fills Sources/SwiftlitWebClient/client/vendor/ (git-ignored) with the third-party browser code the
# client loads lazily, because the npm registry is not reachable from our machines:
#
# - vendor/prism/: Prism 1.29 (code highlighting), from Debian's node-prismjs package, in Prism's own
#   package layout (components/…, plugins/autoloader/…), the layout prism-loader.js expects.
# - vendor/vega/: vega.min.js 6.1.2, vega-lite.min.js 6.3.0 and vega-embed.min.js 7.0.2 (Vega-Lite
#   charts), from the PyPI wheel panel==1.9.4, which carries them without a .js extension.
# - vendor/plotly/: plotly.min.js, plotly.js 4.1.1 (Plotly charts), from the PyPI wheel plotly==7.1.0.
# - vendor/katex/: katex.min.js, katex.min.css and fonts/*.woff2, KaTeX 0.16.40 (st.latex), from the
#   PyPI wheel djangocms-katex==1.0.2 (its static/djangocms_katex/vendor/katex/ is KaTeX's dist folder).
# - vendor/material-symbols/: MaterialSymbols-Rounded.woff2, the Material Symbols Rounded icon font
#   (`:material/name:` icons), from the PyPI wheel streamlit==1.67.0 (static/static/media/, where
#   Streamlit's own build puts the font its repository carries).
# - vendor/emoji/: emoji.json, the emoji table of the PyPI wheel emoji==2.16.0 (its
#   unicode_codes/emoji.json), for `:shortcode:` emoji.
#
# Each folder gets a LICENSE and a VERSION file. The wheels are pinned by sha256 (a mismatch is
# refused) and cached in ~/.cache/swiftlit/wheels (or $SWIFTLIT_WHEEL_CACHE), so reruns download
# nothing. Without a folder the client loads that library from a pinned CDN instead, every script
# with Subresource Integrity from client/vendor-integrity.js.
#
# Usage: scripts/fetch-vendor.sh [--force]        (--force replaces what is already there)
#        scripts/fetch-vendor.sh --print-integrity
#
# --print-integrity leaves vendor/ alone: it downloads the same packages and prints the sha512 SRI
# hash of every CDN file listed in client/vendor-integrity.js, ready to paste there, and says which
# differ from the table. For Prism it hashes the non-minified files: Debian rebuilds the *.min.js files
# (its source package drops upstream's, see Files-Excluded in the package's copyright file), so only
# the non-minified files are byte-identical to what npm, jsDelivr and cdnjs serve. After a version
# bump, compare the printed prism-core.js hash with the one cdnjs publishes for that version. For the
# chart libraries it hashes the wheels' files, which equal the CDN's only if the wheel ships npm's
# bytes unchanged (see vendor-integrity.js).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
client_dir="$repo_root/Sources/SwiftlitWebClient/client"
prism_dir="$client_dir/vendor/prism"
vega_dir="$client_dir/vendor/vega"
plotly_dir="$client_dir/vendor/plotly"
katex_dir="$client_dir/vendor/katex"
symbols_dir="$client_dir/vendor/material-symbols"
emoji_dir="$client_dir/vendor/emoji"
wheel_cache="${SWIFTLIT_WHEEL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/swiftlit/wheels}"
integrity_table="$client_dir/vendor-integrity.js"
mode=fetch
force=false
case "${1:-}" in
    "") ;;
    --force) force=true ;;
    --print-integrity) mode=print-integrity ;;
    *) echo "usage: scripts/fetch-vendor.sh [--force | --print-integrity]" >&2; exit 2 ;;
esac

work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT
# apt downloads as the _apt user when run as root; it must be able to reach the folder it writes to.
if [[ "$(id -u)" -eq 0 ]]; then chmod 755 "$work_dir"; fi

# ---- Prism, from Debian ----------------------------------------------------------------------------

prism_package_dir="$work_dir/prism/root/usr/share/nodejs/prismjs"
prism_deb_version=""

# Downloads node-prismjs and unpacks it into $work_dir/prism/root.
unpack_prism_deb() {
    if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-deb >/dev/null 2>&1; then
        echo "fetch-vendor: Prism needs apt-get and dpkg-deb (Debian or Ubuntu); without vendor/prism the client loads it from its CDN" >&2
        return 1
    fi
    local deb_dir="$work_dir/prism" deb_file
    mkdir -p "$deb_dir"
    # apt downloads as the _apt user when run as root; it must be able to write here, or apt warns.
    if [[ "$(id -u)" -eq 0 ]] && id _apt >/dev/null 2>&1; then chown _apt "$deb_dir"; fi
    echo "fetch-vendor: downloading the Debian package node-prismjs"
    if ! (cd "$deb_dir" && apt-get download node-prismjs); then
        if [[ "$(id -u)" -eq 0 ]]; then
            echo "fetch-vendor: download failed; running apt-get update and trying again"
            apt-get update
            (cd "$deb_dir" && apt-get download node-prismjs)
        else
            echo "fetch-vendor: apt-get download node-prismjs failed, and only root can run apt-get update" >&2
            return 1
        fi
    fi
    deb_file="$(find "$deb_dir" -maxdepth 1 -name 'node-prismjs_*.deb' | head -n 1)"
    if [[ -z "$deb_file" ]]; then
        echo "fetch-vendor: apt-get reported success but left no node-prismjs_*.deb in $deb_dir" >&2
        return 1
    fi
    echo "fetch-vendor: extracting $(basename "$deb_file")"
    dpkg-deb -x "$deb_file" "$deb_dir/root"
    prism_deb_version="$(dpkg-deb -f "$deb_file" Version)"
}

# Prints the SRI lines of the Prism files vendor-integrity.js lists (its keys are the single list).
print_prism_integrity() {
    local pinned upstream files file hash same=0 total=0
    pinned="$(sed -n 's/^export const PRISM_VERSION = "\(.*\)";$/\1/p' "$integrity_table")"
    upstream="$(sed -n 's/^[[:space:]]*"version": "\(.*\)",$/\1/p' "$prism_package_dir/package.json" | head -n 1)"
    if [[ "$pinned" != "$upstream" ]]; then
        echo "fetch-vendor: warning: vendor-integrity.js pins Prism $pinned but Debian has $upstream ($prism_deb_version);" \
            "these hashes are for $upstream and PRISM_VERSION must say so" >&2
    fi
    files="$(grep -oE '"components/prism-[a-z0-9-]+\.js"' "$integrity_table" | tr -d '"')"
    echo "// sha512 of Prism $upstream's files, from Debian's node-prismjs $prism_deb_version:"
    for file in $files; do
        if [[ ! -f "$prism_package_dir/$file" ]]; then
            echo "fetch-vendor: the package has no $file; drop it from vendor-integrity.js or update this script" >&2
            exit 1
        fi
        hash="$(sri_of "$prism_package_dir/$file")"
        total=$((total + 1))
        # The table puts each hash on the line after its key (deno fmt wraps them), so look for it.
        if grep -qF "\"$hash\"" "$integrity_table"; then
            same=$((same + 1))
            echo "  \"$file\": \"$hash\","
        else
            echo "  \"$file\": \"$hash\", // differs from the table"
        fi
    done
    echo "fetch-vendor: $same of $total Prism hashes equal the table in ${integrity_table#"$repo_root"/}" >&2
}

install_prism() {
    local core_file="$prism_package_dir/components/prism-core.min.js"
    local autoloader_file="$prism_package_dir/plugins/autoloader/prism-autoloader.min.js"
    local component_count
    if [[ ! -f "$core_file" ]]; then
        echo "fetch-vendor: the package has no components/prism-core.min.js; its layout changed, update this script" >&2
        exit 1
    fi
    rm -rf "$prism_dir"
    mkdir -p "$prism_dir/components"
    # prism-core.min.js lives among the components, as in Prism's npm package.
    cp "$prism_package_dir"/components/prism-*.min.js "$prism_dir/components/"
    component_count="$(find "$prism_dir/components" -name 'prism-*.min.js' ! -name 'prism-core.min.js' | wc -l)"
    echo "fetch-vendor: copied prism-core.min.js and $component_count language components"
    if [[ -f "$autoloader_file" ]]; then
        mkdir -p "$prism_dir/plugins/autoloader"
        cp "$autoloader_file" "$prism_dir/plugins/autoloader/"
        echo "fetch-vendor: copied plugins/autoloader/prism-autoloader.min.js"
    else
        echo "fetch-vendor: this package has no autoloader plugin; the client loads each language itself"
    fi
    cp "$work_dir/prism/root/usr/share/doc/node-prismjs/copyright" "$prism_dir/LICENSE"
    echo "node-prismjs $prism_deb_version (Debian)" > "$prism_dir/VERSION"
    echo "fetch-vendor: Prism from node-prismjs $prism_deb_version is in ${prism_dir#"$repo_root"/} (with LICENSE)"
}

# ---- Vega and Plotly, from PyPI wheels -------------------------------------------------------------

# The pinned wheels: name, version, sha256 of the whole .whl.
PANEL_WHEEL=(panel 1.9.4 c89c4c1e728297daf0628ea5070fb0da8ad77781e2a3142d302479537c1de6a4)
PLOTLY_WHEEL=(plotly 7.1.0 dbb7fa18afce40d0a8e80d1bf162eceb3faa0ce5a77fe741ad09a74cf78f53f3)
KATEX_WHEEL=(djangocms_katex 1.0.2 79774fa17f7d328252f6dd05688799fa7ee49abebb7cbe09f0cbf6f103352ac2)
STREAMLIT_WHEEL=(streamlit 1.67.0 f29da87c443bfbdfc52738616e3d65745d438e718da8faf69e2be0da1e52ce64)
EMOJI_WHEEL=(emoji 2.16.0 c4230d80640def9071599ff56b1b5950fe13a2a94c0da98c5deab12431b24330)

# Each chart file: its path under vendor/, the wheel member it comes from, the version string its
# text must contain (a check that the wheel's path still holds that release), its CDN URL (the one
# vendor-integrity.js and the CSP name) and the library release it is.
VEGA_FILES=(
    "vega/vega.min.js|panel/dist/bundled/vegaplot/vega@6.1.2|version=\"6.1.2\"|https://cdn.jsdelivr.net/npm/vega@6.1.2/build/vega.min.js|vega 6.1.2"
    "vega/vega-lite.min.js|panel/dist/bundled/vegaplot/vega-lite@6.3.0|\"6.3.0\"|https://cdn.jsdelivr.net/npm/vega-lite@6.3.0/build/vega-lite.min.js|vega-lite 6.3.0"
    "vega/vega-embed.min.js|panel/dist/bundled/vegaplot/vega-embed@7.0.2|\"7.0.2\"|https://cdn.jsdelivr.net/npm/vega-embed@7.0.2/build/vega-embed.min.js|vega-embed 7.0.2"
)
PLOTLY_FILES=(
    "plotly/plotly.min.js|plotly/package_data/plotly.min.js|plotly.js v4.1.1|https://cdn.jsdelivr.net/npm/plotly.js-dist-min@4.1.1/plotly.min.js|plotly.js 4.1.1"
)
# KaTeX's dist folder in the wheel; its fonts (woff2 only: every browser that runs the client reads
# woff2, so katex.min.css never falls back to the woff/ttf copies) are installed by install_katex.
KATEX_MEMBER_DIR="djangocms_katex/static/djangocms_katex/vendor/katex"
KATEX_FILES=(
    "katex/katex.min.js|$KATEX_MEMBER_DIR/katex.min.js|version:\"0.16.40\"|https://cdn.jsdelivr.net/npm/katex@0.16.40/dist/katex.min.js|KaTeX 0.16.40"
    "katex/katex.min.css|$KATEX_MEMBER_DIR/katex.min.css|KaTeX_AMS|https://cdn.jsdelivr.net/npm/katex@0.16.40/dist/katex.min.css|KaTeX 0.16.40 (css)"
)
# A font has no version string to check; the wheel's sha256 pins it.
SYMBOLS_FILES=(
    "material-symbols/MaterialSymbols-Rounded.woff2|streamlit/static/static/media/MaterialSymbols-Rounded.nEdyypZU.woff2|wOF2|https://cdn.jsdelivr.net/gh/streamlit/streamlit@1.67.0/frontend/app/src/assets/fonts/MaterialSymbols/MaterialSymbols-Rounded.woff2|Material Symbols Rounded (Streamlit 1.67.0)"
)
EMOJI_FILES=(
    "emoji/emoji.json|emoji/unicode_codes/emoji.json|\":rocket:\"|https://cdn.jsdelivr.net/gh/carpedm20/emoji@v2.16.0/emoji/unicode_codes/emoji.json|emoji 2.16.0 (emoji.json)"
)

sha256_of() { openssl dgst -sha256 -r "$1" | cut -d ' ' -f 1; }
sri_of() { echo "sha512-$(openssl dgst -sha512 -binary "$1" | openssl base64 -A)"; }

# Prints the path of the pinned wheel in the cache, downloading it first when it is not there (or
# not intact). Refuses a wheel whose sha256 is not the pinned one.
cached_wheel() {
    local name="$1" version="$2" expected="$3" file actual
    file="$wheel_cache/$name-$version-py3-none-any.whl"
    if [[ -f "$file" && "$(sha256_of "$file")" == "$expected" ]]; then
        echo "fetch-vendor: using the cached wheel ${file/#"$HOME"/\~}" >&2
        echo "$file"
        return
    fi
    rm -f "$file"
    mkdir -p "$wheel_cache"
    if ! python3 -m pip --version >/dev/null 2>&1; then
        echo "fetch-vendor: needs python3 with pip to download $name==$version; without it the client loads the library from its CDN" >&2
        return 1
    fi
    echo "fetch-vendor: downloading the wheel $name==$version from PyPI" >&2
    python3 -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
        --dest "$wheel_cache" "$name==$version" >&2
    if [[ ! -f "$file" ]]; then
        echo "fetch-vendor: pip reported success but left no $(basename "$file") in $wheel_cache" >&2
        return 1
    fi
    actual="$(sha256_of "$file")"
    if [[ "$actual" != "$expected" ]]; then
        rm -f "$file"
        echo "fetch-vendor: REFUSED $(basename "$file"): its sha256 is $actual, the pinned one is $expected" \
            "(deleted from the cache; if PyPI really replaced the file, check why before changing the pin)" >&2
        return 1
    fi
    echo "$file"
}

# Unpacks one wheel member into a file and checks that it holds the expected release.
extract_member() {
    local wheel="$1" member="$2" marker="$3" target="$4"
    if ! unzip -p "$wheel" "$member" > "$target" || [[ ! -s "$target" ]]; then
        echo "fetch-vendor: $(basename "$wheel") has no $member; its layout changed, update this script" >&2
        return 1
    fi
    if ! grep -qF "$marker" "$target"; then
        echo "fetch-vendor: $member in $(basename "$wheel") does not contain '$marker': not the pinned release" >&2
        return 1
    fi
}

# Installs one library folder (vega or plotly) from its wheel: the files, LICENSE and VERSION.
# $1: the folder, $2: the wheel, $3: the LICENSE preamble, $4: the wheel's dist-info license path,
# then the file entries.
install_from_wheel() {
    local dir="$1" wheel="$2" preamble="$3" license_member="$4"
    shift 4
    local staging entry vendor_path member marker url release versions=()
    staging="$work_dir/stage-$(basename "$dir")"
    rm -rf "$staging"
    mkdir -p "$staging"
    for entry in "$@"; do
        IFS='|' read -r vendor_path member marker url release <<< "$entry"
        extract_member "$wheel" "$member" "$marker" "$staging/$(basename "$vendor_path")"
        versions+=("$release")
    done
    {
        printf '%s\n\n' "$preamble"
        echo "The license of the wheel they were taken from ($(basename "$wheel"), $license_member):"
        echo
        unzip -p "$wheel" "$license_member"
    } > "$staging/LICENSE"
    local releases
    releases="$(printf '%s, ' "${versions[@]}")"
    releases="${releases%, }"
    echo "$releases from the PyPI wheel $(basename "$wheel") (sha256 $(sha256_of "$wheel"))" > "$staging/VERSION"
    rm -rf "$dir"
    mkdir -p "$(dirname "$dir")"
    mv "$staging" "$dir"
    echo "fetch-vendor: $releases: in ${dir#"$repo_root"/} (with LICENSE and VERSION)"
}

VEGA_LICENSE="Vega 6.1.2, Vega-Lite 6.3.0 and Vega-Embed 7.0.2 are distributed under the BSD 3-Clause
License, copyright University of Washington Interactive Data Lab; the full texts are each project's
LICENSE file (https://github.com/vega/vega/blob/v6.1.2/LICENSE,
https://github.com/vega/vega-lite/blob/v6.3.0/LICENSE,
https://github.com/vega/vega-embed/blob/v7.0.2/LICENSE). The wheel carries no copy of them."
PLOTLY_LICENSE="plotly.js 4.1.1 is distributed under the MIT License, copyright Plotly, Inc. (see the banner at the
top of plotly.min.js, which also lists the licenses of the libraries bundled into it)."

install_vega() {
    local wheel
    wheel="$(cached_wheel "${PANEL_WHEEL[@]}")"
    install_from_wheel "$vega_dir" "$wheel" "$VEGA_LICENSE" "panel-1.9.4.dist-info/licenses/LICENSE.txt" "${VEGA_FILES[@]}"
}

install_plotly() {
    local wheel
    wheel="$(cached_wheel "${PLOTLY_WHEEL[@]}")"
    install_from_wheel "$plotly_dir" "$wheel" "$PLOTLY_LICENSE" "plotly-7.1.0.dist-info/licenses/LICENSE.txt" "${PLOTLY_FILES[@]}"
}

KATEX_LICENSE="KaTeX 0.16.40 is distributed under the MIT License, copyright Khan Academy and other contributors;
its LICENSE file follows the wheel's own license below."
SYMBOLS_LICENSE="The Material Symbols font is distributed by Google under the Apache License 2.0
(https://github.com/google/material-design-icons/blob/master/LICENSE). It comes from the streamlit
1.67.0 wheel, itself under the Apache License 2.0 (its METADATA, below, says so; the wheel carries no
license file)."
EMOJI_LICENSE="The emoji table of the Python package emoji 2.16.0 (https://github.com/carpedm20/emoji) is
distributed under the BSD 3-Clause License; the package's license follows."

install_katex() {
    local wheel font_count
    wheel="$(cached_wheel "${KATEX_WHEEL[@]}")"
    install_from_wheel "$katex_dir" "$wheel" "$KATEX_LICENSE" "djangocms_katex-1.0.2.dist-info/licenses/LICENSE" "${KATEX_FILES[@]}"
    {
        echo
        echo "KaTeX's own LICENSE ($KATEX_MEMBER_DIR/LICENSE):"
        echo
        unzip -p "$wheel" "$KATEX_MEMBER_DIR/LICENSE"
    } >> "$katex_dir/LICENSE"
    mkdir -p "$katex_dir/fonts"
    unzip -q -j -o "$wheel" "$KATEX_MEMBER_DIR/fonts/*.woff2" -d "$katex_dir/fonts"
    font_count="$(find "$katex_dir/fonts" -name '*.woff2' | wc -l)"
    if [[ "$font_count" -lt 19 ]]; then
        echo "fetch-vendor: the KaTeX wheel gave $font_count fonts, not 19; its layout changed, update this script" >&2
        return 1
    fi
    echo "fetch-vendor: copied $font_count KaTeX fonts into ${katex_dir#"$repo_root"/}/fonts"
}

install_symbols() {
    local wheel
    wheel="$(cached_wheel "${STREAMLIT_WHEEL[@]}")"
    install_from_wheel "$symbols_dir" "$wheel" "$SYMBOLS_LICENSE" "streamlit-1.67.0.dist-info/METADATA" "${SYMBOLS_FILES[@]}"
}

install_emoji() {
    local wheel before after
    wheel="$(cached_wheel "${EMOJI_WHEEL[@]}")"
    install_from_wheel "$emoji_dir" "$wheel" "$EMOJI_LICENSE" "emoji-2.16.0.dist-info/licenses/LICENSE.txt" "${EMOJI_FILES[@]}"
    # Keep only what the client reads (client/emoji-shortcodes.js): the fully qualified emoji (status
    # 2) with their names and aliases, in the same format, compact: 530 KB becomes about 280 KB. The
    # CDN fallback serves the whole file, which the client reads the same way (and which its SRI hash
    # is for); a vendored file needs no hash.
    before="$(wc -c < "$emoji_dir/emoji.json")"
    python3 - "$emoji_dir/emoji.json" <<'PYTHON'
import json, sys
path = sys.argv[1]
with open(path, encoding="utf-8") as source:
    table = json.load(source)
kept = {
    emoji: {"en": entry["en"], "status": 2, **({"alias": entry["alias"]} if "alias" in entry else {})}
    for emoji, entry in table.items()
    if entry.get("status") == 2
}
with open(path, "w", encoding="utf-8") as target:
    json.dump(kept, target, ensure_ascii=False, separators=(",", ":"))
PYTHON
    after="$(wc -c < "$emoji_dir/emoji.json")"
    echo "fetch-vendor: kept the fully qualified emoji of emoji.json: $before bytes became $after"
    echo "emoji.json reduced to the fully qualified emoji, their names and aliases" >> "$emoji_dir/VERSION"
}

# Prints the SRI lines of one wheel's CDN files. $1-$3: the wheel (name, version, sha256), then the
# file entries. Counts into $chart_same and $chart_total.
print_wheel_integrity() {
    local wheel entry vendor_path member marker url release file hash
    wheel="$(cached_wheel "$1" "$2" "$3")"
    shift 3
    for entry in "$@"; do
        IFS='|' read -r vendor_path member marker url release <<< "$entry"
        file="$work_dir/$(basename "$vendor_path")"
        extract_member "$wheel" "$member" "$marker" "$file"
        hash="$(sri_of "$file")"
        chart_total=$((chart_total + 1))
        if ! grep -qF "\"$url\"" "$integrity_table"; then
            echo "fetch-vendor: vendor-integrity.js does not list $url" >&2
        fi
        if grep -qF "\"$hash\"" "$integrity_table"; then
            chart_same=$((chart_same + 1))
            echo "  \"$url\": \"$hash\","
        else
            echo "  \"$url\": \"$hash\", // differs from the table"
        fi
    done
}

print_chart_integrity() {
    chart_same=0
    chart_total=0
    echo "// sha512 of the chart libraries' files, from the pinned wheels (equal to the CDN's only if the"
    echo "// wheel ships npm's bytes unchanged):"
    print_wheel_integrity "${PANEL_WHEEL[@]}" "${VEGA_FILES[@]}"
    print_wheel_integrity "${PLOTLY_WHEEL[@]}" "${PLOTLY_FILES[@]}"
    echo "// KaTeX, the icon font and the emoji table, from their pinned wheels:"
    print_wheel_integrity "${KATEX_WHEEL[@]}" "${KATEX_FILES[@]}"
    print_wheel_integrity "${STREAMLIT_WHEEL[@]}" "${SYMBOLS_FILES[@]}"
    print_wheel_integrity "${EMOJI_WHEEL[@]}" "${EMOJI_FILES[@]}"
    echo "fetch-vendor: $chart_same of $chart_total chart hashes equal the table in ${integrity_table#"$repo_root"/}" >&2
}

# ---- What to do ------------------------------------------------------------------------------------

if [[ "$mode" == print-integrity ]]; then
    unpack_prism_deb
    print_prism_integrity
    print_chart_integrity
    exit 0
fi

fetch_prism() {
    unpack_prism_deb
    install_prism
}

# Runs one library's step with errexit in force (a function called from `if` or `||` would run
# without it), and notes a failure without stopping the other libraries: the client loads a missing
# one from its CDN.
status=0
run_step() {
    set +e
    (
        set -e
        "$@"
    )
    local step_status=$?
    set -e
    if [[ $step_status -ne 0 ]]; then status=1; fi
}

# Runs the step named `$3` unless --force is off and every file after it is already in `$2`.
fetch_unless_present() {
    local name="$1" dir="$2" step="$3" file
    shift 3
    if [[ "$force" == false ]]; then
        local present=true
        for file in "$@"; do [[ -f "$dir/$file" ]] || present=false; done
        if [[ "$present" == true ]]; then
            echo "fetch-vendor: $name is already in ${dir#"$repo_root"/} (use --force to refresh)"
            return 0
        fi
    fi
    run_step "$step"
}

fetch_unless_present Prism "$prism_dir" fetch_prism components/prism-core.min.js LICENSE
fetch_unless_present Vega "$vega_dir" install_vega vega-embed.min.js LICENSE
fetch_unless_present Plotly "$plotly_dir" install_plotly plotly.min.js LICENSE
fetch_unless_present KaTeX "$katex_dir" install_katex katex.min.js fonts/KaTeX_Main-Regular.woff2 LICENSE
fetch_unless_present "the icon font" "$symbols_dir" install_symbols MaterialSymbols-Rounded.woff2 LICENSE
fetch_unless_present "the emoji table" "$emoji_dir" install_emoji emoji.json LICENSE
exit "$status"
