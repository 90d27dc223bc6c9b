"""The pickers and links of issue 13, end to end, in a real Chromium against the `pickers` app of
Tests/E2EApps (PickersApp.swift). Each widget is changed the way a user changes it (a click, a key,
or the native input's own `input`/`change` events for date, time and colour fields, whose pop-up
pickers WebDriver cannot reach), and the value the app received is read from its `text` lines.

The binary is `.build/debug/swiftlit-e2e-apps` unless SWIFTLIT_E2E_APPS_BIN names another.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement

from conftest import wait_idle, wait_until
from test_faults import apps_binary, running_app  # noqa: F401  (a fixture)


@pytest.fixture
def pickers(apps_binary: Path, driver: WebDriver):  # noqa: F811
    with running_app(apps_binary, "pickers") as server:
        driver.get(server.url)
        wait_idle(driver)
        yield driver


def texts(driver: WebDriver) -> list[str]:
    return [e.text for e in driver.find_elements(By.CSS_SELECTOR, '[data-kind="text"]')]


def wait_text(driver: WebDriver, expected: str) -> None:
    wait_until(lambda: expected in texts(driver), message=lambda: f"text {expected!r}; have {texts(driver)}")
    wait_idle(driver)


def widget(driver: WebDriver, widget_id: str) -> WebElement:
    return driver.find_element(By.CSS_SELECTOR, f'[data-widget-id="{widget_id}"]')


def enter_native(driver: WebDriver, field: WebElement, value: str) -> None:
    """What a native picker does when the user picks `value`: sets it and fires input then change."""
    driver.execute_script(
        """const [field, value] = arguments;
        field.focus();
        field.value = value;
        field.dispatchEvent(new Event("input", {bubbles: true}));
        field.dispatchEvent(new Event("change", {bubbles: true}));""",
        field, value)


def test_defaults_reach_the_app(pickers: WebDriver) -> None:
    have = texts(pickers)
    for line in ("date=2026-11-30", "trip=-..-", "time=07:30", "datetime=2026-11-30T09:00", "color=#ff4b4b",
                 "size=M", "sizes=S-L", "mood=none", "tags=", "view=Week", "thumbs=none", "stars=none"):
        assert line in have, f"{line!r} not in {have}"


def test_date_fields_are_native_and_their_values_reach_the_app(pickers: WebDriver) -> None:
    day = widget(pickers, "dateInput:Day")
    field = day.find_element(By.CSS_SELECTOR, 'input[type="date"]')
    assert field.get_attribute("min") == "2016-11-30"
    assert field.get_attribute("max") == "2036-11-30"
    assert day.find_element(By.CSS_SELECTOR, '[data-testid="st-picker-readout"]').get_attribute("textContent") == "30.11.2026"
    # The label names the field.
    label_id = field.get_attribute("aria-labelledby")
    assert pickers.find_element(By.ID, label_id).text == "Day"
    enter_native(pickers, field, "2026-12-24")
    wait_text(pickers, "date=2026-12-24")
    assert day.find_element(By.CSS_SELECTOR, '[data-testid="st-picker-readout"]').get_attribute("textContent") == "24.12.2026"


def test_a_date_range_takes_a_start_then_an_end(pickers: WebDriver) -> None:
    trip = widget(pickers, "dateInput:Trip")
    start, end = trip.find_elements(By.CSS_SELECTOR, 'input[type="date"]')
    assert start.get_attribute("aria-label") == "Trip (start)"
    assert end.get_attribute("aria-label") == "Trip (end)"
    assert trip.find_element(By.CSS_SELECTOR, '[role="group"]').get_attribute("aria-labelledby")
    enter_native(pickers, start, "2026-12-01")
    wait_text(pickers, "trip=2026-12-01..-")
    assert end.get_attribute("min") == "2026-12-01"
    enter_native(pickers, end, "2026-12-05")
    wait_text(pickers, "trip=2026-12-01..2026-12-05")


def test_time_and_datetime_fields_reach_the_app(pickers: WebDriver) -> None:
    alarm = widget(pickers, "timeInput:Alarm")
    field = alarm.find_element(By.CSS_SELECTOR, 'input[type="time"]')
    assert field.get_attribute("step") == "900"
    assert alarm.find_element(By.CSS_SELECTOR, '[data-testid="st-picker-readout"]').get_attribute("textContent") == "7:30 AM"
    enter_native(pickers, field, "18:45")
    wait_text(pickers, "time=18:45")
    assert alarm.find_element(By.CSS_SELECTOR, '[data-testid="st-picker-readout"]').get_attribute("textContent") == "6:45 PM"
    meeting = widget(pickers, "datetimeInput:Meeting").find_element(By.CSS_SELECTOR, 'input[type="datetime-local"]')
    enter_native(pickers, meeting, "2026-12-02T10:15")
    wait_text(pickers, "datetime=2026-12-02T10:15")


def test_the_colour_picker_is_native_and_sends_hex(pickers: WebDriver) -> None:
    field = widget(pickers, "colorPicker:Accent").find_element(By.CSS_SELECTOR, 'input[type="color"]')
    assert field.get_attribute("value") == "#ff4b4b"
    enter_native(pickers, field, "#00a0ff")
    wait_text(pickers, "color=#00a0ff")


def test_select_sliders_move_with_the_keyboard(pickers: WebDriver) -> None:
    thumb = widget(pickers, "selectSlider:Size").find_element(By.CSS_SELECTOR, 'input[type="range"]')
    assert thumb.get_attribute("aria-valuetext") == "M"
    thumb.send_keys(Keys.ARROW_RIGHT)
    wait_text(pickers, "size=L")
    assert thumb.get_attribute("aria-valuetext") == "L"
    low, high = widget(pickers, "selectSlider:Sizes").find_elements(By.CSS_SELECTOR, 'input[type="range"]')
    assert (low.get_attribute("aria-label"), high.get_attribute("aria-label")) == ("Sizes (low)", "Sizes (high)")
    high.send_keys(Keys.ARROW_RIGHT)
    wait_text(pickers, "sizes=S-XL")


def test_pills_choose_one_or_several(pickers: WebDriver) -> None:
    mood = widget(pickers, "pills:Mood")
    group = mood.find_element(By.CSS_SELECTOR, '[role="radiogroup"]')
    assert group.get_attribute("aria-labelledby")
    meh = group.find_element(By.CSS_SELECTOR, '[role="radio"][data-option="😐 Meh"]')
    meh.click()
    wait_text(pickers, "mood=😐 Meh")
    assert meh.get_attribute("aria-checked") == "true"
    meh.click()
    wait_text(pickers, "mood=none")
    tags = widget(pickers, "pills:Tags").find_element(By.CSS_SELECTOR, '[role="group"]')
    tags.find_element(By.CSS_SELECTOR, '[data-option="data"]').click()
    wait_text(pickers, "tags=data")
    tags.find_element(By.CSS_SELECTOR, '[data-option="swift"]').click()
    wait_text(pickers, "tags=swift,data")
    assert tags.find_element(By.CSS_SELECTOR, '[data-option="swift"]').get_attribute("aria-pressed") == "true"


def test_a_required_segmented_control_changes_but_never_clears(pickers: WebDriver) -> None:
    view = widget(pickers, "segmentedControl:View")
    week = view.find_element(By.CSS_SELECTOR, '[data-option="Week"]')
    assert week.get_attribute("tabindex") == "0"
    week.click()  # already chosen and required: nothing changes
    week.send_keys(Keys.ARROW_RIGHT)  # the arrow keys move and choose, as in a radio group
    wait_text(pickers, "view=Month")
    month = view.find_element(By.CSS_SELECTOR, '[data-option="Month"]')
    assert month.get_attribute("aria-checked") == "true"
    assert pickers.switch_to.active_element == month


def test_feedback_is_a_named_radio_group(pickers: WebDriver) -> None:
    thumbs = widget(pickers, "feedback:Feedback")
    buttons = thumbs.find_elements(By.CSS_SELECTOR, '[role="radio"]')
    assert [b.get_attribute("aria-label") for b in buttons] == ["Thumbs up", "Thumbs down"]
    buttons[0].click()
    wait_text(pickers, "thumbs=1")
    stars = widget(pickers, "feedback:Rating").find_elements(By.CSS_SELECTOR, '[role="radio"]')
    assert [s.get_attribute("aria-label") for s in stars] == ["1 star", "2 stars", "3 stars", "4 stars", "5 stars"]
    stars[3].click()
    wait_text(pickers, "stars=3")
    filled = [s.get_attribute("data-filled") is not None for s in widget(pickers, "feedback:Rating").find_elements(By.CSS_SELECTOR, '[role="radio"]')]
    assert filled == [True, True, True, True, False]


def test_links_point_where_the_app_says_and_open_safely(pickers: WebDriver) -> None:
    button = pickers.find_element(By.CSS_SELECTOR, '[data-kind="linkButton"] a')
    assert button.get_attribute("href") == "https://swift.org/documentation/"
    assert button.get_dom_attribute("target") == "_blank"
    assert button.get_dom_attribute("rel") == "noopener noreferrer"
    assert button.text == "Swift docs"
    settings, swift = pickers.find_elements(By.CSS_SELECTOR, '[data-kind="pageLink"] a')
    assert settings.get_attribute("href").endswith("/settings")
    assert settings.get_dom_attribute("target") is None
    assert "Settings" in settings.text
    # A disabled link has no href but stays a link for assistive technology.
    assert swift.get_dom_attribute("href") is None
    assert swift.get_dom_attribute("target") is None
    assert swift.get_attribute("role") == "link"
    assert swift.get_attribute("aria-disabled") == "true"
