#!/usr/bin/env python3
"""st.dataframe of 10,000,000 x 6 in Streamlit 1.67 and in Swiftlit: a real browser, and protocol clients.

The same table on both sides (Benchmarks/dataframe/streamlit_bigtable.py; the `bigtable` app of
swiftlit-bench-apps): an integer `id` and five number columns, cell (i, k) = ((i * M_k) % 1,000,003) / 1000.

  browser  one fresh server (pinned to --server-cpus) and one headless Chromium (this process, chromedriver
           and Chromium pinned to --browser-cpus). The first page load after the server starts is the cold
           one; then --repeats fresh page loads (about:blank -> URL), each measuring in turn:
             * first rows: navigation start -> rows 0..4 shown with their values (and the next frame);
               WebSocket bytes received by then and once the page has settled;
             * scroll to the end: the grid's scroller set to its largest scrollTop -> last row shown;
             * bytes per scroll: from the middle of the scroll range (row 5,000,000 where the grid can reach
               it; scrolled there first, not measured), --screens one-screen scrolls
               down (scrollTop += clientHeight), each until every row in the grid shows its values and no
               WebSocket message has come for 0.5 s: bytes received and time to rows shown;
             * sort: back at the top, a click on column `a`'s header (Streamlit opens its column menu
               there: the click on "Sort ascending" is the one timed) -> the first 10 rows show the 10
               smallest `a` values, each row's other cells still its own.
           Times come from the page's clock (performance.now()); "frame" is the frame after the change
           (one requestAnimationFrame, then one MessageChannel hop, as the shared latency.py does).
           Rows are read from the grid's accessibility tree ([role=row][aria-rowindex], [role=gridcell]):
           see page_probe.js. WebSocket bytes are counted in the page (payload sizes of every message
           event): CDP's Network.webSocketFrameReceived would carry Streamlit's 480 MB frame through
           chromedriver's log.
  memory   one fresh server; one protocol session runs the app once and closes (the table is built);
           after 3 s, RSS "before". Then --sessions N sessions are opened one after another, each running
           the app once (Streamlit: receiving the whole table) and staying connected, like open tabs;
           after 3 s, RSS "after". Per session = (after - before) / N. Streamlit's client is the shared
           harness's bench.Session (without its message cache, as a new tab has none); Swiftlit's is
           Benchmarks/compare/swiftlit_bench.Session.
  report   JSON lines -> one Markdown table (Streamlit, Swiftlit, ratio, target).

Every server this starts is stopped by its PID; every wait is bounded in time; only 127.0.0.1 is used.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import time
import urllib.request

sys.dont_write_bytecode = True  # the shared harness folder is read-only
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
HARNESS = os.environ.get("STREAMLIT_HARNESS", os.path.join(ROOT, "..", "shared", "bench-streamlit"))
os.environ.setdefault("STREAMLIT_HARNESS", HARNESS)
sys.path.insert(0, HARNESS)
sys.path.insert(0, os.path.join(ROOT, "Benchmarks", "compare"))
sys.path.insert(0, os.path.join(ROOT, "Tests", "E2E"))

import numpy as np  # noqa: E402
import psutil  # noqa: E402
from deployment import free_port_number  # noqa: E402

ROWS = 10_000_000
MODULUS = 1_000_003
MULTIPLIERS = [2_654_435_761, 2_246_822_519, 3_266_489_917, 668_265_263, 374_761_393]
FIRST_ROWS = 5
SORTED_ROWS = 10
MIDDLE_ROW = 5_000_000
CHROME_FLAGS = [  # the shared latency.py's
    "--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
    "--no-first-run", "--no-default-browser-check", "--disable-extensions",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
    "--disable-backgrounding-occluded-windows", "--mute-audio",
]
MB = 1024 * 1024
# Streamlit's default for this table is lazy loading (rows fetched on demand, 1.61+); EAGER is the
# app with `lazy=False`, which ships the whole table as Arrow with the page.
FRAMEWORKS = ["streamlit", "streamlit-eager", "swiftlit"]
EAGER = "streamlit-eager"


def column_a(rows: int) -> np.ndarray:
    return ((np.arange(rows, dtype=np.int64) * MULTIPLIERS[0]) % MODULUS) / 1000.0


# --------------------------------------------------------------------------- servers


def parse_cpus(text: str | None) -> set[int] | None:
    if not text:
        return None
    cpus = {int(x) for x in text.split(",") if x.strip()}
    return cpus if cpus <= os.sched_getaffinity(0) else None


class Server:
    """One server process on 127.0.0.1 (default configuration but for what `command` says), pinned; stopped
    by its PID only."""

    def __init__(self, framework: str, args):
        self.framework = framework
        self.port = free_port_number()
        if framework.startswith("streamlit"):
            self.argv = [args.python, "-m", "streamlit", "run", os.path.join(HERE, "streamlit_bigtable.py"),
                         "--server.address", "127.0.0.1", "--server.port", str(self.port),
                         "--server.headless", "true", "--browser.gatherUsageStats", "false",
                         # Eager, the table is ~480 MB of Arrow; Streamlit refuses messages over 200 MB by default.
                         "--server.maxMessageSize", "2000"] + (["--", "--eager"] if framework == EAGER else [])
        else:
            self.argv = [args.binary, "bigtable", "--server.address", "127.0.0.1", "--server.port", str(self.port)]
        os.makedirs(args.log_dir, exist_ok=True)
        self.log_path = os.path.join(args.log_dir, f"{framework}-{self.port}.log")
        cpus = parse_cpus(args.server_cpus)

        def pre():
            os.setsid()
            if cpus:
                os.sched_setaffinity(0, cpus)

        env = dict(os.environ)
        env.pop("BIGTABLE_ROWS", None)
        self.t0 = time.perf_counter()
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(self.argv, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, preexec_fn=pre, env=env)
        self.ps = psutil.Process(self.proc.pid)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/_stcore/stream"

    def wait_ready(self, timeout: float = 120.0) -> float:
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited early ({self.proc.returncode}); see {self.log_path}")
            try:
                with urllib.request.urlopen(self.url + "_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        return time.perf_counter() - self.t0
            except OSError:
                pass
            time.sleep(0.02)
        raise TimeoutError(f"server not healthy after {timeout:.0f} s; see {self.log_path}")

    def rss(self) -> int:
        total = self.ps.memory_info().rss
        for child in self.ps.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.Error:
                pass
        return total

    def stop(self) -> None:
        if self.proc.poll() is not None:
            return
        pid = self.proc.pid  # only ever the PID we spawned
        try:
            os.kill(pid, signal.SIGTERM)
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.kill(pid, signal.SIGKILL)
            self.proc.wait(timeout=20)
        except ProcessLookupError:
            pass


def wait_quiet(max_wait: float, threshold: float = 0.3) -> dict:
    """Wait (at most max_wait s) until the machine's busy CPU is under `threshold` cores."""
    if max_wait <= 0:
        return {}
    t0 = time.perf_counter()
    while True:
        a = psutil.cpu_times()
        time.sleep(1.0)
        b = psutil.cpu_times()
        busy = (sum(b) - b.idle - b.iowait) - (sum(a) - a.idle - a.iowait)
        waited = time.perf_counter() - t0
        if busy < threshold or waited >= max_wait:
            return {"quiet_wait_s": round(waited, 1), "load_at_start_cores": round(busy, 3)}


