#!/usr/bin/env python3
"""Protocol-level benchmark of a running Swiftlit server (release build of the demo).

Measures, over real WebSockets on loopback:
  * rerun latency p50/p99 when one slider changes (request sent -> runFinished received),
  * bytes the server sends per rerun,
  * server CPU per rerun (utime+stime of the server process, from /proc),
  * server RSS per connected idle session at N sessions.
Every loop is bounded in count and time; only 127.0.0.1 is contacted.
"""
import argparse
import asyncio
import json
import os
import statistics
import time

import websockets

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def rss_bytes(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


async def until_finished(ws):
    """Receives until a run finishes (not interrupted); returns bytes received."""
    total = 0
    while True:
        text = await asyncio.wait_for(ws.recv(), timeout=10)
        total += len(text.encode())
        message = json.loads(text)
        if message["type"] == "runFinished" and message["status"] != "interrupted":
            return total


async def reruns(url, pid, slider, values, count):
    async with websockets.connect(url, max_size=1 << 24) as ws:
        await ws.send(json.dumps({"type": "hello", "protocol": 2, "widgets": {}}))
        await until_finished(ws)
        latencies, sizes = [], []
        for i in range(200):  # warm-up
            await ws.send(json.dumps({"type": "rerun", "widgets": {slider: values[i % len(values)]}}))
            await until_finished(ws)
        cpu_before = cpu_seconds(pid)
        for i in range(count):
            started = time.perf_counter()
            await ws.send(json.dumps({"type": "rerun", "widgets": {slider: values[i % len(values)]}}))
            sizes.append(await until_finished(ws))
            latencies.append((time.perf_counter() - started) * 1000)
        cpu = (cpu_seconds(pid) - cpu_before) / count * 1000
    latencies.sort()
    return {
        "p50_ms": latencies[len(latencies) // 2],
        "p99_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        "bytes": statistics.mean(sizes),
        "cpu_ms": cpu,
    }


async def idle_sessions(url, pid, n):
    before = rss_bytes(pid)
    sockets = []
    try:
        for _ in range(n):
            ws = await websockets.connect(url, max_size=1 << 24)
            await ws.send(json.dumps({"type": "hello", "protocol": 2, "widgets": {}}))
            await until_finished(ws)
            sockets.append(ws)
        await asyncio.sleep(1)
        after = rss_bytes(pid)
    finally:
        await asyncio.gather(*(ws.close() for ws in sockets), return_exceptions=True)
    return {"sessions": n, "rss_before_mib": before / 2**20, "rss_after_mib": after / 2**20,
            "per_session_kib": (after - before) / n / 1024}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--slider", default="slider:Repeat")
    parser.add_argument("--values", default="3,4")
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--sessions", type=int, default=1000)
    args = parser.parse_args()
    url = f"ws://127.0.0.1:{args.port}/_stcore/stream"
    values = [int(v) for v in args.values.split(",")]
    r = asyncio.run(asyncio.wait_for(reruns(url, args.pid, args.slider, values, args.count), timeout=300))
    print(f"rerun over WebSocket ({args.count} reruns, '{args.slider}' alternating {args.values}): "
          f"p50 {r['p50_ms']:.2f} ms, p99 {r['p99_ms']:.2f} ms, {r['bytes']:.0f} bytes/rerun, "
          f"server CPU {r['cpu_ms']:.3f} ms/rerun")
    s = asyncio.run(asyncio.wait_for(idle_sessions(url, args.pid, args.sessions), timeout=300))
    print(f"idle sessions: {s['sessions']} connected, server RSS {s['rss_before_mib']:.1f} -> "
          f"{s['rss_after_mib']:.1f} MiB, {s['per_session_kib']:.1f} KiB per session")


if __name__ == "__main__":
    main()
