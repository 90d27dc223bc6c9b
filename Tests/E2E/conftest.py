"""Fixtures and helpers for Swiftlit's end-to-end browser tests.

The tests drive a real headless Chromium (through the system chromedriver) against the real demo
binary (Examples/Demo) served on a free loopback port. Every wait polls the app root's data-*
attributes with a timeout; nothing sleeps to "give the app time".

Run through scripts/e2e.sh, or `python3 -m pytest -q Tests/E2E` from the repository root.
The binary is `.build/debug/swiftlit-demo` unless SWIFTLIT_DEMO_BIN names another one.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Callable, Optional, TypeVar

import pytest

# Selenium Manager must never try to download a driver or a browser (the machine is offline).
os.environ.setdefault("SE_OFFLINE", "true")

from deployment import answers, free_port_number  # noqa: E402,F401  (one definition, used by the tests)
from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.remote.webelement import WebElement  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_BINARY = REPO_ROOT / ".build" / "debug" / "swiftlit-demo"
#: The `swiftlit` command the own-app and hot-reload tests run (SWIFTLIT_BIN names another one).
SWIFTLIT = Path(os.environ.get("SWIFTLIT_BIN", REPO_ROOT / ".build" / "debug" / "swiftlit"))
CHROMEDRIVER = os.environ.get("SWIFTLIT_CHROMEDRIVER", "/usr/bin/chromedriver")
CHROMIUM = os.environ.get("SWIFTLIT_CHROMIUM", "/usr/bin/chromium")

#: Default timeout of every wait on the page, in seconds.
WAIT_TIMEOUT = 10.0
#: How long a server may take to answer /_stcore/health after it was started.
STARTUP_TIMEOUT = 30.0
#: How long a server may take to exit after SIGTERM before it is killed.
SHUTDOWN_TIMEOUT = 10.0
POLL_INTERVAL = 0.02

APP = "#swiftlit-app"

T = TypeVar("T")


# --------------------------------------------------------------------------------------------------
# Waiting


class WaitTimeout(AssertionError):
    """A condition did not hold in time (an AssertionError, so pytest shows it as a failure)."""


def wait_until(
    condition: Callable[[], Optional[T]],
    message: str | Callable[[], str],
    timeout: float = WAIT_TIMEOUT,
) -> T:
    """Polls `condition` until it returns a truthy value, which is returned.

    A stale element (the page re-rendered under us) counts as "not yet". On timeout, raises
    WaitTimeout with `message` (called, if it is a function, to describe the state at that moment).
    """
    deadline = time.monotonic() + timeout
    last_error: Optional[BaseException] = None
    while True:
        try:
            result = condition()
            if result:
                return result
        except StaleElementReferenceException as error:
            last_error = error
        if time.monotonic() >= deadline:
            text = message() if callable(message) else message
            suffix = f" (last error: {last_error!r})" if last_error else ""
            raise WaitTimeout(f"timed out after {timeout:.0f} s: {text}{suffix}")
        time.sleep(POLL_INTERVAL)


def app_state(driver: WebDriver) -> dict:
    """The client's state as the app root shows it."""
    return driver.execute_script(
        """
        const app = document.querySelector(arguments[0]);
        if (app === null) return {connection: null, runState: null, lastRun: null};
        const lastRun = app.getAttribute("data-last-run");
        return {
          connection: app.getAttribute("data-connection"),
          runState: app.getAttribute("data-run-state"),
          lastRun: lastRun === null ? null : Number(lastRun),
        };
        """,
        APP,
    )


def last_run(driver: WebDriver) -> int:
    """The number of the last run that finished, or -1 before the first one."""
    value = app_state(driver)["lastRun"]
    return -1 if value is None else int(value)


def wait_idle(driver: WebDriver, timeout: float = WAIT_TIMEOUT) -> dict:
    """Waits until the page is connected, not running, and has finished at least one run."""
    return wait_until(
        lambda: (lambda s: s if s["connection"] == "open" and s["runState"] == "idle"
                 and s["lastRun"] is not None else None)(app_state(driver)),
        lambda: f"page never became open+idle; state is {app_state(driver)}",
        timeout,
    )


def wait_last_run_above(driver: WebDriver, n: int, timeout: float = WAIT_TIMEOUT) -> int:
    """Waits until a run numbered above `n` has finished and returns its number."""
    def done() -> Optional[int]:
        current = last_run(driver)
        return current if current > n else None

    return wait_until(done, lambda: f"no run finished after run {n}; state is {app_state(driver)}", timeout)