class Out:
    def __init__(self, path: str | None, common: dict):
        self.path, self.common = path, common

    def write(self, record: dict) -> None:
        record = {**self.common, **record}
        print("  " + json.dumps(record))
        if self.path:
            os.makedirs(os.path.dirname(os.path.abspath(self.path)), exist_ok=True)
            with open(self.path, "a") as f:
                f.write(json.dumps(record) + "\n")


# --------------------------------------------------------------------------- browser

# An action probe: watches the page until __dfbCheck(name, arg) holds; records the mark (just before the
# action), the change, the frame after it, and the WebSocket bytes from the mark to the page settling.
JS_ARM = r"""
const [name, arg, scroller, scrollTo] = arguments;
const B = window.__dfb;
const old = window.__act;
if (old) { try { old.obs.disconnect(); clearInterval(old.poll); } catch (e) {} }
const A = window.__act = {tMark: null, tPointer: null, tChange: null, tFrame: null, tDrawn: null, bytes0: B.bytes, msgs0: B.msgs,
                          bytesAtChange: null, obs: null, poll: null};
function check() {
  if (A.tChange !== null || !window.__dfbCheck(name, arg)) return;
  A.tChange = performance.now();
  A.bytesAtChange = B.bytes - A.bytes0;
  A.tDrawn = window.__dfbCanvas.drawnBy(A.tChange);
  window.__dfbCanvas.stop();
  A.obs.disconnect(); clearInterval(A.poll);
  requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { A.tFrame = performance.now(); };
    ch.port2.postMessage(0);
  });
}
A.obs = new MutationObserver(check);
A.obs.observe(document, {subtree: true, childList: true, characterData: true, attributes: true});
A.poll = setInterval(check, 25);   // a backstop: canvas-only updates make no mutation
if (!window.__dfbPointer) {
  window.__dfbPointer = true;
  window.addEventListener("pointerdown", () => { const a = window.__act; if (a && a.tPointer === null) a.tPointer = performance.now(); }, {capture: true});
}
window.__dfbCanvas.start(false);
A.tMark = performance.now();
if (scroller) {
  const s = document.querySelector(scroller);
  s.scrollTop = scrollTo === "end" ? s.scrollHeight : scrollTo === "screen" ? s.scrollTop + s.clientHeight : scrollTo;
}
return A.tMark;
"""

