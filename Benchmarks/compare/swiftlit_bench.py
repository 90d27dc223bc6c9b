#!/usr/bin/env python3
"""Swiftlit counterpart of the Streamlit harness's bench.py: the same scenarios, measured the same way.

It speaks Swiftlit's JSON protocol (docs/protocol.md) on ws://127.0.0.1:PORT/_stcore/stream:

  * one text frame = one JSON object. The client opens with {"type":"hello","protocol":2,"widgets":{}};
    the server answers "session", then runs the app once (that first run is bench.py's first
    rerun_script: time-to-first-render ends at its runFinished).
  * a run ends with a "runFinished" whose status is not "interrupted" (bench.py: script_finished with a
    final status). A slow run streams "delta" messages first; every frame counts in msgs/bytes.
  * a rerun is {"type":"rerun","widgets":{id: value}}. Like bench.py, only the changed widget is sent (the
    server keeps the others). A chat message also carries "trigger": the chat input's id.
  * "bytes" = payload bytes of every frame received between sending the request and the end of the run
    (bench.py: ForwardMsg payload bytes). Frame headers are not counted on either side.

Methodology shared with bench.py, which is imported (not copied) so it cannot drift: the percentile
function and summaries (pct, summarize, fmt), CPU-list parsing, the quiet-machine wait (wait_quiet), the
noise accounting (Noise), value parsing (alternating_values). The scenario bodies below follow bench.py's
cmd_coldstart / cmd_rerun / _concurrent_step / cmd_chat line by line (same warm-ups, counts, timeouts,
record field names); differences are marked "DIFF:". The two that matter:

  * chat: before each measured message an unmeasured plain rerun clears the previous exchange, because
    Swiftlit sends only what differs from the page and the benchmark app's reply never changes.
  * concurrent: the load runs on a minimal WebSocket client (asyncio.Protocol, one scheduler for all
    sessions) instead of `websockets` with one task per session, because the latter costs so much client
    CPU per rerun that one client core cannot drive 5,000 reruns/s. The schedule (random phase, 1 rerun/s,
    closed loop, stop and timeout rules) and the timing points are bench.py's; `--client websockets` runs
    bench.py's own loop for comparison. Each step records the client's CPU and event-loop lag, and flags
    `client_saturated`; `--client-procs K` spreads the sessions over K processes (useful only when the
    client CPU set has more than one CPU).

Every subcommand starts its own server (127.0.0.1 only), pins it to --server-cpus, pins itself to
--client-cpus, measures, and stops the server by the PID it spawned. Every loop is bounded in count and time.
"""
from __future__ import annotations

import argparse
import asyncio
import heapq
import http.client
import json
import os
import random
import re
import resource
import signal
import statistics
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # the harness folder may be read-only
HARNESS = os.environ.get("STREAMLIT_HARNESS", "/work/shared/bench-streamlit")
sys.path.insert(0, HARNESS)
# Identical methodology: the Streamlit harness's own helpers (needs its venv: psutil, websockets, streamlit).
from bench import MB, Noise, alternating_values, fmt, parse_cpus, pct, summarize, wait_quiet  # noqa: E402

import psutil  # noqa: E402
from websockets.asyncio.client import connect  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
DEFAULT_WIDGET = {"hello": "slider:n", "dashboard": "slider:threshold", "chat": "chatInput:Say something",
                  "demo": "slider:Repeat"}
DEFAULT_VALUES = {"hello": "11,12", "dashboard": "40,45,50,55,60", "demo": "3,4"}
_ = pct  # re-exported for compare.py users; summarize() uses it


