#!/usr/bin/env bash
# Side-by-side benchmark of Swiftlit against Streamlit 1.67, one command:
#   scripts/bench-compare.sh [--quick] [--no-build] [--report bench-results/RUN]
# Builds the release bench apps, sets up Streamlit in .venv-bench/ if missing, then runs every scenario
# for both frameworks, alternating them (Streamlit, then Swiftlit), each server pinned to CPU 0 and each
# client to CPU 1. The Streamlit side is the shared harness (../shared/bench-streamlit/bench.py, run from
# a copy under bench-results/), unchanged; the Swiftlit side is Benchmarks/compare/swiftlit_bench.py.
# Then both hello apps in real headless Chromium (the shared ../shared/bench-browser/latency.py, run the
# same way for both): key press → new text in the DOM, and page load → content.
# Prints the Markdown tables (Benchmarks/compare/compare.py, browser_table.py) and writes them, with the
# date, the machine and the versions, to docs/benchmarks.md. Raw JSON lines and server logs:
# bench-results/<run>/.
#   --quick     smoke run (few reruns, 10 s load steps): a few minutes
#   (default)   full run: well under an hour on a 2-core machine
#   --no-build  use the existing .build/release/swiftlit-bench-apps
#   --report D  measure nothing: rewrite docs/benchmarks.md from the run in folder D
# Environment: STREAMLIT_HARNESS_SRC (default ../shared/bench-streamlit), BROWSER_HARNESS_SRC (default
# ../shared/bench-browser), SWIFTLIT_BIN (default .build/release/swiftlit-bench-apps).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
mode=full
build=1
report_only=
for arg in "$@"; do
  [ "$report_only" = next ] && { report_only=$arg; continue; }
  case "$arg" in
    --quick) mode=quick ;;
    --no-build) build=0 ;;
    --report) report_only=next ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "bench-compare: unknown option $arg" >&2; exit 2 ;;
  esac
done
[ "$report_only" = next ] && { echo "bench-compare: --report needs a folder" >&2; exit 2; }

HARNESS_SRC=${STREAMLIT_HARNESS_SRC:-$ROOT/../shared/bench-streamlit}
BROWSER_SRC=${BROWSER_HARNESS_SRC:-$ROOT/../shared/bench-browser}
SWIFTLIT_BIN=${SWIFTLIT_BIN:-$ROOT/.build/release/swiftlit-bench-apps}
VENV=$ROOT/.venv-bench
PY=$VENV/bin/python

