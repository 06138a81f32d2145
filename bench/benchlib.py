# SPDX-FileCopyrightText: 2026 The Plugboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""What the process benchmarks (list_vs_reference.py, window_first_frame.py) share: the plugins
folder they time, statistics, the peak-memory helper, the header they print, and how a run ends.

Standard library only; run with Debian's /usr/bin/python3.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile

import generate_plugins  # sibling module; the drivers put bench/ on sys.path


class BenchError(Exception):
    """A run failed or printed something unusable: the benchmark stops without a verdict."""


def stats(samples: list) -> dict:
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples),
            "mean": statistics.fmean(samples),
            "stdev": statistics.stdev(samples) if len(samples) > 1 else 0.0}


def write_json(path, result, load_before, load_after, commands: dict):
    """Writes `result` to --json-out, with what every benchmark records of its conditions."""
    result = dict(result, rss_method=rss_method(), load_before=load_before, load_after=load_after,
                  commands=commands, cpus=os.cpu_count(), machine=platform.machine())
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


def make_temp_dir(prefix: str) -> str:
    """A private (0700) temporary folder."""
    path = tempfile.mkdtemp(prefix=prefix)
    os.chmod(path, 0o700)
    return path


def prepare_folders(args, temps: list) -> tuple:
    """(plugins_dir, generated summary or None, data_dir) from --plugins-dir, --count, --seed and
    --data-dir: reuses a plugins folder that holds something, else generates one (into a
    temporary folder unless --plugins-dir names it); the data folder is --data-dir or a fresh
    temporary one. New temporary folders are appended to `temps`."""
    if args.plugins_dir and os.path.isdir(args.plugins_dir) and os.listdir(args.plugins_dir):
        plugins_dir = os.path.abspath(args.plugins_dir)
        generated = None
    else:
        if args.plugins_dir:
            plugins_dir = os.path.abspath(args.plugins_dir)
        else:
            plugins_dir = os.path.join(make_temp_dir("plugboard-bench-"), "plugins")
            temps.append(os.path.dirname(plugins_dir))
        generated = generate_plugins.generate(plugins_dir, args.count, args.seed)
    if args.data_dir:
        data_dir = os.path.abspath(args.data_dir)
        os.makedirs(data_dir, exist_ok=True)
    else:
        data_dir = make_temp_dir("plugboard-bench-data-")
        temps.append(data_dir)
    return plugins_dir, generated, data_dir


def print_header(title: str, load_before) -> None:
    print(title)
    print(f"  machine       : {platform.node()}  {platform.machine()}  {os.cpu_count()} CPUs  "
          f"{platform.system()} {platform.release()}")
    print(f"  load average  : {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f} "
          f"(1/5/15 min, before)")


def run_guarded(body, temps: list, keep: bool) -> int:
    """Runs body() (which returns the exit status); a BenchError ends the benchmark with its
    message and status 1. The temporary folders go either way."""
    try:
        return body()
    except BenchError as exc:
        print(f"\nerror: {exc}", file=sys.stderr)
        return 1
    finally:
        remove_temps(temps, keep)


# Why not os.wait4()/RUSAGE_CHILDREN straight from the driver: on Linux a child's ru_maxrss starts
# at the RSS of the process that forked it (exec keeps the old address space's high-water mark), so
# measuring from a ~40 MB Python process would report at least ~40 MB for anything. The child is
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
    """Run cmd once on its own; return (peak RSS in KiB of that child, its stdout). A run that
    fails, or a figure that cannot be read, is a BenchError."""
    with tempfile.TemporaryDirectory(prefix="plugboard-bench-rss-") as tmp:
        out_path, stats_path = os.path.join(tmp, "stdout"), os.path.join(tmp, "stats")
        if rss_method() == "GNU time":
            with open(out_path, "wb") as out:
                subprocess.run(["/usr/bin/time", "-f", "%M %x", "-o", stats_path] + cmd,
                               stdout=out, stderr=subprocess.DEVNULL, env=env)
            try:
                with open(stats_path, encoding="utf-8", errors="replace") as fh:
                    lines = fh.read().strip().splitlines()
            except OSError as exc:
                raise BenchError(f"{who}: GNU time wrote no figure ({exc})")
        else:
            proc = subprocess.run([python, "-S", "-c", _FORK_HELPER, out_path] + cmd,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
            lines = proc.stderr.decode(errors="replace").strip().splitlines()
        last = lines[-1] if lines else ""
        try:
            rss, code = (int(x) for x in last.split()[:2])
        except ValueError:
            raise BenchError(f"{who}: could not read the memory figure ({last!r})")
        if code != 0:
            raise BenchError(f"{who} exited with {code} during the memory run")
        with open(out_path, "rb") as fh:
            return rss, fh.read()
