#!/usr/bin/env python3
"""Streamlit vs Swiftlit in a real browser: one Markdown table from latency.py's JSON lines.

    BROWSER_HARNESS=DIR browser_table.py BROWSER.jsonl

The records come from the shared real-Chromium harness (DIR/latency.py, ../shared/bench-browser), run once
per framework on the same hello app with the labels `streamlit` and `swiftlit`. Pooled over repeats, with
the harness's own percentile function. Ratio = Swiftlit / Streamlit.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, os.environ.get("BROWSER_HARNESS", str(Path(__file__).resolve().parents[3] / "shared" / "bench-browser")))
from latency import pct  # noqa: E402  (the harness's nearest-rank percentile: one definition for both tables)

FRAMEWORKS = ("streamlit", "swiftlit")

#: (title, record kind, mode or None, field, percentile, target in ms or None)
ROWS = (
    ("hello: key press → new text in the DOM, p50", "trial", None, "latency_ms", 50, 8.0),
    ("hello: key press → new text in the DOM, p99", "trial", None, "latency_ms", 99, 15.0),
    ("hello: keydown handler → new text in the DOM, p50", "trial", None, "from_keydown_ms", 50, None),
    ("hello: page load → content, first visit, p50", "load", "first", "text_ms", 50, None),
    ("hello: page load → content, warm cache, p50", "load", "warm", "text_ms", 50, 60.0),
    ("hello: page load → content, no cache, p50", "load", "nocache", "text_ms", 50, 120.0),
)


def figure(records: list[dict], label: str, kind: str, mode: str | None, field: str, p: float) -> float | None:
    values = [r[field] for r in records
              if r.get("label") == label and r.get("kind") == kind and r.get("status") == "ok"
              and not r.get("warmup") and (mode is None or r.get("mode") == mode) and r.get(field) is not None]
    return pct(sorted(values), p) if values else None


def cell(value: float | None) -> str:
    return "not measured" if value is None else f"{value:.1f} ms"


def main(path: str) -> int:
    with open(path) as f:
        records = [json.loads(line) for line in f if line.strip()]
    print("| figure | Streamlit 1.67 | Swiftlit | Swiftlit / Streamlit | target | result |")
    print("|---|---|---|---|---|---|")
    for title, kind, mode, field, p, target in ROWS:
        streamlit, swiftlit = (figure(records, label, kind, mode, field, p) for label in FRAMEWORKS)
        ratio = f"{swiftlit / streamlit:.3g} (1/{streamlit / swiftlit:.0f})" if streamlit and swiftlit else "–"
        result = "" if target is None or swiftlit is None else ("PASS" if swiftlit <= target else "MISS")
        print(f"| {title} | {cell(streamlit)} | {cell(swiftlit)} | {ratio} | "
              f"{'' if target is None else f'≤ {target:g} ms'} | {result} |")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