# docs/benchmarks.md from the run in $OUT (its meta.env has mode, elapsed, failures, DURATION, QW).
write_report() {
  # shellcheck disable=SC1091
  . "$OUT/meta.env"
  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
  mem=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)
  os=$( (. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME") || echo unknown)
  swiftv=$(swift --version 2>/dev/null | head -1 || echo unknown)
  stv=$("$PY" -c 'import streamlit; print(streamlit.__version__)')
  pyv=$("$PY" -c 'import sys; print(sys.version.split()[0])')
  rev=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
  dirty=$(git status --porcelain 2>/dev/null | grep -qv '^??' && echo " (with uncommitted changes)" || true)
  table=$("$PY" "$ROOT/Benchmarks/compare/compare.py" --streamlit "$STJ" --swiftlit "$SWJ" --duration "$DURATION")
  browser_table=
  if [ -s "$OUT/browser.jsonl" ]; then
    browser_table=$(BROWSER_HARNESS=$OUT/browser-harness "$PY" "$ROOT/Benchmarks/compare/browser_table.py" "$OUT/browser.jsonl")
  fi

  {
    echo "# Benchmarks: Swiftlit vs Streamlit"
    echo
    echo "Written by \`scripts/bench-compare.sh$( [ "$mode" = quick ] && echo ' --quick')\` on $(date -u -r "$OUT/meta.env" '+%Y-%m-%d %H:%M UTC')"
    echo "($mode run: measuring took $((elapsed / 60)) min $((elapsed % 60)) s; $failures failed step(s)). Raw data:"
    echo "\`bench-results/$(basename "$OUT")/\` (git-ignored). A 10,000,000-row st.dataframe:"
    echo "[benchmarks-dataframe.md](benchmarks-dataframe.md) (\`scripts/bench-dataframe.sh\`)."
    echo
    echo "- Machine: $cpu, $(nproc) cores, $mem RAM; $os; kernel $(uname -srm)"
    echo "- Versions: $swiftv; Swiftlit $rev$dirty; Streamlit $stv (Python $pyv)"
    echo "- Method: each scenario runs for Streamlit, then for Swiftlit, each with a fresh server pinned to"
    echo "  CPU 0 and its client pinned to CPU 1, after waiting (up to ${QW} s) for the rest of the machine to go"
    echo "  quiet. Streamlit: the shared harness \`bench.py\`, unchanged, default configuration. Swiftlit:"
    echo "  \`Benchmarks/compare/swiftlit_bench.py\`, which imports that harness's statistics, quiet-wait and"
    echo "  noise code and repeats its scenarios step by step over Swiftlit's JSON protocol. Latency = request"
    echo "  sent → end of run received; bytes = WebSocket payload bytes received per run. Ratio = Swiftlit /"
    echo "  Streamlit, so lower is better for Swiftlit everywhere except reruns/s."
    echo
    echo "$table"
    if [ -n "$browser_table" ]; then
      echo
      echo "## In a real browser"
      echo
      echo "Both hello apps in headless Chromium, with the shared harness \`../shared/bench-browser/latency.py\`"
      echo "run the same way for both: server pinned to CPU 0, browser to CPU 1; a trial is one arrow key"
      echo "on the slider (trusted input through the DevTools protocol) until the text \"n squared is N\""
      echo "changes in the DOM, by the page's own clock; a load is about:blank → the URL until that text shows"
      echo "(warm: HTTP cache on; no cache: the cache disabled). \`bench-results/$(basename "$OUT")/browser.jsonl\`"
      echo "holds every trial, with the Navigation Timing of each load."
      echo
      echo "$browser_table"
    fi
  } > "$ROOT/docs/benchmarks.md"
  echo
  echo "$table"
  [ -z "$browser_table" ] || { echo; echo "$browser_table"; }
  echo
  echo "== $mode run took $((elapsed / 60)) min $((elapsed % 60)) s, $failures failed step(s); written docs/benchmarks.md; raw: $OUT"
}

if [ -n "$report_only" ]; then
  OUT=$(cd "$report_only" && pwd)
  STJ=$OUT/streamlit.jsonl
  SWJ=$OUT/swiftlit.jsonl
  write_report
  exit 0
fi
[ -f "$HARNESS_SRC/bench.py" ] || { echo "bench-compare: no Streamlit harness at $HARNESS_SRC" >&2; exit 1; }
if [ "$build" = 1 ]; then
  echo "== building swiftlit-bench-apps (release)"
  swift build -c release --product swiftlit-bench-apps
fi
[ -x "$SWIFTLIT_BIN" ] || { echo "bench-compare: no binary $SWIFTLIT_BIN" >&2; exit 1; }
if ! "$PY" -c 'import streamlit, websockets, psutil' 2>/dev/null; then
  echo "== setting up Streamlit in $VENV"
  python3 -m venv "$VENV"
  "$PY" -m pip install -q -r "$HARNESS_SRC/requirements.lock.txt"
fi
# The browser harness's one extra need, at the version its README names.
"$PY" -c 'import selenium' 2>/dev/null || "$PY" -m pip install -q selenium==4.51.0

OUT=$ROOT/bench-results/$(date +%Y%m%d-%H%M%S)-$mode
mkdir -p "$OUT"
# The harness writes its server logs under its own folder: run a private, writable copy of it.
cp -r "$HARNESS_SRC" "$OUT/streamlit-harness"
chmod -R u+w "$OUT/streamlit-harness"
rm -rf "$OUT/streamlit-harness/.venv" "$OUT/streamlit-harness/results/logs"
export STREAMLIT_HARNESS=$OUT/streamlit-harness   # swiftlit_bench.py imports bench.py's helpers from here
cp -r "$BROWSER_SRC" "$OUT/browser-harness"
chmod -R u+w "$OUT/browser-harness"
rm -rf "$OUT/browser-harness/results"
# Measure a copy of the binary, so that a rebuild during the run cannot mix two builds in one table.
cp -p "$SWIFTLIT_BIN" "$OUT/$(basename "$SWIFTLIT_BIN")"
export SWIFTLIT_BIN_LABEL=${SWIFTLIT_BIN#"$ROOT"/}
SWIFTLIT_BIN=$OUT/$(basename "$SWIFTLIT_BIN")
ulimit -Sn "$(ulimit -Hn)" 2>/dev/null || true   # 5,000 sessions need >10,000 descriptors in all

STJ=$OUT/streamlit.jsonl
SWJ=$OUT/swiftlit.jsonl
LOG=$OUT/run.log
if [ "$mode" = quick ]; then QW=10; else QW=45; fi
ST=("$PY" "$OUT/streamlit-harness/bench.py")
SW=("$PY" "$ROOT/Benchmarks/compare/swiftlit_bench.py")
SWOPT=(--binary "$SWIFTLIT_BIN" --log-dir "$OUT/swiftlit-logs")
failures=0
BR=("$PY" "$OUT/browser-harness/latency.py")
BROPT=(--server-cpus 0 --browser-cpus 1 --focus-role slider --focus-name n --key 'ArrowRight*40,ArrowLeft*40'
  --expect 'n squared is \d+' --quiet-wait "$QW" --results "$OUT/browser.jsonl")

# One measurement; a failing one is logged and the run goes on (the table then shows "–").
st() { step streamlit "${ST[@]}" "$1" --json "$STJ" --quiet-wait "$QW" "${@:2}"; }
sw() { step swiftlit "${SW[@]}" "$1" "${SWOPT[@]}" --json "$SWJ" --quiet-wait "$QW" "${@:2}"; }
# Real Chromium, hello: key press → DOM and page loads; $1 = the harness's counts for this mode.
browser() {
  step streamlit "${BR[@]}" --label streamlit "${BROPT[@]}" "$@" \
    --server-cmd "$PY -m streamlit run hello.py --server.address 127.0.0.1 --server.port {port} --server.headless true --browser.gatherUsageStats false" \
    --server-cwd "$OUT/streamlit-harness" --ready-url 'http://127.0.0.1:{port}/_stcore/health' \
    --target '[data-testid="stMarkdown"]' --idle-selector '[data-test-script-state="notRunning"]'
  step swiftlit "${BR[@]}" --label swiftlit "${BROPT[@]}" "$@" \
    --server-cmd "$SWIFTLIT_BIN hello --server.address 127.0.0.1 --server.port {port}" \
    --ready-url 'http://127.0.0.1:{port}/_stcore/health' \
    --target '[data-testid="st-markdown"]' --idle-selector '[data-run-state="idle"]'
}
step() {
  local who=$1; shift
  local t0; t0=$(date +%s)
  echo "-- $(date +%H:%M:%S) $who: ${*:3}" | sed "s#$ROOT/##g" | tee -a "$LOG"
  if timeout 1200 "$@" 2>&1 | tee -a "$LOG"; then
    echo "   ($(( $(date +%s) - t0 )) s)" | tee -a "$LOG"
  else
    echo "   FAILED ($who: ${*:3})" | tee -a "$LOG"
    failures=$((failures + 1))
  fi
}

echo "== $mode run -> $OUT"
start_s=$(date +%s)
if [ "$mode" = quick ]; then
  st coldstart  --app hello.py     --trials 2
  sw coldstart  --app hello        --trials 2
  st coldstart  --app dashboard.py --trials 1
  sw coldstart  --app dashboard    --trials 1
  st rerun      --app hello.py     --widget n --values 11,12 --count 50 --ttfr-sessions 5
  sw rerun      --app hello        --values 11,12 --count 50 --ttfr-sessions 5
  st rerun      --app dashboard.py --widget threshold --values 40,45,50,55,60 --count 30 --ttfr-sessions 5
  sw rerun      --app dashboard    --values 40,45,50,55,60 --count 30 --ttfr-sessions 5
  st chat       --app chat.py      --count 10
  sw chat       --app chat         --count 10
  for n in 10 200; do
    st concurrent --app hello.py --widget n --values 11,12 --sessions "$n" --duration 10
    sw concurrent --app hello    --values 11,12 --sessions "$n" --duration 10
  done
  sw concurrent --app hello --values 11,12 --sessions 5000 --duration 10 --connect-timeout 60
  st concurrent --app dashboard.py --widget threshold --values 40,45,50,55,60 --sessions 10 --duration 10
  sw concurrent --app dashboard    --values 40,45,50,55,60 --sessions 10 --duration 10
  browser --repeats 1 -n 40 --warmup 5 --loads 5
  DURATION=10
else
  st coldstart  --app hello.py     --trials 5
  sw coldstart  --app hello        --trials 5
  st coldstart  --app dashboard.py --trials 3
  sw coldstart  --app dashboard    --trials 3
  st rerun      --app hello.py     --widget n --values 11,12 --count 200
  sw rerun      --app hello        --values 11,12 --count 200
  st rerun      --app dashboard.py --widget threshold --values 40,45,50,55,60 --count 200
  sw rerun      --app dashboard    --values 40,45,50,55,60 --count 200
  st rerun      --app dashboard.py --widget threshold --values 40,60 --count 100 --ttfr-sessions 0
  sw rerun      --app dashboard    --values 40,60 --count 100 --ttfr-sessions 0
  st chat       --app chat.py      --count 30
  sw chat       --app chat         --count 30
  for n in 10 50 200; do
    st concurrent --app hello.py --widget n --values 11,12 --sessions "$n" --duration 30
    sw concurrent --app hello    --values 11,12 --sessions "$n" --duration 30
  done
  # Streamlit is not measured beyond 200 sessions (it saturates one core at ~33 reruns/s).
  sw concurrent --app hello --values 11,12 --sessions 1000 --duration 30 --connect-timeout 60
  sw concurrent --app hello --values 11,12 --sessions 5000 --duration 30 --connect-timeout 60
  for n in 10 50; do
    st concurrent --app dashboard.py --widget threshold --values 40,45,50,55,60 --sessions "$n" --duration 30
    sw concurrent --app dashboard    --values 40,45,50,55,60 --sessions "$n" --duration 30
  done
  sw concurrent --app dashboard --values 40,45,50,55,60 --sessions 200 --duration 30
  browser --repeats 3 -n 100 --warmup 10 --loads 10
  DURATION=30
fi

elapsed=$(( $(date +%s) - start_s ))
rm -f "$SWIFTLIT_BIN"   # the copy (tens of MB); the records keep its build time and size
printf 'mode=%s\nelapsed=%s\nfailures=%s\nDURATION=%s\nQW=%s\n' "$mode" "$elapsed" "$failures" "$DURATION" "$QW" > "$OUT/meta.env"
write_report
