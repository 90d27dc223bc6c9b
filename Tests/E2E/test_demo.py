"""End-to-end tests of the demo app (Examples/Demo/main.swift) in a real browser.

Each test gets its own server on a free loopback port and its own headless Chromium. Interactions
are waited on through the app root's `data-last-run` (it grows when a run finishes) and
`data-connection` / `data-run-state`; never by sleeping.
"""

from __future__ import annotations

import re

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement

from conftest import (
    WAIT_TIMEOUT,
    DemoServer,
    active_element_info,
    app_state,
    find_widget,
    greeting_lines,
    last_run,
    run_count_text,
    wait_greetings,
    wait_idle,
    wait_last_run_above,
    wait_settled_after,
    wait_until,
)

SCREENSHOT = "/tmp/swiftlit-demo.png"


# --------------------------------------------------------------------------------------------------
# Helpers for the demo's widgets


def slider_input(driver: WebDriver, widget_id: str = "slider:Repeat") -> WebElement:
    return find_widget(driver, widget_id).find_element(By.CSS_SELECTOR, 'input[type="range"]')


def slider_shown_value(driver: WebDriver, widget_id: str = "slider:Repeat") -> str:
    return find_widget(driver, widget_id).find_element(By.CSS_SELECTOR, 'output[data-testid="st-slider-value"]').text


def name_input(driver: WebDriver) -> WebElement:
    return find_widget(driver, "textInput:Your name").find_element(By.CSS_SELECTOR, "input.st-input")


def press(driver: WebDriver, *keys: str) -> None:
    """Sends keys to whatever has the focus (never focuses or clicks anything itself)."""
    ActionChains(driver).send_keys(*keys).perform()


def select_all(driver: WebDriver) -> None:
    ActionChains(driver).key_down(Keys.CONTROL).send_keys("a").key_up(Keys.CONTROL).perform()


def focus(driver: WebDriver, element: WebElement) -> None:
    """Focuses without clicking: a click on a range input would move its thumb."""
    driver.execute_script("arguments[0].focus();", element)
    wait_until(
        lambda: driver.execute_script("return document.activeElement === arguments[0];", element),
        "could not focus the element",
    )


def step_slider(driver: WebDriver, key: str, times: int, widget_id: str = "slider:Repeat") -> None:
    """Presses an arrow key on the focused slider `times` times, waiting for each key's rerun."""
    focus(driver, slider_input(driver, widget_id))
    for _ in range(times):
        before = last_run(driver)
        press(driver, key)
        wait_settled_after(driver, before)


def alert_texts(driver: WebDriver, variant: str | None = None) -> list[str]:
    selector = '#st-main [data-testid="st-alert"]'
    if variant is not None:
        selector += f'[data-variant="{variant}"]'
    return [
        alert.find_element(By.CSS_SELECTOR, ".st-alert__body").text.strip()
        for alert in driver.find_elements(By.CSS_SELECTOR, selector)
    ]


# --------------------------------------------------------------------------------------------------
# Tests


def test_demo_loads(page: WebDriver):
    state = app_state(page)
    assert state["connection"] == "open"
    assert state["runState"] == "idle"

    title = page.find_element(By.CSS_SELECTOR, '#st-main [data-testid="st-heading"] h1')
    assert title.text.strip() == "Hello 👋"
    assert title.is_displayed()
    # The connection badge says "Connected" but is only shown while (re)connecting.
    badge = page.find_element(By.CSS_SELECTOR, '[data-testid="st-connection-status"]')
    assert badge.get_property("textContent") == "Connected"
    assert not badge.is_displayed()

    # The slider is found by its accessible name, through its label.
    range_input = slider_input(page)
    assert range_input.accessible_name == "Repeat"
    label_text = page.execute_script(
        "return document.getElementById(arguments[0].getAttribute('aria-labelledby'))?.textContent;",
        range_input,
    )
    assert label_text == "Repeat"
    assert page.execute_script("return arguments[0].labels[0]?.textContent;", range_input) == "Repeat"
    assert slider_shown_value(page) == "3"
    assert range_input.get_property("value") == "3"

    assert greeting_lines(page) == ["Hello, world!"] * 3
    bodies = page.find_elements(By.CSS_SELECTOR, '#st-main [data-testid="st-markdown"] > .st-markdown__body')
    greetings_html = [
        body.get_property("innerHTML").strip() for body in bodies if body.text.startswith("Hello, ")
    ]
    assert all(re.fullmatch(r"<p>Hello, <strong>world</strong>!</p>", html) for html in greetings_html), greetings_html

    assert name_input(page).get_property("value") == "world"
    assert run_count_text(page) == "This page ran 1 times"
    assert alert_texts(page, "info") == []  # "Cleared" only shows after a click
    # No client error banner: every op applied cleanly.
    assert page.find_elements(By.CSS_SELECTOR, '[data-testid="st-client-error"]') == []

    # The whole page, for a human to look at (not an assertion).
    height = page.execute_script("return document.documentElement.scrollHeight;")
    page.set_window_size(1280, min(max(height + 140, 1000), 6000))
    wait_idle(page)
    page.save_screenshot(SCREENSHOT)


