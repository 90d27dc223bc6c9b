"""Browser storage and `st.context` end to end, in a real Chromium against the `storage` app of
Tests/E2EApps (BrowserStorageApp.swift):

- `st.context` reports what Chromium says of itself: its language, time zone and offset and its
  colour scheme (all overridden through CDP, so the check means something), its User-Agent and
  Accept-Language headers,
  the page's address and the loopback remote address;
- a localStorage entry the app writes is under the app's own prefix, and after a reload (and in a
  new tab, since localStorage is the origin's) the app reads it back;
- a cookie the app writes (a value with characters a cookie cannot carry) is set with the safe
  defaults, and after a reload and in a new tab arrives in the Cookie header, decoded.

The binary is `.build/debug/swiftlit-e2e-apps` unless SWIFTLIT_E2E_APPS_BIN names another.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from conftest import find_widget, last_run, wait_idle, wait_settled_after, wait_until
from test_faults import apps_binary, running_app  # noqa: F401  (a fixture)

TIME_ZONE = "Asia/Tokyo"  # UTC+9 all year (no daylight saving), unlike a test machine's usual UTC
LOCALE = "fr-CH"
NAME = "Ada Lovelace; café ✓"


@pytest.fixture
def storage_app(apps_binary: Path):  # noqa: F811
    with running_app(apps_binary, "storage") as server:
        yield server


def texts(driver: WebDriver) -> dict[str, str]:
    """The app's `label: value` texts, by label."""
    found = {}
    for element in driver.find_elements(By.CSS_SELECTOR, '[data-kind="text"]'):
        label, _, value = element.text.partition(": ")
        found[label] = value
    return found


def wait_text(driver: WebDriver, label: str, value: str) -> None:
    wait_until(lambda: texts(driver).get(label) == value,
               lambda: f"{label!r} never showed {value!r}; the page shows {texts(driver)}")


def emulate(driver: WebDriver) -> None:
    """Makes Chromium report a time zone, a language and a colour scheme of the test's choosing.
    `navigator.language` and the Accept-Language header follow the user-agent override's language
    (`Emulation.setLocaleOverride` changes only Intl's default)."""
    driver.execute_cdp_cmd("Emulation.setTimezoneOverride", {"timezoneId": TIME_ZONE})
    driver.execute_cdp_cmd("Emulation.setLocaleOverride", {"locale": LOCALE})
    agent = driver.execute_cdp_cmd("Browser.getVersion", {})["userAgent"]
    driver.execute_cdp_cmd("Emulation.setUserAgentOverride", {"userAgent": agent, "acceptLanguage": LOCALE})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})


def test_st_context_reports_what_the_browser_says(storage_app, driver: WebDriver):
    emulate(driver)
    driver.get(storage_app.url + "?from=e2e")
    wait_idle(driver)
    shown = texts(driver)
    browser = driver.execute_script(
        """return {language: navigator.language, agent: navigator.userAgent, href: location.href,
                   timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
                   offset: new Date().getTimezoneOffset()}""")
    assert browser["timeZone"] == TIME_ZONE, "the CDP override took effect"
    assert shown["timeZone"] == TIME_ZONE
    assert shown["offset"] == str(browser["offset"]) == "-540"
    assert shown["locale"] == browser["language"]
    assert shown["locale"] == LOCALE, f"navigator.language follows the language override: {browser}"
    assert shown["accept-language"].startswith(LOCALE), "the upgrade request's headers reach st.context"
    assert shown["theme"] == "dark"
    assert shown["agent"] == browser["agent"] and "Chrome" in shown["agent"]
    assert shown["ip"] == "127.0.0.1"
    assert shown["url"] == browser["href"] == storage_app.url + "?from=e2e"
    assert shown["embedded"] == "false"


def test_local_storage_survives_a_reload_and_is_shared_with_a_new_tab(storage_app, driver: WebDriver):
    driver.get(storage_app.url)
    wait_idle(driver)
    assert texts(driver)["visits before"] == "0"
    stored = wait_until(
        lambda: driver.execute_script("return localStorage.getItem('swiftlit:/:e2e-visits')"),
        "the app's write never reached localStorage under its prefix")
    assert stored == "1"
    assert driver.execute_script("return localStorage.getItem('e2e-visits')") is None, "never unprefixed"

    driver.refresh()
    wait_idle(driver)
    assert texts(driver)["visits before"] == "1", "the reload's hello carried the entry back"

    driver.switch_to.new_window("tab")
    driver.get(storage_app.url)
    wait_idle(driver)
    assert texts(driver)["visits before"] == "2", "a new tab of the same origin reads the same entry"


def test_a_cookie_the_app_writes_comes_back_after_a_reload_and_in_a_new_tab(storage_app, driver: WebDriver):
    driver.get(storage_app.url)
    wait_idle(driver)
    assert texts(driver)["cookie"] == "-"
    field = find_widget(driver, "textInput:Name").find_element(By.CSS_SELECTOR, "input")
    before = last_run(driver)
    field.send_keys(NAME + "\n")
    wait_settled_after(driver, before)
    before = last_run(driver)
    find_widget(driver, "button:Remember").find_element(By.CSS_SELECTOR, "button").click()
    wait_settled_after(driver, before)
    wait_text(driver, "cookie", NAME)
    assert texts(driver)["header cookie"] == "-", "st.context.cookies was read before the write"
    raw = wait_until(
        lambda: next((c for c in driver.get_cookies() if c["name"] == "e2e-name"), None),
        "the cookie never reached the browser")
    assert raw["value"] == "Ada%20Lovelace%3B%20caf%C3%A9%20%E2%9C%93", "encoded where a cookie cannot carry it"
    assert raw["path"] == "/" and raw.get("sameSite") == "Lax" and not raw["secure"] and not raw["httpOnly"]
    assert 86_000 < raw["expiry"] - driver.execute_script("return Date.now() / 1000") <= 86_400

    driver.refresh()
    wait_idle(driver)
    wait_text(driver, "header cookie", NAME)

    driver.switch_to.new_window("tab")
    driver.get(storage_app.url)
    wait_idle(driver)
    wait_text(driver, "header cookie", NAME)
