"""A reply that streams, in a real Chromium against the `streaming` app of Tests/E2EApps
(StreamingApp.swift: a chat whose replies are 60 ticks 40 ms apart, a counter button, replies kept
in `st.session`).

- while the reply grows, its block is busy (aria-busy) and shows a cursor and a Stop button;
- a click elsewhere during the stream does not cut it: the reply finishes, is saved, and then the
  click's rerun shows its effect (Streamlit loses the reply here: its issue #14524);
- Stop ends the reply where it is: the text so far stays on the page and is saved, the run goes on.
"""

from __future__ import annotations

from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver

from conftest import find_widget, wait_idle, wait_until
from test_faults import apps_binary, running_app  # noqa: F401  (a fixture)

STREAM = '[data-layout="stream"]'


def texts(driver: WebDriver) -> list[str]:
    return [element.text for element in driver.find_elements(By.CSS_SELECTOR, '#st-main [data-testid="st-text"]')]


def ask(driver: WebDriver, prompt: str) -> None:
    field = find_widget(driver, "chatInput:Ask").find_element(By.CSS_SELECTOR, "textarea")
    field.send_keys(prompt, Keys.ENTER)


def streaming_reply(driver: WebDriver, ticks: int) -> str:
    """Waits until a reply streams with at least `ticks` ticks; returns its text."""

    def grown() -> bool:
        blocks = driver.find_elements(By.CSS_SELECTOR, f"{STREAM}[data-streaming]")
        return bool(blocks) and f"tick{ticks - 1}" in blocks[-1].text

    wait_until(grown, lambda: "no reply streamed")
    block = driver.find_elements(By.CSS_SELECTOR, STREAM)[-1]
    assert block.get_attribute("aria-busy") == "true"
    stop = block.find_element(By.CSS_SELECTOR, '[data-testid="st-stream-stop"]')
    assert stop.is_displayed() and stop.accessible_name == "Stop the reply"
    cursor = driver.execute_script(
        "const p = arguments[0].querySelector('[data-kind=markdown] > :last-child');"
        "return p && getComputedStyle(p, '::after').content;",
        block,
    )
    assert cursor == '"▍"', f"a cursor follows the text while it grows, got {cursor!r}"
    return block.text


def reply_texts(driver: WebDriver) -> list[str]:
    return [block.text for block in driver.find_elements(By.CSS_SELECTOR, '[data-layout="chatMessage"] [data-kind="markdown"]')]


def test_a_click_while_a_reply_streams_waits_for_the_reply(apps_binary: Path, driver: WebDriver) -> None:  # noqa: F811
    with running_app(apps_binary, "streaming") as server:
        driver.get(server.url)
        wait_idle(driver)
        ask(driver, "count to sixty")
        streaming_reply(driver, ticks=5)
        find_widget(driver, "button:Count").find_element(By.CSS_SELECTOR, "button").click()

        # The reply runs to its end, is saved, and then the click's rerun shows the count.
        wait_until(lambda: "count=1" in texts(driver), lambda: f"the click never ran: {texts(driver)}")
        wait_idle(driver)
        full = " ".join(f"tick{index}" for index in range(60))
        wait_until(lambda: full in reply_texts(driver), lambda: f"the reply was cut: {reply_texts(driver)}")
        assert driver.find_elements(By.CSS_SELECTOR, f"{STREAM}[data-streaming]") == []


def test_stop_ends_the_reply_where_it_is_and_keeps_it(apps_binary: Path, driver: WebDriver) -> None:  # noqa: F811
    with running_app(apps_binary, "streaming") as server:
        driver.get(server.url)
        wait_idle(driver)
        ask(driver, "count to sixty")
        streaming_reply(driver, ticks=5)
        block = driver.find_elements(By.CSS_SELECTOR, STREAM)[-1]
        block.find_element(By.CSS_SELECTOR, '[data-testid="st-stream-stop"]').click()

        wait_until(lambda: "saved reply 1" in texts(driver), lambda: f"the run did not go on: {texts(driver)}")
        wait_idle(driver)
        block = driver.find_elements(By.CSS_SELECTOR, STREAM)[-1]
        assert block.get_attribute("aria-busy") == "false"
        assert not block.find_element(By.CSS_SELECTOR, '[data-testid="st-stream-stop"]').is_displayed()
        stopped = block.text
        assert "tick4" in stopped and "tick59" not in stopped, stopped

        # The partial reply was saved: the next run shows it from the history.
        find_widget(driver, "button:Count").find_element(By.CSS_SELECTOR, "button").click()
        wait_until(lambda: stopped in reply_texts(driver), lambda: f"the partial reply was not kept: {reply_texts(driver)}")
