"""End-to-end tests of the demo's layout, flow and status features in a real browser.

Columns and the sidebar (Examples/DemoApp/Sections/LayoutSection.swift), forms, dialogs, fragments
and server push (FlowSection.swift), and progress, status, toasts and celebrations
(StatusSection.swift). As in test_demo.py, every wait polls the page with a timeout; the only
bounded observations (nothing may happen for a short while) are marked as such.
"""

from __future__ import annotations

import json
import re
import time
from typing import Optional

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select

from conftest import (
    APP,
    WAIT_TIMEOUT,
    app_state,
    find_widget,
    last_run,
    run_count_text,
    wait_idle,
    wait_settled_after,
    wait_until,
)

WIDE_SCREENSHOT = "/tmp/swiftlit-layout-wide.png"
NARROW_SCREENSHOT = "/tmp/swiftlit-layout-narrow.png"
NARROW_SIDEBAR_SCREENSHOT = "/tmp/swiftlit-layout-narrow-sidebar.png"
LONG_TASK_SCREENSHOT = "/tmp/swiftlit-long-task.png"
DIALOG_SCREENSHOT = "/tmp/swiftlit-dialog.png"

#: How long the "nothing happens" observations last (longer than the text inputs' 300 ms debounce).
QUIET_PERIOD = 1.0


# --------------------------------------------------------------------------------------------------
# Helpers


def button(driver: WebDriver, label: str) -> WebElement:
    return find_widget(driver, f"button:{label}").find_element(By.CSS_SELECTOR, "button")


def click_and_settle(driver: WebDriver, label: str) -> int:
    """Clicks the button with this label and waits for the run it causes; returns its number."""
    before = last_run(driver)
    button(driver, label).click()
    return wait_settled_after(driver, before)


def texts_of_kind(driver: WebDriver, kind: str) -> list[str]:
    """The text of every element of this kind (`caption`, `markdown`, …) in the main area."""
    return driver.execute_script(
        "return [...document.querySelectorAll(`#st-main [data-kind=\"${arguments[0]}\"]`)]"
        "  .map((el) => el.textContent.trim());",
        kind,
    )


def signups_caption(driver: WebDriver) -> Optional[str]:
    return next((text for text in texts_of_kind(driver, "caption") if text.startswith("Sign-ups: ")), None)


def rect(driver: WebDriver, element: WebElement) -> dict:
    return driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return {left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height};",
        element,
    )


def inner_width(driver: WebDriver) -> int:
    return driver.execute_script("return innerWidth;")


def sidebar_state(driver: WebDriver) -> Optional[str]:
    return driver.find_element(By.CSS_SELECTOR, APP).get_attribute("data-sidebar")


def wait_sidebar(driver: WebDriver, state: str) -> None:
    wait_until(lambda: sidebar_state(driver) == state, lambda: f"data-sidebar is {sidebar_state(driver)!r}, not {state!r}")


def metric_columns(driver: WebDriver) -> list[WebElement]:
    """The three columns of the Layout section's metrics row."""
    rows = driver.find_elements(By.CSS_SELECTOR, '#st-main [data-testid="st-block-columns"]')
    assert len(rows) == 1, f"expected one row of columns, found {len(rows)}"
    columns = rows[0].find_elements(By.CSS_SELECTOR, ':scope > [data-st-children] > [data-testid="st-block-column"]')
    assert len(columns) == 3, f"expected 3 columns, found {len(columns)}"
    return columns


def metric_parts(column: WebElement) -> dict:
    metric = column.find_element(By.CSS_SELECTOR, '[data-testid="st-metric"]')
    delta = metric.find_element(By.CSS_SELECTOR, '[data-testid="st-metric-delta"]')
    return {
        "label": metric.find_element(By.CSS_SELECTOR, '[data-testid="st-metric-label"]').text.strip(),
        "value": metric.find_element(By.CSS_SELECTOR, '[data-testid="st-metric-value"]').text.strip(),
        # The arrow is a separate, aria-hidden span; the delta's own text is the last span.
        "delta": delta.find_element(By.CSS_SELECTOR, ":scope > span:last-child").text.strip(),
        "direction": delta.get_attribute("data-direction"),
        "tone": delta.get_attribute("data-tone"),
    }


