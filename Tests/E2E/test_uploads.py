"""Uploads end to end, in a real Chromium against the `uploads` app of Tests/E2EApps (UploadApp.swift):

- a 50 MB file picked in the file uploader is uploaded with a progress bar that shows values between
  0 and 100 (a MutationObserver records every value), and the app reads every byte (its size and a
  checksum the test recomputes);
- the camera (Chromium's fake device) takes a photo that reaches the app as a JPEG;
- the microphone (Chromium's fake device) records a clip that reaches the app as a WAV at 16 kHz.

The binary is `.build/debug/swiftlit-e2e-apps` unless SWIFTLIT_E2E_APPS_BIN names another.
"""

from __future__ import annotations

import os
import time
from array import array
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from conftest import CHROMEDRIVER, CHROMIUM, last_run, wait_idle, wait_settled_after, wait_until
from test_faults import apps_binary, running_app  # noqa: F401  (a fixture)

BIG_BYTES = 50 * 1024 * 1024
UPLOADER = '[data-widget-id="fileUploader:Big file"]'
CAMERA = '[data-widget-id="cameraInput:Photo"]'
MICROPHONE = '[data-widget-id="audioInput:Voice"]'


@pytest.fixture
def media_driver():
    """conftest's headless Chromium, plus fake camera and microphone that need no permission prompt."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1000",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-background-timer-throttling",
        "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
        "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
        "--autoplay-policy=no-user-gesture-required",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    browser.set_page_load_timeout(30)
    browser.set_script_timeout(30)
    try:
        yield browser
    finally:
        for entry in browser.get_log("browser"):
            print(f"[browser {entry.get('level')}] {entry.get('message')}")
        browser.quit()


@pytest.fixture
def uploads_page(apps_binary: Path, media_driver: WebDriver):  # noqa: F811
    with running_app(apps_binary, "uploads") as server:
        media_driver.get(server.url)
        wait_idle(media_driver)
        yield media_driver


def texts(driver: WebDriver) -> list[str]:
    return [e.text for e in driver.find_elements(By.CSS_SELECTOR, '[data-kind="text"]')]


def wait_text(driver: WebDriver, prefix: str, timeout: float = 30) -> str:
    widgets = f"{UPLOADER}, {CAMERA}, {MICROPHONE}"
    return wait_until(
        lambda: next((t for t in texts(driver) if t.startswith(prefix)), None),
        message=lambda: f"no text starting {prefix!r}; have {texts(driver)}; the widgets show "
                        + repr([e.text for e in driver.find_elements(By.CSS_SELECTOR, widgets)]),
        timeout=timeout)


def widget_text(driver: WebDriver, selector: str) -> str:
    """What a widget shows (its status line and refusals included), for failure messages."""
    return driver.execute_script("return document.querySelector(arguments[0])?.textContent ?? ''", selector)


def word_sum(data: bytes) -> int:
    """What UploadApp.swift's wordSum computes: the wrapping sum of the little-endian 64-bit words."""
    whole = len(data) // 8 * 8
    words = array("Q", data[:whole])
    assert words.itemsize == 8
    return (sum(words) + sum(data[whole:])) % 2**64