def test_slider_updates_text(page: WebDriver):
    step_slider(page, Keys.ARROW_RIGHT, 2)

    wait_greetings(page, "world", 5)
    assert slider_shown_value(page) == "5"
    assert slider_input(page).get_property("value") == "5"
    # The slider kept the focus through both reruns.
    assert active_element_info(page)["widgetId"] == "slider:Repeat"

    step_slider(page, Keys.ARROW_LEFT, 1)
    wait_greetings(page, "world", 4)
    assert slider_shown_value(page) == "4"


def test_typing_keeps_focus_and_caret_through_reruns(page: WebDriver):
    field = name_input(page)
    field.click()
    select_all(page)
    start = last_run(page)
    reruns_during_typing = 0
    # In the page, note the field's state at the end of every run (a MutationObserver on
    # data-last-run runs before the next keystroke can be handled), including runs that finish
    # between two polls of this test.
    page.execute_script(
        """
        const [app, field] = arguments;
        window.__runsSeen = [];
        new MutationObserver(() => window.__runsSeen.push({
          run: Number(app.getAttribute("data-last-run")),
          focused: document.activeElement === field,
          value: field.value,
          selectionStart: field.selectionStart,
          selectionEnd: field.selectionEnd,
          greeting: document.querySelector('#st-main [data-testid="st-markdown"] > .st-markdown__body')
            ?.textContent.trim() ?? null,
        })).observe(app, {attributes: true, attributeFilter: ["data-last-run"]});
        """,
        page.find_element(By.CSS_SELECTOR, "#swiftlit-app"),
        field,
    )

    def assert_field_intact(typed: str) -> None:
        info = active_element_info(page)
        assert info["widgetId"] == "textInput:Your name", f"focus moved to {info}"
        assert info["tag"] == "input"
        assert info["value"] == typed, f"typed {typed!r}, field holds {info['value']!r}"
        assert info["selectionStart"] == len(typed) == info["selectionEnd"], f"caret not at the end: {info}"

    # "A" replaces the selected "world"; its debounced commit reruns the app while the field keeps
    # the focus.
    press(page, "A")
    assert_field_intact("A")
    first = wait_last_run_above(page, start)
    reruns_during_typing += 1
    assert_field_intact("A")
    wait_greetings(page, "A", 3)

    # "d", Enter (commits "Ad" at once) and "a" in one go: the "a" reaches the field while the run
    # for "Ad" is (very likely) still on its way, so that run's answer arrives when the field
    # already holds a newer value than the one the server ran with. It must not touch the field.
    press(page, "d", Keys.ENTER, "a")
    assert_field_intact("Ada")
    second = wait_last_run_above(page, first)
    reruns_during_typing += 1
    assert_field_intact("Ada")

    # The last commit ("Ada", 300 ms after the last key) reruns once more; the field never changes.
    wait_greetings(page, "Ada", 3)
    wait_idle(page)
    assert last_run(page) >= second
    assert_field_intact("Ada")
    assert reruns_during_typing >= 2
    assert name_input(page).get_property("value") == "Ada"

    runs_seen = page.execute_script("return window.__runsSeen;")
    assert len(runs_seen) >= 3, runs_seen  # "A", "Ad", "Ada"
    for seen in runs_seen:
        assert seen["focused"], f"the field lost the focus at the end of a run: {runs_seen}"
        assert seen["value"] in ("A", "Ad", "Ada"), f"the field held {seen['value']!r}: {runs_seen}"
        assert seen["selectionStart"] == seen["selectionEnd"] == len(seen["value"]), runs_seen
    assert any(seen["value"] != "Ada" for seen in runs_seen), f"no run ended while typing: {runs_seen}"
    # Each run greeted a name that was typed at some point, ending with the whole name.
    assert {seen["greeting"] for seen in runs_seen} <= {"Hello, A!", "Hello, Ad!", "Hello, Ada!"}, runs_seen
    assert runs_seen[-1]["greeting"] == "Hello, Ada!", runs_seen