# Waits (bounded) for the probe's change and frame, then for the WebSocket to settle (no message for
# `quietMs`), and returns the timestamps and byte counts.
JS_WAIT = r"""
const [timeoutMs, quietMs, stuckMs] = arguments;
const done = arguments[arguments.length - 1];
const A = window.__act, B = window.__dfb;
const t0 = performance.now();
function result(status) {
  return {status, tMark: A.tMark, tPointer: A.tPointer, tChange: A.tChange, tFrame: A.tFrame, tDrawn: A.tDrawn,
          bytesAtChange: A.bytesAtChange, bytes: B.bytes - A.bytes0, msgs: B.msgs - A.msgs0};
}
(function poll() {
  const now = performance.now();
  if (A.tChange !== null && A.tFrame !== null) {
    const last = Math.max(A.tFrame, B.lastMsg ?? 0);
    if (now - last >= quietMs) return done(result("ok"));
  }
  if (now - t0 > timeoutMs) {
    A.obs.disconnect(); clearInterval(A.poll); window.__dfbCanvas.stop();
    return done(result(A.tChange === null ? "timeout" : "ok-unsettled"));
  }
  // Stuck: every row in the grid shows its values and nothing has arrived for stuckMs, yet the
  // condition does not hold (a scroll that cannot reach its target).
  if (stuckMs > 0 && A.tChange === null && now - Math.max(A.tMark, B.lastMsg ?? 0) >= stuckMs
      && window.__dfbCheck("screenFrom", 0)) {
    A.obs.disconnect(); clearInterval(A.poll); window.__dfbCanvas.stop(); return done(result("stuck"));
  }
  setTimeout(poll, 10);
})();
"""

JS_LOAD_WAIT = r"""
const [timeoutMs, quietMs] = arguments;
const done = arguments[arguments.length - 1];
const t0 = performance.now();
function collect(status) {
  const B = window.__dfb || {load: {}};
  const nav = performance.getEntriesByType("navigation")[0];
  return {status, tShown: B.load.tShown ?? null, tFrame: B.load.tFrame ?? null, tDrawn: B.load.tDrawn ?? null, bytesAtShown: B.load.bytesAtShown ?? null,
          bytes: B.bytes ?? null, msgs: B.msgs ?? null, tOpen: B.tOpen ?? null, tFirstMessage: B.tFirstMessage ?? null,
          responseEnd: nav ? nav.responseEnd : null,
          dcl: nav ? nav.domContentLoadedEventEnd : null};
}
(function poll() {
  const B = window.__dfb;
  const now = performance.now();
  if (B && B.load.tShown !== null && B.load.tFrame !== null && now - Math.max(B.load.tFrame, B.lastMsg ?? 0) >= quietMs)
    return done(collect("ok"));
  if (now - t0 > timeoutMs) return done(collect(!B ? "no-probe" : B.load.tShown === null ? "timeout" : "ok-unsettled"));
  setTimeout(poll, 10);
})();
"""

JS_MENU_ITEM = r"""
const [label] = arguments;
for (const item of document.querySelectorAll('[role="menuitem"]')) {
  if ((item.textContent || "").trim().endsWith(label)) {
    const r = item.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) return [r.left + r.width / 2, r.top + r.height / 2];
  }
}
return null;
"""

