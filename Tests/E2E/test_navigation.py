"""Pages and URLs end to end, in a real Chromium against the `navigation` app of Tests/E2EApps
(NavigationApp.swift): st.navigation's sidebar list, st.switchPage, st.pageLink with a query,
st.queryParams written by the app, back and forward, deep links and the "Page not found" page.

Client navigation never reloads the page: each test sets a marker on `window` and checks it is
still there, which a reload would have dropped.
"""

from __future__ import annotations

import tempfile
import urllib.error
import urllib.request
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from conftest import free_port_number, last_run, wait_idle, wait_settled_after, wait_until
from test_faults import AppServer, apps_binary, running_app  # noqa: F401  (a fixture)


@pytest.fixture
def nav_server(apps_binary: Path) -> Iterator[AppServer]:  # noqa: F811
    with running_app(apps_binary, "navigation") as server:
        yield server


def open_page(driver: WebDriver, server: AppServer, path: str = "") -> None:
    driver.get(server.url + path)
    wait_idle(driver)
    driver.execute_script("window.__noReload = 'still here';")


def heading(driver: WebDriver) -> str:
    return driver.find_element(By.CSS_SELECTOR, "#st-main h1").text


def wait_heading(driver: WebDriver, text: str) -> None:
    wait_until(lambda: heading(driver) == text or None, lambda: f"heading is {heading(driver)!r}, not {text!r}")
    wait_idle(driver)


