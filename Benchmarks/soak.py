#!/usr/bin/env python3
"""Soak test of a running Swiftlit server: many WebSocket sessions rerunning for minutes.

Opens `--sessions` sessions in waves of `--wave` (one wave per `--wave-interval` seconds). Each
session reruns the app every `--rerun-min`…`--rerun-max` seconds with random widget values and, now
and then (on average every `--reconnect-every` seconds), closes its socket and reconnects with its
sessionId to resume. After `--minutes` every session closes; sampling goes on for `--after` seconds
so the server's disconnected sessions expire (run the server with a short
`--server.disconnectedSessionTTL`, e.g. 20).

Counts as errors: an `error` message from the server, a close the client did not ask for, a rerun
with no `runFinished` within `--rerun-timeout` seconds, a failed connect, a reconnect that was not
resumed. Samples the server's RSS and CPU% every `--sample-every` seconds. Prints a report and
writes it as markdown to `bench-results/soak-<date>.md`.

Usually run through scripts/soak.sh. Quick mode: `--minutes 0.5 --sessions 100`.
Only 127.0.0.1 is contacted; every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import json
import os
import random
import resource
import sys
import time
from collections import Counter
from pathlib import Path

import websockets
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake

from ws_bench import cpu_seconds, rss_bytes  # the server's CPU and memory, as the benchmark reads them

REPO_ROOT = Path(__file__).resolve().parents[1]


# --------------------------------------------------------------------------------------------------
# The server process


def open_files(pid: int) -> int:
    try:
        return len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return -1


# --------------------------------------------------------------------------------------------------
# Widgets: `slider:n=int:0:100,textInput#name=text:12,checkbox:Show=bool`


def parse_widgets(spec: str) -> list[tuple[str, str, tuple]]:
    widgets = []
    for item in filter(None, (part.strip() for part in spec.split(","))):
        widget_id, _, kind = item.partition("=")
        kind, *params = kind.split(":")
        if kind == "int":
            widgets.append((widget_id, "int", (int(params[0]), int(params[1]))))
        elif kind == "float":
            widgets.append((widget_id, "float", (float(params[0]), float(params[1]))))
        elif kind == "text":
            widgets.append((widget_id, "text", (int(params[0]) if params else 12,)))
        elif kind == "bool":
            widgets.append((widget_id, "bool", ()))
        else:
            raise SystemExit(f"soak: unknown widget kind in {item!r} (int, float, text, bool)")
    return widgets


def random_values(widgets, rng: random.Random) -> dict:
    values = {}
    for widget_id, kind, params in widgets:
        if kind == "int":
            values[widget_id] = rng.randint(*params)
        elif kind == "float":
            values[widget_id] = round(rng.uniform(*params), 3)
        elif kind == "text":
            values[widget_id] = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz ") for _ in range(rng.randint(0, params[0])))
        else:
            values[widget_id] = rng.random() < 0.5
    return values


# --------------------------------------------------------------------------------------------------
# The sessions


class Stats:
    def __init__(self):
        self.connected = 0
        self.peak_connected = 0
        self.sessions_started = 0
        self.reruns = 0
        self.latencies: list[float] = []
        self.hello_latencies: list[float] = []
        self.errors: Counter = Counter()
        self.reconnects = 0
        self.resumed = 0
        self.interrupted = 0
        self.bytes_received = 0

    def connect(self):
        self.connected += 1
        self.peak_connected = max(self.peak_connected, self.connected)

    def error(self, kind: str, detail: str = ""):
        self.errors[kind] += 1
        if self.errors[kind] <= 3 and detail:
            print(f"soak: {kind}: {detail}", file=sys.stderr)


class RunTimeout(Exception):
    pass


async def until_finished(ws, stats: Stats, timeout: float, after_run: int) -> dict:
    """Receives until a run numbered above `after_run` ends (not interrupted)."""
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise RunTimeout()
        try:
            text = await asyncio.wait_for(ws.recv(), remaining)
        except asyncio.TimeoutError:
            raise RunTimeout() from None
        stats.bytes_received += len(text)
        message = json.loads(text)
        kind = message.get("type")
        if kind == "error":
            stats.error(f"server error: {message.get('code')}", message.get("message", ""))
        elif kind == "runFinished":
            if message.get("status") == "interrupted":
                stats.interrupted += 1
            elif message.get("run", 0) > after_run:
                return message


async def session_worker(index: int, args, widgets, stats: Stats, start_at: float, end_at: float,
                         rng: random.Random) -> None:
    url = f"ws://127.0.0.1:{args.port}/_stcore/stream"
    await asyncio.sleep(max(0.0, start_at - time.monotonic()))
    stats.sessions_started += 1
    session_id = None
    values = random_values(widgets, rng)
    attempts = 0
    while time.monotonic() < end_at and attempts < 10_000:
        attempts += 1
        reconnect_at = time.monotonic() + rng.expovariate(1 / args.reconnect_every) if args.reconnect_every > 0 \
            else float("inf")
        ws = None
        try:
            ws = await connect(url, open_timeout=args.rerun_timeout * 2, close_timeout=2, max_size=1 << 26,
                               ping_interval=None, compression=None)
        except (OSError, asyncio.TimeoutError, InvalidHandshake) as error:
            stats.error("connect failed", repr(error))
            await asyncio.sleep(min(5.0, max(0.0, end_at - time.monotonic()), 1.0 + rng.random()))
            continue
        stats.connect()
        closing = False
        try:
            started = time.monotonic()
            message = {"type": "hello", "protocol": 2, "widgets": values}
            if session_id is not None:
                message["sessionId"] = session_id
            await ws.send(json.dumps(message))
            try:
                answer = json.loads(await asyncio.wait_for(ws.recv(), args.rerun_timeout))
            except asyncio.TimeoutError:
                stats.error("hello timeout")
                continue
            if answer.get("type") != "session":
                stats.error(f"hello answered with {answer.get('type')}", json.dumps(answer)[:200])
                continue
            if session_id is not None:
                if answer.get("resumed"):
                    stats.resumed += 1
                else:
                    stats.error("not resumed", f"session {session_id} came back as {answer.get('sessionId')}")
            session_id = answer.get("sessionId")
            try:
                finished = await until_finished(ws, stats, args.rerun_timeout, -1)
            except RunTimeout:
                stats.error("first run timeout")
                continue
            stats.hello_latencies.append((time.monotonic() - started) * 1000)
            last_run = finished.get("run", 0)
            for _ in range(100_000):
                pause = rng.uniform(args.rerun_min, args.rerun_max)
                wake = time.monotonic() + pause
                if wake >= end_at:
                    await asyncio.sleep(max(0.0, end_at - time.monotonic()))
                    break
                if wake >= reconnect_at:
                    await asyncio.sleep(max(0.0, reconnect_at - time.monotonic()))
                    stats.reconnects += 1
                    break
                await asyncio.sleep(pause)
                values = {**values, **random_values(widgets, rng)}
                started = time.monotonic()
                await ws.send(json.dumps({"type": "rerun", "widgets": values}))
                try:
                    finished = await until_finished(ws, stats, args.rerun_timeout, last_run)
                except RunTimeout:
                    stats.error("rerun timeout")
                    break  # reconnect: the socket's state is unknown
                stats.latencies.append((time.monotonic() - started) * 1000)
                stats.reruns += 1
                last_run = finished.get("run", last_run)
            closing = True
        except ConnectionClosed as closed:
            code = closed.rcvd.code if closed.rcvd is not None else None
            stats.error(f"unexpected close ({code})", str(closed))
        finally:
            stats.connected -= 1
            if ws is not None:
                try:
                    await asyncio.wait_for(ws.close(), 5)
                except (asyncio.TimeoutError, ConnectionClosed, OSError) as error:
                    if closing:
                        stats.error("close failed", repr(error))
            if closing and time.monotonic() < end_at:
                # Like the browser client (connection-state.js: the first retry after 125–250 ms).
                await asyncio.sleep(rng.uniform(0.125, 0.25))


async def sampler(args, stats: Stats, phase: dict, halt: asyncio.Event, samples: list) -> None:
    """Samples (t, sessions, RSS, CPU%) every `--sample-every` s until `halt`."""
    begun = time.monotonic()
    last_t, last_cpu = begun, cpu_seconds(args.pid)
    for _ in range(1_000_000):
        try:
            await asyncio.wait_for(halt.wait(), args.sample_every)
            return
        except asyncio.TimeoutError:
            pass
        now = time.monotonic()
        try:
            cpu, rss, files = cpu_seconds(args.pid), rss_bytes(args.pid), open_files(args.pid)
        except OSError:
            print("soak: the server process is gone", file=sys.stderr)
            stats.error("server exited")
            return
        samples.append({
            "t": now - begun, "phase": phase["name"], "sessions": stats.connected, "rss": rss,
            "cpu": (cpu - last_cpu) / (now - last_t) * 100, "reruns": stats.reruns, "fds": files,
        })
        last_t, last_cpu = now, cpu
        if args.verbose:
            s = samples[-1]
            print(f"soak: t={s['t']:6.0f}s {s['phase']:<7} sessions={s['sessions']:5d} "
                  f"rss={s['rss'] / 2**20:7.1f} MiB cpu={s['cpu']:5.1f}% reruns={s['reruns']}", file=sys.stderr)


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


async def soak(args) -> dict:
    widgets = parse_widgets(args.widgets)
    stats = Stats()
    samples: list = []
    phase = {"name": "ramp"}
    halt = asyncio.Event()
    rss_start = rss_bytes(args.pid)
    began = time.monotonic()
    end_at = began + args.minutes * 60
    master = random.Random(args.seed)
    sampling = asyncio.create_task(sampler(args, stats, phase, halt, samples))

    workers = []
    for index in range(args.sessions):
        wave = index // args.wave
        start_at = began + wave * args.wave_interval + master.random() * args.wave_interval * 0.5
        rng = random.Random(master.random())
        workers.append(asyncio.create_task(session_worker(index, args, widgets, stats, start_at, end_at, rng)))
    ramp_end = began + (len(workers) - 1) // args.wave * args.wave_interval + args.wave_interval
    while time.monotonic() < min(ramp_end, end_at):
        await asyncio.sleep(0.2)
    phase["name"] = "steady"
    _, pending = await asyncio.wait(workers, timeout=max(0.0, end_at - time.monotonic()) + 30)
    for task in pending:
        task.cancel()
        stats.error("session did not stop in time")
    await asyncio.gather(*workers, return_exceptions=True)
    closed_at = time.monotonic()
    active_seconds = closed_at - began
    phase["name"] = "after"
    await asyncio.sleep(args.after)
    rss_after = rss_bytes(args.pid)
    halt.set()
    await sampling
    return {"stats": stats, "samples": samples, "rss_start": rss_start, "rss_after": rss_after,
            "active_seconds": active_seconds, "after_seconds": time.monotonic() - closed_at}


# --------------------------------------------------------------------------------------------------
# The report


def report(args, result: dict) -> str:
    stats: Stats = result["stats"]
    samples = result["samples"]
    peak = max([s["rss"] for s in samples] + [result["rss_start"], result["rss_after"]])
    lines = [
        f"# Swiftlit soak, {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}",
        "",
        f"- server pid {args.pid} on 127.0.0.1:{args.port}; {args.label}" if args.label else
        f"- server pid {args.pid} on 127.0.0.1:{args.port}",
        f"- {args.sessions} sessions in waves of {args.wave} every {args.wave_interval:g} s, for "
        f"{args.minutes:g} min; a rerun every {args.rerun_min:g}–{args.rerun_max:g} s; a reconnect every "
        f"~{args.reconnect_every:g} s per session; widgets `{args.widgets}`",
        f"- sampled every {args.sample_every:g} s, and for {args.after:g} s after every session closed",
        "",
        "## Results",
        "",
        f"- sessions started: {stats.sessions_started}, peak connected: {stats.peak_connected}",
        f"- reruns: {stats.reruns} in {result['active_seconds']:.0f} s = {stats.reruns / result['active_seconds']:.1f} reruns/s",
        f"- rerun latency (rerun sent → runFinished): p50 {percentile(stats.latencies, 0.5):.2f} ms, "
        f"p99 {percentile(stats.latencies, 0.99):.2f} ms, max {max(stats.latencies, default=float('nan')):.2f} ms",
        f"- connect → first runFinished: p50 {percentile(stats.hello_latencies, 0.5):.2f} ms, "
        f"p99 {percentile(stats.hello_latencies, 0.99):.2f} ms",
        f"- reconnects: {stats.reconnects}, resumed: {stats.resumed}; interrupted runs: {stats.interrupted}; "
        f"received {stats.bytes_received / 2**20:.1f} MiB",
        f"- server RSS: start {result['rss_start'] / 2**20:.1f} MiB, peak {peak / 2**20:.1f} MiB, "
        f"{result['after_seconds']:.0f} s after close {result['rss_after'] / 2**20:.1f} MiB",
        f"- errors: {sum(stats.errors.values())}" + ("" if not stats.errors else ""),
    ]
    for kind, count in stats.errors.most_common():
        lines.append(f"  - {kind}: {count}")
    lines += ["", "## RSS and CPU", "", "| t (s) | phase | sessions | RSS (MiB) | CPU % | reruns | fds |",
              "| ---: | --- | ---: | ---: | ---: | ---: | ---: |"]
    for s in samples:
        lines.append(f"| {s['t']:.0f} | {s['phase']} | {s['sessions']} | {s['rss'] / 2**20:.1f} | {s['cpu']:.0f} | "
                     f"{s['reruns']} | {s['fds']} |")
    lines.append("")
    lines.append("Latencies include the Python client's own event-loop delay (one process for every session).")
    return "\n".join(lines) + "\n"


def raise_open_files_limit(needed: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = hard if hard != resource.RLIM_INFINITY else max(soft, 65536)
    if soft < wanted:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
        except (ValueError, OSError):
            pass
        soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    if soft < needed:
        raise SystemExit(f"soak: {needed} open files needed, the limit is {soft} (hard {hard}); raise `ulimit -n`")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--pid", type=int, required=True, help="the server's process id (for RSS and CPU)")
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--wave", type=int, default=100, help="sessions opened per wave")
    parser.add_argument("--wave-interval", type=float, default=2.0, help="seconds between waves")
    parser.add_argument("--rerun-min", type=float, default=2.0)
    parser.add_argument("--rerun-max", type=float, default=5.0)
    parser.add_argument("--reconnect-every", type=float, default=60.0,
                        help="mean seconds between reconnects of one session (0: never)")
    parser.add_argument("--rerun-timeout", type=float, default=5.0)
    parser.add_argument("--sample-every", type=float, default=5.0)
    parser.add_argument("--after", type=float, default=60.0, help="seconds to sample after every session closed")
    parser.add_argument("--widgets", default="slider:n=int:0:100",
                        help="widget id=kind[:params], comma-separated (int:LO:HI, float:LO:HI, text:MAXLEN, bool)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--label", default="", help="what was measured (build, app), for the report")
    parser.add_argument("--out", default=None, help="markdown report path (default bench-results/soak-<date>.md)")
    parser.add_argument("--verbose", action="store_true", help="print every sample as it is taken")
    args = parser.parse_args()
    if args.sessions < 1 or args.wave < 1 or args.minutes < 0 or args.rerun_min > args.rerun_max:
        parser.error("need --sessions ≥ 1, --wave ≥ 1, --minutes ≥ 0, --rerun-min ≤ --rerun-max")
    raise_open_files_limit(args.sessions + 100)
    os.kill(args.pid, 0)  # the server must be running

    budget = args.minutes * 60 + args.after + args.sessions / args.wave * args.wave_interval + 120
    result = asyncio.run(asyncio.wait_for(soak(args), timeout=budget))
    text = report(args, result)
    print(text)
    out = Path(args.out) if args.out else \
        REPO_ROOT / "bench-results" / f"soak-{datetime.datetime.now().strftime('%Y%m%d-%H%M%S')}.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text)
    print(f"soak: report written to {out}", file=sys.stderr)
    sys.exit(1 if result["stats"].errors else 0)


if __name__ == "__main__":
    main()
