"""Hot reload as a developer meets it in Chromium: `swiftlit run hello.swift`, save a change and see
it with the widget values kept, save a compile error and see the overlay over the last good version,
fix it and see the overlay go; and an app that traps comes back with a notice and its values.
"""

from __future__ import annotations

from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import (
    SWIFTLIT,
    DemoServer,
    find_widget,
    free_port_number,
    markdown_texts,
    save_like_an_editor as save,
    swiftlit_run,
    wait_idle,
    wait_until,
)

OVERLAY = '[data-testid="st-dev-overlay"]'

#: The first compile also builds the clang module cache.
FIRST_COMPILE_TIMEOUT = 120.0

APP = """import Swiftlit

func app(_ st: St) async throws {
    let name = st.textInput("Name", value: "world")
    st.markdown("GREETING, \\(name)!")
    if st.button("Crash") {
        let empty: [Int] = []
        st.write("\\(empty[1])")
    }
}
"""


def test_save_reloads_shows_compile_errors_and_survives_a_crash(tmp_path: Path, driver) -> None:
    app = tmp_path / "hello.swift"
    save(app, APP.replace("GREETING", "Hello"))
    port = free_port_number()
    with swiftlit_run(SWIFTLIT, [str(app)], tmp_path, port, 60) as log_text:
        driver.get(f"http://127.0.0.1:{port}/")
        wait_until(lambda: markdown_texts(driver) == ["Hello, world!"], lambda: f"page shows {markdown_texts(driver)}\n{log_text()}", FIRST_COMPILE_TIMEOUT)

        field = find_widget(driver, "textInput:Name").find_element(By.CSS_SELECTOR, "input.st-input")
        field.clear()
        field.send_keys("Swift", Keys.ENTER)
        wait_until(lambda: markdown_texts(driver) == ["Hello, Swift!"], lambda: f"page shows {markdown_texts(driver)}")

        # A saved change appears, and the name typed in the browser is kept.
        save(app, APP.replace("GREETING", "Welcome"))
        wait_until(lambda: markdown_texts(driver) == ["Welcome, Swift!"], lambda: f"page shows {markdown_texts(driver)}\n{log_text()}")

        # A compile error: an overlay says where, and the last good version keeps serving.
        save(app, APP.replace("GREETING", "Welcome").replace("st.markdown(", "st.markdwn("))
        wait_until(lambda: driver.find_elements(By.CSS_SELECTOR, OVERLAY), lambda: f"no overlay\n{log_text()}", 30)
        text = driver.find_element(By.CSS_SELECTOR, OVERLAY).text
        assert "hello.swift:5:" in text and "markdwn" in text, text
        assert markdown_texts(driver) == ["Welcome, Swift!"]

        # Fixed: the overlay goes and the new version shows.
        save(app, APP.replace("GREETING", "Hi"))
        wait_until(lambda: not driver.find_elements(By.CSS_SELECTOR, OVERLAY), "the overlay stayed", 30)
        wait_until(lambda: markdown_texts(driver) == ["Hi, Swift!"], lambda: f"page shows {markdown_texts(driver)}")

        # A trap: the app comes back, tells why, and the browser restores its values.
        find_widget(driver, "button:Crash").find_element(By.CSS_SELECTOR, "button").click()
        banner = '[data-testid="st-client-error"]'
        wait_until(lambda: driver.find_elements(By.CSS_SELECTOR, banner), lambda: f"no restart notice\n{log_text()}", 30)
        assert "crashed with signal" in driver.find_element(By.CSS_SELECTOR, banner).text
        wait_until(lambda: markdown_texts(driver) == ["Hi, Swift!"], lambda: f"page shows {markdown_texts(driver)}", 30)
        wait_idle(driver)


def test_a_restarted_app_clears_a_compile_error_it_no_longer_has(demo_binary: Path, tmp_path: Path, driver) -> None:
    """`swiftlit run` rebuilds a package after a fix, tells the tabs "compileFixed" and restarts the
    app at once: a tab may lose that notice with the old app. The new app has no compile error, and
    a tab that reconnects to it must show none."""
    server = DemoServer(demo_binary, free_port_number(), tmp_path, notices_on_stdin=True)
    server.start()
    try:
        driver.get(server.url)
        wait_idle(driver)
        server.tell({
            "kind": "compileError",
            "message": "The app does not build; the last good version keeps serving.",
            "diagnostics": [{"file": "Greeting.swift", "line": 1, "column": 50, "severity": "error",
                             "message": "cannot find 'nme' in scope"}],
        })
        wait_until(lambda: driver.find_elements(By.CSS_SELECTOR, OVERLAY), "no overlay")
        assert "Greeting.swift:1:50" in driver.find_element(By.CSS_SELECTOR, OVERLAY).text

        # A tab that opens again on the same app is told the error that still stands.
        driver.refresh()
        wait_idle(driver)
        wait_until(lambda: driver.find_elements(By.CSS_SELECTOR, OVERLAY), "no overlay after a reload")

        server.stop()
        server.start()
        wait_until(lambda: not driver.find_elements(By.CSS_SELECTOR, OVERLAY), lambda: f"the overlay stayed\n{server.log_text()}")
        wait_idle(driver)
    finally:
        server.stop()