def test_button_result_shows_once(page: WebDriver):
    # A couple of runs first, so that the reset of the run counter is visible.
    step_slider(page, Keys.ARROW_RIGHT, 1)
    assert run_count_text(page) == "This page ran 2 times"
    assert alert_texts(page, "info") == []

    button = find_widget(page, "button:Clear").find_element(By.CSS_SELECTOR, "button.st-button")
    assert button.accessible_name == "Clear"
    before = last_run(page)
    button.click()
    wait_settled_after(page, before)
    wait_until(lambda: alert_texts(page, "info") == ["Cleared"], lambda: f"alerts: {alert_texts(page)}")
    # The click callback set the count to 0 before the app ran; the run itself counted 1.
    assert run_count_text(page) == "This page ran 1 times"

    # Any other rerun: the button is false again, so the alert is gone.
    step_slider(page, Keys.ARROW_RIGHT, 1)
    wait_until(lambda: alert_texts(page, "info") == [], lambda: f"alerts after the next run: {alert_texts(page)}")
    assert run_count_text(page) == "This page ran 2 times"
    wait_greetings(page, "world", 5)


def test_page_survives_server_restart(page: WebDriver, server: DemoServer):
    step_slider(page, Keys.ARROW_RIGHT, 3)
    assert slider_shown_value(page) == "6"

    field = name_input(page)
    field.click()
    select_all(page)
    before = last_run(page)
    press(page, "Bob", Keys.ENTER)  # Enter commits at once
    wait_settled_after(page, before)
    wait_greetings(page, "Bob", 6)
    count_before = run_count_text(page)
    assert count_before is not None and count_before != "This page ran 1 times"

    status = server.stop()  # SIGTERM, with the page's WebSocket open
    assert status is not None, f"the server did not exit within its SIGTERM timeout; log:\n{server.log_text()}"
    assert status == 0, f"the server exited with status {status} on SIGTERM; log:\n{server.log_text()}"
    wait_until(
        lambda: app_state(page)["connection"] in ("reconnecting", "connecting", "closed"),
        lambda: f"the page did not notice the server going away; state is {app_state(page)}",
    )
    assert app_state(page)["connection"] == "reconnecting"
    badge = page.find_element(By.CSS_SELECTOR, '[data-testid="st-connection-status"]')
    # The badge fades in after a moment of being disconnected.
    wait_until(
        lambda: badge.is_displayed() and badge.text == "Reconnecting…",
        lambda: f"no reconnecting badge; it says {badge.get_property('textContent')!r}",
    )

    server.start()  # a new process on the same port
    # Backoff is at most 5 s between attempts, so allow for one full interval and the first run.
    wait_until(
        lambda: app_state(page)["connection"] == "open",
        lambda: f"the page did not reconnect; state is {app_state(page)}",
        timeout=WAIT_TIMEOUT + 5,
    )
    wait_idle(page)

    # The new server knows nothing of the old session: it ran the app once, from the values the
    # browser sent in its hello.
    wait_until(
        lambda: run_count_text(page) == "This page ran 1 times",
        lambda: f"the new server did not rerender the page; it shows {run_count_text(page)!r}",
    )
    wait_greetings(page, "Bob", 6)
    assert slider_shown_value(page) == "6"
    assert slider_input(page).get_property("value") == "6"
    assert name_input(page).get_property("value") == "Bob"
    assert badge.get_property("textContent") == "Connected"
    assert not badge.is_displayed()
    assert page.find_elements(By.CSS_SELECTOR, '[data-testid="st-client-error"]') == []


def label_problems(widgets: list[WebElement]) -> list[str]:
    """What is wrong with how these (displayed) widgets show and name their labels."""
    problems = []
    for widget in widgets:
        widget_id = widget.get_attribute("data-widget-id")
        label = widget_id.split(":", 1)[1]
        if not widget.is_displayed():
            problems.append(f"{widget_id}: not displayed")
            continue
        labels = widget.find_elements(By.CSS_SELECTOR, ".st-widget__label")
        shown = labels[0].text.strip() if labels else widget.find_element(By.CSS_SELECTOR, "button").text.strip()
        if shown != label:
            problems.append(f"{widget_id}: the label shows {shown!r}")
        controls = widget.find_elements(
            By.CSS_SELECTOR,
            "input, select, textarea, button, fieldset, [role=group], [role=radiogroup], [role=spinbutton]",
        )
        names = [control.accessible_name for control in controls]
        if label not in names:
            problems.append(f"{widget_id}: no control is named {label!r}; names are {names}")
    return problems


