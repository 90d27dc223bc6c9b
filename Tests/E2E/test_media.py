"""Media end to end, in a real Chromium against the `media` app of Tests/E2EApps (MediaApp.swift):

- a picture from the media endpoint shows, with its caption as its alternative text;
- a WebM video served by the endpoint starts at its start time and stops at its end time, and the
  server answered the player's Range requests with 206;
- SRT subtitles reach the player as WebVTT cues, and media URLs resolve under a base path;
- a tone generated in Swift loads in an audio player at its start time;
- a download button saves the file its closure computed on the click, and reruns the app.

The binary is `.build/debug/swiftlit-e2e-apps` unless SWIFTLIT_E2E_APPS_BIN names another.
"""

from __future__ import annotations

import tempfile
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from conftest import free_port_number, last_run, markdown_texts, wait_idle, wait_settled_after, wait_until
from test_faults import AppServer, apps_binary, running_app  # noqa: F401  (a fixture)

SQUARES = "n,square\n1,1\n2,4\n3,9\n4,16\n5,25\n"


class BasePathServer(AppServer):
    """The media app behind the path prefix `apps/media`, where its health check is too."""

    def health(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/apps/media/_stcore/health", timeout=1) as answer:
                return answer.status == 200
        except (OSError, urllib.error.URLError):
            return False


@pytest.fixture
def media_page(apps_binary: Path, driver: WebDriver):  # noqa: F811
    with running_app(apps_binary, "media") as server:
        driver.get(server.url)
        wait_idle(driver)
        yield driver, server


def test_a_picture_shows_with_its_caption_as_alternative_text(media_page):
    driver, _ = media_page
    picture = wait_until(
        lambda: driver.execute_script(
            """const img = document.querySelector('[data-kind="image"] img');
            return img && img.complete && img.naturalWidth > 0
              ? {alt: img.alt, src: img.getAttribute('src'), width: img.getBoundingClientRect().width,
                 caption: img.closest('figure').querySelector('figcaption')?.textContent}
              : null;"""),
        "the picture never loaded")
    assert picture["alt"] == "A single dot"
    assert picture["caption"] == "A single dot"
    assert picture["src"].startswith("_stcore/media/"), "relative to <base>"
    assert round(picture["width"]) == 48


def test_a_video_plays_from_its_start_time_to_its_end_time_over_ranges(media_page):
    driver, server = media_page
    state = """const video = document.querySelector('[data-kind="video"] video');
        return video ? {ready: video.readyState, time: video.currentTime, paused: video.paused,
                        src: video.getAttribute('src'), error: video.error && video.error.message} : null;"""
    started = wait_until(
        lambda: (lambda s: s if s and s["ready"] >= 1 and abs(s["time"] - 1.0) < 0.05 else None)(
            driver.execute_script(state)),
        lambda: f"the video never sat at its start time: {driver.execute_script(state)}")
    assert started["paused"]
    driver.execute_script("""document.querySelector('[data-kind="video"] video').play();""")
    wait_until(lambda: not driver.execute_script(state)["paused"], "the video never played")
    stopped = wait_until(
        lambda: (lambda s: s if s["paused"] and s["time"] >= 1.9 else None)(driver.execute_script(state)),
        lambda: f"the video never stopped at its end time: {driver.execute_script(state)}",
        timeout=15)
    assert stopped["time"] < 2.6, f"it stopped at {stopped['time']} s, long after the end time of 2 s"

    # The player asked for parts of the file (Chromium sends `Range: bytes=0-`), and got them.
    statuses = driver.execute_script(
        """return performance.getEntriesByType('resource')
             .filter((entry) => entry.name.includes(arguments[0])).map((entry) => entry.responseStatus);""",
        started["src"])
    assert 206 in statuses, f"the video's responses were {statuses}"
    request = urllib.request.Request(f"{server.url}{started['src']}", headers={"Range": "bytes=0-99"})
    with urllib.request.urlopen(request) as response:
        assert response.status == 206
        assert response.headers["Content-Type"] == "video/webm"
        assert len(response.read()) == 100


def test_srt_subtitles_reach_the_player_as_webvtt(media_page):
    driver, _ = media_page
    cues = wait_until(
        lambda: driver.execute_script(
            """const video = document.querySelector('[data-kind="video"] video');
            const track = video && video.textTracks[0];
            if (!track || !track.cues || track.cues.length === 0) return null;
            return {label: track.label, mode: track.mode, text: track.cues[0].text, end: track.cues[0].endTime};"""),
        "the subtitle track never loaded its cues")
    assert cues == {"label": "English", "mode": "showing", "text": "Hello from SRT", "end": 3.5}


def test_media_urls_resolve_under_the_base_path(apps_binary: Path, driver: WebDriver):  # noqa: F811
    with tempfile.TemporaryDirectory(prefix="swiftlit-media-") as log_dir:
        server = BasePathServer(apps_binary, "media", free_port_number(), Path(log_dir),
                                extra=("--server.baseUrlPath", "apps/media"))
        server.start()
        try:
            driver.get(f"{server.url}apps/media/")
            wait_idle(driver)
            loaded = wait_until(
                lambda: driver.execute_script(
                    """const img = document.querySelector('[data-kind="image"] img');
                    return img && img.complete && img.naturalWidth > 0 ? img.currentSrc : null;"""),
                "the picture never loaded under the base path")
            assert "/apps/media/_stcore/media/" in loaded
        finally:
            server.stop()


def test_a_generated_tone_loads_at_its_start_time(media_page):
    driver, _ = media_page
    wait_until(
        lambda: driver.execute_script(
            """const audio = document.querySelector('[data-kind="audio"] audio');
            return audio && audio.readyState >= 1 && Math.abs(audio.currentTime - 0.5) < 0.05
              && Math.abs(audio.duration - 2) < 0.05;"""),
        "the tone never loaded at 0.5 s")


def test_a_download_saves_what_the_app_computed_on_click_and_reruns(media_page):
    driver, _ = media_page
    with tempfile.TemporaryDirectory(prefix="swiftlit-downloads-") as folder:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": folder})
        before = last_run(driver)
        assert "Not downloaded yet" in markdown_texts(driver)
        driver.find_element(By.CSS_SELECTOR, '[data-widget-id="downloadButton:Download squares"] button').click()
        saved = Path(folder) / "squares.csv"
        wait_until(lambda: saved.is_file() and saved.read_text() == SQUARES,
                   lambda: f"no squares.csv with the computed rows in {list(Path(folder).iterdir())}")
        wait_settled_after(driver, before)
        assert "Downloaded" in markdown_texts(driver)
