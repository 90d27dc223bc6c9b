#!/usr/bin/env python3
"""Save -> new text in Chromium, for hot reload (issue 9).

Serves a one-file app with `swiftlit run` on a free 127.0.0.1 port, opens it in headless Chromium,
and edits the file N times. The page records, with a MutationObserver, the wall-clock time at which
the markdown element first shows each edit's text; the latency is that time minus the time the file
was saved (one machine, one clock). Prints p50/p90/max over the edits after a warm-up edit.

Usage: Benchmarks/reload/browser_reload.py [--edits 30] [--swiftlit .build/debug/swiftlit]
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SE_OFFLINE", "true")
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "Tests" / "E2E"))
from deployment import answers, free_port_number  # noqa: E402

APP = """import Swiftlit

func app(_ st: St) async throws {
    let n = st.slider("n", in: 0...10, value: 3)
    st.markdown("edit EDIT, n = \\(n)")
}
"""
OBSERVER = """
window.__seen = {};
new MutationObserver(() => {
  for (const body of document.querySelectorAll('[data-testid="st-markdown"] .st-markdown__body')) {
    const match = /^edit (\\d+),/.exec(body.textContent.trim());
    if (match && !(match[1] in window.__seen)) window.__seen[match[1]] = performance.timeOrigin + performance.now();
  }
}).observe(document.body, { subtree: true, childList: true, characterData: true });
"""


def save(path: Path, text: str) -> float:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text)
    saved = time.time() * 1000
    os.replace(temporary, path)
    return saved


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=30)
    parser.add_argument("--swiftlit", default=str(ROOT / ".build" / "debug" / "swiftlit"))
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="swiftlit-reload-bench-"))
    app = folder / "app.swift"
    save(app, APP.replace("EDIT", "0"))
    port = free_port_number()
    log = open(folder / "run.log", "wb")
    server = subprocess.Popen([args.swiftlit, "run", str(app), "--server.port", str(port), "--logger.level", "error"],
                              cwd=folder, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(argument)
    browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        deadline = time.monotonic() + 120
        while not answers(f"http://127.0.0.1:{port}/_stcore/health"):
            if time.monotonic() > deadline or server.poll() is not None:
                print((folder / "run.log").read_text(), file=sys.stderr)
                return 1
            time.sleep(0.1)
        browser.get(f"http://127.0.0.1:{port}/")
        browser.execute_script(OBSERVER)
        latencies = []
        for edit in range(1, args.edits + 2):
            saved = save(app, APP.replace("EDIT", str(edit)))
            deadline = time.monotonic() + 60
            while True:
                seen = browser.execute_script(f"return window.__seen['{edit}'] ?? null")
                if seen is not None:
                    break
                if time.monotonic() > deadline:
                    print(f"edit {edit} never showed", file=sys.stderr)
                    print((folder / "run.log").read_text(), file=sys.stderr)
                    return 1
                time.sleep(0.005)
            if edit > 1:  # the first edit also builds the compiler's module cache
                latencies.append(seen - saved)
            time.sleep(0.3)  # an editor's pace, and the watcher's debounce between saves
        latencies.sort()
        p90 = latencies[min(len(latencies) - 1, int(round(0.9 * (len(latencies) - 1))))]
        print(f"hot reload, save -> new text in Chromium over {len(latencies)} edits: "
              f"p50 {statistics.median(latencies):.0f} ms, p90 {p90:.0f} ms, max {latencies[-1]:.0f} ms")
        return 0
    finally:
        browser.quit()
        try:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(server.pid, signal.SIGKILL)


if __name__ == "__main__":
    sys.exit(main())