def save_full_page(driver: WebDriver, path: str, width: int) -> None:
    """A screenshot of the whole page at this width (the window is made as tall as the page)."""
    height = driver.execute_script("return document.documentElement.scrollHeight;")
    driver.set_window_size(width, min(max(height + 140, 1000), 8000))
    wait_until(lambda: inner_width(driver) <= width, lambda: f"the window is {inner_width(driver)} px wide, not {width}")
    driver.save_screenshot(path)


def dialogs(driver: WebDriver) -> list[dict]:
    """Every dialog block in the document: whether it is open (and modal) and its title."""
    return driver.execute_script(
        """
        return [...document.querySelectorAll('[data-testid="st-block-dialog"]')].map((d) => ({
          tag: d.localName,
          open: d.open,
          modal: d.matches(":modal"),
          title: d.querySelector("h2")?.textContent.trim() ?? null,
          fragment: d.getAttribute("data-fragment"),
        }));
        """
    )


def focus(driver: WebDriver, element: WebElement) -> None:
    """Focuses without clicking: a click on a range input would move its thumb."""
    driver.execute_script("arguments[0].focus();", element)
    wait_until(
        lambda: driver.execute_script("return document.activeElement === arguments[0];", element),
        "could not focus the element",
    )


def record_app_attributes(driver: WebDriver) -> None:
    """From now on, the page notes every change of the app root's data-last-run / data-run-state."""
    driver.execute_script(
        """
        const app = document.querySelector(arguments[0]);
        window.__appChanges = [];
        new MutationObserver((records) => {
          for (const record of records) {
            window.__appChanges.push({
              attribute: record.attributeName,
              value: app.getAttribute(record.attributeName),
            });
          }
        }).observe(app, {attributes: true, attributeFilter: ["data-last-run", "data-run-state"]});
        """,
        APP,
    )


def app_changes(driver: WebDriver, clear: bool = False) -> list[dict]:
    return driver.execute_script(
        "const seen = window.__appChanges ?? []; if (arguments[0]) window.__appChanges = []; return seen;", clear
    )


