#!/usr/bin/env bash
# st.dataframe of a 10,000,000 × 6 table: Swiftlit against Streamlit 1.67, one command:
#   scripts/bench-dataframe.sh [--quick] [--no-build] [--report bench-results/RUN]
# Builds the release bench apps, sets up Streamlit (and Selenium) in .venv-bench/ if missing, then runs
# Benchmarks/dataframe/bench_dataframe.py for Streamlit (its default, which loads rows lazily above
# 150,000 rows), Streamlit with lazy=False (the whole table shipped as Arrow) and Swiftlit: in headless
# Chromium (first rows, scroll to the end, one-screen scrolls, sort) and with protocol clients (server
# memory per session). Servers are pinned to CPU 0, the browser and clients to CPU 1. Prints one Markdown
# table and writes it, with the date, the machine and the versions, to docs/benchmarks-dataframe.md.
# Raw JSON lines and server logs: bench-results/<run>/.
#   --quick     2 page loads per framework, 5 one-screen scrolls each (rows stay 10M): ~15 min
#   (default)   5 page loads, 20 scrolls each
#   Memory: N = 5 sessions for Streamlit (each ships or holds ~0.5 GB), 5 and 50 for Swiftlit.
#   --no-build  use the existing .build/release/swiftlit-bench-apps
#   --report D  measure nothing: rewrite docs/benchmarks-dataframe.md from the run in folder D
# Environment: SWIFTLIT_BIN (default .build/release/swiftlit-bench-apps), STREAMLIT_HARNESS_SRC (default
# ../shared/bench-streamlit: its requirements and protocol client), CHROMIUM, CHROMEDRIVER.
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
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "bench-dataframe: unknown option $arg" >&2; exit 2 ;;
  esac
done
[ "$report_only" = next ] && { echo "bench-dataframe: --report needs a folder" >&2; exit 2; }

HARNESS_SRC=${STREAMLIT_HARNESS_SRC:-$ROOT/../shared/bench-streamlit}
SWIFTLIT_BIN=${SWIFTLIT_BIN:-$ROOT/.build/release/swiftlit-bench-apps}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
VENV=$ROOT/.venv-bench
PY=$VENV/bin/python
BENCH=$ROOT/Benchmarks/dataframe/bench_dataframe.py
DOC=$ROOT/docs/benchmarks-dataframe.md

