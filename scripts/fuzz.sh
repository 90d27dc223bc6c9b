#!/usr/bin/env bash
# Coverage-guided fuzzing (libFuzzer) of the client-message decoder and the Markdown sanitiser:
#   scripts/fuzz.sh [--runs N | --seconds S] [--update-corpus] [--asan]
#                   [client-message|markdown|all] [-- FLAGS...]
# Builds each target with `swiftc -sanitize=fuzzer` (no SwiftPM) into .build-fuzz/, compiling under
# /tmp/swiftlit-build.lock because only one compile may run at a time on the 2-core machine. Then
# fuzzes a scratch copy of Fuzz/corpus/<target>/ with Fuzz/dict/<target>.dict and prints, per target:
# inputs executed, execs/s, crashes and the coverage gained. What each target checks: Fuzz/README.md.
#   --runs N          stop each target after N inputs
#   --seconds S       stop each target after S seconds (default: 25, the quick CI pass)
#   --update-corpus   afterwards, add the inputs that found new coverage to Fuzz/corpus/<target>/
#                     (libFuzzer -merge=1: only what the committed corpus does not already cover)
#   --asan            build with AddressSanitizer too (about half the speed; sees double frees and
#                     bad frees in libcmark-gfm's memory, which plain fuzzing cannot)
#   -- FLAGS...       passed to libFuzzer as they are (e.g. -- -max_len=65536 -use_value_profile=1)
# Exit status 1 when a target crashed or broke a property: the input is kept under
# .build-fuzz/artifacts/<target>/ and its path printed. Environment: SWIFTC (default: the toolchain in
# /opt/swift, else swiftc on PATH).
set -euo pipefail
shopt -s inherit_errexit
SCRIPT=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
cd "$(dirname "$SCRIPT")/.."
OUT=$PWD/.build-fuzz
LOCK=/tmp/swiftlit-build.lock
if [ -z "${SWIFTC:-}" ]; then
  if [ -x /opt/swift/usr/bin/swiftc ]; then SWIFTC=/opt/swift/usr/bin/swiftc; else SWIFTC=swiftc; fi
fi

limit=(-max_total_time=25)
update_corpus=0
asan=0
target=all
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) limit=(-runs="${2:?--runs needs a number}"); shift ;;
    --seconds) limit=(-max_total_time="${2:?--seconds needs a number}"); shift ;;
    --update-corpus) update_corpus=1 ;;
    --asan) asan=1 ;;
    client-message|markdown|all) target=$1 ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$SCRIPT"; exit 0 ;;
    *) echo "fuzz: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if [ "$target" = all ]; then targets=(client-message markdown); else targets=("$target"); fi

# The sources of one target: the module under test compiled into the fuzzer's own module (so the
# harness calls its internal API directly), the shared helper and the target's harness.
sources_of() {
  case "$1" in
    client-message) find Sources/SwiftlitProtocol Fuzz/Shared Fuzz/ClientMessage -name '*.swift' | sort ;;
    markdown) find Sources/SwiftlitMarkdown Fuzz/Shared Fuzz/Markdown -name '*.swift' | sort ;;
  esac
}

# Builds .build-fuzz/bin/<target> unless it is newer than every source and this script; prints its path.
build() {
  local name=$1 bin sanitizers=fuzzer
  local -a sources flags=()
  bin=$OUT/bin/$name
  if [ "$asan" = 1 ]; then bin+=-asan; sanitizers=fuzzer,address; fi
  mapfile -t sources < <(sources_of "$name")
  [ "$name" = markdown ] && flags=(-I Sources/CCmarkGFM -lcmark-gfm -lcmark-gfm-extensions)
  if [ -x "$bin" ] && [ -z "$(find "${sources[@]}" "$SCRIPT" -newer "$bin" | head -1)" ]; then
    echo "$bin"
    return
  fi
  mkdir -p "$OUT/bin" "$OUT/module-cache"
  echo "fuzz: building $name (waiting for $LOCK)" >&2
  # Same language settings as Package.swift, so the fuzzed code is the code the package builds.
  flock "$LOCK" "$SWIFTC" -sanitize="$sanitizers" -parse-as-library -O -g -swift-version 6 \
    -enable-upcoming-feature ExistentialAny -enable-upcoming-feature InternalImportsByDefault \
    -module-name "Fuzz_${name//-/_}" -module-cache-path "$OUT/module-cache" \
    "${flags[@]}" "${sources[@]}" -o "$bin.partial" 2>&1 \
    | { grep -v 'Cannot export local symbol' || true; } >&2 || return 1  # gold's noise with --asan
  mv "$bin.partial" "$bin"
  echo "$bin"
}