def observe_quiet(driver: WebDriver, run: int, seconds: float = QUIET_PERIOD) -> None:
    """A bounded observation: for `seconds`, no run starts or finishes."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        state = app_state(driver)
        assert state["lastRun"] == run and state["runState"] == "idle", (
            f"the page ran while nothing should have happened: {state} (expected last run {run}, idle)"
        )
        time.sleep(0.05)
    assert app_changes(driver) == [], f"the app root changed: {app_changes(driver)}"


# --------------------------------------------------------------------------------------------------
# Layout


def test_columns_side_by_side_when_wide_and_stacked_when_narrow(page: WebDriver):
    assert inner_width(page) >= 1200
    assert sidebar_state(page) == "shown"  # wide window, initialSidebarState .auto: the sidebar is open

    parts = [metric_parts(column) for column in metric_columns(page)]
    assert parts[0] == {"label": "Revenue", "value": "$1.2M", "delta": "+4%", "direction": "up", "tone": "positive"}
    assert parts[1] == {"label": "Users", "value": "1204", "delta": "+32", "direction": "up", "tone": "positive"}
    # deltaColor: .inverse — down is good.
    assert parts[2] == {"label": "Churn", "value": "2.1%", "delta": "-0.3%", "direction": "down", "tone": "positive"}

    # Wide: one row — the same top, left to right, not overlapping, of about the same width.
    boxes = [rect(page, column) for column in metric_columns(page)]
    assert all(box["width"] > 50 and box["height"] > 20 for box in boxes), boxes
    assert max(box["top"] for box in boxes) - min(box["top"] for box in boxes) <= 1, boxes
    for before, after in zip(boxes, boxes[1:]):
        assert after["left"] >= before["right"] - 0.5, f"columns overlap or are out of order: {boxes}"
    assert max(box["width"] for box in boxes) - min(box["width"] for box in boxes) <= 2, boxes
    save_full_page(page, WIDE_SCREENSHOT, 1280)

    # Narrow (≤ 640 px): the columns stack — top to bottom, at the same x.
    page.set_window_size(480, 1000)
    wait_until(lambda: inner_width(page) <= 640, lambda: f"the window is still {inner_width(page)} px wide")

    def stacked() -> Optional[list[dict]]:
        boxes = [rect(page, column) for column in metric_columns(page)]
        lefts = [box["left"] for box in boxes]
        in_order = all(after["top"] >= before["bottom"] - 0.5 for before, after in zip(boxes, boxes[1:]))
        return boxes if in_order and max(lefts) - min(lefts) <= 1 else None

    boxes = wait_until(stacked, lambda: f"columns did not stack: {[rect(page, c) for c in metric_columns(page)]}")
    assert all(box["width"] > 200 for box in boxes), f"stacked columns should take the full width: {boxes}"
    assert [metric_parts(column)["label"] for column in metric_columns(page)] == ["Revenue", "Users", "Churn"]

    # Loaded at this width, the page starts with the sidebar collapsed (.auto on a narrow screen).
    page.refresh()
    wait_idle(page)
    wait_sidebar(page, "collapsed")
    assert not find_widget(page, "selectbox:Region").is_displayed()
    assert stacked(), "columns not stacked after the reload"
    main = page.find_element(By.CSS_SELECTOR, "#st-main")
    assert rect(page, main)["right"] <= inner_width(page) + 0.5, "the main area is wider than the window"
    assert page.execute_script("return document.documentElement.scrollWidth;") <= inner_width(page), (
        "the narrow page scrolls sideways"
    )
    save_full_page(page, NARROW_SCREENSHOT, 480)

    # Opened on a narrow screen, the sidebar covers the page instead of pushing it aside.
    page.set_window_size(480, 1000)
    main_left = rect(page, main)["left"]
    page.find_element(By.CSS_SELECTOR, '[data-testid="st-sidebar-toggle"]').click()
    wait_sidebar(page, "shown")
    region = find_widget(page, "selectbox:Region")
    wait_until(region.is_displayed, "the Region select is not shown in the opened sidebar")
    sidebar = rect(page, page.find_element(By.CSS_SELECTOR, "#st-sidebar"))
    assert sidebar["left"] <= 0.5 and sidebar["right"] > main_left, f"sidebar {sidebar}, main starts at {main_left}"
    assert abs(rect(page, main)["left"] - main_left) <= 0.5, "the main area moved when the sidebar opened"
    page.save_screenshot(NARROW_SIDEBAR_SCREENSHOT)


def test_sidebar_collapses_and_remembers_it(page: WebDriver):
    toggle = page.find_element(By.CSS_SELECTOR, "#st-sidebar-toggle")
    region = find_widget(page, "selectbox:Region")
    sidebar = page.find_element(By.CSS_SELECTOR, "#st-sidebar")
    main = page.find_element(By.CSS_SELECTOR, "#st-main")

    assert sidebar_state(page) == "shown"
    assert region.is_displayed()
    assert page.execute_script("return arguments[0].closest('#st-sidebar') !== null;", region)
    assert find_widget(page, "checkbox:Detailed figures").is_displayed()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert toggle.accessible_name == "Close sidebar"
    main_left_shown = rect(page, main)["left"]
    assert main_left_shown >= rect(page, sidebar)["right"] - 0.5, "the wide sidebar overlaps the main area"
    runs = last_run(page)

    toggle.click()
    wait_sidebar(page, "collapsed")
    wait_until(lambda: not region.is_displayed(), "the Region select is still shown in the collapsed sidebar")
    assert not sidebar.is_displayed()
    assert toggle.get_attribute("aria-expanded") == "false"
    assert toggle.accessible_name == "Open sidebar"
    assert toggle.is_displayed()
    # Widths of at least 48rem: the main column takes the room the sidebar left.
    assert rect(page, main)["left"] < main_left_shown

    toggle.click()
    wait_sidebar(page, "shown")
    wait_until(region.is_displayed, "the Region select did not come back")
    assert toggle.accessible_name == "Close sidebar"

    toggle.click()
    wait_sidebar(page, "collapsed")
    # Opening and closing the sidebar is the browser's business: no run.
    assert last_run(page) == runs and app_state(page)["runState"] == "idle"
    stored = page.execute_script("return localStorage.getItem('swiftlit.sidebar:' + location.pathname);")
    assert stored is not None and json.loads(stored).get("collapsed") is True, stored

    page.refresh()
    wait_idle(page)
    wait_sidebar(page, "collapsed")
    assert not find_widget(page, "selectbox:Region").is_displayed()
    toggle = page.find_element(By.CSS_SELECTOR, "#st-sidebar-toggle")
    assert toggle.get_attribute("aria-expanded") == "false"

    toggle.click()
    wait_sidebar(page, "shown")
    wait_until(find_widget(page, "selectbox:Region").is_displayed, "the Region select did not come back after the reload")


# --------------------------------------------------------------------------------------------------
# Flow


def test_form_submits_once_with_all_values(page: WebDriver):
    email = find_widget(page, "textInput:Email").find_element(By.CSS_SELECTOR, "input")
    plan = Select(find_widget(page, "selectbox:Plan").find_element(By.CSS_SELECTOR, "select"))
    assert signups_caption(page) == "Sign-ups: none yet"
    assert plan.first_selected_option.text == "Free"
    start = last_run(page)
    record_app_attributes(page)

    email.click()
    email.send_keys("ada@example.com")
    plan.select_by_visible_text("Pro")  # the email field loses the focus: inside a form, no commit is sent
    assert email.get_property("value") == "ada@example.com"
    assert plan.first_selected_option.text == "Pro"
    # Bounded observation: editing a form's widgets reruns nothing (longer than the text debounce).
    observe_quiet(page, start)
    assert signups_caption(page) == "Sign-ups: none yet"

    button(page, "Sign up").click()
    after = wait_settled_after(page, start)
    assert after == start + 1, f"the submission ran {after - start} times"
    wait_until(
        lambda: signups_caption(page) == "Sign-ups: ada@example.com (Pro)",
        lambda: f"caption is {signups_caption(page)!r}",
    )
    # clearOnSubmit: the fields are back to their defaults.
    wait_until(lambda: email.get_property("value") == "", lambda: f"email still holds {email.get_property('value')!r}")
    assert plan.first_selected_option.text == "Free"
    # Exactly one run: one start and one end, and nothing follows (bounded observation).
    app_changes_after_submit = app_changes(page, clear=True)
    assert [c["value"] for c in app_changes_after_submit if c["attribute"] == "data-last-run"] == [str(start + 1)], (
        app_changes_after_submit
    )
    observe_quiet(page, start + 1, seconds=0.5)

    # Enter in the form's text input submits too, again in exactly one run.
    email.click()
    email.send_keys("bob@example.org", Keys.ENTER)
    after = wait_settled_after(page, start + 1)
    assert after == start + 2
    wait_until(
        lambda: signups_caption(page) == "Sign-ups: ada@example.com (Pro), bob@example.org (Free)",
        lambda: f"caption is {signups_caption(page)!r}",
    )
    wait_until(lambda: email.get_property("value") == "", lambda: f"email still holds {email.get_property('value')!r}")
    assert page.find_elements(By.CSS_SELECTOR, '[data-testid="st-client-error"]') == []


def test_dialog_opens_reruns_as_a_fragment_and_closes(page: WebDriver):
    assert dialogs(page) == []
    click_and_settle(page, "Rate Swiftlit")
    wait_until(lambda: [d["open"] for d in dialogs(page)] == [True], lambda: f"dialogs: {dialogs(page)}")
    (shown,) = dialogs(page)
    assert shown["tag"] == "dialog" and shown["modal"], shown
    assert shown["title"] == "Rate Swiftlit"
    assert shown["fragment"], "the dialog is not marked as a fragment"
    page_runs = run_count_text(page)
    assert page_runs is not None

    stars_widget = find_widget(page, "slider:Stars")
    assert page.execute_script(
        "return arguments[0].closest('[data-testid=\"st-block-dialog\"]') !== null;", stars_widget
    ), "the Stars slider is not inside the dialog"
    stars = stars_widget.find_element(By.CSS_SELECTOR, 'input[type="range"]')
    assert stars.get_property("value") == "5"
    focus(page, stars)
    for _ in range(2):
        before = last_run(page)
        ActionChains(page).send_keys(Keys.ARROW_LEFT).perform()
        wait_settled_after(page, before)
    wait_until(
        lambda: "★★★" in dialog_texts(page),
        lambda: f"the dialog shows {dialog_texts(page)}",
    )
    assert stars.get_property("value") == "3"
    page.save_screenshot(DIALOG_SCREENSHOT)
    # The dialog's rerun is a fragment run: it stays open and the page did not run.
    assert [d["open"] for d in dialogs(page)] == [True], dialogs(page)
    assert run_count_text(page) == page_runs

    before = last_run(page)
    button(page, "Send rating").click()
    wait_settled_after(page, before)
    wait_until(lambda: not any(d["open"] for d in dialogs(page)), lambda: f"the dialog did not close: {dialogs(page)}")
    wait_until(
        lambda: "You rated Swiftlit 3 of 5." in texts_of_kind(page, "markdown"),
        lambda: f"no rating shown; markdown: {texts_of_kind(page, 'markdown')}",
    )

    # Opened again, the × closes it in the browser alone: no message, no run.
    click_and_settle(page, "Rate Swiftlit")
    wait_until(lambda: [d["open"] for d in dialogs(page)] == [True], lambda: f"dialogs: {dialogs(page)}")
    runs = last_run(page)
    close = page.find_element(By.CSS_SELECTOR, '[data-testid="st-dialog-close"]')
    assert close.accessible_name == "Close"
    close.click()
    wait_until(lambda: not any(d["open"] for d in dialogs(page)), lambda: f"the × did not close it: {dialogs(page)}")
    assert last_run(page) == runs and app_state(page)["runState"] == "idle", app_state(page)
    assert not page.execute_script("return document.querySelector(':modal') !== null;")
    assert "You rated Swiftlit 3 of 5." in texts_of_kind(page, "markdown")


def test_dialog_closed_with_the_x_opens_again_from_its_button(page: WebDriver):
    click_and_settle(page, "Rate Swiftlit")
    wait_until(lambda: [d["open"] for d in dialogs(page)] == [True], lambda: f"dialogs: {dialogs(page)}")
    page.find_element(By.CSS_SELECTOR, '[data-testid="st-dialog-close"]').click()
    wait_until(lambda: not any(d["open"] for d in dialogs(page)), lambda: f"the × did not close it: {dialogs(page)}")

    # The app calls st.dialog again in this run (its session flag is still set): it should show.
    click_and_settle(page, "Rate Swiftlit")
    wait_until(
        lambda: [d["open"] for d in dialogs(page)] == [True],
        lambda: f"the dialog did not open again: {dialogs(page)}",
        timeout=3,
    )


def dialog_texts(driver: WebDriver) -> list[str]:
    return driver.execute_script(
        """
        return [...document.querySelectorAll('[data-testid="st-block-dialog"] [data-kind="markdown"]')]
          .map((el) => el.textContent.trim());
        """
    )


def fragment_count_text(driver: WebDriver) -> Optional[str]:
    return next((text for text in texts_of_kind(driver, "markdown") if text.startswith("Fragment count: ")), None)


def test_fragment_widget_reruns_only_the_fragment(page: WebDriver):
    page_runs = run_count_text(page)
    assert page_runs == "This page ran 1 times"
    assert fragment_count_text(page) == "Fragment count: 0"
    count_button = button(page, "Count in the fragment")
    assert page.execute_script("return arguments[0].closest('[data-fragment]') !== null;", count_button), (
        "the button is not inside a fragment block"
    )

    for expected in (1, 2, 3):
        click_and_settle(page, "Count in the fragment")
        wait_until(
            lambda: fragment_count_text(page) == f"Fragment count: {expected}",
            lambda: f"fragment shows {fragment_count_text(page)!r}, expected {expected}",
        )
        assert run_count_text(page) == page_runs, f"the page ran: it shows {run_count_text(page)!r}"

    assert fragment_count_text(page) == "Fragment count: 3"
    assert run_count_text(page) == "This page ran 1 times"

    # A full run afterwards still knows the fragment's count, and counts itself once.
    before = last_run(page)
    slider = find_widget(page, "slider:Repeat").find_element(By.CSS_SELECTOR, 'input[type="range"]')
    focus(page, slider)
    ActionChains(page).send_keys(Keys.ARROW_RIGHT).perform()
    wait_settled_after(page, before)
    wait_until(lambda: run_count_text(page) == "This page ran 2 times", lambda: f"page shows {run_count_text(page)!r}")
    assert fragment_count_text(page) == "Fragment count: 3"


# --------------------------------------------------------------------------------------------------
# Status and push


PROBE = """
const app = document.querySelector(arguments[0]);
const bar = document.querySelector('#st-main [data-testid="st-progress-bar"]');
const text = bar?.closest('[data-kind="progress"]')?.querySelector('.st-progress__text');
const spinner = document.querySelector('#st-main [data-kind="spinner"]');
return {
  runState: app.getAttribute("data-run-state"),
  lastRun: Number(app.getAttribute("data-last-run")),
  value: bar === null ? null : Number(bar.getAttribute("aria-valuenow")),
  text: text?.textContent.trim() ?? null,
  spinner: spinner?.textContent.trim() ?? null,
};
"""


def test_progress_bar_advances_during_a_long_run(page: WebDriver):
    # Celebrations last a few seconds: note every one added, so that none is missed.
    page.execute_script(
        """
        window.__celebrations = [];
        new MutationObserver((records) => {
          for (const record of records) for (const node of record.addedNodes) {
            if (node.nodeType === 1 && node.matches('[data-testid="st-celebration-animation"]')) {
              window.__celebrations.push(node.getAttribute("data-animation"));
            }
          }
        }).observe(document.body, {childList: true});
        // Every value the bar shows, as the page shows it: a WebDriver poll can stall for a second
        // while the page draws its charts, and miss steps the page did show.
        window.__progress = [];
        new MutationObserver(() => {
          const bar = document.querySelector('#st-main [data-testid="st-progress-bar"]');
          if (bar === null) return;
          const value = Number(bar.getAttribute("aria-valuenow"));
          if (window.__progress.at(-1) !== value) window.__progress.push(value);
        }).observe(document.body, {childList: true, subtree: true, attributes: true, attributeFilter: ["aria-valuenow"]});
        """
    )
    assert page.find_elements(By.CSS_SELECTOR, '#st-main [data-testid="st-progress-bar"]') == []
    before = last_run(page)
    button(page, "Run a long task").click()

    # Sample the bar every ~30 ms while the run goes.
    samples: list[dict] = []
    deadline = time.monotonic() + WAIT_TIMEOUT
    while True:
        sample = page.execute_script(PROBE, APP)
        samples.append(sample)
        if sample["lastRun"] > before and sample["runState"] == "idle":
            break
        assert time.monotonic() < deadline, f"the long run did not end; last samples {samples[-5:]}"
        time.sleep(0.03)

    during = [s for s in samples if s["runState"] == "running" and s["lastRun"] == before and s["value"] is not None]
    shown = page.execute_script("return window.__progress;")
    between = [value for value in shown if 0 < value < 100]
    assert len(between) >= 3, f"the bar showed only {shown}; samples: {samples}"
    assert shown == sorted(shown), f"the bar went backwards: {shown}"
    values = [s["value"] for s in during]
    assert all(a <= b for a, b in zip(values, values[1:])), f"the bar went backwards: {values}"
    steps = [s["text"] for s in during if s["text"] and s["text"].startswith("Step ")]
    assert steps and all(re.fullmatch(r"Step \d+ of 10", t) for t in steps), steps
    assert any(s["spinner"] == "Checking the answer…" for s in samples), (
        f"the spinner never showed: {[s['spinner'] for s in samples]}"
    )

    wait_idle(page)
    final = page.execute_script(PROBE, APP)
    assert final["value"] == 100 and final["text"] == "Step 10 of 10", final
    assert final["spinner"] is None, "the spinner is still there after the run"
    assert "The answer is 42." in texts_of_kind(page, "markdown")

    boxes = page.find_elements(By.CSS_SELECTOR, '#st-main [data-testid="st-block-status"]')
    assert len(boxes) == 1
    box = boxes[0]
    assert box.tag_name == "details"
    assert box.get_attribute("data-state") == "complete"
    assert box.find_element(By.CSS_SELECTOR, "summary").text.strip().endswith("Numbers crunched")
    assert box.get_property("open") is True  # expanded: true keeps it open when complete
    assert "All ten steps done." in box.text

    toasts = page.find_elements(By.CSS_SELECTOR, '#st-toasts [data-testid="st-toast-message"]')
    shown = [t.find_element(By.CSS_SELECTOR, ".st-toast__body").text.strip() for t in toasts if t.is_displayed()]
    assert shown == ["Task finished"], [t.get_property("textContent") for t in toasts]
    wait_until(
        lambda: "balloons" in page.execute_script("return window.__celebrations;"),
        lambda: f"no balloons; celebrations seen: {page.execute_script('return window.__celebrations;')}",
    )
    assert page.execute_script("return window.__celebrations;") == ["balloons"]
    page.execute_script("arguments[0].scrollIntoView({block: 'center'});", box)
    page.save_screenshot(LONG_TASK_SCREENSHOT)


ENDLESS_ANIMATIONS = """
return document.getAnimations()
  .filter((animation) => animation.playState === "running" && animation.effect.getTiming().iterations === Infinity)
  .map((animation) => animation.animationName ?? String(animation));