write_report() {
  # shellcheck disable=SC1091
  . "$OUT/meta.env"
  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
  mem=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)
  os=$( (. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME") || echo unknown)
  swiftv=$(swift --version 2>/dev/null | head -1 || echo unknown)
  stv=$("$PY" -c 'import streamlit; print(streamlit.__version__)')
  pyv=$("$PY" -c 'import sys; print(sys.version.split()[0])')
  chromiumv=$("$CHROMIUM" --version 2>/dev/null | head -1 || echo unknown)
  table=$("$PY" "$BENCH" report "$OUT/results.jsonl")
  {
    echo "# Benchmark: st.dataframe of 10,000,000 × 6"
    echo
    echo "Written by \`scripts/bench-dataframe.sh$( [ "$mode" = quick ] && echo ' --quick')\` on $(date -u -r "$OUT/meta.env" '+%Y-%m-%d %H:%M UTC')"
    echo "($mode run: measuring took $((elapsed / 60)) min $((elapsed % 60)) s; $failures failed step(s)). Raw data:"
    echo "\`bench-results/$(basename "$OUT")/\` (git-ignored). Other benchmarks: [benchmarks.md](benchmarks.md)."
    echo
    echo "- Machine: $cpu, $(nproc) cores, $mem RAM; $os; kernel $(uname -srm)"
    echo "- Versions: $swiftv; Swiftlit $rev$dirty; Streamlit $stv (Python $pyv); $chromiumv"
    echo "- Data: an integer \`id\` and five number columns, cell (i, k) = ((i × M_k) mod 1,000,003) / 1000,"
    echo "  built once per server process and shared by its sessions: \`Benchmarks/dataframe/streamlit_bigtable.py\`"
    echo "  (\`@st.cache_data\`, \`st.dataframe(df, height=600)\`) and the \`bigtable\` app of \`swiftlit-bench-apps\`"
    echo "  (\`Benchmarks/BenchApps/BigTableApp.swift\`, \`st.dataframe(table, height: 600)\`)."
    echo "- Streamlit 1.67 loads a table of more than 150,000 rows lazily by default (the first rows with the"
    echo "  page, the others fetched as they scroll into view, sorting on the server): that is the first"
    echo "  column. The second is the same app with \`lazy=False\`, which ships the whole table as Arrow with"
    echo "  the page. Both run with \`--server.maxMessageSize 2000\` (the eager table is ~480 MB); otherwise"
    echo "  both frameworks run with their defaults."
    echo "- Method: \`Benchmarks/dataframe/bench_dataframe.py\` (its docstring has the details). A fresh server"
    echo "  per framework, pinned to CPU 0; headless Chromium, chromedriver and the harness pinned to CPU 1;"
    echo "  window 1280×900. Times come from the page's clock. Rows count as drawn when the grid's"
    echo "  accessibility tree ([role=row][aria-rowindex], [role=gridcell]) shows them with the values the"
    echo "  generator gives their ids; for Streamlit's canvas grid, whose tree follows the canvas ~200 ms late,"
    echo "  the time is the last frame its pixels changed before that; for Swiftlit's DOM grid, the frame after"
    echo "  the DOM change. First rows: navigation start → rows 0–4 drawn, on fresh page loads ($loads warm"
    echo "  loads after the cold first one). Scroll to the end: the scroller's scrollTop set to its maximum →"
    echo "  the last row drawn. One-screen scrolls ($screens per load): from the middle of the scroll range,"
    echo "  scrollTop += clientHeight → every row in the grid drawn. Sort: a click on column a's header"
    echo "  (Streamlit opens its column menu there; its \"Sort ascending\" click is the one timed) → the first 10"
    echo "  rows show the 10 smallest values of a. Bytes: WebSocket message payloads received by the page."
    echo "  Memory: protocol clients (the shared harness's \`bench.Session\` for Streamlit, without its message"
    echo "  cache, as a new tab has none; \`Benchmarks/compare/swiftlit_bench.Session\` for Swiftlit): the app"
    echo "  runs once, then N sessions open one after another, each running the app once and staying"
    echo "  connected; per session = (RSS with them − RSS before) / N."
    echo
    echo "$table"
  } > "$DOC"
  echo
  echo "$table"
  echo
  echo "== $mode run took $((elapsed / 60)) min $((elapsed % 60)) s, $failures failed step(s); written docs/benchmarks-dataframe.md; raw: $OUT"
}

if [ -n "$report_only" ]; then
  OUT=$(cd "$report_only" && pwd)
  write_report
  exit 0
fi
[ -f "$HARNESS_SRC/bench.py" ] || { echo "bench-dataframe: no Streamlit harness at $HARNESS_SRC" >&2; exit 1; }
if [ "$build" = 1 ]; then
  echo "== building swiftlit-bench-apps (release)"
  flock /tmp/swiftlit-build.lock swift build -c release --product swiftlit-bench-apps
fi
[ -x "$SWIFTLIT_BIN" ] || { echo "bench-dataframe: no binary $SWIFTLIT_BIN" >&2; exit 1; }
if ! "$PY" -c 'import streamlit, websockets, psutil, numpy, selenium' 2>/dev/null; then
  echo "== setting up Streamlit and Selenium in $VENV"
  python3 -m venv "$VENV"
  "$PY" -m pip install -q -r "$HARNESS_SRC/requirements.lock.txt" selenium==4.51.0
fi

OUT=$ROOT/bench-results/$(date +%Y%m%d-%H%M%S)-dataframe-$mode
mkdir -p "$OUT"
# Measure a copy of the binary, so that a rebuild during the run cannot mix two builds in one table.
cp -p "$SWIFTLIT_BIN" "$OUT/swiftlit-bench-apps"
export STREAMLIT_HARNESS=$HARNESS_SRC
rev=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git status --porcelain 2>/dev/null | grep -qv '^??' && echo " (with uncommitted changes)" || true)
if [ "$mode" = quick ]; then loads=2; screens=5; QW=10; else loads=5; screens=20; QW=45; fi
LOG=$OUT/run.log
failures=0
COMMON=(--json "$OUT/results.jsonl" --log-dir "$OUT/logs" --binary "$OUT/swiftlit-bench-apps" --quiet-wait "$QW")
BROWSER=(--repeats "$loads" --screens "$screens" --chromium "$CHROMIUM" --chromedriver "$CHROMEDRIVER")

step() {
  local t0; t0=$(date +%s)
  echo "-- $(date +%H:%M:%S) $*" | tee -a "$LOG"
  if timeout 3600 "$PY" "$BENCH" "$@" "${COMMON[@]}" >> "$LOG" 2>&1; then
    echo "   ($(( $(date +%s) - t0 )) s)" | tee -a "$LOG"
  else
    echo "   FAILED ($*; see $LOG)" | tee -a "$LOG"
    failures=$((failures + 1))
  fi
}

echo "== $mode run -> $OUT"
start_s=$(date +%s)
for fw in streamlit streamlit-eager swiftlit; do
  # Swiftlit's sort, where the grid has one, answers in well under a minute.
  # Streamlit with lazy=False sorts in the browser, in the click's handler: bounded at 5 (quick) or 10 min.
  if [ "$fw" = swiftlit ]; then sort_timeout=60; elif [ "$mode" = quick ]; then sort_timeout=300; else sort_timeout=600; fi
  step browser --framework "$fw" "${BROWSER[@]}" --sort-timeout "$sort_timeout"
done
step memory --framework streamlit --sessions 5
step memory --framework streamlit-eager --sessions 5
step memory --framework swiftlit --sessions 5,50
elapsed=$(( $(date +%s) - start_s ))
rm -f "$OUT/swiftlit-bench-apps"
printf 'mode=%s\nelapsed=%s\nfailures=%s\nloads=%s\nscreens=%s\nrev=%s\ndirty="%s"\n' \
  "$mode" "$elapsed" "$failures" "$loads" "$screens" "$rev" "$dirty" > "$OUT/meta.env"
write_report