def wait_settled_after(driver: WebDriver, n: int, timeout: float = WAIT_TIMEOUT) -> int:
    """Waits for a run after `n` to finish and for the page to be idle again."""
    wait_last_run_above(driver, n, timeout)
    wait_idle(driver, timeout)
    return last_run(driver)


def find_widget(driver: WebDriver, widget_id: str, timeout: float = WAIT_TIMEOUT) -> WebElement:
    """The root element of the widget with this id (e.g. `slider:Repeat`)."""
    selector = f'[data-widget-id="{css_string(widget_id)}"]'
    return wait_until(
        lambda: (driver.find_elements(By.CSS_SELECTOR, selector) or [None])[0],
        f"no widget {widget_id!r} on the page",
        timeout,
    )


def css_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


# --------------------------------------------------------------------------------------------------
# Page content


def markdown_texts(driver: WebDriver) -> list[str]:
    """The text of every markdown element in the main area, in page order."""
    return driver.execute_script(
        """
        return [...document.querySelectorAll('#st-main [data-testid="st-markdown"] > .st-markdown__body')]
          .map((body) => body.textContent.trim());
        """
    )


def greeting_lines(driver: WebDriver) -> list[str]:
    """The demo's "Hello, <name>!" markdown lines."""
    return [text for text in markdown_texts(driver) if text.startswith("Hello, ") and text.endswith("!")]


def wait_greetings(driver: WebDriver, name: str, count: int, timeout: float = WAIT_TIMEOUT) -> list[str]:
    expected = [f"Hello, {name}!"] * count
    return wait_until(
        lambda: greeting_lines(driver) == expected and expected,
        lambda: f"expected {count} × 'Hello, {name}!', page shows {greeting_lines(driver)}",
        timeout,
    )


def run_count_text(driver: WebDriver) -> Optional[str]:
    """The demo's "This page ran N times" text, or None."""
    return driver.execute_script(
        """
        for (const el of document.querySelectorAll('#st-main [data-kind]')) {
          const text = el.textContent.trim();
          if (/^This page ran \\d+ times$/.test(text)) return text;
        }
        return null;
        """
    )


def active_element_info(driver: WebDriver) -> dict:
    """What has the focus, with its value and selection when it is a text field."""
    return driver.execute_script(
        """
        const el = document.activeElement;
        const widget = el?.closest("[data-widget-id]");
        return {
          tag: el?.localName ?? null,
          widgetId: widget?.getAttribute("data-widget-id") ?? null,
          value: el && "value" in el ? el.value : null,
          selectionStart: el && "selectionStart" in el ? el.selectionStart : null,
          selectionEnd: el && "selectionEnd" in el ? el.selectionEnd : null,
        };
        """
    )


# --------------------------------------------------------------------------------------------------
# The demo server


def healthy(port: int) -> bool:
    """Whether a Swiftlit server on this loopback port answers its health check."""
    return answers(f"http://127.0.0.1:{port}/_stcore/health")


