"""Data end to end, in a real Chromium against the `data` app of Tests/E2EApps (DataApp.swift):

- a 1,000,000-row grid scrolls to its very last row, and sorts by a column on the server;
- its dollar column reads `$1,234.50`;
- selecting a row reaches the app as a typed selection;
- an editor's edit, an added row and a refused value (shown in its cell) reach the app.

The binary is `.build/debug/swiftlit-e2e-apps` unless SWIFTLIT_E2E_APPS_BIN names another.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions.wheel_input import ScrollOrigin
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver

from conftest import last_run, wait_idle, wait_settled_after, wait_until
from test_faults import apps_binary, running_app  # noqa: F401  (a fixture)

ROWS = 1_000_000
BIG = '[data-widget-id="dataframe#big"]'
EDITOR = '[data-widget-id="dataframe#editor"]'


@pytest.fixture
def data_page(apps_binary: Path, driver: WebDriver, request):  # noqa: F811
    with running_app(apps_binary, "data") as server:
        driver.get(server.url)
        wait_idle(driver)
        yield driver


def cell_text(driver: WebDriver, grid: str, row: int, column: str) -> str | None:
    return driver.execute_script(
        """const [grid, row, column] = arguments;
        const cell = document.querySelector(`${grid} [data-testid="st-dataframe-row"][data-row="${row}"]`
          + `:not([data-loading]) [data-testid="st-dataframe-cell"][data-column="${column}"]`);
        return cell ? cell.textContent : null;""",
        grid, row, column)


def texts(driver: WebDriver) -> list[str]:
    return [e.text for e in driver.find_elements(By.CSS_SELECTOR, '[data-kind="text"]')]


def wait_text(driver: WebDriver, prefix: str, expected: str) -> None:
    wait_until(lambda: next((t for t in texts(driver) if t.startswith(prefix) and t == expected), None),
               message=f"text {expected!r}; have {texts(driver)}")


def test_a_million_rows_scroll_to_the_end_and_sort_on_the_server(data_page: WebDriver):
    driver = data_page
    assert wait_until(lambda: cell_text(driver, BIG, 0, "price"), message="first rows") == "$1,234.50"
    assert driver.find_element(By.CSS_SELECTOR, BIG).get_attribute("data-row-count") in (None, str(ROWS))

    grid = driver.find_element(By.CSS_SELECTOR, f'{BIG} [data-testid="st-dataframe-grid"]')
    # A wheel moves rows by its own distance, although a million rows' body is scaled to fit the browser.
    ActionChains(driver).scroll_from_origin(ScrollOrigin.from_element(grid), 0, 10 * 32).perform()
    wait_until(lambda: cell_text(driver, BIG, 14, "id") == "14" or None, message="rows 10… after the wheel")
    assert cell_text(driver, BIG, 0, "id") is None, "row 0 scrolled out of view"
    assert cell_text(driver, BIG, 500, "id") is None, "not hundreds of rows per wheel step"
    grid.click()
    grid.send_keys(Keys.CONTROL, Keys.END)
    last = wait_until(lambda: cell_text(driver, BIG, ROWS - 1, "id"), message=lambda: "the last row after scrolling; rows " + str(driver.execute_script(
        "return [...document.querySelectorAll(arguments[0] + ' [data-testid=st-dataframe-row]')].map(r => r.dataset.row + (r.hasAttribute('data-loading') ? 'L' : '')).join(',') + ' active ' + document.activeElement.outerHTML.slice(0, 120)", BIG)))
    assert last == str(ROWS - 1)
    assert driver.execute_script(
        "const s = arguments[0]; return s.scrollTop + s.clientHeight >= s.scrollHeight - 2", grid)

    # Sort by id, descending (two clicks): the server sorts a million rows, the top row is the last id.
    driver.execute_script("arguments[0].scrollTop = 0", grid)
    sort = driver.find_element(
        By.CSS_SELECTOR, f'{BIG} [data-testid="st-dataframe-column-header"][data-column="id"] [data-testid="st-dataframe-sort"]')
    sort.click()
    wait_until(lambda: driver.find_element(By.CSS_SELECTOR, BIG).get_attribute("data-sort") == "id" or None,
               message="sorted by id")
    sort.click()
    assert wait_until(lambda: cell_text(driver, BIG, 0, "id") == str(ROWS - 1) or None, message="descending", timeout=30)
    header = driver.find_element(By.CSS_SELECTOR, f'{BIG} [data-testid="st-dataframe-column-header"][data-column="id"]')
    assert header.get_attribute("aria-sort") == "descending"
    assert cell_text(driver, BIG, 1, "id") == str(ROWS - 2)


def test_a_selected_row_reaches_the_app(data_page: WebDriver):
    driver = data_page
    wait_until(lambda: cell_text(driver, BIG, 3, "id"), message="rows")
    before = last_run(driver)
    driver.find_element(
        By.CSS_SELECTOR, f'{BIG} [data-testid="st-dataframe-row"][data-row="3"] [data-testid="st-dataframe-row-select"]'
    ).click()
    wait_settled_after(driver, before)
    wait_text(driver, "selected rows", "selected rows: [3]")


def edit_cell(driver: WebDriver, row: int, column: str, text: str) -> None:
    cell = driver.find_element(
        By.CSS_SELECTOR,
        f'{EDITOR} [data-testid="st-dataframe-row"][data-row="{row}"] [data-testid="st-dataframe-cell"][data-column="{column}"]')
    before = last_run(driver)
    ActionChains(driver).double_click(cell).perform()
    editor = wait_until(lambda: driver.find_elements(By.CSS_SELECTOR, f'{EDITOR} [data-testid="st-dataframe-cell-editor"]'),
                        message="a cell editor")[0]
    editor.send_keys(Keys.CONTROL, "a")
    editor.send_keys(text, Keys.ENTER)
    wait_settled_after(driver, before)


def test_editor_edits_added_rows_and_refusals_reach_the_app(data_page: WebDriver):
    driver = data_page
    wait_until(lambda: cell_text(driver, EDITOR, 1, "count"), message="editor rows")
    edit_cell(driver, 1, "count", "9")
    wait_text(driver, "editor rows", "editor rows: 2 counts: 3,9")

    # A negative count breaks the column's minimum: refused, shown in the cell, the app unchanged.
    edit_cell(driver, 0, "count", "-4")
    wait_text(driver, "editor rows", "editor rows: 2 counts: 3,9")
    invalid = wait_until(
        lambda: driver.find_elements(By.CSS_SELECTOR, f'{EDITOR} [data-testid="st-dataframe-cell"][data-invalid]'),
        message="the refused cell marked")
    assert invalid[0].get_attribute("aria-invalid") == "true"
    assert "at least 0" in (invalid[0].get_attribute("title") or "")
    assert "-4" in invalid[0].text

    before = last_run(driver)
    driver.find_element(By.CSS_SELECTOR, f'{EDITOR} [data-testid="st-dataframe-add-row"]').click()
    active = driver.switch_to.active_element
    active.send_keys("plum", Keys.ENTER)
    wait_settled_after(driver, before)
    wait_text(driver, "editor rows", "editor rows: 3 counts: 3,9,")
