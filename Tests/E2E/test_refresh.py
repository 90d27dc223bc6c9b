"""Reloads, new tabs and expired sessions, in a real Chromium against the `refresh` app of
Tests/E2EApps (RefreshApp.swift: a slider, a text input and an `st.session` counter).

- a reload (F5) keeps the widget values (saved in the tab's sessionStorage, sent in the first hello)
  and `st.session` (the session is resumed, even though the new page's hello may reach the server
  before the old page's socket has closed);
- a new tab starts fresh, and the first tab keeps its own session;
- a duplicated tab (a copy of the original's sessionStorage) shows the same widget values with a
  session of its own, and does not take the original's;
- a tab that comes back after its session expired (`server.disconnectedSessionTTL`) starts fresh,
  and says so in a notice (role=status).
"""

from __future__ import annotations

import contextlib
import tempfile
import time
from pathlib import Path
from typing import Iterator

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver

from conftest import (
    find_widget,
    free_port_number,
    last_run,
    wait_idle,
    wait_settled_after,
    wait_until,
)
from test_faults import AppServer, apps_binary  # noqa: F401  (a fixture)

#: The session TTL of the expiry test, in seconds: short, so that the test waits little.
SHORT_TTL = 2
NOTICE = '[data-testid="st-client-error"]'


@contextlib.contextmanager
def refresh_app(binary: Path, *extra: str) -> Iterator[AppServer]:
    with tempfile.TemporaryDirectory(prefix="swiftlit-refresh-") as log_dir:
        server = AppServer(binary, "refresh", free_port_number(), Path(log_dir), extra)
        server.start()
        try:
            yield server
        finally:
            server.stop()


def texts(driver: WebDriver) -> list[str]:
    return [element.text for element in driver.find_elements(By.CSS_SELECTOR, '#st-main [data-testid="st-text"]')]


def page_state(driver: WebDriver) -> dict:
    """What the app received, and what its widgets show."""
    slider = find_widget(driver, "slider:Level").find_element(By.CSS_SELECTOR, 'input[type="range"]')
    name = find_widget(driver, "textInput:Name").find_element(By.CSS_SELECTOR, "input.st-input")
    return {"texts": texts(driver), "slider": slider.get_property("value"), "name": name.get_property("value")}


def expect_page(driver: WebDriver, level: int, name: str, count: int) -> None:
    expected = {"texts": [f"level={level}", f"name={name}", f"count={count}"], "slider": str(level), "name": name}
    wait_until(lambda: page_state(driver) == expected, lambda: f"expected {expected}, the page is {page_state(driver)}")


def set_up_page(driver: WebDriver) -> None:
    """Moves the slider to 5, types a name and counts twice: level=5, name=Ada, count=2."""
    wait_idle(driver)
    slider = find_widget(driver, "slider:Level").find_element(By.CSS_SELECTOR, 'input[type="range"]')
    driver.execute_script("arguments[0].focus();", slider)
    for _ in range(3):
        before = last_run(driver)
        ActionChains(driver).send_keys(Keys.ARROW_RIGHT).perform()
        wait_settled_after(driver, before)
    name = find_widget(driver, "textInput:Name").find_element(By.CSS_SELECTOR, "input.st-input")
    name.clear()
    before = last_run(driver)
    name.send_keys("Ada", Keys.ENTER)
    wait_settled_after(driver, before)
    for _ in range(2):
        before = last_run(driver)
        find_widget(driver, "button:Count").find_element(By.CSS_SELECTOR, "button").click()
        wait_settled_after(driver, before)
    expect_page(driver, level=5, name="Ada", count=2)


def session_id(driver: WebDriver) -> str | None:
    return driver.execute_script("return sessionStorage.getItem('swiftlit.sessionId:/');")


def test_a_reload_keeps_widget_values_and_session_state(apps_binary: Path, driver: WebDriver) -> None:  # noqa: F811
    with refresh_app(apps_binary) as server:
        driver.get(server.url)
        set_up_page(driver)
        before = session_id(driver)
        assert before is not None

        for _ in range(3):  # again and again: no reload may lose the session to the race
            driver.refresh()
            wait_idle(driver)
            expect_page(driver, level=5, name="Ada", count=2)
            assert session_id(driver) == before, "the session was resumed, not replaced"
        assert driver.find_elements(By.CSS_SELECTOR, NOTICE) == [], "no notice after a reload"

        # The restored page is live: the next count continues from the kept state.
        before_run = last_run(driver)
        find_widget(driver, "button:Count").find_element(By.CSS_SELECTOR, "button").click()
        wait_settled_after(driver, before_run)
        expect_page(driver, level=5, name="Ada", count=3)


