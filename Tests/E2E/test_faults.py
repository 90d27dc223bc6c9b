"""Fault tests: the server under hostile or unlucky clients, over the WebSocket protocol (no browser).

Each test serves one of the small apps of Tests/E2EApps (`swiftlit-e2e-apps NAME`) on a free loopback
port and talks to it with the `websockets` package or, where a client must misbehave at the TCP level,
with a raw socket and hand-written WebSocket frames:

  a. a tab that goes away in the middle of a long run stops that run;
  b. a client that floods reruns and never reads is disconnected, and the server's memory stays bounded;
  c. SIGTERM with 50 busy sessions exits cleanly and refuses new connections;
  d. an app that throws on every run reports each failure and leaves the server healthy;
  e. forged handshakes (foreign Origin, foreign Host) are refused with 403.

The binary is `.build/debug/swiftlit-e2e-apps` unless SWIFTLIT_E2E_APPS_BIN names another one. Every
wait has a bound; only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import json
import os
import random
import re
import signal
import socket
import struct
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable, Iterator, Optional

import pytest

websockets = pytest.importorskip("websockets", reason="the fault tests need `pip install websockets`")
from websockets.asyncio.client import connect as async_connect  # noqa: E402
from websockets.exceptions import ConnectionClosed, InvalidHandshake  # noqa: E402
from websockets.sync.client import connect  # noqa: E402

from conftest import REPO_ROOT, STARTUP_TIMEOUT, DemoServer, free_port_number  # noqa: E402

DEFAULT_APPS_BINARY = REPO_ROOT / ".build" / "debug" / "swiftlit-e2e-apps"
PROTOCOL = 2
STEP_LINE = re.compile(rb"^slow-app step (\d+)$")
#: What a crash or an unhandled error looks like in a Swift process's output.
CRASH_MARKERS = ("Fatal error", "Traceback", "Current stack trace", "Program crashed", "Segmentation fault",
                 "Illegal instruction", "Assertion failed", "Precondition failed")


# --------------------------------------------------------------------------------------------------
# Serving an app of Tests/E2EApps


class AppServer(DemoServer):
    """`swiftlit-e2e-apps NAME` on a loopback port: conftest's DemoServer with the app's name first."""

    def __init__(self, binary: Path, app: str, port: int, log_dir: Path, extra: tuple[str, ...] = ()):
        super().__init__(binary, port, log_dir)
        self.app = app
        self.extra = list(extra)

    def command(self) -> list[str]:
        return [str(self.binary), self.app, "--server.port", str(self.port), "--server.address", "127.0.0.1",
                *self.extra]

    def start(self, timeout: float = STARTUP_TIMEOUT) -> None:
        assert self.process is None or self.process.poll() is not None, "server already running"
        self.starts += 1
        log_path = self.log_dir / f"{self.app}-{self.port}-{self.starts}.log"
        self.logs.append(log_path)
        with open(log_path, "wb") as log:
            self.process = subprocess.Popen(
                self.command(), stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True)
        deadline = time.monotonic() + timeout
        while not self.health():
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.app} exited with status {self.process.returncode} while starting; "
                                   f"log:\n{self.log_text()}")
            if time.monotonic() >= deadline:
                self.stop()
                raise RuntimeError(f"{self.app} not healthy after {timeout:.0f} s; log:\n{self.log_text()}")
            time.sleep(0.05)

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    @property
    def stream_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/_stcore/stream"

    @property
    def log_path(self) -> Path:
        return self.logs[-1]

    def summarized_log(self, limit: int = 150) -> str:
        """The log with repeated lines (the same but for numbers and ids) shown 3 times and counted,
        at most `limit` lines."""
        seen: dict[str, int] = {}
        kept = []
        for line in self.log_text().splitlines():
            shape = re.sub(r"[0-9a-f]{6}…|\d+", "#", line[26:] if line[:4].isdigit() else line)
            seen[shape] = seen.get(shape, 0) + 1
            if seen[shape] <= 3:
                kept.append(line)
        if len(kept) > limit:
            kept = kept[:20] + [f"… {len(kept) - limit} lines left out …"] + kept[-(limit - 20):]
        repeated = [f"  {count - 3} more like: {shape[:160]}" for shape, count in seen.items() if count > 3]
        return "\n".join(kept + (["(repeated lines left out:)"] + repeated if repeated else []))


@contextlib.contextmanager
def running_app(binary: Path, app: str) -> Iterator[AppServer]:
    """One e2e app on a free loopback port, with its log in a temporary folder, stopped afterwards."""
    with tempfile.TemporaryDirectory(prefix=f"swiftlit-{app}-") as log_dir:
        server = AppServer(binary, app, free_port_number(), Path(log_dir))
        server.start()
        try:
            yield server
        finally:
            server.stop()


@pytest.fixture(scope="session")
def apps_binary() -> Path:
    binary = Path(os.environ.get("SWIFTLIT_E2E_APPS_BIN", DEFAULT_APPS_BINARY))
    if not (binary.is_file() and os.access(binary, os.X_OK)):
        pytest.fail(f"no e2e apps binary at {binary}; build first: swift build --product swiftlit-e2e-apps",
                    pytrace=False)
    return binary


@pytest.fixture
def start_app(apps_binary: Path, request) -> Iterator[Callable[..., AppServer]]:
    """Starts `swiftlit-e2e-apps NAME [extra flags]`; every server is stopped when the test ends."""
    servers: list[AppServer] = []
    with tempfile.TemporaryDirectory(prefix="swiftlit-faults-") as log_dir:
        def start(app: str, *extra: str) -> AppServer:
            server = AppServer(apps_binary, app, free_port_number(), Path(log_dir), extra)
            servers.append(server)
            server.start()
            return server

        try:
            yield start
        finally:
            for server in servers:
                server.stop()
            report = getattr(request.node, "report_call", None)
            if report is None or report.failed:
                for server in servers:
                    print(f"\n===== {server.app} server log ({request.node.name})\n{server.summarized_log()}")


# --------------------------------------------------------------------------------------------------
# Small tools: the process, the log, TCP state


def rss_bytes(pid: int) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


class LogTail:
    """Reads the lines a log file gains, noting when each was first seen (monotonic time)."""

    def __init__(self, path: Path):
        self.path = path
        self.offset = 0
        self.partial = b""

    def poll(self) -> list[tuple[float, bytes]]:
        with open(self.path, "rb") as f:
            f.seek(self.offset)
            data = f.read()
        now = time.monotonic()
        self.offset += len(data)
        *lines, self.partial = (self.partial + data).split(b"\n")
        return [(now, line) for line in lines]


def step_numbers(lines: list[tuple[float, bytes]]) -> list[tuple[float, int]]:
    found = []
    for seen, line in lines:
        match = STEP_LINE.match(line.strip())
        if match:
            found.append((seen, int(match.group(1))))
    return found


TCP_STATES = {1: "ESTABLISHED", 2: "SYN_SENT", 3: "SYN_RECV", 4: "FIN_WAIT1", 5: "FIN_WAIT2", 6: "TIME_WAIT",
              7: "CLOSE", 8: "CLOSE_WAIT", 9: "LAST_ACK", 10: "LISTEN", 11: "CLOSING"}


def server_side_tcp_state(server_port: int, client_port: int) -> str:
    """The state of the server's end of one loopback connection, from /proc/net/tcp ("gone" if none).

    A client that never reads cannot see the server close: the FIN waits behind unread data. The
    server's end tells: it leaves ESTABLISHED as soon as the server closes (FIN_WAIT1 …) or aborts.
    """
    wanted_local = f"0100007F:{server_port:04X}"
    wanted_remote = f"0100007F:{client_port:04X}"
    with open("/proc/net/tcp") as f:
        next(f)
        for line in f:
            fields = line.split()
            if fields[1] == wanted_local and fields[2] == wanted_remote:
                return TCP_STATES.get(int(fields[3], 16), fields[3])
    return "gone"


# --------------------------------------------------------------------------------------------------
# A raw WebSocket client: a hand-made upgrade and masked frames, so a test controls every byte and
# whether anything is ever read.


def raw_upgrade(port: int, *, host: Optional[str] = None, origin: Optional[str] = None,
                rcvbuf: Optional[int] = None, timeout: float = 5.0) -> tuple[socket.socket, int, bytes]:
    """Connects and sends an upgrade request; returns the socket, the HTTP status and any bytes after
    the response head. Raises OSError when the connection fails."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        if rcvbuf is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)  # before connect: sets the window
        sock.settimeout(timeout)
        sock.connect(("127.0.0.1", port))
        key = base64.b64encode(os.urandom(16)).decode()
        head = [
            "GET /_stcore/stream HTTP/1.1",
            f"Host: {host if host is not None else f'127.0.0.1:{port}'}",
            "Upgrade: websocket",
            "Connection: Upgrade",
            f"Sec-WebSocket-Key: {key}",
            "Sec-WebSocket-Version: 13",
        ]
        if origin is not None:
            head.append(f"Origin: {origin}")
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
        response = b""
        while b"\r\n\r\n" not in response and len(response) < 65536:
            chunk = sock.recv(4096)
            if not chunk:
                break
            response += chunk
        head_bytes, _, rest = response.partition(b"\r\n\r\n")
        status_line = head_bytes.split(b"\r\n", 1)[0]
        parts = status_line.split(b" ", 2)
        status = int(parts[1]) if len(parts) >= 2 and parts[1].isdigit() else 0
        if status == 101:
            expected = base64.b64encode(
                hashlib.sha1((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").encode()).digest())
            assert expected in head_bytes, f"101 without the right Sec-WebSocket-Accept: {head_bytes!r}"
        return sock, status, rest
    except BaseException:
        sock.close()
        raise


def frame(payload: bytes, opcode: int = 0x1) -> bytes:
    """One final, masked client frame (0x1 text, 0x8 close)."""
    header = bytearray([0x80 | opcode])
    length = len(payload)
    if length < 126:
        header.append(0x80 | length)
    elif length < 1 << 16:
        header.append(0x80 | 126)
        header += struct.pack("!H", length)
    else:
        header.append(0x80 | 127)
        header += struct.pack("!Q", length)
    mask = os.urandom(4)
    repeated = (mask * (length // 4 + 1))[:length]
    masked = (int.from_bytes(payload, "big") ^ int.from_bytes(repeated, "big")).to_bytes(length, "big")
    return bytes(header) + mask + masked


def text_frame(message: dict) -> bytes:
    return frame(json.dumps(message).encode())


def parse_frames(data: bytes) -> tuple[list[tuple[int, bytes]], bytes]:
    """Server frames (unmasked) in `data`: ([(opcode, payload)], the incomplete rest)."""
    frames = []
    i = 0
    while True:
        if len(data) - i < 2:
            break
        opcode = data[i] & 0x0F
        masked = data[i + 1] & 0x80
        length = data[i + 1] & 0x7F
        j = i + 2
        if length == 126:
            if len(data) - j < 2:
                break
            length = struct.unpack("!H", data[j:j + 2])[0]
            j += 2
        elif length == 127:
            if len(data) - j < 8:
                break
            length = struct.unpack("!Q", data[j:j + 8])[0]
            j += 8
        if masked:
            j += 4
        if len(data) - j < length:
            break
        frames.append((opcode, data[j:j + length]))
        i = j + length
    return frames, data[i:]


def drain(sock: socket.socket, initial: bytes, timeout: float, limit: int = 256 << 20) -> dict:
    """Reads until the server's close frame or EOF (at most `timeout` seconds, `limit` bytes).

    Returns what arrived: text messages, the close code (None without a close frame), and how it ended.
    """
    deadline = time.monotonic() + timeout
    buffer, texts, close_code, ended, total = initial, [], None, "timeout", len(initial)
    while time.monotonic() < deadline and total < limit:
        frames, buffer = parse_frames(buffer)
        for opcode, payload in frames:
            if opcode == 0x1:
                texts.append(payload)
            elif opcode == 0x8:
                close_code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else 1005
        if close_code is not None:
            ended = "close frame"
            break
        sock.settimeout(max(0.01, min(1.0, deadline - time.monotonic())))
        try:
            chunk = sock.recv(1 << 16)
        except socket.timeout:
            continue
        except ConnectionResetError:
            ended = "reset"
            break
        if not chunk:
            ended = "eof"
            break
        buffer += chunk
        total += len(chunk)
    messages = []
    for text in texts:
        try:
            messages.append(json.loads(text))
        except ValueError:
            messages.append({"type": "<not json>", "raw": text[:200]})
    return {"messages": messages, "close_code": close_code, "ended": ended, "bytes": total}


# --------------------------------------------------------------------------------------------------
# A protocol client's view of the page


class Page:
    """The page tree as the browser would hold it, built from `delta`/`runFinished` operations."""

    def __init__(self):
        self.roots = [{"node": None, "children": []} for _ in range(3)]

    def container(self, path: list[int]) -> dict:
        node = self.roots[path[0]]
        for index in path[1:]:
            node = node["children"][index]
        return node

    def apply(self, op: dict) -> None:
        kind, path = op["op"], op["path"]
        if kind == "trim":
            container = self.container(path)
            del container["children"][op["count"]:]
            return
        parent = self.container(path[:-1])["children"]
        index = path[-1]
        if kind == "set":
            new = op["node"]
            if index == len(parent):
                parent.append({"node": new, "children": []})
            else:
                old = parent[index]
                same_block = (old["node"] or {}).get("kind") == "block" and new.get("kind") == "block" \
                    and old["node"].get("layout") == new.get("layout")
                parent[index] = {"node": new, "children": old["children"] if same_block else []}
        elif kind == "insert":
            parent.insert(index, {"node": op["node"], "children": []})
        elif kind == "remove":
            del parent[index:index + op["count"]]
        else:
            raise AssertionError(f"unknown op {op!r}")

    def nodes(self, root: int = 0) -> list[dict]:
        found = []

        def walk(entry):
            for child in entry["children"]:
                found.append(child["node"])
                walk(child)

        walk(self.roots[root])
        return found


def hello(widgets: Optional[dict] = None, session_id: Optional[str] = None) -> str:
    message = {"type": "hello", "protocol": PROTOCOL, "widgets": widgets or {}}
    if session_id is not None:
        message["sessionId"] = session_id
    return json.dumps(message)


def rerun(widgets: dict) -> str:
    return json.dumps({"type": "rerun", "widgets": widgets})


def receive_until_finished(ws, page: Optional[Page], errors: list, timeout: float = 10.0) -> dict:
    """Receives (sync client) until a run ends (a `runFinished` that is not `interrupted`)."""
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise AssertionError(f"no runFinished within {timeout:.0f} s")
        try:
            message = json.loads(ws.recv(timeout=remaining))
        except TimeoutError:
            raise AssertionError(f"no runFinished within {timeout:.0f} s") from None
        kind = message.get("type")
        if kind == "error":
            errors.append(message)
        if kind in ("delta", "runFinished") and page is not None:
            for op in message.get("ops", []):
                page.apply(op)
        if kind == "runFinished" and message.get("status") != "interrupted":
            return message


@contextlib.contextmanager
def open_session(server: AppServer, widgets: Optional[dict] = None, timeout: float = 10.0):
    """A sync client after hello, closed on exit: yields (connection, session message)."""
    with connect(server.stream_url, open_timeout=timeout, close_timeout=2, max_size=1 << 24) as ws:
        ws.send(hello(widgets))
        session = json.loads(ws.recv(timeout=timeout))
        assert session.get("type") == "session", f"expected 'session' first, got {session!r}"
        yield ws, session


def assert_no_crash(server: AppServer) -> None:
    text = server.log_text()
    found = [marker for marker in CRASH_MARKERS if marker in text]
    assert not found, f"the server log shows {found}:\n{server.summarized_log()}"


# --------------------------------------------------------------------------------------------------
# a. A tab that goes away stops its run


#: A run must stop this soon after its tab's socket closes …
STOP_BOUND = 1.0
#: … give or take this much (polling, a loaded 2-core machine, a debug build).
STOP_MARGIN = 0.5
#: How long to watch the log after the close.
WATCH_AFTER_CLOSE = 3.0


@pytest.mark.parametrize("how", ["close-frame", "tcp-drop"])
def test_run_stops_when_its_tab_disconnects(start_app, how: str):
    server = start_app("slow")
    tail = LogTail(server.log_path)
    seen: list[tuple[float, int]] = []

    with contextlib.ExitStack() as tab:
        if how == "close-frame":
            ws, _ = tab.enter_context(open_session(server, {"slider:Steps": 200}))
        else:
            sock, status, _ = raw_upgrade(server.port)
            tab.callback(sock.close)
            assert status == 101, f"upgrade refused with HTTP {status}"
            sock.sendall(text_frame({"type": "hello", "protocol": PROTOCOL, "widgets": {"slider:Steps": 200}}))

        deadline = time.monotonic() + 15
        while not any(step >= 5 for _, step in seen):
            assert time.monotonic() < deadline, f"the slow run never reached step 5 (steps seen: {seen[-3:]})"
            seen += step_numbers(tail.poll())
            time.sleep(0.01)
        steps_before = max(step for _, step in seen)
        closed_at = time.monotonic()
        # Leaving the block closes the tab: with a close handshake, as a browser closing it, or by
        # just dropping the connection (a crashed tab, a lost network).

    after: list[tuple[float, int]] = []
    while time.monotonic() < closed_at + WATCH_AFTER_CLOSE:
        after += step_numbers(tail.poll())
        time.sleep(0.02)
    after += step_numbers(tail.poll())

    late = [(round(t - closed_at, 2), step) for t, step in after if t - closed_at > STOP_BOUND + STOP_MARGIN]
    last = max([step for _, step in after], default=steps_before)
    print(f"\n[{how}] step {steps_before} before the close; {len(after)} step lines after it, the last "
          f"(step {last}) {max([t - closed_at for t, _ in after], default=0):.2f} s after the close")
    assert not late, (
        f"the run went on after its tab closed ({how}): steps (seconds after close, step) {late[:5]}"
        f"{' …' if len(late) > 5 else ''}; the last step seen was {last} of 200")
    assert last < 200, "the run finished all 200 steps although its tab was gone"
    assert server.health(), "the server no longer answers /_stcore/health"
    assert server.process.poll() is None, f"the server exited with status {server.process.returncode}"
    assert_no_crash(server)


# --------------------------------------------------------------------------------------------------
# b. A client that floods reruns and never reads


#: The paced flood: reruns a second, under server.maxMessagesPerSecond (200), so that every one
#: runs and answers with messages the client never reads. They fill the socket (the kernel buffers
#: up to ~4 MB on loopback), then the server's queue for the connection.
FLOOD_RATE = 150
#: The most reruns a flood sends, and for how long at most (it stops early once the server let go).
FLOOD_RERUNS = 20_000
FLOOD_SECONDS = 55.0
#: Each rerun names this many widgets the page does not have, with long ids: the server answers
#: every rerun with an `unknownWidget` error naming them (about 2.5 KB), so the unread output grows
#: fast enough to pass the kernel's buffers within seconds (an app's own output is ~300 B a run).
UNKNOWN_WIDGETS = {f"textInput#flood-{k:02d}-" + "x" * 120: "x" for k in range(20)}
#: The server must have let go of the flooding client (its end of the TCP connection closed, not
#: just a close frame queued behind the unread data) this long after the flood began. The kernel
#: buffers several MB on loopback before the server's own queue grows at all; from then on the
#: server lets go within ~10 s (2,000 messages waiting, or 10 s with nothing written).
DISCONNECT_BOUND = 60.0
#: How much the server's RSS may grow while one client misbehaves.
RSS_GROWTH_BOUND = 128 << 20
#: Close codes that mean "policy violation" and "try again later".
POLICY_CLOSE_CODES = (1008, 1013)


class RSSSampler(threading.Thread):
    """Samples a process's RSS every `interval` seconds, for at most `limit` seconds."""

    def __init__(self, pid: int, interval: float = 0.1, limit: float = 120.0):
        super().__init__(daemon=True)
        self.pid, self.interval, self.limit = pid, interval, limit
        self.samples: list[tuple[float, int]] = []
        self.halt = threading.Event()

    def run(self):
        started = time.monotonic()
        while not self.halt.is_set() and time.monotonic() - started < self.limit:
            try:
                self.samples.append((time.monotonic(), rss_bytes(self.pid)))
            except OSError:
                return
            self.halt.wait(self.interval)

    def stop(self):
        self.halt.set()
        self.join(timeout=5)


@pytest.mark.parametrize("pace", ["paced", "burst"])
def test_client_that_never_reads_is_disconnected(start_app, pace: str):
    """`paced`: 150 reruns/s, all admitted; `burst`: as fast as the socket takes them, far above the
    rate limit. Either way the client never reads a byte after the upgrade."""
    server = start_app("throwing")
    baseline = rss_bytes(server.pid)
    sampler = RSSSampler(server.pid)
    sampler.start()
    good: dict = {}

    def well_behaved_tab() -> None:
        """A tab that reads, while the other one floods: it must still get its run."""
        try:
            with open_session(server, {"slider:Attempt": 1}, timeout=15) as (ws, _):
                good["finished"] = receive_until_finished(ws, None, [], timeout=15)
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            good["error"] = repr(error)

    tab = threading.Thread(target=well_behaved_tab, daemon=True)
    sock = None
    try:
        sock, status, leftover = raw_upgrade(server.port, rcvbuf=4096)
        assert status == 101, f"upgrade refused with HTTP {status}"
        client_port = sock.getsockname()[1]
        sock.settimeout(1.0)  # a send that blocks this long means the server stopped reading us
        sent, stopped_by = 0, "all sent"
        flood_started = next_send = time.monotonic()
        try:
            sock.sendall(text_frame({"type": "hello", "protocol": PROTOCOL, "widgets": {}}))
            for i in range(FLOOD_RERUNS):
                now = time.monotonic()
                if now - flood_started > FLOOD_SECONDS:
                    stopped_by = "time bound"
                    break
                if i % 25 == 0 and server_side_tcp_state(server.port, client_port) != "ESTABLISHED":
                    stopped_by = "the server closed"
                    break
                if tab.ident is None and now - flood_started >= 2:
                    tab.start()  # two seconds into the flood
                if pace == "paced":
                    if next_send > now:
                        time.sleep(next_send - now)
                    next_send += 1 / FLOOD_RATE
                sock.sendall(text_frame({"type": "rerun", "widgets": {"slider:Attempt": i % 1000, **UNKNOWN_WIDGETS}}))
                sent += 1
        except socket.timeout:
            stopped_by = "send blocked"
        except (BrokenPipeError, ConnectionResetError) as error:
            stopped_by = f"send failed ({error.__class__.__name__})"
        flood_ended = time.monotonic()
        if tab.ident is None:
            tab.start()
        state_after_flood = server_side_tcp_state(server.port, client_port)

        state = state_after_flood
        while state == "ESTABLISHED" and time.monotonic() < flood_started + DISCONNECT_BOUND:
            time.sleep(0.1)
            state = server_side_tcp_state(server.port, client_port)
        disconnected_after = time.monotonic() - flood_started
        tab.join(timeout=35)
        time.sleep(0.5)  # one more RSS sample after the server let go
        sampler.stop()
        peak = max(rss for _, rss in sampler.samples)
        outcome = drain(sock, leftover, timeout=10)
    finally:
        sampler.stop()
        if sock is not None:
            sock.close()

    kinds: dict = {}
    for message in outcome["messages"]:
        kinds[message.get("type")] = kinds.get(message.get("type"), 0) + 1
    error_codes = [m.get("code") for m in outcome["messages"] if m.get("type") == "error"]
    report = (f"sent hello + {sent} reruns in {flood_ended - flood_started:.1f} s ({stopped_by}); server end "
              f"{state_after_flood} when the flood stopped, {state} {disconnected_after:.1f} s after it began; RSS "
              f"{baseline / 2**20:.1f} MiB before, peak {peak / 2**20:.1f} MiB (+{(peak - baseline) / 2**20:.1f}); "
              f"drained {outcome['bytes']} bytes, {kinds}, errors {sorted(set(error_codes))}, ended by "
              f"{outcome['ended']}, close code {outcome['close_code']}")
    print(f"\n[{pace}] {report}")

    assert "error" not in good, f"the well-behaved tab failed while the other flooded: {good['error']}; {report}"
    assert good.get("finished", {}).get("status") == "error", \
        f"the well-behaved tab's run did not finish (the app throws, so: 'error'): {good}; {report}"
    assert state != "ESTABLISHED", \
        f"the server did not drop the client that does not read within {DISCONNECT_BOUND:.0f} s: {report}"
    assert peak - baseline < RSS_GROWTH_BOUND, f"RSS grew by more than {RSS_GROWTH_BOUND >> 20} MiB: {report}"
    if outcome["close_code"] is not None:
        # The server could still write a close frame: it must say why, with an error message first.
        assert outcome["close_code"] in POLICY_CLOSE_CODES, f"unexpected close code: {report}"
        assert error_codes, f"no error message before the close: {report}"
    else:
        assert outcome["ended"] in ("eof", "reset"), f"the connection did not end: {report}"
    assert server.health(), "the server no longer answers /_stcore/health"
    assert_no_crash(server)


# --------------------------------------------------------------------------------------------------
# c. SIGTERM under load


LOAD_SESSIONS = 50
EXIT_BOUND = 10.0
#: Connection attempts this long after the signal must be refused (before it, the signal may not
#: have been handled yet).
REFUSE_GRACE = 0.5


def probe_upgrade(port: int) -> str:
    """Tries one WebSocket upgrade: "refused" (no connection), "closed", "timeout" or the HTTP status."""
    try:
        sock, status, _ = raw_upgrade(port, timeout=2.0)
    except ConnectionRefusedError:
        return "refused"
    except (ConnectionResetError, BrokenPipeError):
        return "closed"
    except socket.timeout:
        return "timeout"
    except OSError as error:
        return f"error {error.errno}"
    sock.close()
    return "closed" if status == 0 else str(status)


async def _sigterm_under_load(server: AppServer) -> dict:
    stop = asyncio.Event()
    counts = {"ready": 0, "reruns": 0, "messages": 0, "closed": 0, "failed": 0}
    random.seed(7)

    async def busy_tab(index: int) -> None:
        try:
            async with async_connect(server.stream_url, open_timeout=20, close_timeout=2, max_size=1 << 24,
                                     ping_interval=None) as ws:
                await ws.send(hello({"slider:Steps": random.randint(50, 200)}))
                first = json.loads(await asyncio.wait_for(ws.recv(), 20))
                assert first.get("type") == "session", first
                counts["ready"] += 1

                async def read():
                    async for _ in ws:
                        counts["messages"] += 1

                reader = asyncio.create_task(read())
                try:
                    for _ in range(500):
                        if stop.is_set() or reader.done():
                            break
                        await asyncio.sleep(random.uniform(0.2, 0.6))
                        await ws.send(rerun({"slider:Steps": random.randint(20, 200)}))
                        counts["reruns"] += 1
                finally:
                    reader.cancel()
                    await asyncio.gather(reader, return_exceptions=True)
        except ConnectionClosed:
            counts["closed"] += 1
        except (OSError, asyncio.TimeoutError, InvalidHandshake):
            counts["failed"] += 1

    tabs = [asyncio.create_task(busy_tab(i)) for i in range(LOAD_SESSIONS)]
    try:
        deadline = time.monotonic() + 30
        while counts["ready"] < LOAD_SESSIONS and time.monotonic() < deadline and not all(t.done() for t in tabs):
            await asyncio.sleep(0.05)
        ready = counts["ready"]
        await asyncio.sleep(2.0)  # every tab reruns the slow app a few times
        reruns_before = counts["reruns"]

        os.kill(server.pid, signal.SIGTERM)
        signalled = time.monotonic()
        probes: list[tuple[float, str]] = []
        while server.process.poll() is None and time.monotonic() < signalled + EXIT_BOUND:
            if time.monotonic() - signalled >= REFUSE_GRACE:
                probes.append((time.monotonic() - signalled, await asyncio.to_thread(probe_upgrade, server.port)))
            await asyncio.sleep(0.1)
        exited_after = time.monotonic() - signalled if server.process.poll() is not None else None
        probes.append((time.monotonic() - signalled, await asyncio.to_thread(probe_upgrade, server.port)))
    finally:
        stop.set()
        done, pending = await asyncio.wait(tabs, timeout=10)
        for task in pending:
            task.cancel()
        await asyncio.gather(*tabs, return_exceptions=True)
    return {"ready": ready, "reruns_before": reruns_before, "exited_after": exited_after, "probes": probes,
            "status": server.process.poll(), "counts": counts}


def test_sigterm_under_load_exits_cleanly(start_app):
    server = start_app("slow")
    result = asyncio.run(asyncio.wait_for(_sigterm_under_load(server), timeout=90))
    accepted = [(round(t, 2), outcome) for t, outcome in result["probes"] if outcome == "101"]
    print(f"\n{result['ready']} tabs ready, {result['reruns_before']} reruns before SIGTERM; exited after "
          f"{result['exited_after']} s with status {result['status']}; probes after the signal: "
          f"{[(round(t, 2), o) for t, o in result['probes']][:10]}; {result['counts']}")
    assert result["ready"] == LOAD_SESSIONS, f"only {result['ready']} of {LOAD_SESSIONS} tabs connected"
    assert result["exited_after"] is not None, f"the server did not exit within {EXIT_BOUND:.0f} s of SIGTERM"
    assert result["status"] == 0, f"the server exited with status {result['status']} after SIGTERM"
    assert not accepted, f"the server upgraded new connections after SIGTERM: {accepted}"
    assert_no_crash(server)


# --------------------------------------------------------------------------------------------------
# d. An app that throws on every run


THROWING_RERUNS = 20


def exceptions_on(page: Page) -> list[dict]:
    return [node for node in page.nodes(0) if node and node.get("kind") == "exception"]


def test_app_that_always_throws(start_app):
    server = start_app("throwing")
    page, errors, finished = Page(), [], []
    with open_session(server) as (ws, session):
        first = receive_until_finished(ws, page, errors)
        finished.append(first)
        assert first["status"] == "error", f"the first run ended with {first['status']!r}"
        for attempt in range(1, THROWING_RERUNS + 1):
            ws.send(rerun({"slider:Attempt": attempt}))
            message = receive_until_finished(ws, page, errors)
            finished.append(message)
            assert message["status"] == "error", f"attempt {attempt}: the run ended with {message['status']!r}"
            shown = exceptions_on(page)
            assert len(shown) == 1, f"attempt {attempt}: expected one exception on the page, found {shown}"
            assert "failed on purpose" in shown[0]["message"], shown[0]
            assert f"(attempt {attempt})" in shown[0]["message"], (
                f"attempt {attempt}: the page shows a stale exception: {shown[0]['message']!r}")
    runs = [message["run"] for message in finished]
    assert runs == sorted(set(runs)), f"run numbers do not grow: {runs}"
    assert not errors, f"the server refused messages: {errors}"

    assert server.health(), "the server no longer answers /_stcore/health"
    other_page, other_errors = Page(), []
    with open_session(server) as (second, second_session):
        message = receive_until_finished(second, other_page, other_errors)
    assert second_session["sessionId"] != session["sessionId"], "a new tab got the first tab's session"
    assert message["status"] == "error"
    shown = exceptions_on(other_page)
    assert len(shown) == 1 and "(attempt 0)" in shown[0]["message"], shown
    assert server.process.poll() is None
    assert_no_crash(server)


# --------------------------------------------------------------------------------------------------
# e. Forged and hostile handshakes


@pytest.mark.parametrize(
    "name, host, origin, expected",
    [
        ("foreign Origin", None, "https://evil.example", 403),
        ("foreign Host on a loopback bind (DNS rebinding)", "evil.example:{port}", None, 403),
        ("foreign Host and matching foreign Origin", "evil.example:{port}", "http://evil.example:{port}", 403),
        ("no Origin (a non-browser client)", None, None, 101),
        ("same-origin Origin", None, "http://127.0.0.1:{port}", 101),
        ("localhost Host and Origin", "localhost:{port}", "http://localhost:{port}", 101),
    ],
    ids=["evil-origin", "evil-host", "evil-host-and-origin", "no-origin", "same-origin", "localhost"],
)
def test_handshake_policy(start_app, name: str, host: Optional[str], origin: Optional[str], expected: int):
    server = start_app("throwing")
    sock, status, leftover = raw_upgrade(
        server.port,
        host=host.format(port=server.port) if host else None,
        origin=origin.format(port=server.port) if origin else None)
    try:
        assert status == expected, f"{name}: expected HTTP {expected}, got {status}"
        if status == 101:
            # The upgraded socket really speaks the protocol.
            sock.sendall(text_frame({"type": "hello", "protocol": PROTOCOL, "widgets": {}}))
            sock.settimeout(5)
            data = leftover
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                frames, _ = parse_frames(data)
                if frames:
                    break
                data += sock.recv(4096)
            frames, _ = parse_frames(data)
            assert frames and json.loads(frames[0][1]).get("type") == "session", frames[:1]
    finally:
        sock.close()
    assert server.health()


# --------------------------------------------------------------------------------------------------
# Keepalive: one sweeper for the whole server pings quiet connections (server.websocketPingInterval)


def frames_for(sock: socket.socket, seconds: float, answer_pings: bool) -> list[tuple[float, int, bytes]]:
    """Reads server frames for `seconds`: [(arrival, opcode, payload)]; answers pings as a browser does."""
    arrived, buffer = [], b""
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        sock.settimeout(left)
        try:
            chunk = sock.recv(65536)
        except (TimeoutError, socket.timeout):
            break
        if not chunk:
            arrived.append((time.monotonic(), -1, b""))  # the server closed the connection
            break
        frames, buffer = parse_frames(buffer + chunk)
        for opcode, payload in frames:
            arrived.append((time.monotonic(), opcode, payload))
            if opcode == 0x9 and answer_pings:
                sock.sendall(frame(payload, opcode=0xA))
    return arrived


def test_a_quiet_connection_is_pinged_and_a_busy_one_is_not(start_app):
    server = start_app("refresh", "--server.websocketPingInterval", "1")
    quiet, status, _ = raw_upgrade(server.port)
    busy = None
    try:
        assert status == 101
        quiet.sendall(text_frame(json.loads(hello())))
        first = frames_for(quiet, 0.5, answer_pings=True)
        assert [op for _, op, _ in first if op == 0x1], "the first run's messages"
        # Quiet for 4.5 s: pinged after 1 s of silence (plus at most a third of it, plus the 1 s tick),
        # and again after each further second of silence; answering keeps the connection open.
        later = frames_for(quiet, 4.5, answer_pings=True)
        pings = [t for t, op, _ in later if op == 0x9]
        assert len(pings) >= 2, f"expected pings on a quiet connection, got opcodes {[op for _, op, _ in later]}"
        assert all(op in (0x9,) for _, op, _ in later), f"only pings, no close: {[op for _, op, _ in later]}"
        assert all(b - a >= 0.9 for a, b in zip(pings, pings[1:])), f"pings come a second or more apart: {pings}"

        # A connection with traffic at least every 0.4 s is never quiet for a second: no ping.
        busy, busy_status, _ = raw_upgrade(server.port)
        assert busy_status == 101
        busy.sendall(text_frame(json.loads(hello())))
        seen = frames_for(busy, 0.3, answer_pings=True)
        for step in range(10):
            busy.sendall(text_frame(json.loads(rerun({"slider:Level": step % 10}))))
            seen += frames_for(busy, 0.4, answer_pings=True)
        assert [op for _, op, _ in seen if op == 0x1], "the reruns' messages"
        assert not [op for _, op, _ in seen if op in (0x9, -1, 0x8)], f"no ping and no close: {[op for _, op, _ in seen]}"
    finally:
        quiet.close()
        if busy is not None:
            busy.close()
    assert_no_crash(server)


# --------------------------------------------------------------------------------------------------
# Network threads: as many event loops as CPUs the process may run on


class PinnedAppServer(AppServer):
    """An e2e app allowed only CPU 0 (`taskset`), as a server on one core of a larger machine."""

    def command(self) -> list[str]:
        return ["taskset", "-c", "0", *super().command()]


def event_loop_threads(pid: int) -> list[str]:
    names = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            names.append((task / "comm").read_text().strip())
        except OSError:
            continue  # the thread ended meanwhile
    return sorted(name for name in names if name.startswith(("NIO-ELT", "NIO-SGLTN")))  # own group, shared group


@pytest.mark.skipif(os.cpu_count() is None or os.cpu_count() < 2, reason="needs a machine with two CPUs or more")
def test_a_server_pinned_to_one_cpu_runs_one_event_loop(apps_binary: Path, start_app, tmp_path: Path):
    pinned = PinnedAppServer(apps_binary, "refresh", free_port_number(), tmp_path)
    pinned.start()
    try:
        with open_session(pinned) as (ws, _):
            receive_until_finished(ws, None, [])
            loops = event_loop_threads(pinned.pid)
            assert len(loops) == 1, f"one event loop on one CPU, found {loops}"
    finally:
        pinned.stop()
    # Unpinned, the server keeps NIO's own sizing: a loop per core.
    free = start_app("refresh")
    with open_session(free) as (ws, _):
        receive_until_finished(ws, None, [])
        assert len(event_loop_threads(free.pid)) == os.cpu_count(), event_loop_threads(free.pid)
