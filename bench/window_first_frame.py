#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Plugboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Time the plugboard window's first frames against a bare Qt window that shows one label.

    /usr/bin/python3 bench/window_first_frame.py [--count 1000] [--runs 9] [--plugboard PATH]
                                                [--bare PATH] [--plugins-dir DIR] [--data-dir DIR]
                                                [--xvfb] [--json-out FILE]

1. Generates COUNT plugin folders (bench/generate_plugins.py) into a temporary folder, or reuses
   --plugins-dir when it already holds something; uses a fresh temporary data folder unless
   --data-dir is given.
2. Runs plugboard once as a warm-up (it creates the database rows; both programs' files go into
   the page cache) and bare_window once, then one plugboard run on a new, empty data folder (the
   "fresh data folder" run: a first start's database work, with the page cache still warm). With
   --drop-caches (root) it then makes one truly cold run of each program: the kernel's page cache
   is dropped (sync; echo 3 > /proc/sys/vm/drop_caches) just before each, so binaries, Qt and
   the plugin files come from disk, as on the first start after boot.
3. Runs the two programs alternately (A B, B A, ...) RUNS times each with PLUGBOARD_FRAME_PROBE=1.
   For each run it notes time.time() just before Popen; each program prints
   `plugboard-frame window <epoch ms>` at its first painted frame (plugboard also prints
   `plugboard-frame cards <epoch ms>` at the first frame showing plugin cards) and quits. The
   figures are those epoch times minus the start time.
4. Prints median/min/max of plugboard's window and cards frames and of the bare window's frame,
   the ratio plugboard cards median / bare median, MET or MISSED against --target-ms (default
   1000 ms), the peak RSS of one plugboard run and of one bare run (ru_maxrss of that child alone,
   collected by bench/benchlib.py as for the list benchmark), and the load average before and after.

Runs headless on Qt's offscreen platform, or with --xvfb on xcb under one xvfb-run server for the
whole benchmark (the X server's start-up is not timed). XDG_RUNTIME_DIR and XDG_CONFIG_HOME point
at private temporary folders, so no saved window geometry is read.

Exit status: 0 when the benchmark ran (whether or not the target was met: look for MET / MISSED),
1 when a run failed (a non-zero exit, even after printing its frames; no frame time; no quit within
--timeout), 2 for a setup problem (binary missing, --drop-caches refused, ...).
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_PLUGBOARD = REPO / "build" / "app" / "plugboard" / "plugboard"
DEFAULT_BARE = REPO / "build" / "bench" / "bare_window"
DEFAULT_PYTHON = "/usr/bin/python3"
XVFB_SCREEN = "-screen 0 1280x800x24"
UNDER_XVFB = "PLUGBOARD_BENCH_UNDER_XVFB"
DROP_CACHES = "/proc/sys/vm/drop_caches"

sys.dont_write_bytecode = True  # keep bench/__pycache__ out of the checkout
sys.path.insert(0, str(HERE))
from benchlib import (  # noqa: E402  (sibling module)
    BenchError, make_temp_dir, peak_rss_kib, prepare_folders, print_header, rss_method,
    run_guarded, stats, write_json)


def frame_times(stdout: bytes) -> dict:
    """{"window": epoch ms, "cards": epoch ms} from the `plugboard-frame WHAT MS` lines."""
    found = {}
    for line in stdout.decode(errors="replace").splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "plugboard-frame":
            try:
                found.setdefault(parts[1], int(parts[2]))
            except ValueError:
                pass
    return found


def run_probe(cmd: list, env: dict, who: str, want: tuple, timeout: float) -> dict:
    """Start cmd, wait for it to quit; return ms from just before Popen to each frame in want."""
    start = time.time()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise BenchError(f"{who} did not quit within {timeout:g} s\n  command: {shlex.join(cmd)}")
    exited = time.time()
    frames = frame_times(out)
    missing = [w for w in want if w not in frames]
    if missing:
        raise BenchError(f"{who} exited with {proc.returncode}, no {' / '.join(missing)} frame\n"
                         f"  command: {shlex.join(cmd)}\n"
                         f"  stdout: {out.decode(errors='replace')[-500:]}\n"
                         f"  stderr: {err.decode(errors='replace')[-2000:]}")
    # A program that printed its frames and then failed (a crash on the way out, say) is a failed
    # run: its figures would be of a program that does not work.
    if proc.returncode != 0:
        raise BenchError(f"{who} exited with {proc.returncode} after printing its frames "
                         f"(negative: killed by that signal)\n  command: {shlex.join(cmd)}\n"
                         f"  stderr: {err.decode(errors='replace')[-2000:]}")
    result = {w: frames[w] - start * 1000.0 for w in want}
    result["exit"] = (exited - start) * 1000.0
    return result


def resident_bytes(path: str) -> int:
    """How much of a file sits in the page cache, from util-linux's fincore."""
    proc = subprocess.run(["fincore", "--bytes", "--noheadings", "--output", "RES", path],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        return int(proc.stdout.split()[0])
    except (IndexError, ValueError):
        raise BenchError(f"fincore could not tell what of {path} is cached: "
                         f"{proc.stderr.decode(errors='replace').strip()}")


def drop_page_cache(check: str) -> None:
    """Writes the dirty pages out and drops the kernel's page cache (root only), then checks that
    the pages of `check` (the program about to run, cached by its warm-up) really left the cache:
    in some containers the write succeeds and does nothing."""
    os.sync()
    with open(DROP_CACHES, "w") as fh:
        fh.write("3\n")
    left = resident_bytes(check)
    if left > 0:
        raise BenchError(f"the page cache was not dropped: {left} bytes of {check} are still cached")


def fmt(ms: float) -> str:
    return f"{ms:8.1f} ms"


def verdict(ms: float, target: float) -> str:
    return "MET" if ms <= target else "MISSED"


def reexec_under_xvfb(argv: list) -> int:
    """Run this script again under one xvfb-run server, so no run pays for starting X."""
    if not shutil.which("xvfb-run"):
        print("error: --xvfb needs xvfb-run (apt-get install xvfb)", file=sys.stderr)
        return 2
    env = dict(os.environ, **{UNDER_XVFB: "1"})
    env.pop("QT_QPA_PLATFORM", None)
    cmd = ["xvfb-run", "-a", "-s", XVFB_SCREEN, sys.executable, str(Path(__file__).resolve())] + argv
    return subprocess.run(cmd, env=env).returncode


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description="First frames of the plugboard window vs. a bare Qt "
                                             "window, timed from process start.")
    ap.add_argument("--count", type=int, default=1000, help="plugin folders to generate (default 1000)")
    ap.add_argument("--runs", type=int, default=9, help="timed runs of each program (default 9; >= 5)")
    ap.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    ap.add_argument("--plugboard", default=str(DEFAULT_PLUGBOARD), help=f"plugboard binary ({DEFAULT_PLUGBOARD})")
    ap.add_argument("--bare", default=str(DEFAULT_BARE), help=f"bare_window binary ({DEFAULT_BARE})")
    ap.add_argument("--python", default=DEFAULT_PYTHON, help=f"interpreter for the memory helper ({DEFAULT_PYTHON})")
    ap.add_argument("--plugins-dir", help="reuse this plugins folder (generated into if missing or empty)")
    ap.add_argument("--data-dir", help="plugboard data folder for the warm runs (default: a fresh temporary one)")
    ap.add_argument("--target-ms", type=float, default=1000.0, help="first-frame budget (default 1000 ms)")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds one run may take (default 60)")
    ap.add_argument("--xvfb", action="store_true", help="run on xcb under xvfb-run instead of offscreen")
    ap.add_argument("--drop-caches", action="store_true",
                    help="also time one truly cold run of each program, after dropping the page cache "
                         f"(root: writes 3 to {DROP_CACHES}; slows whatever else the machine runs)")
    ap.add_argument("--json-out", help="also write the results as JSON to this file")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folders")
    args = ap.parse_args(argv)

    if args.xvfb and not os.environ.get(UNDER_XVFB):
        return reexec_under_xvfb(argv)
    if args.runs < 5:
        print(f"warning: --runs {args.runs} is below the 5 runs a median needs", file=sys.stderr)
    if args.runs < 1 or args.count < 1:
        ap.error("--runs and --count must be positive")
    for what, path in (("plugboard", args.plugboard), ("bare_window", args.bare)):
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            print(f"error: {what} not found or not executable: {path}\n"
                  f"       build it first (scripts/build) or pass --{'plugboard' if what == 'plugboard' else 'bare'} PATH",
                  file=sys.stderr)
            return 2
    if args.drop_caches:
        if not os.access(DROP_CACHES, os.W_OK):
            print(f"error: --drop-caches needs to write {DROP_CACHES} (run as root)", file=sys.stderr)
            return 2
        if not shutil.which("fincore"):
            print("error: --drop-caches checks the drop with fincore (util-linux)", file=sys.stderr)
            return 2

    temps = []

    def body() -> int:
        plugins_dir, generated, data_dir = prepare_folders(args, temps)
        scratch = make_temp_dir("plugboard-bench-env-")
        temps.append(scratch)
        runtime = os.path.join(scratch, "runtime")
        os.mkdir(runtime, 0o700)
        config = os.path.join(scratch, "config")
        os.mkdir(config, 0o700)

        env = dict(os.environ, PLUGBOARD_FRAME_PROBE="1", PLUGBOARD_NO_DIALOGS="1",
                   XDG_RUNTIME_DIR=runtime, XDG_CONFIG_HOME=config)
        if not os.environ.get(UNDER_XVFB):
            env["QT_QPA_PLATFORM"] = "offscreen"
        qpa = env.get("QT_QPA_PLATFORM") or f"xcb on {os.environ.get('DISPLAY', '?')} (xvfb-run {XVFB_SCREEN})"

        def pb_cmd(data: str) -> list:
            return [args.plugboard, "--plugins-dir", plugins_dir, "--data-dir", data]

        bare_cmd = [args.bare]
        load_before = os.getloadavg()

        print_header("Plugboard window benchmark: first frames of `plugboard` vs. a bare Qt window",
                     load_before)
        print(f"  platform      : {qpa}")
        if generated:
            print(f"  plugins       : {plugins_dir} (generated: {generated['plugins']} folders, seed {args.seed})")
        else:
            print(f"  plugins       : {plugins_dir} (reused)")
        print(f"  data dir      : {data_dir}")
        print(f"  plugboard     : PLUGBOARD_FRAME_PROBE=1 {shlex.join(pb_cmd(data_dir))}")
        print(f"  bare window   : PLUGBOARD_FRAME_PROBE=1 {shlex.join(bare_cmd)}")
        print(f"  runs          : {args.runs} each, alternated, after 1 warm-up each; "
              f"times from just before Popen to the printed frame time")

        # --- warm-up, then a fresh data folder (page cache warm) -------------------------------
        warm_up = run_probe(pb_cmd(data_dir), env, "plugboard (warm-up)", ("window", "cards"), args.timeout)
        run_probe(bare_cmd, env, "bare_window (warm-up)", ("window",), args.timeout)
        fresh_data = make_temp_dir("plugboard-bench-fresh-")
        temps.append(fresh_data)
        fresh = run_probe(pb_cmd(fresh_data), env, "plugboard (fresh data folder)", ("window", "cards"),
                          args.timeout)

        # --- truly cold: the page cache dropped before each program's run ----------------------
        cold = cold_bare = None
        if args.drop_caches:
            cold_data = make_temp_dir("plugboard-bench-cold-")
            temps.append(cold_data)
            drop_page_cache(args.plugboard)
            cold = run_probe(pb_cmd(cold_data), env, "plugboard (cold page cache)", ("window", "cards"),
                             args.timeout)
            drop_page_cache(args.bare)
            cold_bare = run_probe(bare_cmd, env, "bare_window (cold page cache)", ("window",), args.timeout)
            # The timed runs below start warm again, like every other run of this benchmark.
            run_probe(pb_cmd(data_dir), env, "plugboard (warm-up after the cold runs)",
                      ("window", "cards"), args.timeout)

        # --- timed, alternated ----------------------------------------------------------------
        samples = {"plugboard window": [], "plugboard cards": [], "bare window": [],
                   "plugboard exit": [], "bare exit": []}
        for i in range(args.runs):
            order = ("plugboard", "bare") if i % 2 == 0 else ("bare", "plugboard")
            for who in order:
                if who == "plugboard":
                    r = run_probe(pb_cmd(data_dir), env, "plugboard", ("window", "cards"), args.timeout)
                    samples["plugboard window"].append(r["window"])
                    samples["plugboard cards"].append(r["cards"])
                    samples["plugboard exit"].append(r["exit"])
                else:
                    r = run_probe(bare_cmd, env, "bare_window", ("window",), args.timeout)
                    samples["bare window"].append(r["window"])
                    samples["bare exit"].append(r["exit"])

        # --- memory ---------------------------------------------------------------------------
        pb_rss, pb_out = peak_rss_kib(pb_cmd(data_dir), env, "plugboard", args.python)
        if "cards" not in frame_times(pb_out):
            raise BenchError("plugboard printed no cards frame during the memory run")
        bare_rss, _ = peak_rss_kib(bare_cmd, env, "bare_window", args.python)
        floor_rss, _ = peak_rss_kib(["/bin/true"], env, "/bin/true", args.python)
        load_after = os.getloadavg()

        # --- report ---------------------------------------------------------------------------
        s = {k: stats(v) for k, v in samples.items()}
        bare_median = s["bare window"]["median"]
        ratio_cards = s["plugboard cards"]["median"] / bare_median if bare_median > 0 else float("inf")
        ratio_window = s["plugboard window"]["median"] / bare_median if bare_median > 0 else float("inf")
        print()
        print(f"  {'first frame':<18} {'median':>11} {'min':>11} {'max':>11} {'mean':>11} {'stdev':>11}")
        for who in ("plugboard window", "plugboard cards", "bare window"):
            x = s[who]
            print(f"  {who:<18} {fmt(x['median']):>11} {fmt(x['min']):>11} {fmt(x['max']):>11} "
                  f"{fmt(x['mean']):>11} {fmt(x['stdev']):>11}")
        print(f"  (process exit, median: plugboard {s['plugboard exit']['median']:.1f} ms, "
              f"bare {s['bare exit']['median']:.1f} ms)")
        print(f"  first run of all (warm-up; creates the database)  : window {warm_up['window']:.1f} ms, "
              f"cards {warm_up['cards']:.1f} ms")
        print(f"  fresh data folder (new database, page cache warm) : window {fresh['window']:.1f} ms, "
              f"cards {fresh['cards']:.1f} ms")
        if cold:
            print(f"  cold page cache (dropped; fresh data folder)      : window {cold['window']:.1f} ms, "
                  f"cards {cold['cards']:.1f} ms; bare window {cold_bare['window']:.1f} ms")
        else:
            print("  cold page cache: not measured (--drop-caches, as root, measures it)")
        print()
        print(f"  ratio plugboard cards median / bare median : {ratio_cards:.2f}x")
        print(f"  ratio plugboard window median / bare median: {ratio_window:.2f}x")
        print(f"  plugboard window frame median {s['plugboard window']['median']:.1f} ms, target "
              f"<= {args.target_ms:g} ms: {verdict(s['plugboard window']['median'], args.target_ms)}")
        print(f"  plugboard cards frame median  {s['plugboard cards']['median']:.1f} ms, target "
              f"<= {args.target_ms:g} ms: {verdict(s['plugboard cards']['median'], args.target_ms)}"
              f"  (slowest run {s['plugboard cards']['max']:.1f} ms: "
              f"{verdict(s['plugboard cards']['max'], args.target_ms)}; fresh data folder "
              f"{fresh['cards']:.1f} ms: {verdict(fresh['cards'], args.target_ms)}"
              + (f"; cold page cache {cold['cards']:.1f} ms: {verdict(cold['cards'], args.target_ms)}"
                 if cold else "") + ")")
        print(f"  peak RSS of one plugboard run (quits at the cards frame): {pb_rss} KiB ({pb_rss / 1024:.1f} MiB)")
        print(f"  peak RSS of one bare_window run                        : {bare_rss} KiB ({bare_rss / 1024:.1f} MiB)")
        print(f"  (ru_maxrss of a dedicated child via {rss_method()}; floor of the method, /bin/true: "
              f"{floor_rss} KiB)")
        print(f"  load average after: {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f}")
        if load_after[0] > (os.cpu_count() or 1) or load_before[0] > (os.cpu_count() or 1):
            print("  NOTE: the load average was above the CPU count; repeat on a quieter machine.")

        if args.json_out:
            result = {
                "count": generated["plugins"] if generated else None, "runs": args.runs,
                "platform": qpa, "target_ms": args.target_ms,
                "samples_ms": samples, "stats_ms": s,
                "ratio_cards_to_bare": ratio_cards, "ratio_window_to_bare": ratio_window,
                "warm_up_ms": warm_up, "fresh_data_folder_ms": fresh,
                "cold_page_cache_ms": {"plugboard": cold, "bare_window": cold_bare} if cold else None,
                "met": s["plugboard cards"]["median"] <= args.target_ms,
                "peak_rss_kib": {"plugboard": pb_rss, "bare_window": bare_rss, "floor": floor_rss},
            }
            write_json(args.json_out, result, load_before, load_after,
                       {"plugboard": shlex.join(pb_cmd(data_dir)), "bare_window": shlex.join(bare_cmd)})
        return 0

    return run_guarded(body, temps, args.keep)


if __name__ == "__main__":
    sys.exit(main())