def test_a_new_tab_starts_fresh(apps_binary: Path, driver: WebDriver) -> None:  # noqa: F811
    with refresh_app(apps_binary) as server:
        driver.get(server.url)
        set_up_page(driver)
        first_tab, first_session = driver.current_window_handle, session_id(driver)

        driver.switch_to.new_window("tab")
        driver.get(server.url)
        wait_idle(driver)
        expect_page(driver, level=2, name="world", count=0)
        assert session_id(driver) not in (None, first_session)
        assert driver.find_elements(By.CSS_SELECTOR, NOTICE) == []

        driver.switch_to.window(first_tab)
        before = last_run(driver)
        find_widget(driver, "button:Count").find_element(By.CSS_SELECTOR, "button").click()
        wait_settled_after(driver, before)
        expect_page(driver, level=5, name="Ada", count=3)


def test_a_duplicated_tab_gets_its_own_session_and_the_original_keeps_its_own(
    apps_binary: Path, driver: WebDriver  # noqa: F811
) -> None:
    """A duplicated tab starts with a copy of the original's sessionStorage (as the browser's
    "Duplicate" does): it shows the same widget values, with a session and `st.session` of its own."""
    with refresh_app(apps_binary) as server:
        driver.get(server.url)
        set_up_page(driver)
        wait_until(lambda: driver.execute_script("return sessionStorage.getItem('swiftlit.widgets:/')"),
                   "the page saved its values after its runs")
        original_tab, original_session = driver.current_window_handle, session_id(driver)
        copy = driver.execute_script("return JSON.stringify(sessionStorage)")

        driver.switch_to.new_window("tab")
        driver.get(server.url + "_stcore/health")  # the app's origin, without the app
        driver.execute_script(
            "for (const [k, v] of Object.entries(JSON.parse(arguments[0]))) sessionStorage.setItem(k, v);", copy)
        driver.get(server.url)
        wait_idle(driver)
        expect_page(driver, level=5, name="Ada", count=0)
        assert session_id(driver) not in (None, original_session)

        driver.switch_to.window(original_tab)
        before = last_run(driver)
        find_widget(driver, "button:Count").find_element(By.CSS_SELECTOR, "button").click()
        wait_settled_after(driver, before)
        expect_page(driver, level=5, name="Ada", count=3)
        assert session_id(driver) == original_session


@pytest.mark.parametrize("come_back", ["load", "back"])
def test_a_tab_back_after_its_session_expired_starts_fresh_with_a_notice(
    apps_binary: Path, driver: WebDriver, come_back: str  # noqa: F811
) -> None:
    """`load`: the tab loads the app again (sessionStorage kept). `back`: the browser restores the
    page from its back/forward cache, where the left page had closed its socket."""
    with refresh_app(apps_binary, "--server.disconnectedSessionTTL", str(SHORT_TTL)) as server:
        driver.get(server.url)
        set_up_page(driver)
        old_session = session_id(driver)

        driver.execute_script("window.__left = true")
        driver.get("about:blank")  # the tab leaves the app; its sessionStorage stays
        time.sleep(SHORT_TTL + 1.5)  # real time must pass for the server to expire the session
        if come_back == "load":
            driver.get(server.url)  # the same tab comes back
        else:
            driver.back()
            assert driver.execute_script("return window.__left === true"), "restored from the cache, not loaded"
        wait_idle(driver)
        expect_page(driver, level=2, name="world", count=0)
        assert session_id(driver) != old_session

        notice = wait_until(lambda: (driver.find_elements(By.CSS_SELECTOR, NOTICE) or [None])[0],
                            "no notice that the session expired")
        assert notice.get_attribute("role") == "status", "a notice, announced politely, not an alert"
        assert notice.text.startswith("This tab's session expired while it was away, so the app started over.")
        assert notice.find_element(By.CSS_SELECTOR, "button").accessible_name == "Dismiss"

        # The saved values were dropped: a reload now keeps the fresh page, with no notice.
        driver.refresh()
        wait_idle(driver)
        expect_page(driver, level=2, name="world", count=0)
        assert driver.find_elements(By.CSS_SELECTOR, NOTICE) == []