# The column boundaries of a canvas grid (Glide draws its vertical grid lines on the canvas): the x of
# each line, read from the pixels of a row of the first data row just below its top edge, where no text is.
JS_CANVAS_COLUMNS = r"""
const c = document.querySelector('[data-testid="data-grid-canvas"]');
if (!c) return null;
const rect = c.getBoundingClientRect();
const scale = c.width / rect.width;
const header = 36;
const y = Math.round((header + 4) * scale);
const data = c.getContext("2d").getImageData(0, y, c.width, 1).data;
const lines = [];
for (let x = 1; x < c.width - 1; x += 1) {
  const i = x * 4;
  const dark = data[i] + data[i + 1] + data[i + 2] < 3 * 245;
  if (dark && (lines.length === 0 || x / scale - lines[lines.length - 1] > 4)) lines.push(x / scale);
}
return {left: rect.left, top: rect.top, lines};
"""

JS_HEADER = r"""
const [name] = arguments;
for (const h of document.querySelectorAll('[role="columnheader"]')) {
  const r = h.getBoundingClientRect();
  const named = (h.textContent || "").trim() === name || h.getAttribute("data-column") === name;
  if (named && r.width > 0) return [r.left + r.width / 2, r.top + r.height / 2];
}
return null;
"""

JS_CANVAS = r"""
const c = document.querySelector('[data-testid="data-grid-canvas"]');
if (!c) return null;
const r = c.getBoundingClientRect();
return [r.left, r.top, r.width, r.height];
"""

SCROLLER = {"streamlit": '[data-testid="stDataFrame"] .dvn-scroller', EAGER: '[data-testid="stDataFrame"] .dvn-scroller',
            "swiftlit": '[data-kind="dataframe"] [role="grid"]'}


def with_durations(r: dict, start) -> dict:
    """Adds change_ms (the grid's accessibility tree shows the rows), frame_ms (the frame after that) and
    drawn_ms: for a canvas grid the last pixel change before the tree confirmed the rows, else frame_ms."""
    def since(key):
        return (r[key] - start) if r.get(key) is not None and start is not None else None
    r["change_ms"], r["frame_ms"] = since("tChange"), since("tFrame")
    r["drawn_ms"] = since("tDrawn") if r.get("tDrawn") is not None else r["frame_ms"]
    return r