def widget_ids(driver: WebDriver, scope: str = "") -> list[str]:
    return [
        widget.get_attribute("data-widget-id")
        for widget in driver.find_elements(By.CSS_SELECTOR, f"{scope} [data-widget-id]".strip())
    ]


#: The demo's widgets in page order (sidebar first), the popover's among them: its panel is in the
#: page, only not shown until the popover is opened. The dialog's widgets are not: they exist only
#: while it is open.
PAGE_WIDGETS = [
    # Sidebar
    "selectbox:Region",
    "checkbox:Detailed figures",
    # Hello
    "textInput:Your name",
    "slider:Repeat",
    "button:Clear",
    # Widgets
    "checkbox:Shout",
    "toggle:Compact view",
    "radio:Size",
    "selectbox:Flavour",
    "multiselect:Toppings",
    "numberInput:Copies",
    "numberInput:Price",
    "slider:Years",
    "textArea:Notes",
    # More widgets: pickers, option pickers and feedback
    "dateInput:Trip dates",
    "timeInput:Departure",
    "datetimeInput:Reminder",
    "selectSlider:Pace",
    "selectSlider:Budget",
    "segmentedControl:Transport",
    "pills:Interests",
    "colorPicker:Itinerary colour",
    "feedback:Planner rating",
    # Layout: the popover "Display settings"
    "checkbox:Show grid lines",
    "radio:Units",
    # Forms: the form "signup" and its submit button
    "textInput:Email",
    "selectbox:Plan",
    "button:Sign up",
    # Dialogs, fragments, server push, status
    "button:Rate Swiftlit",
    "button:Count in the fragment",
    "button:Start server push",
    "button:Run a long task",
    "button:Let it snow",
    # Data: a selectable grid and an editor (keyed; a grid has no label, see GRID_WIDGETS)
    "dataframe#products",
    "dataframe#tasks",
    # Uploads
    "fileUploader:Upload a CSV file",
    "fileUploader:Any files",
    "cameraInput:Take a photo",
    "audioInput:Record a voice note",
    # Chat: an inline message box that takes text files (feedback rows come with replies)
    "chatInput:Ask the demo assistant",
    # Charts: the bar layout, and the selectable charts (keyed; no visible label, see CHART_WIDGETS)
    "radio:Bars",
    "vegaLiteChart#brush",
    "plotlyChart#orders",
    # Caching: the records' size, clearing, and the SQL notes form
    "selectbox:Records to generate",
    "button:Clear the cache",
    "textInput:A note for every session",
    "button:Add",
    # Rate limits: a model call behind st.rateLimit
    "button:Ask the echo model",
    # Media: the pictures' hue and two download buttons
    "slider:Hue of the pictures",
    "downloadButton:Download the badge",
    "downloadButton:Export a table of squares",
    # Pages and URLs: query string writes
    "button:Write ?stop=pages to the address",
    "button:Clear the query string",
    # Browser: a name remembered in a cookie
    "textInput:Name to remember",
    "button:Remember the name",
    "button:Forget the name",
]
#: Table widgets: no visible label; the grid is named by what it is and holds ("Table, 2000 rows and 6
#: columns", "Editable table, 4 rows and 4 columns").
GRID_WIDGETS = ["dataframe#products", "dataframe#tasks"]
#: Selectable charts: no visible label; each is a figure named by its chart.
CHART_WIDGETS = ["vegaLiteChart#brush", "plotlyChart#orders"]
POPOVER_WIDGETS = ["checkbox:Show grid lines", "radio:Units"]
DIALOG_WIDGETS = ["slider:Stars", "button:Send rating"]


