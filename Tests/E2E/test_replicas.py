"""Three replicas of one app behind a real nginx (round-robin, no affinity, WebSockets proxied,
`server.baseUrlPath`), sharing a real PostgreSQL (`server.storage`), in a real Chromium.

- The tab's widget values and its `st.session` counter survive the replica serving it being
  killed (SIGKILL: no chance to save at the disconnect): the page reconnects through nginx to
  another replica, which resumes the session from PostgreSQL, and the app carries on.
- The picture, the table download and the download computed on click are fetched many times in a
  row, and an upload is made, each reaching the replica holding the session (nginx tries the next
  replica on "not found"); the uploaded file survives that replica being killed, from PostgreSQL.

The `replicas` app of Tests/E2EApps (ReplicaApp.swift) shows which process ran it.
"""

from __future__ import annotations

import os
import signal
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from conftest import find_widget, free_port_number, last_run, wait_idle, wait_settled_after, wait_until
from deployment import Nginx, PostgresCluster, answers
from test_faults import AppServer, apps_binary  # noqa: F401  (a fixture)
from test_refresh import expect_page, set_up_page

BASE = "apps/demo"


class Replica(AppServer):
    """One replica: the `replicas` app under BASE, its sessions and cache in the shared database."""

    def __init__(self, binary: Path, log_dir: Path, storage: str):
        super().__init__(binary, "replicas", free_port_number(), log_dir,
                         ("--server.baseUrlPath", BASE, "--server.storage", storage))

    def health(self) -> bool:
        return answers(f"http://127.0.0.1:{self.port}/{BASE}/_stcore/health")


def served_by(driver: WebDriver) -> int | None:
    """The process id the page's last run reports."""
    found = driver.execute_script(
        "const m = (document.querySelector('#st-main')?.innerText || '').match(/pid=(\\d+)/); return m ? m[1] : null;")
    return int(found) if found else None


def count_once(driver: WebDriver) -> None:
    before = last_run(driver)
    find_widget(driver, "button:Count").find_element("css selector", "button").click()
    wait_settled_after(driver, before)


class Deployment:
    """The replicas, nginx in front of them, and the process ids still alive."""

    def __init__(self, replicas: list[Replica], nginx: Nginx):
        self.replicas = replicas
        self.nginx = nginx
        self.live = {replica.pid for replica in replicas}

    def kill_serving(self, driver: WebDriver) -> None:
        """Kills the replica serving the tab (SIGKILL) and waits for the tab to reach another."""
        victim = served_by(driver)
        assert victim in self.live, f"the page names a live replica ({victim}, live: {self.live})"
        os.kill(victim, signal.SIGKILL)
        self.live.discard(victim)
        wait_until(lambda: served_by(driver) in self.live,
                   lambda: f"the tab did not move off {victim}: served by {served_by(driver)}", timeout=20)
        wait_idle(driver)


@contextmanager
def deployment(apps_binary: Path) -> Iterator[Deployment]:
    """A PostgreSQL cluster, three replicas using it, and nginx in front; logs printed on failure."""
    with tempfile.TemporaryDirectory(prefix="swiftlit-replicas-") as folder_name:
        folder = Path(folder_name)
        os.chmod(folder, 0o755)
        cluster = PostgresCluster(folder / "pg")
        cluster.start()
        replicas: list[Replica] = []
        nginx: Nginx | None = None
        try:
            (folder / "logs").mkdir()
            replicas = [Replica(apps_binary, folder / "logs", cluster.url) for _ in range(3)]
            for replica in replicas:
                replica.start()
            nginx = Nginx(folder / "nginx", BASE, [replica.port for replica in replicas])
            nginx.start()
            yield Deployment(replicas, nginx)
        except BaseException:
            for replica in replicas:
                print(f"===== replica {replica.port} log:\n{replica.summarized_log()}")
            if nginx:
                print(f"===== nginx log:\n{nginx.log_text()}")
            raise
        finally:
            if nginx:
                nginx.stop()
            for replica in replicas:
                if replica.process and replica.process.poll() is None:
                    replica.stop()
            cluster.stop()


