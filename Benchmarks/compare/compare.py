#!/usr/bin/env python3
"""Streamlit vs Swiftlit: one Markdown table from the two harnesses' JSON lines.

    compare.py --streamlit STREAMLIT.jsonl --swiftlit SWIFTLIT.jsonl [--duration 30]

Streamlit records come from the shared harness's bench.py, Swiftlit records from swiftlit_bench.py; both
use the same field names. Only Streamlit's default configuration is used (no --nodelay, no extra server
options, pinned, cache hashes sent). When several records measure the same thing (repeats, trials), a cell
is the median of the per-record figures. Ratio = Swiftlit / Streamlit. Standard library only.
"""
from __future__ import annotations

import argparse
import json
import math
import statistics
import sys

NOT_MEASURED = "not measured"


def load(path: str) -> list[dict]:
    out = []
    try:
        with open(path) as f:
            for line in f:
                line = line.strip()
                if line:
                    try:
                        out.append(json.loads(line))
                    except json.JSONDecodeError:
                        pass
    except FileNotFoundError:
        pass
    return out


def app_of(r: dict) -> str:
    a = str(r.get("app", ""))
    return a[:-3] if a.endswith(".py") else a


def default_variant(r: dict) -> bool:
    """Streamlit as shipped (bench.py's diagnostics excluded); Swiftlit records always qualify."""
    if r.get("framework") == "swiftlit":
        return True
    return (not r.get("nodelay") and not r.get("server_args") and r.get("pinned", True)
            and r.get("cached_hashes_sent", True))


def norm_values(v) -> str:
    return ",".join(x.strip() for x in str(v or "").split(","))


class Data:
    def __init__(self, records: list[dict]):
        self.records = [r for r in records if default_variant(r)]

    def select(self, kind: str, app: str, **match) -> list[dict]:
        out = []
        for r in self.records:
            if r.get("kind") != kind or app_of(r) != app:
                continue
            if "values" in match and norm_values(r.get("values")) != match["values"]:
                continue
            if "sessions" in match and r.get("sessions") != match["sessions"]:
                continue
            out.append(r)
        return out

    def value(self, kind: str, app: str, getter, **match):
        xs = []
        for r in self.select(kind, app, **match):
            try:
                x = getter(r)
            except (KeyError, TypeError, ZeroDivisionError):
                continue
            if x is not None and not (isinstance(x, float) and math.isnan(x)):
                xs.append(x)
        return statistics.median(xs) if xs else None


def g(*keys):
    def get(r):
        x = r
        for k in keys:
            x = x[k]
        return x
    return get


def fmt_num(x, unit: str) -> str:
    if x is None:
        return "–"
    if unit == "B":
        return f"{x:,.0f} B"
    if unit == "ms":
        if x >= 1000:
            return f"{x/1000:.2f} s"
        return f"{x:.2f} ms" if x < 10 else f"{x:.1f} ms" if x < 100 else f"{x:.0f} ms"
    if unit == "MiB":
        return f"{x:.1f} MiB"
    if unit == "KiB":
        return f"{x:.1f} KiB"
    if unit == "cores":
        return f"{x:.2f} cores"
    if unit == "/s":
        return f"{x:.1f}/s"
    if unit == "":
        return f"{x:.1f}" if x != int(x) else f"{x:.0f}"
    return f"{x:.3g} {unit}"


def fmt_ratio(a, b) -> str:
    if a is None or b is None:
        return "–"
    if b == 0:
        return "–"
    r = a / b
    if r <= 0:
        return f"{r:.3g}"
    if r < 1:
        return f"{r:.3g} (1/{1/r:.0f})" if r < 0.5 else f"{r:.2f}"
    return f"{r:.3g}"