# The last value of a `stat::NAME: value` line libFuzzer prints with -print_final_stats=1.
final_stat() { sed -n "s/^stat::$1: *//p" "$2" | tail -1; }
# A field (cov, ft, corp) of the last status line matching PATTERN.
status_field() { grep -E "$1" "$3" | grep -oE "$2: [^ ]+" | tail -1 | cut -d' ' -f2 || true; }

failed=0
for name in "${targets[@]}"; do
  bin=$(build "$name")
  work=$OUT/work/$name
  artifacts=$OUT/artifacts/$name
  rm -rf "$work"
  mkdir -p "$work/corpus" "$artifacts"
  # Fuzz a copy: libFuzzer writes every input that finds new coverage into its corpus folder, and
  # the committed corpus should only grow through --update-corpus (a minimising merge).
  cp Fuzz/corpus/"$name"/* "$work/corpus/"
  touch "$work/started"
  log=$work/fuzz.log
  start=$(date +%s%N)
  status=0
  # Swift's own crash handler would kill the process before libFuzzer saves the input; value
  # profiling turns the comparisons in the instrumented Swift code into guidance, which matters
  # because Foundation's JSON parser and libcmark-gfm are not instrumented (Fuzz/findings/: an
  # offset + count overflow was found within 600,000 inputs with it, not in 13 million without).
  SWIFT_BACKTRACE=enable=no "$bin" -dict="Fuzz/dict/$name.dict" -use_value_profile=1 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" -timeout=10 -rss_limit_mb=2048 "${limit[@]}" "${extra[@]}" "$work/corpus" \
    >"$log" 2>&1 || status=$?
  wall_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  mapfile -t found < <(find "$artifacts" -type f -newer "$work/started" \
    \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | sort)
  inputs=$(final_stat number_of_executed_units "$log")
  # libFuzzer's own average rounds short runs down to whole seconds; this one counts milliseconds.
  speed=$(( ${inputs:-0} * 1000 / (wall_ms > 0 ? wall_ms : 1) ))
  ft_start=$(status_field 'INITED' ft "$log")
  ft_end=$(status_field ' ft: ' ft "$log")
  cov=$(status_field ' cov: ' cov "$log")
  corp=$(status_field ' corp: ' corp "$log")
  added=$(final_stat new_units_added "$log")
  printf '%s: %s inputs in %d.%d s (%s execs/s), crashes: %d, cov: %s, ft: %s (+%s new features), corpus: %s (%s new inputs)\n' \
    "$name" "${inputs:-0}" $((wall_ms / 1000)) $((wall_ms % 1000 / 100)) "$speed" \
    "${#found[@]}" "${cov:--}" "${ft_end:--}" "$(( ${ft_end:-0} - ${ft_start:-0} ))" \
    "${corp:--}" "${added:-0}"
  if [ "$status" != 0 ] || [ "${#found[@]}" != 0 ]; then
    failed=1
    echo "  FAILED (libFuzzer exit status $status); log: $log"
    grep -m1 -E 'fuzz property violated|Fatal error|ERROR: libFuzzer|ERROR: AddressSanitizer|ERROR: LeakSanitizer' "$log" \
      | sed 's/^/  /' || true
    for input in "${found[@]}"; do
      echo "  input kept: $input"
      echo "  reproduce:  SWIFT_BACKTRACE=enable=no $bin $input"
    done
  fi
  if [ "$update_corpus" = 1 ]; then
    SWIFT_BACKTRACE=enable=no "$bin" -merge=1 -use_value_profile=1 "Fuzz/corpus/$name" "$work/corpus" \
      >"$work/merge.log" 2>&1
    echo "  corpus: $(find "Fuzz/corpus/$name" -type f | wc -l) files, $(du -sh --apparent-size "Fuzz/corpus/$name" | cut -f1) in Fuzz/corpus/$name/"
  fi
done
exit "$failed"
