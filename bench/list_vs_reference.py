#!/usr/bin/python3
"""Time `plugboardctl list --json` against the Python reference of Dispatcharr's discovery.

    /usr/bin/python3 bench/list_vs_reference.py [--count 1000] [--runs 7] [--plugboardctl PATH]
                                              [--plugins-dir DIR] [--data-dir DIR] [--json-out FILE]

1. Generates COUNT plugin folders (bench/generate_plugins.py) into a temporary folder, or reuses
   --plugins-dir when it already holds something; uses a fresh temporary data folder unless
   --data-dir is given.
2. Warms up once each (the first plugboardctl run creates its database rows), checks that both exit 0,
   that both outputs parse as JSON and that they list the same number of plugins (and the same keys).
3. Runs the two commands alternately (A B, B A, ...) RUNS times each, timing whole processes with
   time.perf_counter() around subprocess.run(); stdout goes to a pipe that is read to the end for both.
4. Prints median/min/max per command, the ratio reference_median / plugboardctl_median, whether the
   target (default 3x) is met, and the peak RSS of one dedicated `plugboardctl list --json` run
   (ru_maxrss of that child alone, in KiB, collected by GNU time or a small fork/exec/wait4 helper so
   that this script's own memory does not leak into the figure), plus the load average and both
   command lines.

Exit status: 0 when the benchmark ran (whether or not the target was met: look for MET / MISSED),
1 when a command failed or printed something unusable, 2 for a setup problem (binary missing, ...).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_PLUGBOARDCTL = REPO / "build" / "app" / "plugboardctl" / "plugboardctl"
REFERENCE = HERE / "reference" / "dispatcharr_discovery.py"
DEFAULT_PYTHON = "/usr/bin/python3"

sys.dont_write_bytecode = True  # keep bench/__pycache__ out of the checkout
sys.path.insert(0, str(HERE))
import generate_plugins  # noqa: E402  (sibling module)


class BenchError(Exception):
    pass


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


def run_timed(cmd: list, env: dict, who: str) -> tuple:
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise BenchError(f"{who} exited with {proc.returncode}\n  command: {shlex.join(cmd)}\n"
                         f"  stderr: {proc.stderr.decode(errors='replace')[-2000:]}")
    return elapsed, proc.stdout


# Why not os.wait4()/RUSAGE_CHILDREN straight from this script: on Linux a child's ru_maxrss starts
# at the RSS of the process that forked it (exec keeps the old address space's high-water mark), so
# measuring from this ~40 MB Python process would report at least ~40 MB for anything. The child is
# therefore started by a tiny helper -- GNU time (which also reads wait4's ru_maxrss), or failing that
# a site-less Python doing fork/exec/wait4 -- and the helper's own floor is measured with /bin/true.
_FORK_HELPER = r"""
import os, sys
out_path, argv = sys.argv[1], sys.argv[2:]
pid = os.fork()
if pid == 0:
    fd = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(fd, 1)
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 2)
    try:
        os.execv(argv[0], argv)
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
sys.stderr.write("%d %d\n" % (usage.ru_maxrss, os.waitstatus_to_exitcode(status)))
"""


def rss_method() -> str:
    return "GNU time" if os.access("/usr/bin/time", os.X_OK) else "fork helper"


def peak_rss_kib(cmd: list, env: dict, who: str, python: str) -> tuple:
    """Run cmd once on its own; return (peak RSS in KiB of that child, its stdout)."""
    with tempfile.TemporaryDirectory(prefix="plugboard-bench-rss-") as tmp:
        out_path, stats_path = os.path.join(tmp, "stdout"), os.path.join(tmp, "stats")
        if rss_method() == "GNU time":
            with open(out_path, "wb") as out:
                subprocess.run(["/usr/bin/time", "-f", "%M %x", "-o", stats_path] + cmd,
                               stdout=out, stderr=subprocess.DEVNULL, env=env)
            with open(stats_path, encoding="utf-8", errors="replace") as fh:
                last = fh.read().strip().splitlines()[-1]
        else:
            proc = subprocess.run([python, "-S", "-c", _FORK_HELPER, out_path] + cmd,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
            last = proc.stderr.decode(errors="replace").strip().splitlines()[-1]
        try:
            rss, code = (int(x) for x in last.split()[:2])
        except ValueError:
            raise BenchError(f"{who}: could not read the memory figure ({last!r})")
        if code != 0:
            raise BenchError(f"{who} exited with {code} during the memory run")
        with open(out_path, "rb") as fh:
            return rss, fh.read()


def fmt_ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def stats(samples: list) -> dict:
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples),
            "mean": statistics.fmean(samples),
            "stdev": statistics.stdev(samples) if len(samples) > 1 else 0.0}


def write_json(path, result):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(result, fh, indent=2)
        fh.write("\n")


def remove_temps(temps, keep):
    """Deletes the temporary folders of a run, or names them when --keep asked to keep them."""
    for t in temps:
        if keep:
            print(f"  kept: {t}")
        else:
            shutil.rmtree(t, ignore_errors=True)


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
    try:
        # --- inputs ---------------------------------------------------------------------------
        if args.plugins_dir and os.path.isdir(args.plugins_dir) and os.listdir(args.plugins_dir):
            plugins_dir = os.path.abspath(args.plugins_dir)
            generated = None
        else:
            if args.plugins_dir:
                plugins_dir = os.path.abspath(args.plugins_dir)
            else:
                plugins_dir = os.path.join(tempfile.mkdtemp(prefix="plugboard-bench-"), "plugins")
                temps.append(os.path.dirname(plugins_dir))
            generated = generate_plugins.generate(plugins_dir, args.count, args.seed)
        if args.data_dir:
            data_dir = os.path.abspath(args.data_dir)
            os.makedirs(data_dir, exist_ok=True)
        else:
            data_dir = tempfile.mkdtemp(prefix="plugboard-bench-data-")
            temps.append(data_dir)

        env = dict(os.environ)
        pb_cmd = [str(binary), "--plugins-dir", plugins_dir, "--data-dir", data_dir, "list", "--json"]
        ref_cmd = [args.python, str(REFERENCE), "--plugins-dir", plugins_dir]
        commands = {"plugboardctl": pb_cmd, "reference": ref_cmd}
        load_before = os.getloadavg()

        print("Plugboard list benchmark: plugboardctl list --json vs. Python reference of Dispatcharr discovery")
        print(f"  machine       : {platform.node()}  {platform.machine()}  {os.cpu_count()} CPUs  "
              f"{platform.system()} {platform.release()}")
        print(f"  load average  : {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f} (1/5/15 min, before)")
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
        mismatches = []
        if pb_s["count"] != ref_s["count"]:
            mismatches.append(f"plugin count differs: plugboardctl {pb_s['count']}, reference {ref_s['count']}")
        if pb_s["keys"] != ref_s["keys"]:
            only_pb = sorted(pb_s["keys"] - ref_s["keys"])
            only_ref = sorted(ref_s["keys"] - pb_s["keys"])
            mismatches.append(f"keys differ: only in plugboardctl {only_pb[:5]}{'...' if len(only_pb) > 5 else ''}"
                              f" ({len(only_pb)}), only in reference {only_ref[:5]}"
                              f"{'...' if len(only_ref) > 5 else ''} ({len(only_ref)})")
        if pb_s["legacy"] != ref_s["legacy"]:
            mismatches.append(f"legacy count differs: plugboardctl {pb_s['legacy']}, reference {ref_s['legacy']}")
        print(f"  output        : plugboardctl {pb_s['count']} plugins ({pb_s['bytes']} bytes), "
              f"reference {ref_s['count']} plugins ({ref_s['bytes']} bytes)")
        for m in mismatches:
            print(f"  MISMATCH      : {m}")

        # --- timed, alternated ----------------------------------------------------------------
        samples = {"plugboardctl": [], "reference": []}
        for i in range(args.runs):
            order = ("plugboardctl", "reference") if i % 2 == 0 else ("reference", "plugboardctl")
            for who in order:
                elapsed, out = run_timed(commands[who], env, who)
                count = len(plugin_list(out, who))  # parsed outside the timed region
                if count != summaries[who]["count"]:
                    raise BenchError(f"{who}: run {i + 1} listed {count} plugins, warm-up listed "
                                     f"{summaries[who]['count']}")
                samples[who].append(elapsed)

        # --- memory ---------------------------------------------------------------------------
        pb_rss, pb_out = peak_rss_kib(pb_cmd, env, "plugboardctl", args.python)
        plugin_list(pb_out, "plugboardctl")
        ref_rss, _ = peak_rss_kib(ref_cmd, env, "reference", args.python)
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
        if mismatches:
            print("  NOTE: the two outputs disagree (see MISMATCH above); the timing is still reported.")
        if not met:
            print(f"\nMISSED: plugboardctl is {ratio:.2f}x faster than the reference; the target is {args.target:g}x.")

        if args.json_out:
            result = {
                "count": pb_s["count"], "runs": args.runs, "target": args.target, "ratio": ratio,
                "met": met, "plugboardctl": {**pb, "samples": samples["plugboardctl"], "peak_rss_kib": pb_rss,
                                              "output_bytes": pb_s["bytes"]},
                "reference": {**ref, "samples": samples["reference"], "peak_rss_kib": ref_rss,
                              "output_bytes": ref_s["bytes"]},
                "rss_method": rss_method(), "rss_floor_kib": floor_rss, "mismatches": mismatches, "load_before": load_before, "load_after": load_after,
                "commands": {k: shlex.join(v) for k, v in commands.items()},
                "cpus": os.cpu_count(), "machine": platform.machine(),
            }
            write_json(args.json_out, result)
        return 0
    except BenchError as exc:
        print(f"\nerror: {exc}", file=sys.stderr)
        return 1
    finally:
        remove_temps(temps, args.keep)


if __name__ == "__main__":
    sys.exit(main())
