"""Your own app, as the README's "Your own app" section says: `swiftlit new`, `swiftlit run`, open it
in Chromium and use it; edit the app and see the change, save a compile error and see the overlay,
fix it and see it go; then `swift test`. The new package builds against this checkout from the
machine's package mirror, offline; its first build compiles Swiftlit's dependencies, which takes
minutes.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import REPO_ROOT, find_widget, free_port_number, markdown_texts, wait_idle, wait_until

SWIFTLIT = Path(os.environ.get("SWIFTLIT_BIN", REPO_ROOT / ".build" / "debug" / "swiftlit"))
#: `swiftlit run` builds the new package first: Swiftlit and its dependencies, from scratch.
BUILD_TIMEOUT = 1500.0


def save(path: Path, text: str) -> None:
    """Saves as an editor does: a temporary file renamed over the old one."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text)
    os.replace(temporary, path)


def healthy(port: int) -> bool:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def test_a_new_app_builds_serves_and_answers(tmp_path: Path, driver) -> None:
    subprocess.run([str(SWIFTLIT), "new", "my-app", "--directory", str(tmp_path)], check=True, timeout=60)
    app = tmp_path / "my-app"
    assert (app / "Sources" / "MyApp" / "App.swift").is_file()

    port = free_port_number()
    log_path = tmp_path / "run.log"
    with open(log_path, "wb") as log:
        # Its own process group: `swiftlit run` starts the app as a child, and both are stopped at the end.
        process = subprocess.Popen(
            [str(SWIFTLIT), "run", "--server.port", str(port)],
            cwd=app, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        deadline = time.monotonic() + BUILD_TIMEOUT
        while not healthy(port):
            assert process.poll() is None, f"swiftlit run exited with {process.returncode}:\n{log_path.read_text()}"
            assert time.monotonic() < deadline, f"not serving after {BUILD_TIMEOUT:.0f} s:\n{log_path.read_text()}"
            time.sleep(0.2)

        driver.get(f"http://127.0.0.1:{port}/")
        wait_idle(driver)
        expected = ["Hello, world!", "Hello, world!", "Clicked 0 times"]
        wait_until(lambda: markdown_texts(driver) == expected, lambda: f"page shows {markdown_texts(driver)}")

        field = find_widget(driver, "textInput:Your name").find_element(By.CSS_SELECTOR, "input.st-input")
        field.clear()
        field.send_keys("Swift", Keys.ENTER)
        expected = ["Hello, Swift!", "Hello, Swift!", "Clicked 0 times"]
        wait_until(lambda: markdown_texts(driver) == expected, lambda: f"page shows {markdown_texts(driver)}")

        # Edit the app: the change shows in the open tab, which keeps the name typed into it.
        source = app / "Sources" / "MyApp" / "App.swift"
        original = source.read_text()
        save(source, original.replace('"Hello, **', '"Welcome, **'))
        expected = ["Welcome, Swift!", "Welcome, Swift!", "Clicked 0 times"]
        wait_until(lambda: markdown_texts(driver) == expected, lambda: f"page shows {markdown_texts(driver)}\n{log_path.read_text()}", 60)

        # A compile error: the overlay says where; the fix removes it.
        save(source, original.replace("st.markdown(", "st.markdon("))
        overlay = '[data-testid="st-dev-overlay"]'
        wait_until(lambda: driver.find_elements(By.CSS_SELECTOR, overlay), lambda: f"no overlay\n{log_path.read_text()}", 60)
        assert "App.swift:" in driver.find_element(By.CSS_SELECTOR, overlay).text
        save(source, original)
        wait_until(lambda: not driver.find_elements(By.CSS_SELECTOR, overlay), "the overlay stayed", 60)
        expected = ["Hello, Swift!", "Hello, Swift!", "Clicked 0 times"]
        wait_until(lambda: markdown_texts(driver) == expected, lambda: f"page shows {markdown_texts(driver)}")
    finally:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(process.pid, signal.SIGKILL)

    # The app's own test, as the README says: the package builds offline and AppTest passes.
    subprocess.run(["swift", "test"], cwd=app, check=True, timeout=BUILD_TIMEOUT)


def test_a_package_that_cannot_be_swapped_is_rebuilt_and_restarted(tmp_path: Path, driver) -> None:
    """An app spread over two files: a save rebuilds the package and restarts it; the tab reconnects
    with its values. A build error shows in the overlay while the last good version serves."""
    subprocess.run([str(SWIFTLIT), "new", "my-app", "--directory", str(tmp_path)], check=True, timeout=60)
    app = tmp_path / "my-app"
    module = app / "Sources" / "MyApp"
    greeting = module / "Greeting.swift"
    save(greeting, 'func greeting(_ name: String) -> String { "Hello, \\(name)!" }\n')
    source = module / "App.swift"
    save(source, source.read_text().replace('st.markdown("Hello, **\\(name)**!")', "st.markdown(greeting(name))"))

    port = free_port_number()
    log_path = tmp_path / "run.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [str(SWIFTLIT), "run", "--server.port", str(port)],
            cwd=app, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        deadline = time.monotonic() + BUILD_TIMEOUT
        while not healthy(port):
            assert process.poll() is None, f"swiftlit run exited with {process.returncode}:\n{log_path.read_text()}"
            assert time.monotonic() < deadline, f"not serving after {BUILD_TIMEOUT:.0f} s:\n{log_path.read_text()}"
            time.sleep(0.2)
        driver.get(f"http://127.0.0.1:{port}/")
        wait_idle(driver)
        field = find_widget(driver, "textInput:Your name").find_element(By.CSS_SELECTOR, "input.st-input")
        field.clear()
        field.send_keys("Swift", Keys.ENTER)
        expected = ["Hello, Swift!", "Hello, Swift!", "Clicked 0 times"]
        wait_until(lambda: markdown_texts(driver) == expected, lambda: f"page shows {markdown_texts(driver)}")

        save(greeting, 'func greeting(_ name: String) -> String { "Welcome, \\(name)!" }\n')
        expected = ["Welcome, Swift!", "Welcome, Swift!", "Clicked 0 times"]
        wait_until(lambda: markdown_texts(driver) == expected, lambda: f"page shows {markdown_texts(driver)}\n{log_path.read_text()}", 300)

        save(greeting, 'func greeting(_ name: String) -> String { "Welcome, \\(nme)!" }\n')
        overlay = '[data-testid="st-dev-overlay"]'
        wait_until(lambda: driver.find_elements(By.CSS_SELECTOR, overlay), lambda: f"no overlay\n{log_path.read_text()}", 300)
        assert "Greeting.swift:1:" in driver.find_element(By.CSS_SELECTOR, overlay).text
        assert markdown_texts(driver) == expected

        save(greeting, 'func greeting(_ name: String) -> String { "Hi, \\(name)!" }\n')
        wait_until(lambda: not driver.find_elements(By.CSS_SELECTOR, overlay), "the overlay stayed", 300)
        expected = ["Hi, Swift!", "Hi, Swift!", "Clicked 0 times"]
        wait_until(lambda: markdown_texts(driver) == expected, lambda: f"page shows {markdown_texts(driver)}\n{log_path.read_text()}", 300)
    finally:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(process.pid, signal.SIGKILL)