def address(driver: WebDriver) -> str:
    parts = urlsplit(driver.current_url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def texts(driver: WebDriver) -> list[str]:
    return [element.text for element in driver.find_elements(By.CSS_SELECTOR, "#st-main [data-kind=text]")]


def assert_not_reloaded(driver: WebDriver) -> None:
    assert driver.execute_script("return window.__noReload") == "still here", "the page reloaded"


def nav_links(driver: WebDriver) -> dict[str, str]:
    """The navigation's links: label → aria-current."""
    return {link.find_element(By.CSS_SELECTOR, ".st-nav__label").get_attribute("textContent"):
            link.get_attribute("aria-current") or ""
            for link in driver.find_elements(By.CSS_SELECTOR, "#st-sidebar nav[aria-label=Pages] a")}


def test_sidebar_lists_pages_in_sections_and_navigates_without_reload(nav_server: AppServer, driver: WebDriver) -> None:
    open_page(driver, nav_server)
    assert heading(driver) == "Home page"
    assert driver.title == "Home"
    nav = driver.find_element(By.CSS_SELECTOR, "#st-sidebar nav[aria-label=Pages]")
    assert nav.find_element(By.XPATH, "..").get_attribute("id") == "st-sidebar", "the list is in the sidebar itself"
    assert [h.get_attribute("textContent") for h in nav.find_elements(By.CSS_SELECTOR, "h2")] == ["Main", "Account"]
    assert nav_links(driver) == {"Home": "page", "Reports": "", "Settings": ""}, "hidden pages are not listed"
    hrefs = [urlsplit(a.get_attribute("href")).path for a in nav.find_elements(By.CSS_SELECTOR, "a")]
    assert hrefs == ["/", "/reports", "/settings"]
    icons = [a.find_element(By.CSS_SELECTOR, ".st-nav__icon").get_attribute("textContent")
             for a in nav.find_elements(By.CSS_SELECTOR, "a")]
    assert icons == ["🏠", "bar_chart", "⚙️"], "an emoji, or a Material Symbols name the icon font draws"
    # The list is first in the sidebar, wherever the app drew it.
    assert nav.location["y"] <= min(e.location["y"] for e in driver.find_elements(By.CSS_SELECTOR, "#st-sidebar > *"))
    before = last_run(driver)
    nav.find_element(By.PARTIAL_LINK_TEXT, "Settings").click()
    wait_settled_after(driver, before)
    wait_heading(driver, "Settings page")
    assert address(driver) == "/settings"
    assert driver.title == "Settings"
    assert nav_links(driver) == {"Home": "", "Reports": "", "Settings": "page"}
    assert_not_reloaded(driver)


def test_widgets_of_two_pages_keep_their_own_values(nav_server: AppServer, driver: WebDriver) -> None:
    open_page(driver, nav_server)
    field = driver.find_element(By.CSS_SELECTOR, "#st-main input[type=text]")
    field.send_keys("Ada\n")
    wait_until(lambda: "Home name: Ada" in texts(driver) or None, lambda: f"texts are {texts(driver)}")
    driver.find_element(By.PARTIAL_LINK_TEXT, "Settings").click()
    wait_heading(driver, "Settings page")
    assert "Settings name: " in texts(driver), texts(driver)


def test_back_and_forward_restore_page_and_query(nav_server: AppServer, driver: WebDriver) -> None:
    open_page(driver, nav_server)
    driver.find_element(By.PARTIAL_LINK_TEXT, "Reports for 2024").click()
    wait_heading(driver, "Reports page")
    assert address(driver) == "/reports?year=2024"
    assert "Showing 2024" in texts(driver)
    # The app writes the query: the address follows, with a history entry of its own.
    before = last_run(driver)
    driver.find_element(By.XPATH, "//button[normalize-space()='Next year']").click()
    wait_settled_after(driver, before)
    wait_until(lambda: address(driver) == "/reports?year=2025" or None, lambda: f"address is {address(driver)}")
    assert "Showing 2025" in texts(driver)
    driver.back()
    wait_until(lambda: "Showing 2024" in texts(driver) or None, lambda: f"texts are {texts(driver)}")
    wait_idle(driver)
    assert address(driver) == "/reports?year=2024"
    driver.back()
    wait_heading(driver, "Home page")
    assert address(driver) == "/"
    driver.forward()
    wait_heading(driver, "Reports page")
    wait_until(lambda: "Showing 2024" in texts(driver) or None, lambda: f"texts are {texts(driver)}")
    assert address(driver) == "/reports?year=2024"
    assert_not_reloaded(driver)


def test_deep_link_opens_the_page_with_its_query(nav_server: AppServer, driver: WebDriver) -> None:
    open_page(driver, nav_server, "settings?tab=notifications")
    assert heading(driver) == "Settings page"
    assert "Tab: notifications" in texts(driver)
    assert address(driver) == "/settings?tab=notifications"
    open_page(driver, nav_server, "reports?year=2030")
    assert "Showing 2030" in texts(driver)
    # A hidden page is not listed, but its address opens it.
    open_page(driver, nav_server, "secret")
    assert heading(driver) == "Secret page"
    assert all("Secret" not in name for name in nav_links(driver))


def test_switch_page_from_code_moves_the_address_bar(nav_server: AppServer, driver: WebDriver) -> None:
    open_page(driver, nav_server)
    driver.find_element(By.XPATH, "//button[normalize-space()='Go to settings']").click()
    wait_heading(driver, "Settings page")
    wait_until(lambda: address(driver) == "/settings?tab=privacy" or None, lambda: f"address is {address(driver)}")
    assert "Tab: privacy" in texts(driver)
    driver.back()
    wait_heading(driver, "Home page")
    assert address(driver) == "/"
    assert_not_reloaded(driver)


def test_unknown_path_shows_the_not_found_page(nav_server: AppServer, driver: WebDriver) -> None:
    open_page(driver, nav_server, "no-such-page")
    assert heading(driver) == "Page not found"
    assert "There is no page at /no-such-page in this app." in texts(driver)
    assert driver.title == "Page not found"
    link = driver.find_element(By.PARTIAL_LINK_TEXT, "Go to Home")
    link.click()
    wait_heading(driver, "Home page")
    assert address(driver) == "/"
    assert_not_reloaded(driver)


def test_server_routes_keep_their_own_404(nav_server: AppServer, driver: WebDriver) -> None:
    driver.get(nav_server.url + "_stcore/no-such-route")
    assert "Swiftlit" not in driver.title
    assert driver.find_elements(By.CSS_SELECTOR, "#swiftlit-app") == []


def test_a_new_tab_opens_its_own_session_at_the_page(nav_server: AppServer, driver: WebDriver) -> None:
    open_page(driver, nav_server)
    href = driver.find_element(By.PARTIAL_LINK_TEXT, "Reports for 2024").get_attribute("href")
    assert urlsplit(href).path == "/reports" and urlsplit(href).query == "year=2024"
    driver.switch_to.new_window("tab")
    open_page(driver, nav_server, "reports?year=2024")
    assert heading(driver) == "Reports page"
    assert "Showing 2024" in texts(driver)


class BasePathServer(AppServer):
    """The navigation app behind the path prefix `apps/nav`, where its health check is too."""

    def health(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/apps/nav/_stcore/health", timeout=1) as answer:
                return answer.status == 200
        except (OSError, urllib.error.URLError):
            return False


def test_pages_live_below_the_base_path(apps_binary: Path, driver: WebDriver) -> None:  # noqa: F811
    with tempfile.TemporaryDirectory(prefix="swiftlit-nav-") as log_dir:
        server = BasePathServer(apps_binary, "navigation", free_port_number(), Path(log_dir),
                                extra=("--server.baseUrlPath", "apps/nav"))
        server.start()
        try:
            open_page(driver, server, "apps/nav/settings?tab=deep")
            assert heading(driver) == "Settings page"
            assert "Tab: deep" in texts(driver)
            nav = driver.find_element(By.CSS_SELECTOR, "#st-sidebar nav[aria-label=Pages]")
            hrefs = [urlsplit(a.get_attribute("href")).path for a in nav.find_elements(By.CSS_SELECTOR, "a")]
            assert hrefs == ["/apps/nav/", "/apps/nav/reports", "/apps/nav/settings"]
            nav.find_element(By.PARTIAL_LINK_TEXT, "Home").click()
            wait_heading(driver, "Home page")
            assert address(driver) == "/apps/nav/"
            driver.find_element(By.PARTIAL_LINK_TEXT, "Reports for 2024").click()
            wait_heading(driver, "Reports page")
            assert address(driver) == "/apps/nav/reports?year=2024"
            driver.back()
            wait_heading(driver, "Home page")
            assert_not_reloaded(driver)
        finally:
            server.stop()