class Table:
    def __init__(self, st: Data, sw: Data):
        self.st, self.sw = st, sw
        # apps whose Swiftlit version leaves features out: their targets are not like-for-like
        self.partial = {app_of(r) for r in sw.records if r.get("notes")}
        self.rows: list[str] = []
        self.targets: list[tuple[str, str]] = []

    def section(self, title: str) -> None:
        self.rows.append(f"| **{title}** | | | | | |")

    def row(self, label: str, kind: str, app: str, getter, unit: str, target: float | None = None,
            target_text: str = "", st_missing: str = "–", no_ratio: bool = False, **match):
        a = self.sw.value(kind, app, getter, **match)
        b = self.st.value(kind, app, getter, **match)
        verdict = ""
        if target is not None:
            if a is None or b is None or b <= 0:
                verdict = "n/a (no data)"
            else:
                verdict = "PASS" if a / b <= target else "MISS"
                if app in self.partial:
                    verdict += " †"
            self.targets.append((f"{label}", verdict))
        st_cell = fmt_num(b, unit) if b is not None else st_missing
        ratio = "" if no_ratio else fmt_ratio(a, b)
        self.rows.append(f"| {label} | {st_cell} | {fmt_num(a, unit)} | {ratio} | "
                         f"{target_text} | {verdict} |")

    def raw(self, label: str, st_cell: str, sw_cell: str, ratio: str = "", target: str = "", verdict: str = ""):
        if verdict:
            self.targets.append((label, verdict))
        self.rows.append(f"| {label} | {st_cell} | {sw_cell} | {ratio} | {target} | {verdict} |")


def concurrent_rows(t: Table, app: str, ns: list[int], target_200: bool) -> None:
    for n in ns:
        st_has = bool(t.st.select("concurrent", app, sessions=n))
        sw_has = bool(t.sw.select("concurrent", app, sessions=n))
        if not st_has and not sw_has:
            continue
        miss = "–" if st_has else NOT_MEASURED
        t.row(f"{app}, N={n}: rerun p50", "concurrent", app, g("rerun_latency", "p50"), "ms",
              st_missing=miss, sessions=n)
        t.row(f"{app}, N={n}: rerun p99", "concurrent", app, g("rerun_latency", "p99"), "ms",
              st_missing=miss, sessions=n)

        def ach(d: Data):
            a = d.value("concurrent", app, g("achieved_reruns_per_s"), sessions=n)
            c = d.value("concurrent", app, g("target_reruns_per_s"), sessions=n)
            return (a, c)

        (a1, c1), (a2, c2) = ach(t.st), ach(t.sw)
        cell = lambda a, c: "–" if a is None else f"{a:.1f} / {c:.0f}"  # noqa: E731
        t.raw(f"{app}, N={n}: achieved / target reruns/s", cell(a1, c1) if st_has else NOT_MEASURED,
              cell(a2, c2), fmt_ratio(a2, a1))
        t.row(f"{app}, N={n}: server CPU", "concurrent", app, g("server_cpu_util"), "cores",
              st_missing=miss, sessions=n)
        t.row(f"{app}, N={n}: server RSS before → with N sessions", "concurrent", app,
              g("rss_after_mb"), "MiB", st_missing=miss, sessions=n)
        if target_200 and n == 200:
            t.row(f"{app}, N={n}: server RSS per session", "concurrent", app, g("rss_per_session_kb"), "KiB",
                  target=0.5, target_text="≤ 1/2", st_missing=miss, sessions=n)
        else:
            t.row(f"{app}, N={n}: server RSS per session", "concurrent", app, g("rss_per_session_kb"), "KiB",
                  st_missing=miss, sessions=n)
        t.row(f"{app}, N={n}: client CPU (load generator)", "concurrent", app,
              lambda r: r["noise"]["client_cpu_cores"], "cores", st_missing=miss, no_ratio=True, sessions=n)