def test_a_tab_carries_on_with_its_state_when_the_replica_serving_it_is_killed(
    apps_binary: Path, driver: WebDriver  # noqa: F811
) -> None:
    with deployment(apps_binary) as replicas:
        driver.get(replicas.nginx.url)
        set_up_page(driver)  # level=5, name=Ada, count=2
        for killed in (1, 2):  # kill the serving replica, then the one the tab moved to
            replicas.kill_serving(driver)
            expect_page(driver, level=5, name="Ada", count=2 + killed - 1)
            count_once(driver)  # the resumed session is live: the count goes on from the kept one
            expect_page(driver, level=5, name="Ada", count=2 + killed)

        # A reload reaches the last replica through nginx and finds the same session.
        driver.refresh()
        wait_idle(driver)
        expect_page(driver, level=5, name="Ada", count=4)
        assert served_by(driver) in replicas.live


#: Fetches each URL `times` times in a row from the page and resolves with their statuses.
FETCH_STATUSES = """
const [urls, times, done] = arguments;
(async () => {
  const statuses = [];
  for (const url of urls) {
    for (let i = 0; i < times; i++) statuses.push((await fetch(url, {cache: "no-store"})).status);
  }
  return statuses;
})().then(done, (error) => done(String(error)));
"""


def captions(driver: WebDriver) -> list[str]:
    return [e.text for e in driver.find_elements(By.CSS_SELECTOR, '#st-main [data-kind="caption"]')]


def test_media_downloads_and_uploads_reach_the_replica_holding_the_session(
    apps_binary: Path, driver: WebDriver  # noqa: F811
) -> None:
    with deployment(apps_binary) as replicas, tempfile.TemporaryDirectory(prefix="swiftlit-notes-") as notes_folder:
        driver.get(replicas.nginx.url)
        wait_idle(driver)

        picture = wait_until(
            lambda: driver.execute_script(
                "const i = document.querySelector('#st-main img'); return i && i.complete && i.naturalWidth > 0 ? i.src : null;"),
            "the picture did not load")
        session = driver.execute_script(
            "return Object.keys(sessionStorage).filter((k) => k.startsWith('swiftlit.sessionId'))"
            ".map((k) => sessionStorage.getItem(k))[0];")
        table = driver.find_element(By.CSS_SELECTOR, '[data-kind="dataframe"]').get_attribute("data-table")
        csv = driver.execute_script(
            "return new URL(`_stcore/table.csv?session=${arguments[0]}&table=${arguments[1]}`, document.baseURI).href;",
            session, table)
        # Round robin sends each request to the next replica: only one holds the session's files.
        statuses = driver.execute_async_script(FETCH_STATUSES, [picture, csv], 6)
        assert statuses == [200] * 12, f"picture then table download, each fetched 6 times: {statuses}"

        button = find_widget(driver, "downloadButton:Download squares")
        for clicks in range(1, 5):
            before = last_run(driver)
            button.find_element(By.CSS_SELECTOR, "button").click()
            wait_settled_after(driver, before)
            assert f"downloads={clicks}" in captions(driver), f"click {clicks}: {captions(driver)}"
            error = button.find_element(By.CSS_SELECTOR, '[role="alert"]')
            assert not error.is_displayed(), f"click {clicks}: {error.text}"

        notes = Path(notes_folder) / "notes.txt"
        notes.write_text("hello replicas")
        before = last_run(driver)
        find_widget(driver, "fileUploader:Notes").find_element(By.CSS_SELECTOR, 'input[type="file"]').send_keys(str(notes))
        wait_settled_after(driver, before)
        wait_until(lambda: "notes=notes.txt:hello replicas" in captions(driver),
                   lambda: f"the upload did not reach the app: {captions(driver)}")

        # The file is in PostgreSQL: the replica the tab moves to reads it.
        replicas.kill_serving(driver)
        wait_until(lambda: "notes=notes.txt:hello replicas" in captions(driver),
                   lambda: f"the upload did not move with the session: {captions(driver)}")
        assert "downloads=4" in captions(driver)
