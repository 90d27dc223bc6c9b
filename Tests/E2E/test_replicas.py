"""Three replicas of one app behind a real nginx (round-robin, no affinity, WebSockets proxied,
`server.baseUrlPath`), sharing a real PostgreSQL (`server.storage`), in a real Chromium.

The tab's widget values and its `st.session` counter survive the replica serving it being killed
(SIGKILL: no chance to save at the disconnect): the page reconnects through nginx to another
replica, which resumes the session from PostgreSQL, and the app carries on from where it was.
The `replicas` app of Tests/E2EApps (ReplicaApp.swift) shows which process ran it.
"""

from __future__ import annotations

import os
import signal
import tempfile
from pathlib import Path

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


def test_a_tab_carries_on_with_its_state_when_the_replica_serving_it_is_killed(
    apps_binary: Path, driver: WebDriver  # noqa: F811
) -> None:
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

            driver.get(nginx.url)
            set_up_page(driver)  # level=5, name=Ada, count=2
            pids = {replica.pid for replica in replicas}
            killed: set[int] = set()
            for _ in range(2):  # kill the serving replica, then the one the tab moved to
                victim = served_by(driver)
                assert victim in pids - killed, f"the page names a live replica ({victim}, live: {pids - killed})"
                os.kill(victim, signal.SIGKILL)
                killed.add(victim)
                wait_until(lambda: served_by(driver) in pids - killed,
                           lambda: f"the tab did not move off {victim}: served by {served_by(driver)}", timeout=20)
                wait_idle(driver)
                expect_page(driver, level=5, name="Ada", count=2 + len(killed) - 1)
                count_once(driver)  # the resumed session is live: the count goes on from the kept one
                expect_page(driver, level=5, name="Ada", count=2 + len(killed))

            # A reload reaches the last replica through nginx and finds the same session.
            driver.refresh()
            wait_idle(driver)
            expect_page(driver, level=5, name="Ada", count=4)
            assert served_by(driver) in pids - killed
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
