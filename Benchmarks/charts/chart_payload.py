#!/usr/bin/env python3
"""Chart payload: what a page with one 1,000,000-point line chart costs on the wire, first render.

  chart_payload.py swiftlit  --binary .build/release/swiftlit-bench-apps [--sessions 6]
  chart_payload.py streamlit [--sessions 6]        (needs STREAMLIT_HARNESS's venv: streamlit 1.67)

Starts a fresh server on 127.0.0.1 (pinned to CPU 0; this client to CPU 1), then opens --sessions
sessions one after another. Session 1 is "cold" (the server builds the 1M-row table in it); the others
are "warm". For each, over one WebSocket, it records:
  * total = payload bytes of every frame of the first run (Swiftlit: hello -> runFinished; Streamlit:
    first rerun_script -> script_finished), frame headers not counted, as in the benchmark harnesses;
  * chart = payload bytes of the frame that carries the chart (Swiftlit: the frame whose JSON holds the
    vegaLiteChart node; Streamlit: the delta whose new_element is an arrow_vega_lite_chart);
  * t_chart = seconds from the start of the WebSocket connect to that frame fully received;
  * t_done = seconds from the start of the connect to the end of the first run.
Prints one JSON line per session and a summary (warm medians). Stops the server by the PID it spawned.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "compare"))
import swiftlit_bench as sw  # noqa: E402  (imports the Streamlit harness's bench.py too)
import bench as st  # noqa: E402  (the harness module swiftlit_bench put on sys.path)
from websockets.asyncio.client import connect  # noqa: E402


async def swiftlit_session(url: str, timeout: float = 60.0) -> dict:
    t0 = time.perf_counter()
    async with connect(url, max_size=None, compression=None, ping_interval=None, open_timeout=timeout) as ws:
        await ws.send(json.dumps({"type": "hello", "protocol": 2, "widgets": {}}))
        total = frames = chart = 0
        t_chart = None
        while True:
            text = await asyncio.wait_for(ws.recv(), timeout)
            t = time.perf_counter() - t0
            size = len(text.encode())
            total += size
            frames += 1
            if '"vegaLiteChart"' in text and t_chart is None:
                chart, t_chart = size, t
            message = json.loads(text)
            if message["type"] == "runFinished" and message.get("status") != "interrupted":
                return {"total": total, "frames": frames, "chart": chart, "t_chart": t_chart, "t_done": t}


async def streamlit_session(url: str, timeout: float = 120.0) -> dict:
    found: dict = {}

    def on_msg(_t, typ, m, size):
        if typ == "delta" and m.delta.WhichOneof("type") == "new_element" and "chart" not in found:
            element = m.delta.new_element.WhichOneof("type") or ""
            if "vega" in element:
                found.update(chart=size, t_chart=time.perf_counter() - t0, element=element)

    t0 = time.perf_counter()
    session = st.Session(url, use_cache=True)
    await session.open(timeout)
    result = await session.run(timeout=timeout, on_msg=on_msg)
    t_done = time.perf_counter() - t0
    await session.close()
    return {"total": result.nbytes, "frames": result.nmsgs, "chart": found.get("chart", 0),
            "t_chart": found.get("t_chart"), "t_done": t_done, "element": found.get("element")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("framework", choices=["swiftlit", "streamlit"])
    parser.add_argument("--binary", default=os.path.join(sw.ROOT, ".build/release/swiftlit-bench-apps"))
    parser.add_argument("--sessions", type=int, default=6)
    parser.add_argument("--port", type=int, default=18671)
    parser.add_argument("--label", default="")
    parser.add_argument("--json", help="append the records to this JSON-lines file")
    args = parser.parse_args()
    os.sched_setaffinity(0, {1})
    log_dir = tempfile.mkdtemp(prefix="chart-payload-")
    if args.framework == "swiftlit":
        server = sw.Server(args.binary, "millionline", args.port, {0}, log_dir)
        session = swiftlit_session
    else:
        server = st.Server(os.path.join(HERE, "million_line.py"), args.port, {0}, False, log_dir=log_dir)
        session = streamlit_session
    health = server.start()
    records = []
    try:
        for i in range(args.sessions):
            record = asyncio.run(session(server.url))
            record.update(framework=args.framework, label=args.label, session=i + 1,
                          kind="cold" if i == 0 else "warm", health_s=round(health, 3), rss_mb=round(server.rss() / 2**20, 1))
            records.append(record)
            print(json.dumps(record), flush=True)
    finally:
        server.stop()
    if args.json:
        with open(args.json, "a") as f:
            for record in records:
                f.write(json.dumps(record) + "\n")
    warm = records[1:] or records
    med = lambda key: statistics.median(r[key] for r in warm)  # noqa: E731
    print(f"{args.framework} {args.label}: first run {records[0]['total']:,} B (chart frame {records[0]['chart']:,} B); "
          f"cold: chart at {records[0]['t_chart'] * 1000:.0f} ms, run done {records[0]['t_done'] * 1000:.0f} ms; "
          f"warm median ({len(warm)}): chart at {med('t_chart') * 1000:.1f} ms, run done {med('t_done') * 1000:.1f} ms")


if __name__ == "__main__":
    main()