"""


def test_a_page_at_rest_runs_no_endless_animation(page: WebDriver):
    """The running bar's sweep once ran forever under opacity 0: the browser drew a frame every 16 ms
    at rest, and a key press waited for the CPU behind them (p50 18 ms from key to text instead of 9)."""
    wait_until(
        lambda: page.execute_script(PROBE, APP)["runState"] == "idle" and page.execute_script(ENDLESS_ANIMATIONS) == [],
        lambda: f"endless animations at rest: {page.execute_script(ENDLESS_ANIMATIONS)}",
    )


PUSHED = re.compile(r"Pushed by the server: tick (\d+)")


def pushed_slot_text(driver: WebDriver) -> str:
    slots = driver.find_elements(By.CSS_SELECTOR, '#st-main [data-testid="st-block-slot"]')
    assert len(slots) == 1, f"expected one slot, found {len(slots)}"
    return slots[0].get_property("textContent").strip()


def pushed_tick(driver: WebDriver) -> Optional[int]:
    match = PUSHED.search(pushed_slot_text(driver))
    return int(match.group(1)) if match else None


def test_server_push_updates_the_page_without_a_click(page: WebDriver):
    assert pushed_slot_text(page) == "Nothing pushed yet."
    started = click_and_settle(page, "Start server push")

    # From here on: no interaction at all, only watching.
    first = wait_until(
        lambda: pushed_tick(page),
        lambda: f"nothing pushed; the slot shows {pushed_slot_text(page)!r}",
        timeout=5,
    )
    later = wait_until(
        lambda: (lambda tick: tick if tick is not None and tick > first else None)(pushed_tick(page)),
        lambda: f"no further push after tick {first}; the slot shows {pushed_slot_text(page)!r}",
        timeout=5,
    )
    assert later > first
    # Each push ends a run of its own.
    assert last_run(page) > started
    assert app_state(page)["connection"] == "open"
    assert page.find_elements(By.CSS_SELECTOR, '[data-testid="st-client-error"]') == []
