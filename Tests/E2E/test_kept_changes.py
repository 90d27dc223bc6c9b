"""Kept changes in a real Chromium, against the `filter` app of Tests/E2EApps (FilterApp.swift: a
slider and 30 lines that depend on it).

Going back and forth between two slider values, the server sends the second visit of each page as
a slot number (`replay`) instead of its changes; the page must show exactly what a full message
would have shown, and a new socket must start again from whole pages.
"""

from __future__ import annotations

from pathlib import Path

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver

from conftest import find_widget, last_run, wait_idle, wait_settled_after, wait_until
from test_faults import apps_binary, running_app  # noqa: F401  (a fixture)

#: Counts the frames the page receives that replay or keep changes (installed before the page's
#: own scripts, so it sees every socket the client opens).
COUNT_FRAMES = """
window.__frames = { replays: 0, kept: 0, sockets: 0 };
const NativeWebSocket = window.WebSocket;
window.WebSocket = class extends NativeWebSocket {
  constructor(...args) {
    super(...args);
    window.__frames.sockets += 1;
    this.addEventListener("message", (event) => {
      if (typeof event.data !== "string") return;
      if (event.data.includes('"replay":')) window.__frames.replays += 1;
      if (event.data.startsWith('{"keep":')) window.__frames.kept += 1;
    });
  }
};
"""


def lines(driver: WebDriver) -> list[str]:
    return [element.text for element in driver.find_elements(By.CSS_SELECTOR, '#st-main [data-testid="st-text"]')]


def expected(threshold: int) -> list[str]:
    return [f"line {line}: {threshold * line} above {threshold}" for line in range(30)]


def frames(driver: WebDriver) -> dict:
    return driver.execute_script("return window.__frames;")


def press(driver: WebDriver, key: str, threshold: int) -> None:
    before = last_run(driver)
    ActionChains(driver).send_keys(key).perform()
    wait_settled_after(driver, before)
    wait_until(lambda: lines(driver) == expected(threshold),
               lambda: f"expected the lines of {threshold}, the page shows {lines(driver)[:3]}…")


def focus_slider(driver: WebDriver) -> None:
    slider = find_widget(driver, "slider:Threshold").find_element(By.CSS_SELECTOR, 'input[type="range"]')
    driver.execute_script("arguments[0].focus();", slider)


def test_going_back_and_forth_replays_kept_pages_and_shows_them_right(apps_binary: Path, driver: WebDriver) -> None:  # noqa: F811
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": COUNT_FRAMES})
    with running_app(apps_binary, "filter") as server:
        driver.get(server.url)
        wait_idle(driver)
        assert lines(driver) == expected(50)
        focus_slider(driver)
        # 50 → 51 and 51 → 50 are new changes; every later step repeats one of them.
        for _ in range(3):
            press(driver, Keys.ARROW_RIGHT, 51)
            press(driver, Keys.ARROW_LEFT, 50)
        counts = frames(driver)
        assert counts["replays"] == 4, counts
        assert counts["kept"] == 3, counts  # the first page, 50 → 51 and 51 → 50
        assert counts["sockets"] == 1, counts  # no replay missed its slot (that reconnects)

        # A reload opens a new socket: nothing is kept there yet, so the page comes whole.
        driver.get(server.url)
        wait_idle(driver)
        assert lines(driver) == expected(50)
        assert frames(driver)["replays"] == 0
        focus_slider(driver)
        press(driver, Keys.ARROW_RIGHT, 51)
        press(driver, Keys.ARROW_LEFT, 50)
        press(driver, Keys.ARROW_RIGHT, 51)
        assert frames(driver)["replays"] == 1