def build(st: Data, sw: Data, duration: float) -> tuple[str, list[str]]:
    t = Table(st, sw)
    t.rows.append("| figure | Streamlit 1.67 | Swiftlit | Swiftlit / Streamlit | target | result |")
    t.rows.append("|---|---|---|---|---|---|")

    t.section("Cold start (fresh server per trial; median over trials)")
    for app in ("hello", "dashboard"):
        t.row(f"{app}: spawn → /_stcore/health 200", "coldstart", app, lambda r: r["health_s"] * 1000, "ms",
              target=0.1, target_text="≤ 1/10")
        t.row(f"{app}: health → first render (1st session)", "coldstart", app,
              lambda r: r["first_render_after_health_s"] * 1000, "ms")
        t.row(f"{app}: RSS at health", "coldstart", app, g("rss_at_health_mb"), "MiB")
        t.row(f"{app}: RSS idle after 1 session", "coldstart", app, g("rss_idle_after_1_session_mb"), "MiB")

    t.section("One session: first render and sequential reruns")
    for app, vals, tgt_bytes, label in (("hello", "11,12", False, "hello"),
                                         ("dashboard", "40,45,50,55,60", True, "dashboard"),
                                         ("dashboard", "40,60", True, "dashboard (values 40,60)")):
        if not st.select("rerun", app, values=vals) and not sw.select("rerun", app, values=vals):
            continue
        main = vals != "40,60"
        if main:
            t.row(f"{label}: TTFR, cold server", "rerun", app, g("ttfr_cold_ms"), "ms", values=vals)
            t.row(f"{label}: TTFR, warm server (p50 of sessions)", "rerun", app, g("ttfr_warm", "p50"), "ms",
                  values=vals)
        t.row(f"{label}: rerun latency p50", "rerun", app, g("rerun_latency", "p50"), "ms",
              target=0.05 if main else None, target_text="≤ 1/20" if main else "", values=vals)
        if main:
            t.row(f"{label}: rerun latency p90", "rerun", app, g("rerun_latency", "p90"), "ms", values=vals)
        t.row(f"{label}: rerun latency p99", "rerun", app, g("rerun_latency", "p99"), "ms",
              target=0.05 if main else None, target_text="≤ 1/20" if main else "", values=vals)
        t.row(f"{label}: bytes per rerun (mean)", "rerun", app, g("rerun_bytes", "mean"), "B",
              target=0.1 if tgt_bytes else None, target_text="≤ 1/10" if tgt_bytes else "", values=vals)
        t.row(f"{label}: messages per rerun", "rerun", app, g("rerun_msgs_mean"), "", values=vals)
        t.row(f"{label}: server CPU per rerun", "rerun", app, g("server_cpu_ms_per_rerun"), "ms", values=vals)

    t.section("Chat: one 500-token streamed reply")
    t.row("chat: first token (p50)", "chat", "chat", g("first_token", "p50"), "ms")
    t.row("chat: all 500 tokens (p50)", "chat", "chat", g("all_tokens", "p50"), "ms")
    t.row("chat: all 500 tokens (p99)", "chat", "chat", g("all_tokens", "p99"), "ms")
    t.row("chat: run finished (p50)", "chat", "chat", g("script_finished", "p50"), "ms")
    t.row("chat: stream messages per reply (p50)", "chat", "chat", g("stream_msgs", "p50"), "")
    t.row("chat: bytes per reply (p50)", "chat", "chat", g("bytes_per_reply", "p50"), "B")

    t.section("N concurrent sessions, each 1 rerun/s, closed loop (fresh server per N)")
    concurrent_rows(t, "hello", [10, 50, 200, 1000, 5000], target_200=True)
    concurrent_rows(t, "dashboard", [10, 50, 200], target_200=False)

    # The 5,000-session target.
    recs = sw.select("concurrent", "hello", sessions=5000)
    if recs:
        r = recs[-1]
        lat = r.get("rerun_latency", {})
        p99 = lat.get("p99", float("nan"))
        dur = r.get("duration_s", duration)
        expected = r["sessions"] * dur
        ok = (r.get("connected") == 5000 and r.get("timeouts", 0) == 0 and r.get("reruns", 0) >= 0.95 * expected
              and p99 < 50)
        verdict = "PASS" if ok else "MISS"
        if r.get("client_saturated"):
            verdict += " (client saturated: latency includes client queueing)"
        cell = (f"{r.get('connected')}/5000 connected, {r.get('reruns')} reruns of {expected:.0f} expected, "
                f"p99 {p99:.1f} ms, {r.get('timeouts', 0)} timeouts")
        t.raw("hello, 5,000 sessions × 1 rerun/s", NOT_MEASURED, cell, "", "p99 < 50 ms, all held", verdict)
    else:
        t.raw("hello, 5,000 sessions × 1 rerun/s", NOT_MEASURED, "–", "", "p99 < 50 ms, all held",
              "n/a (no data)")

    # "RSS before → with N": show both numbers in each cell.
    fixed = []
    for line in t.rows:
        if "server RSS before → with N sessions" in line:
            label = line.split("|")[1].strip()
            app, n = label.split(",")[0], int(label.split("N=")[1].split(":")[0])

            def cell(d: Data, app=app, n=n):
                if not d.select("concurrent", app, sessions=n):
                    return None
                b = d.value("concurrent", app, g("rss_before_mb"), sessions=n)
                a = d.value("concurrent", app, g("rss_after_mb"), sessions=n)
                return b, a

            s1, s2 = cell(st), cell(sw)
            c = lambda x: NOT_MEASURED if x is None else f"{x[0]:.1f} → {x[1]:.1f} MiB"  # noqa: E731
            ratio = fmt_ratio(s2[1], s1[1]) if s1 and s2 else "–"
            line = f"| {label} | {c(s1)} | {c(s2)} | {ratio} (with N) | | |"
        fixed.append(line)
    return "\n".join(fixed), t.targets


