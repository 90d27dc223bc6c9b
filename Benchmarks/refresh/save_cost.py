"""What saving a tab's widget values for a reload costs, on the demo's page, in headless Chromium.

Serves the demo (`.build/debug/swiftlit-demo`, or SWIFTLIT_DEMO_BIN), waits for the page's own idle
save after its first run, then prints how many values it saved, their size, and the time of
`saveWidgets` (JSON encoding plus sessionStorage.setItem), the work a run's end and `pagehide` do:
median and p90 of 20 rounds of 100 saves.

    swift build --product swiftlit-demo && python3 Benchmarks/refresh/save_cost.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "Tests" / "E2E"))

import conftest  # noqa: E402
from conftest import DEFAULT_BINARY, DemoServer, free_port_number, wait_idle, wait_until  # noqa: E402
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402

MEASURE = """
const done = arguments[arguments.length - 1];
const main = [...document.scripts].map((script) => script.src).find((src) => src.endsWith("/main.js"));
import(new URL("saved-widgets.js", main).href).then((module) => {
  const widgets = JSON.parse(sessionStorage.getItem("swiftlit.widgets:/")).widgets;
  const rounds = [];
  for (let round = 0; round < 20; round++) {
    const start = performance.now();
    for (let i = 0; i < 100; i++) module.saveWidgets(sessionStorage, "/bench/", widgets, Date.now());
    rounds.push((performance.now() - start) / 100);
  }
  sessionStorage.removeItem("swiftlit.widgets:/bench/");
  rounds.sort((a, b) => a - b);
  done({median: rounds[10], p90: rounds[18]});
}).catch((error) => done({error: String(error)}));
"""


def main() -> None:
    import os

    options = webdriver.ChromeOptions()
    options.binary_location = conftest.CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,1000"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(conftest.CHROMEDRIVER), options=options)
    driver.set_script_timeout(60)
    with tempfile.TemporaryDirectory(prefix="swiftlit-save-cost-") as log_dir:
        server = DemoServer(Path(os.environ.get("SWIFTLIT_DEMO_BIN", DEFAULT_BINARY)), free_port_number(),
                            Path(log_dir))
        server.start()
        try:
            driver.get(server.url)
            wait_idle(driver, timeout=30)
            saved = wait_until(lambda: driver.execute_script("return sessionStorage.getItem('swiftlit.widgets:/')"),
                               "the page saved nothing after its first run")
            result = driver.execute_async_script(MEASURE)
            if "error" in result:
                raise SystemExit(f"could not measure: {result['error']}")
            print(f"demo page: {len(json.loads(saved)['widgets'])} widget values, {len(saved)} characters saved")
            print(f"saveWidgets: median {result['median'] * 1000:.1f} µs, p90 {result['p90'] * 1000:.1f} µs per save")
        finally:
            server.stop()
            driver.quit()


if __name__ == "__main__":
    main()
