"""Your own app, as the README's "Your own app" section says: `swiftlit new`, `swiftlit run`, open it
in Chromium and use it; edit the app and see the change, save a compile error and see the overlay,
fix it and see it go; then `swift test`. The new package builds against this checkout from the
machine's package mirror, offline; its first build compiles Swiftlit's dependencies, which takes
minutes.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import (
    SWIFTLIT,
    find_widget,
    free_port_number,
    markdown_texts,
    save_like_an_editor as save,
    swiftlit_run,
    wait_idle,
    wait_until,
)

#: `swiftlit run` builds the new package first: Swiftlit and its dependencies, from scratch.
BUILD_TIMEOUT = 1500.0
OVERLAY = '[data-testid="st-dev-overlay"]'


def new_app(folder: Path) -> Path:
    subprocess.run([str(SWIFTLIT), "new", "my-app", "--directory", str(folder)], check=True, timeout=60)
    return folder / "my-app"


def open_and_type_a_name(driver, port: int) -> None:
    driver.get(f"http://127.0.0.1:{port}/")
    wait_idle(driver)
    field = find_widget(driver, "textInput:Your name").find_element(By.CSS_SELECTOR, "input.st-input")
    field.clear()
    field.send_keys("Swift", Keys.ENTER)


def wait_texts(driver, expected: list[str], log_text, timeout: float = 10.0) -> None:
    wait_until(
        lambda: markdown_texts(driver) == expected, lambda: f"page shows {markdown_texts(driver)}\n{log_text()}", timeout
    )


def test_a_new_app_builds_serves_and_answers(tmp_path: Path, driver) -> None:
    app = new_app(tmp_path)
    assert (app / "Sources" / "MyApp" / "App.swift").is_file()
    port = free_port_number()
    with swiftlit_run(SWIFTLIT, [], app, port, BUILD_TIMEOUT) as log_text:
        driver.get(f"http://127.0.0.1:{port}/")
        wait_idle(driver)
        wait_texts(driver, ["Hello, world!", "Hello, world!", "Clicked 0 times"], log_text)
        open_and_type_a_name(driver, port)
        wait_texts(driver, ["Hello, Swift!", "Hello, Swift!", "Clicked 0 times"], log_text)

        # Edit the app: the change shows in the open tab, which keeps the name typed into it.
        source = app / "Sources" / "MyApp" / "App.swift"
        original = source.read_text()
        save(source, original.replace('"Hello, **', '"Welcome, **'))
        wait_texts(driver, ["Welcome, Swift!", "Welcome, Swift!", "Clicked 0 times"], log_text, 60)

        # A compile error: the overlay says where; the fix removes it.
        save(source, original.replace("st.markdown(", "st.markdon("))
        wait_until(lambda: driver.find_elements(By.CSS_SELECTOR, OVERLAY), lambda: f"no overlay\n{log_text()}", 60)
        assert "App.swift:" in driver.find_element(By.CSS_SELECTOR, OVERLAY).text
        save(source, original)
        wait_until(lambda: not driver.find_elements(By.CSS_SELECTOR, OVERLAY), lambda: f"the overlay stayed\n{log_text()}", 60)
        wait_texts(driver, ["Hello, Swift!", "Hello, Swift!", "Clicked 0 times"], log_text)

    # The app's own test, as the README says: the package builds offline and AppTest passes.
    subprocess.run(["swift", "test"], cwd=app, check=True, timeout=BUILD_TIMEOUT)


def test_a_package_that_cannot_be_swapped_is_rebuilt_and_restarted(tmp_path: Path, driver) -> None:
    """An app spread over two files: a save rebuilds the package and restarts it; the tab reconnects
    with its values. A build error shows in the overlay while the last good version serves."""
    app = new_app(tmp_path)
    module = app / "Sources" / "MyApp"
    greeting = module / "Greeting.swift"
    save(greeting, 'func greeting(_ name: String) -> String { "Hello, \\(name)!" }\n')
    source = module / "App.swift"
    save(source, source.read_text().replace('st.markdown("Hello, **\\(name)**!")', "st.markdown(greeting(name))"))

    port = free_port_number()
    with swiftlit_run(SWIFTLIT, [], app, port, BUILD_TIMEOUT) as log_text:
        open_and_type_a_name(driver, port)
        wait_texts(driver, ["Hello, Swift!", "Hello, Swift!", "Clicked 0 times"], log_text)

        save(greeting, 'func greeting(_ name: String) -> String { "Welcome, \\(name)!" }\n')
        expected = ["Welcome, Swift!", "Welcome, Swift!", "Clicked 0 times"]
        wait_texts(driver, expected, log_text, 300)

        save(greeting, 'func greeting(_ name: String) -> String { "Welcome, \\(nme)!" }\n')
        wait_until(lambda: driver.find_elements(By.CSS_SELECTOR, OVERLAY), lambda: f"no overlay\n{log_text()}", BUILD_TIMEOUT)
        assert "Greeting.swift:1:" in driver.find_element(By.CSS_SELECTOR, OVERLAY).text
        assert markdown_texts(driver) == expected

        save(greeting, 'func greeting(_ name: String) -> String { "Hi, \\(name)!" }\n')
        wait_until(lambda: not driver.find_elements(By.CSS_SELECTOR, OVERLAY), lambda: f"the overlay stayed\n{log_text()}", 300)
        wait_texts(driver, ["Hi, Swift!", "Hi, Swift!", "Clicked 0 times"], log_text, 300)