def save_like_an_editor(path: Path, text: str) -> None:
    """Saves as an editor does: a temporary file renamed over the old one."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text)
    os.replace(temporary, path)


@contextlib.contextmanager
def swiftlit_run(swiftlit: Path, arguments: list[str], cwd: Path, port: int, timeout: float):
    """`swiftlit run …` on `port`, in its own process group (it starts the app as a child; both
    are stopped at the end), once it serves. Yields a function returning its log so far."""
    log_path = cwd.parent / f"swiftlit-run-{port}.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [str(swiftlit), "run", *arguments, "--server.port", str(port)],
            cwd=cwd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
    log_text = lambda: log_path.read_text(errors="replace")  # noqa: E731
    try:
        deadline = time.monotonic() + timeout
        while not healthy(port):
            assert process.poll() is None, f"swiftlit run exited with {process.returncode}:\n{log_text()}"
            assert time.monotonic() < deadline, f"not serving after {timeout:.0f} s:\n{log_text()}"
            time.sleep(0.1)
        yield log_text
    finally:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=SHUTDOWN_TIMEOUT)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(process.pid, signal.SIGKILL)


class DemoServer:
    """The demo binary on a fixed loopback port; can be stopped and started again on that port."""

    def __init__(self, binary: Path, port: int, log_dir: Path, notices_on_stdin: bool = False):
        self.binary = binary
        self.port = port
        self.log_dir = log_dir
        #: Reads developer notices on standard input, as under `swiftlit run` (see `tell`).
        self.notices_on_stdin = notices_on_stdin
        self.process: Optional[subprocess.Popen] = None
        self.starts = 0
        self.logs: list[Path] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def health(self) -> bool:
        return healthy(self.port)

    def start(self, timeout: float = STARTUP_TIMEOUT) -> None:
        assert self.process is None or self.process.poll() is not None, "server already running"
        self.starts += 1
        log_path = self.log_dir / f"server-{self.port}-{self.starts}.log"
        self.logs.append(log_path)
        with open(log_path, "wb") as log:
            self.process = subprocess.Popen(
                [str(self.binary), "--server.port", str(self.port), "--server.address", "127.0.0.1"],
                stdin=subprocess.PIPE if self.notices_on_stdin else subprocess.DEVNULL,
                env={**os.environ, "SWIFTLIT_NOTICES_ON_STDIN": "1"} if self.notices_on_stdin else None,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # a Ctrl-C on pytest is not also delivered to the server
            )
        deadline = time.monotonic() + timeout
        while not self.health():
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"swiftlit-demo exited with status {self.process.returncode} while starting; "
                    f"log:\n{self.log_text()}"
                )
            if time.monotonic() >= deadline:
                self.stop()
                raise RuntimeError(f"swiftlit-demo not healthy after {timeout:.0f} s; log:\n{self.log_text()}")
            time.sleep(0.05)

    def stop(self, timeout: float = SHUTDOWN_TIMEOUT) -> Optional[int]:
        """SIGTERM by pid and wait; SIGKILL if it does not exit in time.

        Returns the exit status of a graceful exit, or None when it had to be killed (or was not
        running).
        """
        process = self.process
        if process is None:
            return None
        if process.poll() is not None:
            return process.returncode
        try:
            os.kill(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            return process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=timeout)
            return None

    def tell(self, notice: dict) -> None:
        """Writes a developer notice to the app's standard input, as `swiftlit run` does."""
        assert self.notices_on_stdin and self.process is not None and self.process.stdin is not None
        self.process.stdin.write((json.dumps(notice) + "\n").encode())
        self.process.stdin.flush()

    def log_text(self) -> str:
        parts = []
        for path in self.logs:
            try:
                parts.append(f"--- {path.name}\n{path.read_text(errors='replace')}")
            except OSError:
                pass
        return "\n".join(parts)


# --------------------------------------------------------------------------------------------------
# Fixtures


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Remembers each phase's report on the test item, so that fixtures can tell a failure."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


def _failed(request) -> bool:
    report = getattr(request.node, "report_call", None)
    return report is None or report.failed


@pytest.fixture(scope="session")
def demo_binary() -> Path:
    binary = Path(os.environ.get("SWIFTLIT_DEMO_BIN", DEFAULT_BINARY))
    if not (binary.is_file() and os.access(binary, os.X_OK)):
        pytest.exit(f"no demo binary at {binary}; build first: swift build --product swiftlit-demo", returncode=2)
    return binary


@pytest.fixture
def free_port() -> int:
    return free_port_number()


@pytest.fixture
def server(demo_binary: Path, free_port: int, request):
    """A running demo server; always stopped (SIGTERM, then SIGKILL) when the test ends."""
    with tempfile.TemporaryDirectory(prefix="swiftlit-e2e-") as log_dir:
        demo = DemoServer(demo_binary, free_port, Path(log_dir))
        try:
            demo.start()
            yield demo
        finally:
            demo.stop()
            if _failed(request):
                print(f"\n===== server log ({request.node.name})\n{demo.log_text()}")


@pytest.fixture
def driver(request):
    """A headless Chromium through the system chromedriver (nothing is downloaded)."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,1000",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        # Keep timers of the (only, but headless) tab at full speed.
        "--disable-background-timer-throttling",
        "--disable-renderer-backgrounding",
        "--disable-backgrounding-occluded-windows",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    browser.set_page_load_timeout(30)
    browser.set_script_timeout(10)
    try:
        yield browser
    finally:
        if _failed(request):
            try:
                shot = Path(tempfile.gettempdir()) / f"swiftlit-e2e-failure-{request.node.name}.png"
                browser.save_screenshot(str(shot))
                print(f"\n===== page state: {app_state(browser)}; screenshot: {shot}")
                for entry in browser.get_log("browser"):
                    print(f"[browser {entry.get('level')}] {entry.get('message')}")
            except WebDriverException as error:
                print(f"(could not collect browser diagnostics: {error!r})")
        browser.quit()


@pytest.fixture
def page(server: DemoServer, driver: WebDriver) -> WebDriver:
    """The demo open in the browser, connected and done with its first run."""
    driver.get(server.url)
    wait_idle(driver)
    return driver
