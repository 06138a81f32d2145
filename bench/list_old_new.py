#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Plugboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times `plugboardctl list --json` of two builds on the same folders, alternating run by run
(old new, new old, ...), and prints both medians and the ratio new/old. For a data folder that
compare_builds.py does not make, such as one with a long history (fill_history.py):

    /usr/bin/python3 bench/generate_plugins.py /tmp/lb/plugins --count 1000
    build/app/plugboardctl/plugboardctl list --data-dir /tmp/lb/data --plugins-dir /tmp/lb/plugins
    /usr/bin/python3 bench/fill_history.py /tmp/lb/data --runs 100 --lines 1000
    /usr/bin/python3 bench/list_old_new.py --old /tmp/old/build --new build \\
        --plugins-dir /tmp/lb/plugins --data-dir /tmp/lb/data --runs 60

Both builds share the data folder, so the newer one must not change its schema (the old one would
refuse a newer one). Five untimed runs of each come first.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path


def binary(build: Path) -> Path:
    for candidate in (build / "app" / "plugboardctl" / "plugboardctl", build / "plugboardctl"):
        if candidate.exists():
            return candidate
    sys.exit(f"list_old_new: no plugboardctl in {build}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, required=True)
    parser.add_argument("--new", type=Path, required=True)
    parser.add_argument("--plugins-dir", required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args()
    builds = {"old": binary(args.old), "new": binary(args.new)}
    command = ["list", "--json", "--data-dir", args.data_dir, "--plugins-dir", args.plugins_dir]
    times = {"old": [], "new": []}
    for i in range(args.runs + 5):
        for name in (("old", "new") if i % 2 == 0 else ("new", "old")):
            start = time.perf_counter()
            subprocess.run([str(builds[name])] + command, stdout=subprocess.DEVNULL, check=True)
            if i >= 5:
                times[name].append((time.perf_counter() - start) * 1000)
    old, new = statistics.median(times["old"]), statistics.median(times["new"])
    print(f"plugboardctl list --json, {args.runs} runs each, alternating; load "
          f"{os.getloadavg()[0]:.2f}")
    print(f"  old {old:.1f} ms (median), new {new:.1f} ms (median), new/old {new / old:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