class Browser:
    def __init__(self, args, framework: str, probe_cfg: dict):
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        opts = webdriver.ChromeOptions()
        opts.binary_location = args.chromium
        for flag in CHROME_FLAGS + [f"--window-size={args.window}"]:
            opts.add_argument(flag)
        self.driver = webdriver.Chrome(service=Service(args.chromedriver), options=opts)
        self.driver.set_script_timeout(args.timeout * 2 + 60)
        # A click can block until the page has handled it (lazy=False Streamlit sorts 10M rows in the click's
        # handler, for minutes): the HTTP wait on chromedriver must outlast the longest wait here.
        self.driver.command_executor._client_config.timeout = max(args.timeout, getattr(args, "sort_timeout", 0)) * 2 + 120
        self.driver.set_page_load_timeout(args.timeout + 60)
        self.version = self.driver.capabilities.get("browserVersion")
        with open(os.path.join(HERE, "page_probe.js")) as f:
            source = f.read().replace("__CFG__", json.dumps(probe_cfg))
        self.driver.execute_cdp_cmd("Page.enable", {})
        self.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": source})
        self.framework = framework

    def quit(self) -> None:
        try:
            self.driver.quit()
        except Exception:
            pass

    def click(self, x: float, y: float) -> None:
        d = self.driver
        d.execute_cdp_cmd("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
        for kind in ("mousePressed", "mouseReleased"):
            d.execute_cdp_cmd("Input.dispatchMouseEvent",
                              {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})

    def load(self, url: str, timeout: float) -> dict:
        d = self.driver
        d.get("about:blank")
        time.sleep(0.3)
        d.get(url)
        return d.execute_async_script(JS_LOAD_WAIT, timeout * 1000.0, 1500)

    def act(self, check: str, arg, timeout: float, quiet_ms: float = 500, scroll_to=None, click=None,
            stuck_ms: float = 3000) -> dict:
        """Arms a probe for `check`, then scrolls (in the same script) or clicks (CDP), and waits (giving up
        after `stuck_ms` of a settled grid that does not meet `check`)."""
        d = self.driver
        scroller = SCROLLER[self.framework] if scroll_to is not None else None
        d.execute_script(JS_ARM, check, arg, scroller, scroll_to)
        if click is not None:
            self.click(*click)
        r = d.execute_async_script(JS_WAIT, timeout * 1000.0, quiet_ms, stuck_ms)
        start = r.get("tPointer") if click is not None and r.get("tPointer") is not None else r.get("tMark")
        return with_durations(r, start)

    def rows_shown(self) -> list[int]:
        return sorted(r["ri"] - 2 for r in self.driver.execute_script("return window.__dfbRows()") if not r.get("invalid"))

    def header_position(self, name: str, column_index: int):
        """Where to click column `name`'s header: a DOM header's center, or (a canvas grid) the middle of
        the header above the `column_index`-th column (0 = the index column) between the grid lines."""
        d = self.driver
        pos = d.execute_script(JS_HEADER, name)
        if pos is not None:
            return pos
        grid = d.execute_script(JS_CANVAS_COLUMNS)
        if not grid or len(grid["lines"]) < column_index + 1:
            return None
        edges = [0.0] + grid["lines"]
        return [grid["left"] + (edges[column_index] + edges[column_index + 1]) / 2, grid["top"] + 18]

    def sort_ascending(self, name: str, column_index: int, want: list[float], timeout: float) -> dict:
        pos = self.header_position(name, column_index)
        if pos is None:
            return {"status": f"no header {name}"}
        d = self.driver
        d.execute_script(JS_ARM, "sortedA", want, None, None)
        self.click(*pos)
        item = None
        for _ in range(40):  # a column menu (lazy Streamlit's) opens within 1 s, or the click itself sorts
            item = d.execute_script(JS_MENU_ITEM, "Sort ascending")
            if item or d.execute_script("return window.__act.tChange !== null"):
                break
            time.sleep(0.025)
        via = "header click"
        if item:
            via = "column menu: Sort ascending"
            d.execute_script(JS_ARM, "sortedA", want, None, None)
            self.click(*item)
        r = d.execute_async_script(JS_WAIT, timeout * 1000.0, 500, 0)
        start = r.get("tPointer") if r.get("tPointer") is not None else r.get("tMark")
        r["via"] = via
        return with_durations(r, start)


def cmd_browser(args) -> None:
    fw = args.framework
    browser_cpus = parse_cpus(args.browser_cpus)
    if browser_cpus:
        os.sched_setaffinity(0, browser_cpus)  # inherited by chromedriver and Chromium
    a = column_a(ROWS)
    want_sorted = [float(x) for x in np.sort(np.partition(a, SORTED_ROWS)[:SORTED_ROWS])]
    del a
    probe_cfg = {"rowCount": ROWS, "modulus": MODULUS, "multipliers": MULTIPLIERS, "firstRows": FIRST_ROWS}
    out = Out(args.json, {"framework": fw, "run_id": time.strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}"})
    quiet = wait_quiet(args.quiet_wait)
    server = Server(fw, args)
    browser = None
    try:
        ready_s = server.wait_ready(args.timeout)
        browser = Browser(args, fw, probe_cfg)
        out.write({"kind": "run", "phase": "browser", "server_cmd": server.argv, "server_ready_s": ready_s,
                   "chromium": browser.version, "server_cpus": args.server_cpus, "browser_cpus": args.browser_cpus,
                   "host": platform.node(), "python": platform.python_version(), **quiet})
        skip_sort = False
        for rep in range(args.repeats + 1):
            mode = "cold" if rep == 0 else "warm"
            r = browser.load(server.url, args.timeout)
            out.write({"kind": "load", "mode": mode, "repeat": rep, "status": r["status"],
                       "shown_ms": r["tShown"], "frame_ms": r["tFrame"],
                       "drawn_ms": r["tDrawn"] if r["tDrawn"] is not None else r["tFrame"],
                       "bytes_at_shown": r["bytesAtShown"],
                       "bytes_settled": r["bytes"], "msgs_settled": r["msgs"], "response_end_ms": r["responseEnd"],
                       "dcl_ms": r["dcl"], "ws_open_ms": r["tOpen"], "first_message_ms": r["tFirstMessage"],
                       "server_rss": server.rss()})
            if r["status"] not in ("ok", "ok-unsettled") or rep == 0:
                continue

            # scroll to the end
            s = browser.act("lastRow", None, args.timeout, scroll_to="end")
            shown = browser.rows_shown()
            out.write({"kind": "scroll_end", "repeat": rep, "status": s["status"], "change_ms": s["change_ms"],
                       "frame_ms": s["frame_ms"], "drawn_ms": s["drawn_ms"], "bytes": s["bytes"], "msgs": s["msgs"],
                       "last_row_shown": max(shown) if shown else None})

            # to the middle (not measured), then one screen at a time
            scroll_height = browser.driver.execute_script(
                f"const s=document.querySelector('{SCROLLER[fw]}'); return [s.scrollHeight, s.clientHeight]")
            middle = (scroll_height[0] - scroll_height[1]) * MIDDLE_ROW / ROWS
            m = browser.act("screenFrom", 1000, args.timeout, scroll_to=middle)
            shown = browser.rows_shown()
            reached = m["status"] == "ok" and shown
            for screen in range(args.screens if reached else 0):
                # The new screen's rows (with the grid's overscan) lie past the middle of the old ones.
                top = min(shown) + (max(shown) - min(shown)) // 2 + 1
                s = browser.act("screenFrom", top, args.timeout, scroll_to="screen")
                shown = browser.rows_shown()
                out.write({"kind": "scroll_screen", "repeat": rep, "i": screen, "status": s["status"],
                           "change_ms": s["change_ms"], "frame_ms": s["frame_ms"], "drawn_ms": s["drawn_ms"],
                           "bytes": s["bytes"],
                           "msgs": s["msgs"], "rows": [min(shown), max(shown)] if shown else None})
                if s["status"] != "ok" or not shown:
                    break
            if not reached:
                out.write({"kind": "scroll_screen", "repeat": rep, "status": "middle not reached: " + m["status"],
                           "rows": [min(shown), max(shown)] if shown else None})

            # sort by a, from the top
            browser.act("firstRows", None, args.timeout, scroll_to=0)
            if skip_sort:
                continue
            s = browser.sort_ascending("a", 2, want_sorted, args.sort_timeout)
            out.write({"kind": "sort", "repeat": rep, "status": s["status"], "via": s.get("via"),
                       "change_ms": s.get("change_ms"), "frame_ms": s.get("frame_ms"), "drawn_ms": s.get("drawn_ms"),
                       "bytes": s.get("bytes"),
                       "msgs": s.get("msgs")})
            # A grid that cannot sort, or that takes minutes to (Streamlit sorting 10M rows in the browser):
            # once is enough.
            skip_sort = s["status"] != "ok" or (s.get("drawn_ms") or 0) > 60_000
        out.write({"kind": "server", "phase": "browser", "rss_end": server.rss()})
    finally:
        if browser is not None:
            browser.quit()
        server.stop()


# --------------------------------------------------------------------------- memory


async def open_sessions(fw: str, url: str, n: int, timeout: float) -> list:
    sessions = []
    if fw.startswith("streamlit"):
        from bench import Session as StreamlitSession
        for _ in range(n):
            s = StreamlitSession(url, use_cache=False)
            await s.open(timeout)
            r = await s.run(timeout=timeout)
            sessions.append((s, r.nbytes))
    else:
        from swiftlit_bench import Session as SwiftlitSession
        for _ in range(n):
            s = SwiftlitSession(url)
            await s.open(timeout)
            r = await s.hello(timeout=timeout)
            sessions.append((s, r.nbytes))
    return sessions


async def memory_step(args, fw: str, n: int, out: Out) -> None:
    quiet = wait_quiet(args.quiet_wait)
    server = Server(fw, args)
    try:
        ready_s = server.wait_ready(args.timeout)
        rss_start = server.rss()
        t0 = time.perf_counter()
        first = await open_sessions(fw, server.ws_url, 1, args.timeout)
        first_s = time.perf_counter() - t0
        for s, _ in first:
            await s.close()
        await asyncio.sleep(3)
        before = server.rss()
        t0 = time.perf_counter()
        sessions = await open_sessions(fw, server.ws_url, n, args.timeout)
        open_s = time.perf_counter() - t0
        await asyncio.sleep(3)
        after = server.rss()
        out.write({"kind": "memory", "sessions": n, "server_ready_s": ready_s, "rss_at_health": rss_start,
                   "first_session_s": first_s, "first_session_bytes": first[0][1], "rss_before": before,
                   "rss_after": after, "rss_per_session": (after - before) / n, "open_s": open_s,
                   "bytes_per_session": statistics.median(b for _, b in sessions), **quiet})
        for s, _ in sessions:
            await s.close()
    finally:
        server.stop()


def cmd_memory(args) -> None:
    cpus = parse_cpus(args.browser_cpus)
    if cpus:
        os.sched_setaffinity(0, cpus)
    out = Out(args.json, {"framework": args.framework, "run_id": time.strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}"})
    for n in [int(x) for x in args.sessions.split(",") if x.strip()]:
        asyncio.run(memory_step(args, args.framework, n, out))


# --------------------------------------------------------------------------- report


def median(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def fmt_ms(v):
    if v is None:
        return "–"
    return f"{v / 1000:.2f} s" if v >= 1000 else f"{v:.1f} ms" if v >= 10 else f"{v:.2f} ms"


def fmt_bytes(v):
    if v is None:
        return "–"
    if v >= MB:
        return f"{v / MB:,.1f} MiB"
    if v >= 10 * 1024:
        return f"{v / 1024:,.1f} KiB"
    return f"{v:,.0f} B"


def ratio(sw, st):
    if sw is None or st is None or st == 0:
        return ""
    r = sw / st
    return f"{r:.3g}" + (f" (1/{1 / r:.0f})" if 0 < r < 0.5 else "")


def cmd_report(args) -> None:
    records = []
    for path in args.files:
        with open(path) as f:
            records += [json.loads(line) for line in f if line.strip()]
    by = {fw: [r for r in records if r.get("framework") == fw] for fw in FRAMEWORKS}
    ST, EA, SW = FRAMEWORKS

    def pick(fw, kind, **match):
        return [r for r in by[fw] if r.get("kind") == kind and all(r.get(k) == v for k, v in match.items())]

    def ok(rs):
        return [r for r in rs if r.get("status") == "ok"]

    def med(fw, kind, field="drawn_ms", **match):
        return median(r.get(field) for r in ok(pick(fw, kind, **match)))

    def mean(fw, kind, field, **match):
        xs = [r.get(field) for r in ok(pick(fw, kind, **match)) if r.get(field) is not None]
        return statistics.fmean(xs) if xs else None

    def runs(kind, **match):
        return " / ".join(f"{len(ok(pick(fw, kind, **match)))}/{len(pick(fw, kind, **match))}" for fw in FRAMEWORKS)

    lines = [
        "| figure | Streamlit 1.67 (default: lazy rows) | Streamlit 1.67, lazy=False (whole table) | Swiftlit "
        "| Swiftlit / Streamlit | Swiftlit / Streamlit lazy=False | target | result | runs ok (St / St eager / Sw) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]

    def row(label, values, fmt, target=None, limit=None, note=""):
        st, ea, sw = values
        result = ""
        if limit is not None and sw is not None:
            verdicts = [("PASS" if sw / ref <= limit else "FAIL") + f" vs {name}"
                        for ref, name in ((st, "default"), (ea, "lazy=False")) if ref]
            result = ", ".join(verdicts)
        lines.append(f"| {label} | {fmt(st)} | {fmt(ea)} | {fmt(sw)} | {ratio(sw, st)} | {ratio(sw, ea)} "
                     f"| {target or ''} | {result} | {note} |")

    def section(title):
        lines.append(f"| **{title}** |" + " |" * 8)

    section("Browser (headless Chromium; medians over page loads)")
    row("first rows, warm server: navigation start → rows 0–4 drawn",
        [med(fw, "load", mode="warm") for fw in FRAMEWORKS], fmt_ms, "≤ 1/20", 1 / 20, runs("load", mode="warm"))
    row("first rows, cold server (first page: the table is built)",
        [med(fw, "load", mode="cold") for fw in FRAMEWORKS], fmt_ms, note=runs("load", mode="cold"))
    row("… of which: navigation start → DOMContentLoaded", [med(fw, "load", "dcl_ms", mode="warm") for fw in FRAMEWORKS],
        fmt_ms)
    row("… of which: navigation start → first WebSocket message",
        [med(fw, "load", "first_message_ms", mode="warm") for fw in FRAMEWORKS], fmt_ms)
    row("WebSocket bytes received by first rows drawn",
        [med(fw, "load", "bytes_at_shown", mode="warm") for fw in FRAMEWORKS], fmt_bytes)
    row("WebSocket bytes received by the settled page",
        [med(fw, "load", "bytes_settled", mode="warm") for fw in FRAMEWORKS], fmt_bytes)

    def reach(fw):
        rs = pick(fw, "scroll_end")
        if rs and not ok(rs):
            last = max((r.get("last_row_shown") or 0) for r in rs)
            return f"; {fw} never reached the end (last row shown: {last:,})"
        return ""

    row("scroll to the end: scrollTop = max → last row drawn", [med(fw, "scroll_end") for fw in FRAMEWORKS],
        fmt_ms, note=runs("scroll_end") + "".join(reach(fw) for fw in FRAMEWORKS))
    row("scroll one screen, mid-table: scroll → every row drawn", [med(fw, "scroll_screen") for fw in FRAMEWORKS],
        fmt_ms, note=runs("scroll_screen"))
    row("WebSocket bytes per one-screen scroll (mean)", [mean(fw, "scroll_screen", "bytes") for fw in FRAMEWORKS],
        fmt_bytes)

    def sorting(fw):
        rs = pick(fw, "sort")
        if rs and not ok(rs):
            return f"; {fw}: {rs[0].get('status')} (no sort reached the rows)"
        return ""

    row("sort by column a: click → first 10 rows sorted, drawn", [med(fw, "sort") for fw in FRAMEWORKS], fmt_ms,
        note=runs("sort") + "".join(sorting(fw) for fw in FRAMEWORKS))
    row("WebSocket bytes for the sort", [med(fw, "sort", "bytes") for fw in FRAMEWORKS], fmt_bytes)

    section("Server memory (protocol clients; a fresh server per N)")
    mem = {fw: {r["sessions"]: r for r in pick(fw, "memory")} for fw in FRAMEWORKS}

    def base(fw, field):
        return mem[fw][min(mem[fw])].get(field) if mem[fw] else None

    row("RSS after the app ran once (the table built)", [base(fw, "rss_before") for fw in FRAMEWORKS], fmt_bytes)
    row("WebSocket bytes per session (its first run)", [base(fw, "bytes_per_session") for fw in FRAMEWORKS],
        fmt_bytes)
    counts = sorted(set().union(*(mem[fw].keys() for fw in FRAMEWORKS)))
    for n in counts:
        values = []
        for fw in FRAMEWORKS:
            r = mem[fw].get(n)
            # Streamlit is measured at fewer sessions (each holds its own copy of the table): compare
            # larger N with its largest.
            if r is None and fw != SW and mem[fw] and n > max(mem[fw]):
                r = mem[fw][max(mem[fw])]
            values.append(r and r["rss_per_session"])
        st_n = ", ".join(f"{fw}: N = {max(mem[fw])}" for fw in (ST, EA) if mem[fw] and n not in mem[fw])
        row(f"RSS per extra session, N = {n}: (after − before) / N", values, fmt_bytes, "≤ 1/50", 1 / 50,
            f"Streamlit figure from {st_n}" if st_n else "")
    print("\n".join(lines))


# --------------------------------------------------------------------------- main


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    for name in ("browser", "memory"):
        q = sub.add_parser(name)
        q.add_argument("--framework", choices=FRAMEWORKS, required=True)
        q.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "swiftlit-bench-apps"))
        q.add_argument("--python", default=sys.executable, help="Python with streamlit 1.67")
        q.add_argument("--json", help="append JSON lines here")
        q.add_argument("--log-dir", default=os.path.join(ROOT, "bench-results", "dataframe-logs"))
        q.add_argument("--server-cpus", default="0")
        q.add_argument("--browser-cpus", default="1", help="CPUs of this client (and its browser)")
        q.add_argument("--timeout", type=float, default=300.0, help="bound on each wait, s")
        q.add_argument("--quiet-wait", type=float, default=30.0)
        if name == "browser":
            q.add_argument("--repeats", type=int, default=3, help="warm page loads (after the cold one)")
            q.add_argument("--screens", type=int, default=5, help="one-screen scrolls per page load")
            q.add_argument("--sort-timeout", type=float, default=300.0)
            q.add_argument("--chromium", default="/usr/bin/chromium")
            q.add_argument("--chromedriver", default="/usr/bin/chromedriver")
            q.add_argument("--window", default="1280,900")
        else:
            q.add_argument("--sessions", default="5", help="comma-separated N; a fresh server for each")
    r = sub.add_parser("report")
    r.add_argument("files", nargs="+")
    args = p.parse_args()
    if args.cmd != "report":
        args.timeout = max(5.0, min(args.timeout, 1800.0))
        if args.cmd == "browser":
            args.repeats = max(1, min(args.repeats, 20))
            args.screens = max(1, min(args.screens, 50))
            args.sort_timeout = max(5.0, min(args.sort_timeout, 1800.0))
    {"browser": cmd_browser, "memory": cmd_memory, "report": cmd_report}[args.cmd](args)


if __name__ == "__main__":
    main()
