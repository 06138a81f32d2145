#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Plugboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the benchmarks of two builds side by side, alternately, and prints each figure's median
for both and the ratio new/old.

A change to a hot path is judged against the figures it replaces, measured in the same run on
the same (shared, noisy) machine: each round runs every benchmark once with each build, the
order flipping from round to round, so load that comes and goes falls on both.

  /usr/bin/python3 bench/compare_builds.py --old /path/to/old --new build [--rounds 3]
                                           [--only manager,list,frame,window,zip,api,...]

A build is a CMake build folder (bench/ and app/ below it) or a flat folder holding the
executables (bench_manager, bench_python, bench_catalog, bench_window, bench_zip,
bench_api_server, bare_window, plugboard, plugboardctl, and bench_journal when both have it).
The drivers are this checkout's (list_vs_reference.py, window_first_frame.py, api_vs_bare.py),
so both builds are measured the same way. A benchmark that fails stops the comparison: a
figure from a broken run is not a figure.

Exit status 0 when it ran; "WORSE" marks a figure more than --tolerance worse (default 5 %),
which is information, not a failure.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYTHON = "/usr/bin/python3"


def find(build, name):
    for candidate in (build / "bench" / name, build / "app" / name / name, build / name):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def run(cmd, env=None, timeout=1800):
    full_env = dict(os.environ)
    full_env.update(env or {})
    result = subprocess.run(cmd, capture_output=True, text=True, env=full_env, timeout=timeout)
    if result.returncode != 0:
        sys.exit(f"compare_builds: {' '.join(map(str, cmd))} failed with {result.returncode}:\n"
                 f"{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return result.stdout + result.stderr


def figures(text, patterns):
    """{figure: its number}, each found by its pattern's one group in a benchmark's output."""
    found = {}
    for figure, pattern in patterns.items():
        match = re.search(pattern, text, re.S)
        if not match:
            sys.exit(f"compare_builds: no {figure} in the output:\n{text[-3000:]}")
        found[figure] = float(match.group(1))
    return found


# Each benchmark: the executables it needs, and a function (build, work) -> {figure: value}.
# "lower" figures are better when smaller (times), the others when larger (ratios, rates).

def manager(build, work):
    out = run([find(build, "bench_manager"), "--runs", "10000"])
    return figures(out, {
        "no-op round trip median (µs)": r"round trip through PluginManager .*?median ([\d.]+) µs",
        "no-op round trip p99 (µs)": r"round trip through PluginManager .*?p99 ([\d.]+) µs"})


def python_runtime(build, work):
    out = run([find(build, "bench_python"), "--runs", "10000"])
    return figures(out, {
        "interpreter start (ms)": r"interpreter start .*?median ([\d.]+) ms",
        "plugin load (ms)": r"load small plugin .*?median ([\d.]+) ms",
        "runtime round trip (µs)": r"no-op action round trip .*?median ([\d.]+) µs"})


def catalog(build, work):
    out = run([find(build, "bench_catalog"), "--plugins-dir", work["plugins"],
               "--data-dir", tempfile.mkdtemp(dir=work["root"]), "--runs", "21"])
    return figures(out, {"in-process discovery (ms)": r"total\s+median\s+([\d.]+) ms"})


def json_report(cmd, work, env=None):
    """Runs a driver that writes its results with --json-out, and returns them."""
    report = Path(tempfile.mkdtemp(dir=work["root"])) / "report.json"
    run(cmd + ["--json-out", report], env=env)
    return json.loads(report.read_text())


def listing(build, work):
    data = json_report([PYTHON, HERE / "list_vs_reference.py", "--plugboardctl",
                        find(build, "plugboardctl"), "--plugins-dir", work["plugins"],
                        "--runs", "9"], work)
    return {"plugboardctl list --json (ms)": data["plugboardctl"]["median"],
            "list speed-up vs reference (x)": data["ratio"]}


def frame(build, work):
    stats = json_report([PYTHON, HERE / "window_first_frame.py", "--plugboard",
                         find(build, "plugboard"), "--bare", find(build, "bare_window"),
                         "--plugins-dir", work["plugins"], "--runs", "9"],
                        work, env=work["gui_env"])["stats_ms"]
    return {"first frame with cards (ms)": stats["plugboard cards"]["median"],
            "first window frame (ms)": stats["plugboard window"]["median"]}


def window(build, work):
    out = run([find(build, "bench_window"), "--plugins-dir", work["plugins"],
               "--data-dir", tempfile.mkdtemp(dir=work["root"]), "--samples", "60"],
              env=dict(work["gui_env"], QT_QPA_PLATFORM="offscreen"))
    keystroke = r"search, one keystroke to a repainted view .*?"
    return figures(out, {
        "search keystroke median (ms)": keystroke + r"median ([\d.]+) ms",
        "search keystroke p95 (ms)": keystroke + r"p95 ([\d.]+) ms",
        "scrolling, longest stall (ms)": r"longest event-loop stall over all passes: ([\d.]+) ms"})


def zip_import(build, work):
    out = run([find(build, "bench_zip"), "--zip", work["zip"],
               "--work", tempfile.mkdtemp(dir=work["root"]), "--runs", "7"])
    return figures(out, {
        "zip inspect (ms)": r"\(a\) inspect only\s+median\s+([\d.]+) ms",
        "zip import (ms)": r"\(b\) inspect \+ extract \+ commit\s+median\s+([\d.]+) ms",
        "zip import / unzip (x)": r"import / unzip: ([\d.]+)x"})


def api(build, work):
    out = run([PYTHON, HERE / "api_vs_bare.py", "--server", find(build, "bench_api_server"),
               "--rounds", "3", "--seconds", "4"])
    return figures(out, {"REST run p50 (ms)": r"run p50 \(1 connection\): ([\d.]+) ms",
                         "REST throughput / bare route, 8 conn. (x)": r"8 connections: ([\d.]+)"})


def journal(build, work):
    out = run([find(build, "bench_journal"), "--work", tempfile.mkdtemp(dir=work["root"])])
    return figures(out, {"journal burst (ms)": r"\(a\)[^\n]*?median\s+([\d.]+)",
                         "log burst (ms)": r"\(c\)[^\n]*?median\s+([\d.]+)"})


BENCHMARKS = {
    "manager": (["bench_manager"], manager),
    "python": (["bench_python"], python_runtime),
    "catalog": (["bench_catalog"], catalog),
    "list": (["plugboardctl"], listing),
    "frame": (["plugboard", "bare_window"], frame),
    "window": (["bench_window"], window),
    "zip": (["bench_zip"], zip_import),
    "api": (["bench_api_server"], api),
    "journal": (["bench_journal"], journal),
}
# The figures where more is better; for every other one (times, import / unzip) less is.
HIGHER_IS_BETTER = {"list speed-up vs reference (x)", "REST throughput / bare route, 8 conn. (x)"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--old", type=Path, required=True)
    parser.add_argument("--new", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", default=",".join(BENCHMARKS))
    parser.add_argument("--count", type=int, default=1000, help="plugins generated (1000)")
    parser.add_argument("--tolerance", type=float, default=0.05)
    args = parser.parse_args()

    builds = {"old": args.old.resolve(), "new": args.new.resolve()}
    chosen = []
    for name in args.only.split(","):
        if name not in BENCHMARKS:
            sys.exit(f"compare_builds: unknown benchmark {name!r}; known: {', '.join(BENCHMARKS)}")
        needs = BENCHMARKS[name][0]
        missing = [f"{side}:{exe}" for side, b in builds.items() for exe in needs if not find(b, exe)]
        if missing:
            print(f"skipping {name}: not built in {', '.join(missing)}")
            continue
        chosen.append(name)

    root = Path(tempfile.mkdtemp(prefix="plugboard-compare."))
    for folder in ("runtime", "config"):
        (root / folder).mkdir(mode=0o700)
    work = {"root": root, "plugins": root / "plugins", "zip": root / "plugin.zip",
            "gui_env": {"XDG_RUNTIME_DIR": str(root / "runtime"),
                        "XDG_CONFIG_HOME": str(root / "config")}}
    run([PYTHON, HERE / "generate_plugins.py", work["plugins"], "--count", str(args.count)])
    if "zip" in chosen:
        run([PYTHON, HERE / "make_zip.py", work["zip"]])

    values = {}  # (figure) -> {"old": [...], "new": [...]}
    order = []
    for round_ in range(args.rounds):
        sides = ["old", "new"] if round_ % 2 == 0 else ["new", "old"]
        for name in chosen:
            for side in sides:
                print(f"round {round_ + 1}/{args.rounds}: {name} ({side})", flush=True)
                for figure, value in BENCHMARKS[name][1](builds[side], work).items():
                    if figure not in values:
                        values[figure] = {"old": [], "new": []}
                        order.append(figure)
                    values[figure][side].append(value)

    load = open("/proc/loadavg").read().split()[:3]
    print(f"\n{args.rounds} rounds, alternating; old = {builds['old']}, new = {builds['new']}; "
          f"load average now {' '.join(load)}")
    print(f"{'figure':48s} {'old':>10s} {'new':>10s} {'new/old':>8s}")
    for figure in order:
        old = statistics.median(values[figure]["old"])
        new = statistics.median(values[figure]["new"])
        ratio = new / old if old else float("nan")
        better_higher = figure in HIGHER_IS_BETTER
        worse = ratio < 1 - args.tolerance if better_higher else ratio > 1 + args.tolerance
        print(f"{figure:48s} {old:10.3f} {new:10.3f} {ratio:8.3f}{'  WORSE' if worse else ''}")


if __name__ == "__main__":
    main()