def test_every_widget_is_named_by_its_label(page: WebDriver):
    assert widget_ids(page) == PAGE_WIDGETS
    assert widget_ids(page, '[data-testid="st-popover-panel"]') == POPOVER_WIDGETS

    # Everything outside the popover is shown (the window is wide: the sidebar is open).
    widgets = page.find_elements(By.CSS_SELECTOR, "[data-widget-id]")
    outside = [w for w in widgets if w.get_attribute("data-widget-id") not in POPOVER_WIDGETS + GRID_WIDGETS + CHART_WIDGETS]
    assert label_problems(outside) == []
    for grid_id in GRID_WIDGETS:
        grid = page.find_element(By.CSS_SELECTOR, f'[data-widget-id="{grid_id}"] [role="grid"]')
        assert re.fullmatch(r"(Editable t|T)able, \d+ rows? and \d+ columns?", grid.accessible_name), (
            f"{grid_id}: the grid is named {grid.accessible_name!r}")

    # The popover's widgets, once it is open.
    popover_button = page.find_element(By.CSS_SELECTOR, '[data-testid="st-popover-button"]')
    assert popover_button.accessible_name == "Display settings"
    assert popover_button.get_attribute("aria-expanded") == "false"
    popover_button.click()
    wait_until(
        lambda: popover_button.get_attribute("aria-expanded") == "true",
        "the popover did not open",
    )
    panel = page.find_element(By.CSS_SELECTOR, '[data-testid="st-popover-panel"]')
    wait_until(panel.is_displayed, "the popover panel is not shown")
    assert label_problems(panel.find_elements(By.CSS_SELECTOR, "[data-widget-id]")) == []
    press(page, Keys.ESCAPE)
    wait_until(lambda: not panel.is_displayed(), "Escape did not close the popover")
    # aria-expanded follows the panel's (asynchronous) toggle event.
    wait_until(
        lambda: popover_button.get_attribute("aria-expanded") == "false",
        "aria-expanded stayed true after the popover closed",
    )

    # The dialog's widgets, once it is open.
    button = find_widget(page, "button:Rate Swiftlit").find_element(By.CSS_SELECTOR, "button")
    before = last_run(page)
    button.click()
    wait_settled_after(page, before)
    dialog = wait_until(
        lambda: (page.find_elements(By.CSS_SELECTOR, '[data-testid="st-block-dialog"][open]') or [None])[0],
        "the dialog did not open",
    )
    assert widget_ids(page, '[data-testid="st-block-dialog"]') == DIALOG_WIDGETS
    assert widget_ids(page) == PAGE_WIDGETS + DIALOG_WIDGETS
    assert label_problems(dialog.find_elements(By.CSS_SELECTOR, "[data-widget-id]")) == []


#: The demo's charts: the Data section's line chart and the Charts section's bars, line, area,
#: scatter, brushable chart and map (Vega-Lite), and one Plotly figure.
DEMO_CHARTS = {"vegaLiteChart": 7, "plotlyChart": 1}


def test_a_stretched_button_fills_its_container_and_a_default_one_fits_its_label(page: WebDriver):
    def widths(widget_id: str) -> tuple[float, float]:
        return page.execute_script(
            "const root = document.querySelector(`[data-widget-id=\"${arguments[0]}\"]`);"
            "const box = root.parentElement, style = getComputedStyle(box);"
            "return [root.querySelector('button').getBoundingClientRect().width,"
            " box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)];",
            widget_id,
        )

    stretched, container = widths("button:Clear the cache")
    assert abs(stretched - container) < 2, f"a stretched button is {stretched}px in a {container}px container"
    fitted, container = widths("button:Let it snow")
    assert fitted < container / 2, f"a default button is {fitted}px in a {container}px container"


def test_every_chart_is_drawn(page: WebDriver):
    selector = ", ".join(f"#st-main [data-kind={kind}]" for kind in DEMO_CHARTS)

    def chart_states() -> list[tuple[str, str | None]]:
        return [
            (chart.get_attribute("data-kind"), chart.get_attribute("data-chart-state"))
            for chart in page.find_elements(By.CSS_SELECTOR, selector)
        ]

    # The chart libraries load on the first chart of their kind, from the app (vendor/) or the CDN.
    wait_until(
        lambda: len(chart_states()) == sum(DEMO_CHARTS.values())
        and all(state == "ready" for _, state in chart_states()),
        lambda: f"not every chart was drawn; kinds and states: {chart_states()}",
        timeout=WAIT_TIMEOUT + 20,
    )
    kinds = [kind for kind, _ in chart_states()]
    assert {kind: kinds.count(kind) for kind in DEMO_CHARTS} == DEMO_CHARTS
    assert page.find_elements(By.CSS_SELECTOR, '[data-testid="st-client-error"]') == []