def notes_section(sw_records: list[dict]) -> list[str]:
    out = []
    by_app: dict[str, list[str]] = {}
    binaries = set()
    for r in sw_records:
        binaries.add(r.get("binary", "?"))
        for n in r.get("notes") or []:
            lst = by_app.setdefault(app_of(r), [])
            if n not in lst:
                lst.append(n)
    out.append("**What the Swiftlit apps leave out or do differently** (the `note:` lines the Swiftlit binary printed "
               "at start-up; a target marked † involves such an app, so it is not exactly like-for-like):")
    out.append("")
    apps = sorted({app_of(r) for r in sw_records})
    for app in apps:
        ns = by_app.get(app, [])
        if ns:
            for n in ns:
                text = n[len("note:"):].strip()
                if text.startswith(app + ":"):
                    text = text[len(app) + 1:].strip()
                out.append(f"- {app}: {text}")
        else:
            out.append(f"- {app}: none reported")
    out.append("")
    builds = sorted({(r.get("binary_built"), r.get("binary_size")) for r in sw_records if r.get("binary_built")})
    when = "; built " + ", ".join(f"{b} UTC" for b, _ in builds) if builds else ""
    out.append(f"Swiftlit binary: {', '.join(sorted('`' + b + '`' for b in binaries)) or '–'}{when}")
    if len(builds) > 1:
        out.append("")
        out.append(f"**Warning:** these records come from {len(builds)} different Swiftlit builds; "
                   "figures from different builds are mixed.")
    return out


