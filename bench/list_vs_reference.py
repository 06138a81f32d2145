#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Plugboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Time `plugboardctl list --json` against the Python reference of Dispatcharr's discovery.

    /usr/bin/python3 bench/list_vs_reference.py [--count 1000] [--runs 7] [--plugboardctl PATH]
                                              [--plugins-dir DIR] [--data-dir DIR] [--json-out FILE]

1. Generates COUNT plugin folders (bench/generate_plugins.py) into a temporary folder, or reuses
   --plugins-dir when it already holds something; uses a fresh temporary data folder unless
   --data-dir is given.
2. Warms up once each (the first plugboardctl run creates its database rows), checks that both exit 0,
   that both outputs parse as JSON and that they list the same plugins (count, keys, legacy count).
   If they disagree it stops there: timings of two commands that list different things compare
   nothing, so no speed-up and no MET are printed.
3. Runs the two commands alternately (A B, B A, ...) RUNS times each, timing whole processes with
   time.perf_counter() around subprocess.run(); stdout goes to a pipe that is read to the end for both.
4. Prints median/min/max per command, the ratio reference_median / plugboardctl_median, whether the
   target (default 3x) is met, and the peak RSS of one dedicated `plugboardctl list --json` run
   (ru_maxrss of that child alone, in KiB, collected by GNU time or a small fork/exec/wait4 helper so
   that this script's own memory does not leak into the figure), plus the load average and both
   command lines.

Exit status: 0 when the benchmark ran (whether or not the target was met: look for MET / MISSED),
1 when a command failed, printed something unusable or the two outputs disagree, 2 for a setup
problem (binary missing, ...).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_PLUGBOARDCTL = REPO / "build" / "app" / "plugboardctl" / "plugboardctl"
REFERENCE = HERE / "reference" / "dispatcharr_discovery.py"
DEFAULT_PYTHON = "/usr/bin/python3"

sys.dont_write_bytecode = True  # keep bench/__pycache__ out of the checkout
sys.path.insert(0, str(HERE))
from benchlib import (  # noqa: E402  (sibling module)
    BenchError, peak_rss_kib, prepare_folders, print_header, rss_method, run_guarded, stats,
    write_json)


def plugin_list(stdout: bytes, who: str) -> list:
    """The list of plugin entries in a `{"plugins": [...]}` (or bare list) JSON document."""
    try:
        doc = json.loads(stdout)
    except ValueError as exc:
        raise BenchError(f"{who}: output is not JSON ({exc}); first bytes: {stdout[:200]!r}")
    if isinstance(doc, dict) and isinstance(doc.get("plugins"), list):
        return doc["plugins"]
    if isinstance(doc, list):
        return doc
    raise BenchError(f"{who}: JSON has no \"plugins\" list (top-level {type(doc).__name__})")


def summarise(entries: list) -> dict:
    keys = [e.get("key") for e in entries if isinstance(e, dict)]
    return {
        "count": len(entries),
        "keys": set(k for k in keys if isinstance(k, str)),
        "legacy": sum(1 for e in entries if isinstance(e, dict) and e.get("legacy") is True),
    }


def compare_listings(pb: dict, ref: dict) -> list:
    """What differs between the two summaries, one sentence each (empty when they agree)."""
    mismatches = []
    if pb["count"] != ref["count"]:
        mismatches.append(f"plugin count differs: plugboardctl {pb['count']}, reference {ref['count']}")
    if pb["keys"] != ref["keys"]:
        only_pb = sorted(pb["keys"] - ref["keys"])
        only_ref = sorted(ref["keys"] - pb["keys"])
        mismatches.append(f"keys differ: only in plugboardctl {only_pb[:5]}{'...' if len(only_pb) > 5 else ''}"
                          f" ({len(only_pb)}), only in reference {only_ref[:5]}"
                          f"{'...' if len(only_ref) > 5 else ''} ({len(only_ref)})")
    if pb["legacy"] != ref["legacy"]:
        mismatches.append(f"legacy count differs: plugboardctl {pb['legacy']}, reference {ref['legacy']}")
    return mismatches


def check_same_listing(stdout: bytes, who: str, expected: dict, which: str) -> None:
    """Every run must list what the warm-up listed: a run that lists something else timed other work."""
    got = summarise(plugin_list(stdout, who))
    if got["count"] != expected["count"] or got["legacy"] != expected["legacy"]:
        raise BenchError(f"{who}: {which} listed {got['count']} plugins ({got['legacy']} legacy), "
                         f"its warm-up {expected['count']} ({expected['legacy']} legacy)")
    if got["keys"] != expected["keys"]:
        raise BenchError(f"{who}: {which} listed other keys than its warm-up "
                         f"(e.g. {sorted(got['keys'] ^ expected['keys'])[:3]})")


def run_timed(cmd: list, env: dict, who: str) -> tuple:
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise BenchError(f"{who} exited with {proc.returncode}\n  command: {shlex.join(cmd)}\n"
                         f"  stderr: {proc.stderr.decode(errors='replace')[-2000:]}")
    return elapsed, proc.stdout


def fmt_ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="plugboardctl list --json vs. a Python reference of "
                                             "Dispatcharr's discovery, timed as whole processes.")
    ap.add_argument("--count", type=int, default=1000, help="plugin folders to generate (default 1000)")
    ap.add_argument("--runs", type=int, default=7, help="timed runs of each command (default 7; >= 5)")
    ap.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    ap.add_argument("--plugboardctl", default=str(DEFAULT_PLUGBOARDCTL),
                    help=f"plugboardctl binary (default {DEFAULT_PLUGBOARDCTL})")
    ap.add_argument("--python", default=DEFAULT_PYTHON, help=f"interpreter for the reference ({DEFAULT_PYTHON})")
    ap.add_argument("--plugins-dir", help="reuse this plugins folder (generated into if missing or empty)")
    ap.add_argument("--data-dir", help="plugboardctl data folder (default: a fresh temporary one)")
    ap.add_argument("--target", type=float, default=3.0, help="required speed-up (default 3.0)")
    ap.add_argument("--json-out", help="also write the results as JSON to this file")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folders")
    args = ap.parse_args(argv)

    if args.runs < 5:
        print(f"warning: --runs {args.runs} is below the 5 runs the comparison calls for", file=sys.stderr)
    if args.runs < 1 or args.count < 1:
        ap.error("--runs and --count must be positive")

    binary = Path(args.plugboardctl)
    if not (binary.is_file() and os.access(binary, os.X_OK)):
        print(f"error: plugboardctl not found or not executable: {binary}\n"
              f"       build it first (scripts/build) or pass --plugboardctl PATH", file=sys.stderr)
        return 2
    if not os.access(args.python, os.X_OK):
        print(f"error: interpreter not found: {args.python}", file=sys.stderr)
        return 2

    temps = []

    def body() -> int:
        plugins_dir, generated, data_dir = prepare_folders(args, temps)
        env = dict(os.environ)
        pb_cmd = [str(binary), "--plugins-dir", plugins_dir, "--data-dir", data_dir, "list", "--json"]
        ref_cmd = [args.python, str(REFERENCE), "--plugins-dir", plugins_dir]
        commands = {"plugboardctl": pb_cmd, "reference": ref_cmd}
        load_before = os.getloadavg()

        print_header("Plugboard list benchmark: plugboardctl list --json vs. Python reference of "
                     "Dispatcharr discovery", load_before)
        if generated:
            print(f"  plugins       : {plugins_dir} (generated: {generated['plugins']} folders, seed {args.seed}, "
                  f"{generated['legacy']} legacy, {generated['logo_png'] + generated['logo_jpeg']} with logo.png, "
                  f"{len(generated['non_qualifying'])} non-qualifying entries)")
        else:
            print(f"  plugins       : {plugins_dir} (reused)")
        print(f"  data dir      : {data_dir}")
        print(f"  plugboardctl  : {shlex.join(pb_cmd)}")
        print(f"  reference     : {shlex.join(ref_cmd)}")
        print(f"  runs          : {args.runs} each, alternated, after 1 warm-up each")

        # --- warm-up and output check ---------------------------------------------------------
        summaries = {}
        for who, cmd in commands.items():
            _, out = run_timed(cmd, env, who)
            summaries[who] = summarise(plugin_list(out, who))
            summaries[who]["bytes"] = len(out)
        pb_s, ref_s = summaries["plugboardctl"], summaries["reference"]
        print(f"  output        : plugboardctl {pb_s['count']} plugins ({pb_s['bytes']} bytes), "
              f"reference {ref_s['count']} plugins ({ref_s['bytes']} bytes)")
        mismatches = compare_listings(pb_s, ref_s)
        if mismatches:
            for m in mismatches:
                print(f"  MISMATCH      : {m}")
            # Timing two commands that list different things says nothing about either.
            raise BenchError("the two outputs disagree (see MISMATCH above); nothing was timed, "
                             "so there is no speed-up and no verdict")

        # --- timed, alternated ----------------------------------------------------------------
        samples = {"plugboardctl": [], "reference": []}
        for i in range(args.runs):
            order = ("plugboardctl", "reference") if i % 2 == 0 else ("reference", "plugboardctl")
            for who in order:
                elapsed, out = run_timed(commands[who], env, who)
                check_same_listing(out, who, summaries[who], f"run {i + 1}")  # after the timer
                samples[who].append(elapsed)

        # --- memory ---------------------------------------------------------------------------
        pb_rss, pb_out = peak_rss_kib(pb_cmd, env, "plugboardctl", args.python)
        check_same_listing(pb_out, "plugboardctl", pb_s, "the memory run")
        ref_rss, ref_out = peak_rss_kib(ref_cmd, env, "reference", args.python)
        check_same_listing(ref_out, "reference", ref_s, "the memory run")
        floor_rss, _ = peak_rss_kib(["/bin/true"], env, "/bin/true", args.python)
        load_after = os.getloadavg()

        # --- report ---------------------------------------------------------------------------
        pb, ref = stats(samples["plugboardctl"]), stats(samples["reference"])
        ratio = ref["median"] / pb["median"] if pb["median"] > 0 else float("inf")
        met = ratio >= args.target
        print()
        print(f"  {'command':<13} {'median':>11} {'min':>11} {'max':>11} {'mean':>11} {'stdev':>11}")
        for who, s in (("plugboardctl", pb), ("reference", ref)):
            print(f"  {who:<13} {fmt_ms(s['median']):>11} {fmt_ms(s['min']):>11} {fmt_ms(s['max']):>11} "
                  f"{fmt_ms(s['mean']):>11} {fmt_ms(s['stdev']):>11}")
        print()
        print(f"  speed-up (reference median / plugboardctl median): {ratio:.2f}x   target {args.target:g}x: "
              f"{'MET' if met else 'MISSED'}")
        print(f"  peak RSS of one `plugboardctl list --json`: {pb_rss} KiB ({pb_rss / 1024:.1f} MiB)"
              f"{'  (at the floor: the true figure may be lower)' if pb_rss <= floor_rss else ''}")
        print(f"  peak RSS of one reference run            : {ref_rss} KiB ({ref_rss / 1024:.1f} MiB)")
        print(f"  (ru_maxrss of a dedicated child via {rss_method()}; floor of the method, /bin/true: "
              f"{floor_rss} KiB)")
        print(f"  load average after: {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f}")
        if not met:
            print(f"\nMISSED: plugboardctl is {ratio:.2f}x faster than the reference; the target is {args.target:g}x.")

        if args.json_out:
            result = {
                "count": pb_s["count"], "runs": args.runs, "target": args.target, "ratio": ratio,
                "met": met, "plugboardctl": {**pb, "samples": samples["plugboardctl"], "peak_rss_kib": pb_rss,
                                              "output_bytes": pb_s["bytes"]},
                "reference": {**ref, "samples": samples["reference"], "peak_rss_kib": ref_rss,
                              "output_bytes": ref_s["bytes"]},
                "rss_floor_kib": floor_rss,
            }
            write_json(args.json_out, result, load_before, load_after,
                       {k: shlex.join(v) for k, v in commands.items()})
        return 0

    return run_guarded(body, temps, args.keep)


if __name__ == "__main__":
    sys.exit(main())