def raise_nofile() -> None:
    """Raise the soft open-files limit to the hard one (5,000 sessions need >5,000 descriptors)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


# --------------------------------------------------------------------------- server


class Server:
    """One Swiftlit server process on 127.0.0.1, optionally CPU-pinned (bench.py's Server, other command)."""

    def __init__(self, binary: str, app: str, port: int, cpus: set[int] | None, log_dir: str,
                 app_arg: bool = True, extra: list[str] | None = None):
        self.binary = binary
        self.app = app
        self.port = port
        self.cpus = cpus
        self.app_arg = app_arg
        self.extra = extra or []
        self.log_dir = log_dir
        self.log_path = os.path.join(log_dir, f"server-{app}-{port}.log")
        self.proc: subprocess.Popen | None = None
        self.ps: psutil.Process | None = None
        self.log_offset = 0

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/_stcore/stream"

    def cmd(self) -> list[str]:
        return [self.binary] + ([self.app] if self.app_arg else []) + [
            "--server.address", "127.0.0.1",
            "--server.port", str(self.port),
            "--logger.level", "error",
            # DIFF: Streamlit has no per-connection message limit; the harness sends reruns back to
            # back on one socket, far above any person's rate, so Swiftlit's limit is lifted here.
            "--server.maxMessagesPerSecond", "0",
        ] + self.extra

    def start(self, timeout: float = 60.0) -> float:
        """Start the process; return seconds from spawn to /_stcore/health == 200 (polled every 5 ms)."""
        os.makedirs(self.log_dir, exist_ok=True)
        self.log_offset = os.path.getsize(self.log_path) if os.path.exists(self.log_path) else 0
        log = open(self.log_path, "ab")
        cpus = self.cpus

        def pre():
            os.setsid()
            raise_nofile()
            if cpus:
                os.sched_setaffinity(0, cpus)

        t0 = time.perf_counter()
        self.proc = subprocess.Popen(self.cmd(), cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, preexec_fn=pre)
        self.ps = psutil.Process(self.proc.pid)
        deadline = t0 + timeout
        while time.perf_counter() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited early rc={self.proc.returncode}; see {self.log_path}")
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=1.0)
                c.request("GET", "/_stcore/health")
                r = c.getresponse()
                r.read()
                c.close()
                if r.status == 200:
                    return time.perf_counter() - t0
            except OSError:
                pass
            time.sleep(0.005)
        self.stop()
        raise TimeoutError("server did not become healthy")

    def notes(self) -> list[str]:
        """The `note:` lines this start printed (features the app leaves out)."""
        try:
            with open(self.log_path, "rb") as f:
                f.seek(self.log_offset)
                text = f.read().decode("utf-8", "replace")
        except OSError:
            return []
        out: list[str] = []
        for line in text.splitlines():
            line = line.strip()
            if line.startswith("note:") and line not in out:
                out.append(line)
        return out

    def rss(self) -> int:
        total = self.ps.memory_info().rss
        for ch in self.ps.children(recursive=True):
            try:
                total += ch.memory_info().rss
            except psutil.Error:
                pass
        return total

    def cpu_seconds(self) -> float:
        t = self.ps.cpu_times()
        return t.user + t.system

    def threads(self) -> int:
        return self.ps.num_threads()

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        pid = self.proc.pid  # only ever the PID we spawned
        try:
            os.kill(pid, signal.SIGTERM)
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.kill(pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
        except ProcessLookupError:
            pass


# --------------------------------------------------------------------------- protocol client


class RunResult:
    __slots__ = ("latency", "nbytes", "nmsgs", "ref_hits", "status", "types")

    def __init__(self, latency, nbytes, nmsgs, status, types):
        self.latency = latency    # send request -> runFinished (not interrupted) received (s)
        self.nbytes = nbytes      # payload bytes received for this run
        self.nmsgs = nmsgs
        self.ref_hits = 0         # Swiftlit has no client message cache
        self.status = status
        self.types = types


class Session:
    """One browser-tab equivalent: one WebSocket, one server-side session."""

    def __init__(self, url: str):
        self.url = url
        self.ws = None
        self.widgets: set[str] = set()   # widget ids seen in ops
        self.session_id = ""
        self.errors: list[str] = []

    async def open(self, timeout: float = 20.0) -> float:
        t0 = time.perf_counter()
        self.ws = await connect(self.url, max_size=None, compression=None, ping_interval=None,
                                open_timeout=timeout, close_timeout=2)
        return time.perf_counter() - t0

    async def close(self) -> None:
        if self.ws is not None:
            try:
                await self.ws.close()
            except Exception:
                pass
            self.ws = None

    def _note_ops(self, m: dict) -> None:
        for op in m.get("ops") or ():
            node = op.get("node")
            if isinstance(node, dict):
                w = node.get("widget")
                if isinstance(w, dict) and "id" in w:
                    self.widgets.add(w["id"])

    async def request(self, msg: dict, timeout: float = 60.0, on_msg=None, track=True) -> RunResult:
        payload = json.dumps(msg, separators=(",", ":"))
        t0 = time.perf_counter()
        await self.ws.send(payload)
        nbytes = nmsgs = 0
        types: dict[str, int] = {}
        deadline = t0 + timeout
        while True:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise asyncio.TimeoutError("run timed out")
            data = await asyncio.wait_for(self.ws.recv(decode=False), remaining)
            t = time.perf_counter()
            nbytes += len(data)
            nmsgs += 1
            m = json.loads(data)
            typ = m.get("type", "?")
            types[typ] = types.get(typ, 0) + 1
            if track:
                self._note_ops(m)
            if typ == "session":
                self.session_id = m.get("sessionId", "")
            elif typ == "error":
                self.errors.append(f"{m.get('code')}: {m.get('message')}")
            if on_msg is not None:
                on_msg(t - t0, typ, m, len(data))
            if typ == "runFinished" and m.get("status") != "interrupted":
                return RunResult(t - t0, nbytes, nmsgs, m.get("status"), types)

    async def hello(self, timeout: float = 60.0) -> RunResult:
        return await self.request({"type": "hello", "protocol": 2, "widgets": {}}, timeout)

    async def run(self, widgets: dict, trigger: str | None = None, timeout: float = 60.0,
                  on_msg=None, track=False) -> RunResult:
        msg = {"type": "rerun", "widgets": widgets}
        if trigger:
            msg["trigger"] = trigger
        return await self.request(msg, timeout, on_msg, track)


async def open_and_first_run(url: str, timeout: float = 30.0):
    """Time-to-first-render: WS connect + hello -> first runFinished (bench.py: + first rerun_script)."""
    s = Session(url)
    t0 = time.perf_counter()
    connect_s = await s.open(timeout)
    r = await s.hello(timeout=timeout)
    return s, time.perf_counter() - t0, connect_s, r


_MASK_RNG = random.Random(os.getpid())


class _LeanProtocol(asyncio.Protocol):
    """Minimal RFC 6455 client side: HTTP upgrade, masked text frames out, unmasked frames in."""

    def __init__(self, handshake: asyncio.Future):
        self.handshake = handshake
        self.transport = None
        self.buf = bytearray()
        self.upgraded = False
        self.fragments: list[bytes] = []
        self.on_message = None  # (payload bytes, perf_counter at arrival)
        self.lost: asyncio.Future | None = None

    def connection_made(self, transport):
        self.transport = transport

    def connection_lost(self, exc):
        if not self.handshake.done():
            self.handshake.set_exception(ConnectionError("closed during handshake"))
        if self.on_message is not None:
            self.on_message(None, time.perf_counter())

    def data_received(self, data: bytes) -> None:
        t = time.perf_counter()
        buf = self.buf
        buf += data
        if not self.upgraded:
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(buf[:end])
            del buf[:end + 4]
            if not head.startswith(b"HTTP/1.1 101"):
                self.handshake.set_exception(ConnectionError(head.split(b"\r\n", 1)[0].decode("latin-1")))
                self.transport.close()
                return
            self.upgraded = True
            self.handshake.set_result(True)
        while len(buf) >= 2:
            b0, b1 = buf[0], buf[1]
            n, off = b1 & 0x7F, 2
            if n == 126:
                if len(buf) < 4:
                    return
                n, off = int.from_bytes(buf[2:4], "big"), 4
            elif n == 127:
                if len(buf) < 10:
                    return
                n, off = int.from_bytes(buf[2:10], "big"), 10
            if b1 & 0x80:  # a server never masks; tolerate it anyway
                off += 4
            if len(buf) < off + n:
                return
            payload = bytes(buf[off:off + n])
            del buf[:off + n]
            opcode = b0 & 0x0F
            if opcode == 0x9:  # ping -> pong
                self.send_frame(0xA, payload)
                continue
            if opcode == 0x8:  # close
                self.transport.close()
                return
            if opcode == 0xA:
                continue
            self.fragments.append(payload)
            if b0 & 0x80:
                msg = self.fragments[0] if len(self.fragments) == 1 else b"".join(self.fragments)
                self.fragments = []
                if self.on_message is not None:
                    self.on_message(msg, t)

    def send_frame(self, opcode: int, payload: bytes) -> None:
        n = len(payload)
        if n < 126:
            head = bytes((0x80 | opcode, 0x80 | n))
        elif n < 65536:
            head = bytes((0x80 | opcode, 0x80 | 126)) + n.to_bytes(2, "big")
        else:
            head = bytes((0x80 | opcode, 0x80 | 127)) + n.to_bytes(8, "big")
        mask = _MASK_RNG.getrandbits(32).to_bytes(4, "big")  # os.urandom is a ~20 us syscall here
        if n:
            key = (mask * (n // 4 + 1))[:n]
            payload = (int.from_bytes(payload, "big") ^ int.from_bytes(key, "big")).to_bytes(n, "big")
        self.transport.write(head + mask + payload)


class LeanSession:
    """Session with the same interface and timing points, over _LeanProtocol instead of `websockets`.

    DIFF: used for the concurrent scenario only. With `websockets` the client spends ~180 us of CPU per
    rerun (measured), which saturates the one client core long before 5,000 reruns/s; this costs a
    fraction of that. Latency is still request sent -> the frame holding the final runFinished received,
    taken when its bytes reach the client's event loop (bench.py takes it when its task resumes, one
    event-loop hop later, which adds client queueing under load)."""

    def __init__(self, url: str):
        self.url = url
        m = re.match(r"ws://([^:/]+):(\d+)(/.*)", url)
        self.host, self.port, self.path = m.group(1), int(m.group(2)), m.group(3)
        self.proto: _LeanProtocol | None = None
        self.widgets: set[str] = set()
        self.errors: list[str] = []
        self.session_id = ""
        self._waiter: asyncio.Future | None = None
        self._t0 = 0.0
        self._nbytes = self._nmsgs = 0
        self._track = False
        self._cb = None  # callback mode (the lean load): called with a RunResult or an exception

    async def open(self, timeout: float = 20.0) -> float:
        loop = asyncio.get_running_loop()
        t0 = time.perf_counter()
        hs = loop.create_future()
        _, self.proto = await asyncio.wait_for(
            loop.create_connection(lambda: _LeanProtocol(hs), self.host, self.port), timeout)
        self.proto.on_message = self._on_message
        key = __import__("base64").b64encode(os.urandom(16)).decode()
        self.proto.transport.write(
            (f"GET {self.path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nUpgrade: websocket\r\n"
             f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        await asyncio.wait_for(hs, max(0.1, timeout - (time.perf_counter() - t0)))
        return time.perf_counter() - t0

    async def close(self) -> None:
        if self.proto is not None and self.proto.transport is not None:
            try:
                self.proto.send_frame(0x8, (1000).to_bytes(2, "big"))
                self.proto.transport.close()
            except Exception:
                pass
        self.proto = None

    def _on_message(self, data: bytes | None, t: float) -> None:
        w = self._waiter
        if data is None:
            if self._cb is not None:
                cb, self._cb = self._cb, None
                cb(ConnectionError("connection lost"))
            elif w is not None and not w.done():
                w.set_exception(ConnectionError("connection lost"))
            return
        if self._cb is None and (w is None or w.done()):
            return
        self._nbytes += len(data)
        self._nmsgs += 1
        m = json.loads(data)
        typ = m.get("type")
        if self._track:
            for op in m.get("ops") or ():
                node = op.get("node")
                if isinstance(node, dict):
                    wd = node.get("widget")
                    if isinstance(wd, dict) and "id" in wd:
                        self.widgets.add(wd["id"])
        if typ == "error":
            self.errors.append(f"{m.get('code')}: {m.get('message')}")
        elif typ == "runFinished" and m.get("status") != "interrupted":
            r = RunResult(t - self._t0, self._nbytes, self._nmsgs, m.get("status"), {})
            if self._cb is not None:
                cb, self._cb = self._cb, None
                cb(r)
            else:
                w.set_result(r)

    def send_rerun(self, widgets: dict, cb) -> None:
        """Callback mode: send a rerun now; cb(RunResult) when its run has finished (no future, no task)."""
        self._nbytes = self._nmsgs = 0
        self._track = False
        self._cb = cb
        payload = json.dumps({"type": "rerun", "widgets": widgets}, separators=(",", ":")).encode()
        self._t0 = time.perf_counter()
        self.proto.send_frame(0x1, payload)

    async def request(self, msg: dict, timeout: float = 60.0, track=False) -> RunResult:
        self._waiter = asyncio.get_running_loop().create_future()
        self._nbytes = self._nmsgs = 0
        self._track = track
        payload = json.dumps(msg, separators=(",", ":")).encode()
        self._t0 = time.perf_counter()
        self.proto.send_frame(0x1, payload)
        return await asyncio.wait_for(self._waiter, timeout)

    async def hello(self, timeout: float = 60.0) -> RunResult:
        return await self.request({"type": "hello", "protocol": 2, "widgets": {}}, timeout, track=True)

    async def run(self, widgets: dict, trigger: str | None = None, timeout: float = 60.0) -> RunResult:
        msg = {"type": "rerun", "widgets": widgets}
        if trigger:
            msg["trigger"] = trigger
        return await self.request(msg, timeout)


async def lean_open_and_first_run(url: str, timeout: float = 30.0):
    s = LeanSession(url)
    t0 = time.perf_counter()
    connect_s = await s.open(timeout)
    r = await s.hello(timeout=timeout)
    return s, time.perf_counter() - t0, connect_s, r


def check_widget(s: Session, wid: str) -> None:
    if wid not in s.widgets:
        raise KeyError(f"widget {wid!r} not seen; known: {sorted(s.widgets)}")


# --------------------------------------------------------------------------- helpers


def client_cpus(args) -> set[int] | None:
    return None if args.no_pin else parse_cpus(args.client_cpus)


def pin_client(args) -> None:
    cpus = client_cpus(args)
    if cpus:
        os.sched_setaffinity(0, cpus)


def make_server(args) -> Server:
    cpus = None if args.no_pin else parse_cpus(args.server_cpus)
    return Server(args.binary, args.app, args.port, cpus, args.log_dir, app_arg=not args.no_app_arg,
                  extra=args.server_arg or [])


def emit(args, record: dict, srv: Server | None = None) -> None:
    record.setdefault("ts", time.strftime("%Y-%m-%dT%H:%M:%S"))
    record["framework"] = "swiftlit"
    record.setdefault("binary", os.environ.get("SWIFTLIT_BIN_LABEL")
                      or (os.path.relpath(args.binary, ROOT) if os.path.isabs(args.binary) else args.binary))
    try:  # which build this was (the script measures a copy, so a rebuild mid-run cannot mix builds)
        st_ = os.stat(args.binary)
        record.setdefault("binary_built", time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(st_.st_mtime)))
        record.setdefault("binary_size", st_.st_size)
    except OSError:
        pass
    record.setdefault("pinned", not args.no_pin)
    record.setdefault("server_args", args.server_arg or [])
    if srv is not None:
        record.setdefault("notes", srv.notes())
    if args.json:
        os.makedirs(os.path.dirname(os.path.abspath(args.json)), exist_ok=True)
        with open(args.json, "a") as f:
            f.write(json.dumps(record) + "\n")


def widget_id(args) -> str:
    return args.widget or DEFAULT_WIDGET.get(args.app, "")


def values_of(args) -> list:
    return alternating_values(args.values or DEFAULT_VALUES.get(args.app, "11,12"))


def warn_errors(label: str, s: Session) -> None:
    if s.errors:
        print(f"  [{label}] WARNING: server sent {len(s.errors)} error message(s), first: {s.errors[0]}")


# --------------------------------------------------------------------------- scenarios


def cmd_coldstart(args) -> list[dict]:
    """Spawn -> /_stcore/health 200, RSS at health, first render, RSS after one session (bench.py)."""
    out = []
    q = wait_quiet(args, "coldstart")
    for i in range(args.trials):
        srv = make_server(args)
        try:
            cold = srv.start()
            rss_health = srv.rss()

            async def first():
                s, ttfr, _, r = await open_and_first_run(srv.url)
                await s.close()
                return ttfr, r

            ttfr, r = asyncio.run(first())
            time.sleep(1.0)
            rss_idle = srv.rss()
            rec = {"kind": "coldstart", "app": args.app, "trial": i,
                   "health_s": cold, "first_render_after_health_s": ttfr,
                   "spawn_to_first_render_s": cold + ttfr,
                   "rss_at_health_mb": rss_health / MB, "rss_idle_after_1_session_mb": rss_idle / MB,
                   "threads_idle": srv.threads(), "noise": {"loadavg1": os.getloadavg()[0], **q}}
            print(f"[swiftlit coldstart {args.app} #{i}] health {cold*1000:.1f} ms, first render +{ttfr*1000:.1f} ms, "
                  f"RSS at health {rss_health/MB:.1f} MiB, idle after 1 session {rss_idle/MB:.1f} MiB")
            emit(args, rec, srv)
            out.append(rec)
        finally:
            srv.stop()
        time.sleep(0.5)
    return out


def cmd_rerun(args) -> dict:
    """TTFR (cold & warm) and sequential rerun latency on one session (bench.py cmd_rerun)."""
    q = wait_quiet(args, "rerun")
    srv = make_server(args)
    srv.start()
    wid, vals = widget_id(args), values_of(args)
    try:
        async def go():
            s, ttfr_cold, _, first = await open_and_first_run(srv.url)
            await s.close()
            warm = []
            for _ in range(args.ttfr_sessions):
                s2, t, _, _ = await open_and_first_run(srv.url)
                warm.append(t)
                await s2.close()
            await asyncio.sleep(0.5)
            s, _, _, first = await open_and_first_run(srv.url)
            check_widget(s, wid)
            for i in range(args.warmup):
                await s.run({wid: vals[i % len(vals)]})
            noise = Noise(srv)
            cpu0, t0 = srv.cpu_seconds(), time.perf_counter()
            res: list[RunResult] = []
            for i in range(args.count):
                res.append(await s.run({wid: vals[i % len(vals)]}))
            wall, cpu = time.perf_counter() - t0, srv.cpu_seconds() - cpu0
            warn_errors("rerun", s)
            errors = len(s.errors)
            await s.close()
            return ttfr_cold, warm, first, res, wall, cpu, noise.done(), errors

        ttfr_cold, warm, first, res, wall, cpu, noise, errors = asyncio.run(go())
        lat = summarize([r.latency for r in res], 1000)
        byts = summarize([r.nbytes for r in res])
        rec = {
            "kind": "rerun", "app": args.app, "widget": wid, "values": ",".join(map(str, vals)),
            "ttfr_cold_ms": ttfr_cold * 1000, "ttfr_warm": summarize(warm, 1000),
            "first_run_bytes": first.nbytes, "first_run_msgs": first.nmsgs,
            "rerun_latency": lat, "rerun_bytes": byts,
            "rerun_msgs_mean": statistics.fmean(r.nmsgs for r in res),
            "ref_hits_total": 0,
            "server_cpu_ms_per_rerun": cpu * 1000 / len(res),
            "reruns_per_s_sequential": len(res) / wall,
            "msg_types_last_run": res[-1].types,
            "rss_mb": srv.rss() / MB,
            "server_errors": errors,
            "noise": {**noise, **q},
        }
        print(f"[swiftlit rerun {args.app}] TTFR cold {ttfr_cold*1000:.1f} ms; TTFR warm {fmt(rec['ttfr_warm'])}")
        print(f"[swiftlit rerun {args.app}] rerun latency {fmt(lat)}")
        print(f"[swiftlit rerun {args.app}] bytes/rerun p50={byts['p50']:.0f} mean={byts['mean']:.0f} "
              f"msgs/rerun={rec['rerun_msgs_mean']:.1f} server CPU {rec['server_cpu_ms_per_rerun']:.3f} ms/rerun; "
              f"first run {first.nbytes} B; other load {noise['other_cpu_cores']:.2f} cores")
        emit(args, rec, srv)
        return rec
    finally:
        srv.stop()


def cmd_chat(args) -> dict:
    """Send a chat message; time until all streamed tokens have arrived (bench.py cmd_chat)."""
    q = wait_quiet(args, "chat")
    srv = make_server(args)
    srv.start()
    wid = widget_id(args)
    tok0 = re.compile(r"\btok0\b")
    last = re.compile(rf"\btok{args.tokens - 1}\b")
    try:
        async def go():
            s, ttfr, _, _ = await open_and_first_run(srv.url)
            check_widget(s, wid)
            rows = []
            noise = Noise(srv)
            for i in range(args.warmup + args.count):
                st = {"first": None, "last": None, "stream_msgs": 0, "stream_bytes": 0, "first_tokens": 0}

                # bench.py counts markdown deltas holding "tok0 "; here: frames with a markdown node holding
                # tok0, or with a splice that grows it (a frame may carry several ops, it counts once).
                def on_msg(t, typ, m, n, st=st):
                    html = None
                    for op in m.get("ops") or ():
                        node = op.get("node")
                        if isinstance(node, dict) and node.get("kind") == "markdown" \
                                and tok0.search(node.get("html", "")):
                            html = node["html"]
                        elif op.get("op") == "splice" and st["first"] is not None:
                            html = (html or "") + op.get("text", "")
                    if html is None:
                        return
                    st["stream_msgs"] += 1
                    st["stream_bytes"] += n
                    if st["first"] is None:
                        st["first"] = t
                        st["first_tokens"] = html.count("tok")
                    if st["last"] is None and last.search(html):
                        st["last"] = t

                # DIFF: an unmeasured plain rerun first, which clears the previous exchange from the page.
                # The benchmark app's reply is the same 500 tokens every time, and Swiftlit only sends what
                # differs from the page the browser shows, so without this the 2nd and later replies would
                # cost 0 bytes and nothing would be streamed. Streamlit resends everything on every run, so
                # bench.py needs no such step; a real chat's replies differ from one another anyway.
                await s.run({})
                r = await s.run({wid: f"hello {i}"}, trigger=wid, on_msg=on_msg)
                if i >= args.warmup:
                    rows.append((st, r))
            warn_errors("chat", s)
            await s.close()
            return ttfr, rows, noise.done()

        ttfr, rows, noise = asyncio.run(go())
        ok = [(st, r) for st, r in rows if st["last"] is not None]
        rec = {
            "kind": "chat", "app": args.app, "tokens": args.tokens, "count": len(rows),
            "complete": len(ok), "ttfr_ms": ttfr * 1000,
            "first_token": summarize([st["first"] for st, _ in ok], 1000),
            "all_tokens": summarize([st["last"] for st, _ in ok], 1000),
            "script_finished": summarize([r.latency for _, r in ok], 1000),
            "stream_msgs": summarize([st["stream_msgs"] for st, _ in ok]),
            "tokens_in_first_delta": summarize([st["first_tokens"] for st, _ in ok]),
            "bytes_per_reply": summarize([r.nbytes for _, r in ok]),
            "noise": {**noise, **q},
        }
        if ok:
            print(f"[swiftlit chat] first token {fmt(rec['first_token'])}")
            print(f"[swiftlit chat] all {args.tokens} tokens {fmt(rec['all_tokens'])}")
            print(f"[swiftlit chat] runFinished {fmt(rec['script_finished'])}")
            print(f"[swiftlit chat] stream msgs/reply p50={rec['stream_msgs']['p50']:.0f}; tokens in first "
                  f"p50={rec['tokens_in_first_delta']['p50']:.0f}; bytes/reply p50={rec['bytes_per_reply']['p50']:.0f}; "
                  f"other load {noise['other_cpu_cores']:.2f} cores")
        else:
            print(f"[swiftlit chat] WARNING: no reply contained tok{args.tokens - 1} ({len(rows)} sent)")
        emit(args, rec, srv)
        return rec
    finally:
        srv.stop()


# --------------------------------------------------------------------------- concurrent
#
# The load of one step is split over shards. One shard (the default on a 1-CPU client set) runs in this
# process: exactly bench.py's _concurrent_step. More shards run as child processes of this one (same CPU
# pinning: affinity is inherited) and are driven over pipes, so their phases line up: all ramp, then all
# load until the same monotonic deadline, then all stay connected until RSS has been read, then close.


class Shard:
    """n sessions on one event loop: ramp, load, close (the body of bench.py's _concurrent_step)."""

    def __init__(self, url: str, n: int, wid: str, vals: list, connect_concurrency: int,
                 connect_timeout: float, seed: int, client: str = "lean"):
        self.url, self.n, self.wid, self.vals = url, n, wid, vals
        self.client = client
        self.opener = lean_open_and_first_run if client == "lean" else open_and_first_run
        self.cc, self.connect_timeout, self.seed = connect_concurrency, connect_timeout, seed
        self.sessions: list[Session] = []
        self.ttfr: list[float] = []
        self.failures = 0
        self.lat: list[float] = []
        self.timeouts = 0
        self.errors = 0
        self.lag: list[float] = []

    async def ramp(self) -> dict:
        sem = asyncio.Semaphore(self.cc)

        async def one():
            async with sem:
                try:
                    s, t, _, _ = await self.opener(self.url, timeout=self.connect_timeout)
                    self.sessions.append(s)
                    self.ttfr.append(t)
                except Exception:
                    self.failures += 1

        try:
            await asyncio.wait_for(asyncio.gather(*(one() for _ in range(self.n))), self.connect_timeout + 5)
        except asyncio.TimeoutError:
            pass
        return {"connected": len(self.sessions), "failures": self.failures, "ttfr": self.ttfr}

    async def load(self, stop_at: float, duration: float) -> dict:
        """stop_at is a time.perf_counter() value (CLOCK_MONOTONIC: the same in every process on Linux)."""
        if self.client == "lean":
            return await self.load_lean(stop_at)
        rng = random.Random(self.seed)
        vals, wid = self.vals, self.wid
        own0 = sum(os.times()[:2])
        w0 = time.perf_counter()

        async def loop(s: Session):
            next_t = time.perf_counter() + rng.random()  # spread phases over the first second
            i = 0
            while True:
                now = time.perf_counter()
                if next_t > now:
                    await asyncio.sleep(next_t - now)
                if time.perf_counter() >= stop_at:
                    return
                try:
                    r = await s.run({wid: vals[i % len(vals)]},
                                    timeout=max(0.1, stop_at + 10 - time.perf_counter()))
                    self.lat.append(r.latency)
                except (asyncio.TimeoutError, Exception):
                    self.timeouts += 1
                    return
                i += 1
                next_t += 1.0
                if next_t < time.perf_counter():  # closed loop: never more than one in flight
                    next_t = time.perf_counter()

        async def lag_probe():  # DIFF: diagnostic only: how late this client's event loop wakes up
            while time.perf_counter() < stop_at:
                t = time.perf_counter()
                await asyncio.sleep(0.01)
                self.lag.append(time.perf_counter() - t - 0.01)

        probe = asyncio.ensure_future(lag_probe())
        timed_out = False
        try:
            await asyncio.wait_for(asyncio.gather(*(loop(s) for s in self.sessions)),
                                   max(1.0, stop_at - time.perf_counter()) + 15)
        except asyncio.TimeoutError:  # DIFF: bench.py lets this abort the step; here it is recorded
            timed_out = True
        probe.cancel()
        self.errors = sum(len(s.errors) for s in self.sessions)
        wall = time.perf_counter() - w0
        return {"lat": self.lat, "timeouts": self.timeouts, "load_timed_out": timed_out, "errors": self.errors,
                "lag": self.lag, "cpu_s": sum(os.times()[:2]) - own0, "wall_s": wall}

    async def load_lean(self, stop_at: float) -> dict:
        """bench.py's per-session loop, driven by one scheduler instead of one task per session.

        Same schedule: each session starts at a random phase in the first second, then sends one rerun
        per second, never more than one in flight (if a run ends after its next slot, the next rerun goes
        out at once), stops at the first slot at or after stop_at, and gives up on a run at stop_at + 10 s
        (a timeout). Sends go out from a 1 ms scheduler tick; latency is measured from the actual send.
        """
        rng = random.Random(self.seed)
        vals, wid, nv = self.vals, self.wid, len(self.vals)
        sessions = self.sessions
        heap = [(time.perf_counter() + rng.random(), idx) for idx in range(len(sessions))]
        heapq.heapify(heap)
        counts = [0] * len(sessions)
        slot = [0.0] * len(sessions)
        inflight: set[int] = set()
        own0 = sum(os.times()[:2])
        w0 = time.perf_counter()
        lat_append = self.lat.append

        def make_cb(idx: int):
            def cb(r):
                inflight.discard(idx)
                if isinstance(r, BaseException):
                    self.timeouts += 1
                    return
                lat_append(r.latency)
                counts[idx] += 1
                nxt = slot[idx] + 1.0
                now = time.perf_counter()
                if nxt < now:  # closed loop: never more than one in flight
                    nxt = now
                heapq.heappush(heap, (nxt, idx))
            return cb

        cbs = [make_cb(i) for i in range(len(sessions))]
        lag_next = w0 + 0.01
        timed_out = False
        while True:
            now = time.perf_counter()
            if now >= lag_next:  # same probe as the websockets path: 10 ms ticks, how late they come
                self.lag.append(now - lag_next)
                lag_next = now + 0.01
            while heap and heap[0][0] <= now:
                t, idx = heapq.heappop(heap)
                if now >= stop_at:
                    continue  # this session is done
                slot[idx] = t
                inflight.add(idx)
                try:
                    sessions[idx].send_rerun({wid: vals[counts[idx] % nv]}, cbs[idx])
                except Exception:
                    inflight.discard(idx)
                    self.timeouts += 1
            if not heap and not inflight:
                break
            if now >= stop_at + 10:
                self.timeouts += len(inflight)
                timed_out = bool(inflight)
                for idx in inflight:
                    sessions[idx]._cb = None
                break
            wake = min(heap[0][0] if heap else now + 0.001, now + 0.001, lag_next)
            await asyncio.sleep(max(0.0, wake - time.perf_counter()))
        self.errors = sum(len(s.errors) for s in self.sessions)
        return {"lat": self.lat, "timeouts": self.timeouts, "load_timed_out": timed_out, "errors": self.errors,
                "lag": self.lag, "cpu_s": sum(os.times()[:2]) - own0, "wall_s": time.perf_counter() - w0}

    async def close(self) -> None:
        await asyncio.gather(*(s.close() for s in self.sessions))


class RemoteShard:
    """A Shard in a child process (`swiftlit_bench.py _worker`), driven by JSON lines over its pipes."""

    def __init__(self, args, url: str, n: int, wid: str, vals: list, cc: int, seed: int):
        self.cmd = [sys.executable, os.path.abspath(__file__), "_worker", "--url", url, "--n", str(n),
                    "--widget", wid, "--values", ",".join(map(str, vals)), "--connect-concurrency", str(cc),
                    "--connect-timeout", str(args.connect_timeout), "--seed", str(seed), "--client", args.client]
        self.proc = None

    async def start(self):
        self.proc = await asyncio.create_subprocess_exec(*self.cmd, stdin=asyncio.subprocess.PIPE,
                                                         stdout=asyncio.subprocess.PIPE)

    async def _ask(self, line: str, timeout: float) -> dict:
        self.proc.stdin.write((line + "\n").encode())
        await self.proc.stdin.drain()
        out = await asyncio.wait_for(self.proc.stdout.readline(), timeout)
        if not out:
            raise RuntimeError("worker exited")
        return json.loads(out)

    async def ramp(self, timeout: float) -> dict:
        return await self._ask("ramp", timeout)

    async def load(self, stop_at: float, duration: float) -> dict:
        return await self._ask(f"load {stop_at!r} {duration!r}", duration + 40)

    async def close(self) -> None:
        try:
            await self._ask("close", 30)
        finally:
            try:
                await asyncio.wait_for(self.proc.wait(), 10)
            except asyncio.TimeoutError:
                self.proc.kill()  # our own child, by its PID
                await self.proc.wait()

    def cpu_seconds(self) -> float:
        try:
            t = psutil.Process(self.proc.pid).cpu_times()
            return t.user + t.system
        except psutil.Error:
            return 0.0


def cmd_worker(args) -> None:
    """Child side of RemoteShard: read one command a line, answer one JSON line."""
    raise_nofile()
    shard = Shard(args.url, args.n, args.widget, alternating_values(args.values), args.connect_concurrency,
                  args.connect_timeout, args.seed, args.client)

    async def main():
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader()
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)

        def answer(d):
            sys.stdout.write(json.dumps(d) + "\n")
            sys.stdout.flush()

        for _ in range(10):  # bounded: ramp, load, close
            line = (await asyncio.wait_for(reader.readline(), 600)).decode().split()
            if not line:
                return
            if line[0] == "ramp":
                answer(await shard.ramp())
            elif line[0] == "load":
                answer(await shard.load(float(line[1]), float(line[2])))
            elif line[0] == "close":
                await shard.close()
                answer({"closed": True})
                return

    asyncio.run(main())


def cmd_concurrent(args) -> list[dict]:
    """N concurrent sessions, each 1 rerun/s for --duration s; RSS before/after (bench.py cmd_concurrent)."""
    out = []
    for n in [int(x) for x in args.sessions.split(",")]:
        q = wait_quiet(args, f"concurrent N={n}")
        srv = make_server(args)
        srv.start()
        try:
            rec = asyncio.run(_concurrent_step(args, srv, n))
            rec["noise"].update(q)
            out.append(rec)
            emit(args, rec, srv)
        finally:
            srv.stop()
        time.sleep(1.0)
    return out


def shard_count(args, n: int) -> int:
    if args.client_procs > 0:
        k = args.client_procs
    else:  # auto: one process per client CPU (more processes on one core cannot add CPU)
        cpus = client_cpus(args)
        k = len(cpus) if cpus else (os.cpu_count() or 1)
    return max(1, min(k, n))


async def _concurrent_step(args, srv: Server, n: int) -> dict:
    step_t0 = time.perf_counter()
    wid, vals = widget_id(args), values_of(args)
    s, _, _, _ = await open_and_first_run(srv.url)
    check_widget(s, wid)
    await s.close()
    await asyncio.sleep(2.0)
    rss_before = srv.rss()
    threads_before = srv.threads()

    k = shard_count(args, n)
    sizes = [n // k + (1 if i < n % k else 0) for i in range(k)]
    cc = max(1, -(-args.connect_concurrency // k))  # at most --connect-concurrency connecting in all
    if k == 1:
        shards = [Shard(srv.url, n, wid, vals, cc, args.connect_timeout, 0, args.client)]
    else:
        shards = [RemoteShard(args, srv.url, sizes[i], wid, vals, cc, i) for i in range(k)]
        await asyncio.gather(*(sh.start() for sh in shards))

    c0 = time.perf_counter()
    if k == 1:
        ramps = [await shards[0].ramp()]
    else:
        ramps = await asyncio.gather(*(sh.ramp(args.connect_timeout + 30) for sh in shards))
    connect_wall = time.perf_counter() - c0
    rss_connected = srv.rss()
    connected = sum(r["connected"] for r in ramps)
    failures = sum(r["failures"] for r in ramps)
    ttfr = [t for r in ramps for t in r["ttfr"]]

    stop_at = time.perf_counter() + args.duration
    noise = Noise(srv)
    workers_cpu0 = [sh.cpu_seconds() for sh in shards] if k > 1 else []
    cpu0, w0 = srv.cpu_seconds(), time.perf_counter()
    loads = await asyncio.gather(*(sh.load(stop_at, args.duration) for sh in shards))
    wall, cpu = time.perf_counter() - w0, srv.cpu_seconds() - cpu0
    noise_d = noise.done()
    if k > 1:  # Noise only knows this process: move the workers' CPU from "other" to "client"
        wcpu = sum(sh.cpu_seconds() - c for sh, c in zip(shards, workers_cpu0))
        noise_d["client_cpu_cores"] += wcpu / wall
        noise_d["other_cpu_cores"] = max(0.0, noise_d["other_cpu_cores"] - wcpu / wall)
    rss_after = srv.rss()
    threads_after = srv.threads()
    await asyncio.gather(*(sh.close() for sh in shards))
    await asyncio.sleep(3.0)
    rss_closed = srv.rss()

    lat = [x for ld in loads for x in ld["lat"]]
    lag = [x for ld in loads for x in ld["lag"]]
    ncpu = len(client_cpus(args) or range(os.cpu_count() or 1))
    client_cores = noise_d["client_cpu_cores"]
    rec = {
        "kind": "concurrent", "app": args.app, "sessions": n, "duration_s": args.duration,
        "connected": connected, "connect_failures": failures, "connect_wall_s": connect_wall,
        "ttfr_under_ramp": summarize(ttfr, 1000),
        "rerun_latency": summarize(lat, 1000), "reruns": len(lat),
        "timeouts": sum(ld["timeouts"] for ld in loads),
        "achieved_reruns_per_s": len(lat) / wall, "target_reruns_per_s": connected,
        "server_cpu_util": cpu / wall,
        "rss_before_mb": rss_before / MB, "rss_connected_mb": rss_connected / MB,
        "rss_after_mb": rss_after / MB, "rss_after_close_mb": rss_closed / MB,
        "rss_per_session_kb": (rss_after - rss_before) / max(1, connected) / 1024,
        "threads_before": threads_before, "threads_after": threads_after,
        "step_wall_s": time.perf_counter() - step_t0,
        # DIFF: client-side diagnostics (bench.py has client_cpu_cores in noise only)
        "client_impl": args.client, "client_procs": k, "client_cpus": ncpu,
        "client_cpu_cores": client_cores,
        "client_saturated": client_cores >= 0.8 * ncpu,
        "client_loop_lag_ms": summarize(lag, 1000),
        "load_timed_out": any(ld["load_timed_out"] for ld in loads),
        "server_errors": sum(ld["errors"] for ld in loads),
        "noise": noise_d,
    }
    print(f"[swiftlit concurrent {args.app} N={n}] connected {connected}/{n} in {connect_wall:.1f}s; "
          f"rerun {fmt(rec['rerun_latency'])}; {rec['achieved_reruns_per_s']:.1f}/{connected} reruns/s; "
          f"server CPU {rec['server_cpu_util']*100:.0f}%; RSS {rss_before/MB:.1f} -> {rss_after/MB:.1f} MiB "
          f"({rec['rss_per_session_kb']:.1f} KiB/session), after close {rss_closed/MB:.1f} MiB; "
          f"client {args.client} x{k} {client_cores:.2f}/{ncpu} cores"
          f"{' SATURATED' if rec['client_saturated'] else ''}, loop lag p99 "
          f"{rec['client_loop_lag_ms'].get('p99', float('nan')):.1f} ms; other load {noise_d['other_cpu_cores']:.2f} cores")
    return rec


# --------------------------------------------------------------------------- cli


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "swiftlit-bench-apps"))
    common.add_argument("--app", default="hello", help="hello | dashboard | chat (the binary's argument)")
    common.add_argument("--no-app-arg", action="store_true",
                        help="do not pass --app to the binary (e.g. swiftlit-demo, which serves one app)")
    common.add_argument("--log-dir", default=os.path.join(ROOT, "bench-results", "swiftlit-logs"))
    common.add_argument("--port", type=int, default=8660)
    common.add_argument("--server-cpus", default="0", help="CPU list for the server (default 0)")
    common.add_argument("--client-cpus", default="1", help="CPU list for this client (default 1)")
    common.add_argument("--no-pin", action="store_true", help="do not pin server/client to CPUs")
    common.add_argument("--server-arg", action="append", help="extra server argument (repeatable)")
    common.add_argument("--json", help="append JSON records to this file")
    common.add_argument("--quiet-wait", type=float, default=45.0,
                        help="max seconds to wait for other CPU load to drop before measuring")
    common.add_argument("--quiet-cores", type=float, default=0.3,
                        help="'quiet' threshold for other CPU load, in cores")
    common.add_argument("--widget", default=None, help="widget id (default: per app, e.g. slider:n)")
    common.add_argument("--values", default=None, help="values cycled through, comma-separated")
    sub = p.add_subparsers(dest="cmd", required=True)

    c = sub.add_parser("coldstart", parents=[common], help="spawn -> health 200, idle RSS")
    c.add_argument("--trials", type=int, default=5)

    r = sub.add_parser("rerun", parents=[common], help="TTFR + sequential rerun latency")
    r.add_argument("--count", type=int, default=200)
    r.add_argument("--warmup", type=int, default=10)
    r.add_argument("--ttfr-sessions", type=int, default=20)

    k = sub.add_parser("concurrent", parents=[common], help="N sessions x 1 rerun/s")
    k.add_argument("--sessions", default="10,50,200,1000,5000")
    k.add_argument("--duration", type=float, default=30.0, help="measurement seconds per step")
    k.add_argument("--connect-timeout", type=float, default=30.0)
    k.add_argument("--connect-concurrency", type=int, default=25)
    k.add_argument("--client-procs", type=int, default=0,
                   help="client processes sharing the sessions (0 = one per client CPU)")
    k.add_argument("--client", choices=["lean", "websockets"], default="lean",
                   help="WebSocket client for the load: lean (asyncio.Protocol, default) or websockets (as bench.py)")

    h = sub.add_parser("chat", parents=[common], help="streamed reply of N tokens")
    h.add_argument("--tokens", type=int, default=500)
    h.add_argument("--count", type=int, default=30)
    h.add_argument("--warmup", type=int, default=3)

    w = sub.add_parser("_worker", help=argparse.SUPPRESS)
    w.add_argument("--url", required=True)
    w.add_argument("--n", type=int, required=True)
    w.add_argument("--widget", required=True)
    w.add_argument("--values", required=True)
    w.add_argument("--connect-concurrency", type=int, default=25)
    w.add_argument("--connect-timeout", type=float, default=30.0)
    w.add_argument("--seed", type=int, default=0)
    w.add_argument("--client", default="lean")

    args = p.parse_args()
    if args.cmd == "_worker":
        cmd_worker(args)
        return
    if args.app == "chat" and args.widget is None:
        args.widget = DEFAULT_WIDGET["chat"]
    raise_nofile()
    pin_client(args)
    {"coldstart": cmd_coldstart, "rerun": cmd_rerun, "concurrent": cmd_concurrent, "chat": cmd_chat}[args.cmd](args)


if __name__ == "__main__":
    main()