def conditions(st_records: list[dict], sw_records: list[dict]) -> list[str]:
    out = []
    for name, recs in (("Streamlit", st_records), ("Swiftlit", sw_records)):
        loads = [r.get("noise", {}).get("other_cpu_cores") for r in recs]
        loads = [x for x in loads if isinstance(x, (int, float))]
        noisy = sum(1 for x in loads if x > 0.3)
        if loads:
            out.append(f"- {name}: {len(recs)} records; other load during windows median "
                       f"{statistics.median(loads):.2f} cores, max {max(loads):.2f}; {noisy} window(s) above 0.3 cores.")
    impls = sorted({r.get("client_impl", "?") for r in sw_records if r.get("kind") == "concurrent"})
    if impls:
        out.append(f"- Swiftlit concurrent steps were driven by the `{'`, `'.join(impls)}` client of swiftlit_bench.py"
                   " (lean = one asyncio.Protocol scheduler for all sessions, same schedule and timing points as"
                   " bench.py; bench.py's own loop costs too much client CPU for 5,000 reruns/s).")
    out.append("- Server CPU per rerun comes from /proc tick counts (10 ms resolution) over the measured"
               " reruns, for both frameworks; sub-millisecond Swiftlit figures are therefore coarse.")
    out.append("- Swiftlit chat: each measured message follows an unmeasured plain rerun that clears the previous"
               " exchange; otherwise the identical 500-token reply would already be on the page and cost 0 bytes.")
    sat = [r for r in sw_records if r.get("kind") == "concurrent" and r.get("client_saturated")]
    for r in sat:
        out.append(f"- Swiftlit {app_of(r)} N={r['sessions']}: the load generator used "
                   f"{r['client_cpu_cores']:.2f} of its {r.get('client_cpus', 1)} CPU(s) (event-loop lag p99 "
                   f"{r.get('client_loop_lag_ms', {}).get('p99', float('nan')):.1f} ms): the client, not the server, "
                   f"limits this step; its latencies include client-side queueing.")
    for r in sw_records:
        if r.get("kind") != "concurrent" or not r.get("connected"):
            continue
        lat = r.get("rerun_latency", {})
        expected = r["connected"] * r.get("duration_s", 30)
        if lat.get("p99", 0) > 50 or r.get("reruns", 0) < 0.95 * expected:
            lag = r.get("client_loop_lag_ms", {}).get("p99", float("nan"))
            server_bound = r.get("server_cpu_util", 0) >= 0.85
            client_bound = r.get("client_saturated") or lag > 20
            who = ("the limit is the server (its one pinned core is busy)" if server_bound and not client_bound else
                   "the limit is the client" if client_bound and not server_bound else
                   "both server and client are at their limit" if server_bound else
                   "neither core is saturated, so this tail is not a CPU limit")
            out.append(f"- Swiftlit {app_of(r)} N={r['sessions']}: p99 {lat.get('p99', float('nan')):.1f} ms, "
                       f"{r.get('reruns', 0)} of {expected:.0f} reruns; server CPU {r.get('server_cpu_util', 0):.2f} "
                       f"cores, client CPU {r.get('client_cpu_cores', 0):.2f} cores with event-loop lag p99 "
                       f"{lag:.1f} ms: {who}.")
    for r in sw_records:
        lag = r.get("client_loop_lag_ms", {}).get("p99") if r.get("kind") == "concurrent" else None
        if lag is not None and lag > 20 and not r.get("client_saturated"):
            out.append(f"- Swiftlit {app_of(r)} N={r['sessions']}: the load generator's event loop woke up to "
                       f"{lag:.0f} ms late (p99) while using {r['client_cpu_cores']:.2f} cores: it was starved "
                       f"of its CPU (other load {r['noise'].get('other_cpu_cores', 0):.2f} cores), so latencies "
                       f"include client-side delay.")
        if r.get("kind") == "concurrent" and (r.get("timeouts") or r.get("connect_failures")
                                              or r.get("load_timed_out")):
            out.append(f"- Swiftlit {app_of(r)} N={r['sessions']}: {r.get('connect_failures', 0)} connect failures, "
                       f"{r.get('timeouts', 0)} rerun timeouts{', load phase timed out' if r.get('load_timed_out') else ''}.")
        if r.get("server_errors"):
            out.append(f"- Swiftlit {app_of(r)} {r['kind']}: the server answered {r['server_errors']} request(s) "
                       f"with an error message.")
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--streamlit", required=True)
    p.add_argument("--swiftlit", required=True)
    p.add_argument("--duration", type=float, default=30.0, help="concurrent load seconds (for old records)")
    a = p.parse_args()
    st_records, sw_records = load(a.streamlit), load(a.swiftlit)
    table, targets = build(Data(st_records), Data(sw_records), a.duration)
    print(table)
    print()
    verdicts = [v for _, v in targets]
    print(f"Targets: {sum(v.startswith('PASS') for v in verdicts)} PASS, "
          f"{sum(v.startswith('MISS') for v in verdicts)} MISS, "
          f"{sum(v.startswith('n/a') for v in verdicts)} without data (of {len(verdicts)}).")
    print()
    print("\n".join(notes_section(sw_records)))
    print()
    cond = conditions(st_records, sw_records)
    if cond:
        print("**Conditions of this run**")
        print()
        print("\n".join(cond))


if __name__ == "__main__":
    sys.exit(main())