def test_a_50_mb_file_uploads_with_progress_and_the_app_reads_every_byte(uploads_page: WebDriver, tmp_path: Path):
    driver = uploads_page
    data = os.urandom(BIG_BYTES - 3)  # not a whole number of words
    big = tmp_path / "big.bin"
    big.write_bytes(data)
    # Every value any progress bar of the uploader shows, recorded as it changes.
    driver.execute_script(
        """
        window.__progress = [];
        const root = document.querySelector(arguments[0]);
        const record = (bar) => window.__progress.push(bar.getAttribute("aria-valuenow"));
        new MutationObserver((mutations) => {
          for (const mutation of mutations) {
            if (mutation.type === "attributes") record(mutation.target);
            for (const node of mutation.addedNodes) {
              if (node instanceof Element) node.querySelectorAll('[role="progressbar"]').forEach(record);
            }
          }
        }).observe(root, {subtree: true, childList: true, attributes: true, attributeFilter: ["aria-valuenow"]});
        """,
        UPLOADER)
    # Throttle uploads so that a loopback upload takes a few seconds and reports progress on the way.
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
        "offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": 25 * 1024 * 1024})
    before = last_run(driver)
    file_input = driver.find_element(By.CSS_SELECTOR, f'{UPLOADER} input[type="file"]')
    assert driver.execute_script(
        "return document.getElementById(arguments[0].getAttribute('aria-labelledby')).textContent",
        file_input) == "Big file", "the input's accessible name is the widget's label"
    started = time.monotonic()
    file_input.send_keys(str(big))
    text = wait_text(driver, "big: ", timeout=120)
    elapsed = time.monotonic() - started
    wait_settled_after(driver, before)
    assert text == f"big: big.bin {len(data)} {word_sum(data)}"
    values = [int(v) for v in driver.execute_script("return window.__progress") if v is not None]
    intermediate = sorted({v for v in values if 0 < v < 100})
    print(f"50 MB upload and run: {elapsed:.2f} s; progress values seen: {values[:40]}")
    assert intermediate, f"the progress bar showed no value between 0 and 100: {values}"
    shown = driver.find_elements(By.CSS_SELECTOR, f'{UPLOADER} [data-testid="st-upload-file"]')
    assert [row.text.splitlines()[0] for row in shown] == ["big.bin"]


def test_the_camera_takes_a_jpeg_the_app_reads(uploads_page: WebDriver):
    driver = uploads_page
    take = driver.find_element(By.CSS_SELECTOR, f'{CAMERA} [data-testid="st-camera-take"]')
    wait_until(lambda: driver.execute_script(
        "return document.querySelector(arguments[0] + ' video').videoWidth > 0", CAMERA),
        message="the fake camera shows no picture")
    before = last_run(driver)
    take.click()
    text = wait_text(driver, "photo: ")
    wait_settled_after(driver, before)
    kind, size, head = text.removeprefix("photo: ").split(" ")
    assert kind == "image/jpeg" and head == "ffd8ff" and int(size) > 1000, text
    preview = driver.find_element(By.CSS_SELECTOR, f'{CAMERA} [data-testid="st-camera-preview"]')
    assert preview.is_displayed()
    clear = driver.find_element(By.CSS_SELECTOR, f'{CAMERA} [data-testid="st-camera-clear"]')
    before = last_run(driver)
    clear.click()
    wait_settled_after(driver, before)
    wait_until(lambda: not any(t.startswith("photo: ") for t in texts(driver)), message="the photo was not cleared")


def test_the_microphone_records_a_wav_the_app_reads(uploads_page: WebDriver):
    driver = uploads_page
    record = driver.find_element(By.CSS_SELECTOR, f'{MICROPHONE} [data-testid="st-audio-record"]')
    record.click()
    wait_until(lambda: record.get_attribute("aria-pressed") == "true",
               message=lambda: f"recording did not start; the widget shows {widget_text(driver, MICROPHONE)!r}")
    wait_until(lambda: driver.find_element(
        By.CSS_SELECTOR, f'{MICROPHONE} [data-testid="st-audio-time"]').text not in ("", "0:00", "0:01"),
        message=lambda: f"the recording's time did not advance; the widget shows {widget_text(driver, MICROPHONE)!r}")
    before = last_run(driver)
    record.click()
    text = wait_text(driver, "voice: ")
    wait_settled_after(driver, before)
    kind, size, riff, wave, rate = text.removeprefix("voice: ").split(" ")
    assert (kind, riff, wave, rate) == ("audio/wav", "RIFF", "WAVE", "16000"), text
    # At least a second of 16-bit samples at 16 kHz, after the 44-byte header.
    assert int(size) >= 44 + 16000 * 2 * 0.9, text
