"""Scale-out benchmark: the hello app as 1 and 3 replicas behind nginx, sessions in PostgreSQL.

Prints, for each set-up, how many sessions per second open (WebSocket + hello + first run, 20 at
a time), the latency of reruns one after another on one session, and the latency and throughput
of reruns from 50 sessions at once. The first two set-ups (one replica, direct, without and with
`server.storage`) give the cost of the external store per rerun: every rerun here changes a
widget value, so every one is written through to PostgreSQL (off the reply's path).

Then, with the `files` app (a picture and an uploader), the latency of fetching the picture and of
uploading a 256 KiB file, one request after another over one keep-alive connection: with
`server.storage` an upload is written to PostgreSQL before its reply, and behind nginx with three
replicas a request reaches the replica holding the session by way of the others' 404s.

Run through scripts/bench-replicas.sh (it builds the release binary). Needs PostgreSQL 15 and
nginx from Debian (scripts/setup.sh test) and Python's `websockets`. Everything listens on
127.0.0.1; each measurement is bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "Benchmarks" / "compare"))
sys.path.insert(0, str(ROOT / "Tests" / "E2E"))

from deployment import Nginx, PostgresCluster, free_port_number, stop_process, wait_until_answers  # noqa: E402
from swiftlit_bench import Session, open_and_first_run  # noqa: E402

BASE = "bench"
WIDGET = "slider:n"


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


class Replica:
    def __init__(self, binary: Path, storage: str | None, log_dir: Path, app: str = "hello"):
        self.port = free_port_number()
        arguments = [str(binary), app, "--server.address", "127.0.0.1", "--server.port", str(self.port),
                     "--server.baseUrlPath", BASE, "--logger.level", "warning",
                     # Throughput, not the per-connection limiter, is measured here.
                     "--server.maxMessagesPerSecond", "0"]
        if storage:
            arguments += ["--server.storage", storage]
        self.log = open(log_dir / f"replica-{self.port}.log", "wb")
        self.process = subprocess.Popen(arguments, stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT)
        wait_until_answers(f"http://127.0.0.1:{self.port}/{BASE}/_stcore/health", self.process,
                           f"the replica on {self.port} (log: {self.log.name})")

    def stop(self) -> None:
        stop_process(self.process)
        self.log.close()


async def sessions_per_second(url: str, count: int, concurrency: int) -> float:
    gate = asyncio.Semaphore(concurrency)
    sessions = []

    async def one():
        async with gate:
            session, _, _, _ = await open_and_first_run(url)
            sessions.append(session)

    start = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(count)))
    elapsed = time.perf_counter() - start
    for session in sessions:
        await session.close()
    return count / elapsed


async def sequential_reruns(url: str, count: int) -> list[float]:
    session, _, _, _ = await open_and_first_run(url)
    for i in range(20):
        await session.run({WIDGET: 11 + i % 2})
    latencies = [(await session.run({WIDGET: 11 + i % 2})).latency for i in range(count)]
    await session.close()
    return latencies


async def concurrent_reruns(url: str, sessions: int, seconds: float) -> tuple[list[float], float]:
    opened = [(await open_and_first_run(url))[0] for _ in range(sessions)]
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds

    async def loop(session, offset):
        i = offset
        while time.perf_counter() < deadline:
            latencies.append((await session.run({WIDGET: 11 + i % 2})).latency)
            i += 1

    start = time.perf_counter()
    await asyncio.gather(*(loop(session, n) for n, session in enumerate(opened)))
    elapsed = time.perf_counter() - start
    for session in opened:
        await session.close()
    return latencies, len(latencies) / elapsed


def measure(label: str, url: str, args) -> dict:
    async def go():
        rate = await sessions_per_second(url, args.sessions, 20)
        sequential = await sequential_reruns(url, args.reruns)
        concurrent, throughput = await concurrent_reruns(url, args.concurrent, args.seconds)
        return rate, sequential, concurrent, throughput

    rate, sequential, concurrent, throughput = asyncio.run(go())
    record = {
        "label": label, "sessions_per_s": rate,
        "rerun_p50_ms": statistics.median(sequential) * 1000, "rerun_p99_ms": percentile(sequential, 0.99) * 1000,
        "concurrent_p50_ms": statistics.median(concurrent) * 1000,
        "concurrent_p99_ms": percentile(concurrent, 0.99) * 1000, "concurrent_reruns_per_s": throughput,
    }
    print(f"{label:<38} {rate:8.0f} sessions/s   rerun p50 {record['rerun_p50_ms']:6.2f} ms  "
          f"p99 {record['rerun_p99_ms']:6.2f} ms   {args.concurrent} sessions: p50 "
          f"{record['concurrent_p50_ms']:6.2f} ms  p99 {record['concurrent_p99_ms']:6.2f} ms  "
          f"{throughput:6.0f} reruns/s", flush=True)
    return record


UPLOAD_BYTES = 256 * 1024


async def file_requests(ws_url: str, http_port: int, count: int) -> tuple[list[float], list[float]]:
    """Latencies of fetching the `files` app's picture and of uploading to its uploader, `count`
    of each in a row, while the session's WebSocket stays open."""
    session = Session(ws_url)
    await session.open()
    greeting: dict = {}
    picture: list[str] = []

    def note(_elapsed, kind, message, _size):
        if kind == "session":
            greeting.update(message)
        picture.extend(re.findall(r"_stcore/media/[A-Za-z0-9]+\.png", json.dumps(message)))

    await session.request({"type": "hello", "protocol": 2, "widgets": {}}, on_msg=note)
    assert picture, "the files app's first run shows no picture"
    connection = http.client.HTTPConnection("127.0.0.1", http_port, timeout=30)

    def timed(method: str, path: str, body: bytes | None = None, headers: dict | None = None,
              expected: int = 200) -> float:
        start = time.perf_counter()
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        response.read()
        elapsed = time.perf_counter() - start
        assert response.status == expected, f"{method} {path}: {response.status}"
        return elapsed

    media = [timed("GET", f"/{BASE}/{picture[0]}", headers={"Cache-Control": "no-cache"}) for _ in range(count)]
    body = bytes(range(256)) * (UPLOAD_BYTES // 256)
    path = f"/{BASE}/_stcore/upload/{greeting['sessionId']}?widget=fileUploader%3AFile&name=data.bin"
    headers = {"X-Xsrftoken": greeting["uploadToken"], "Content-Type": "application/octet-stream"}
    uploads = [timed("PUT", path, body, headers, expected=201) for _ in range(count)]
    connection.close()
    await session.close()
    return media, uploads


def measure_files(label: str, ws_url: str, http_port: int, count: int) -> dict:
    media, uploads = asyncio.run(file_requests(ws_url, http_port, count))
    record = {
        "label": label, "media_p50_ms": statistics.median(media) * 1000, "media_p99_ms": percentile(media, 0.99) * 1000,
        "upload_p50_ms": statistics.median(uploads) * 1000, "upload_p99_ms": percentile(uploads, 0.99) * 1000,
    }
    print(f"{label:<38} picture p50 {record['media_p50_ms']:6.2f} ms  p99 {record['media_p99_ms']:6.2f} ms   "
          f"upload of {UPLOAD_BYTES // 1024} KiB p50 {record['upload_p50_ms']:6.2f} ms  "
          f"p99 {record['upload_p99_ms']:6.2f} ms", flush=True)
    return record


def run_set_up(binary: Path, folder: Path, cluster_url: str, count: int, storage: bool, proxied: bool,
               app: str, measurement):
    """Starts `count` replicas of `app` (and nginx in front when `proxied`), runs
    `measurement(ws_url, http_port)`, and stops them."""
    replicas = [Replica(binary, cluster_url if storage else None, folder, app) for _ in range(count)]
    nginx = None
    try:
        if proxied:
            nginx = Nginx(folder / f"nginx-{app}-{count}", BASE, [replica.port for replica in replicas])
            nginx.start()
        port = nginx.port if nginx else replicas[0].port
        return measurement(f"ws://127.0.0.1:{port}/{BASE}/_stcore/stream", port)
    finally:
        if nginx:
            nginx.stop()
        for replica in replicas:
            replica.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=str(ROOT / ".build" / "release" / "swiftlit-bench-apps"))
    parser.add_argument("--sessions", type=int, default=300, help="sessions opened for the sessions/s figure")
    parser.add_argument("--reruns", type=int, default=500, help="sequential reruns on one session")
    parser.add_argument("--concurrent", type=int, default=50, help="sessions rerunning at once")
    parser.add_argument("--seconds", type=float, default=5.0, help="how long they rerun")
    parser.add_argument("--files", type=int, default=300, help="picture fetches and uploads, each")
    args = parser.parse_args()
    binary = Path(args.binary)

    with tempfile.TemporaryDirectory(prefix="swiftlit-bench-replicas-") as folder_name:
        folder = Path(folder_name)
        os.chmod(folder, 0o755)
        cluster = PostgresCluster(folder / "pg")
        cluster.start()
        try:
            set_ups = [
                ("1 replica, direct, sessions in memory", 1, False, False),
                ("1 replica, direct, PostgreSQL", 1, True, False),
                ("1 replica, nginx, PostgreSQL", 1, True, True),
                ("3 replicas, nginx, PostgreSQL", 3, True, True),
            ]
            records = [
                run_set_up(binary, folder, cluster.url, count, storage, proxied, "hello",
                           lambda url, _port, label=label: measure(label, url, args))
                for label, count, storage, proxied in set_ups
            ]
            added = records[1]["rerun_p50_ms"] - records[0]["rerun_p50_ms"]
            print(f"PostgreSQL write-through adds {added:+.2f} ms to the rerun p50 (target <= 1 ms)")
            for label, count, storage, proxied in set_ups:
                run_set_up(binary, folder, cluster.url, count, storage, proxied, "files",
                           lambda url, port, label=label: measure_files(label, url, port, args.files))
        finally:
            cluster.stop()


if __name__ == "__main__":
    main()
