#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Plugboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Gives every plugin of a data folder a full history: RUNS run journal entries and LINES log lines
each, written straight into <data dir>/plugboard.sqlite with Python's sqlite3 (the same SQLite file
format and tables the app writes), then checkpointed, so a benchmark of `plugboardctl list` or of the
open-time check runs against a database the size a long-used install has.

    /usr/bin/python3 bench/fill_history.py DATA_DIR [--runs 100] [--lines 1000]

Run `plugboardctl list` on the data folder first: the plugins' rows must exist.
"""

import argparse
import sqlite3
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--lines", type=int, default=1000)
    args = parser.parse_args()
    path = args.data_dir / "plugboard.sqlite"
    if not path.exists():
        print(f"fill_history: {path} does not exist; run plugboardctl list first", file=sys.stderr)
        return 2
    db = sqlite3.connect(path)
    keys = [row[0] for row in db.execute("SELECT key FROM plugins ORDER BY key")]
    with db:
        db.execute("DELETE FROM run_journal")
        db.execute("DELETE FROM plugin_log")
        for n, key in enumerate(keys):
            db.executemany(
                "INSERT INTO run_journal (job_id, key, action, started_at, finished_at, outcome, "
                "message, result) VALUES (?, ?, 'sync', '2026-12-01T10:00:00.000Z', "
                "'2026-12-01T10:00:00.420Z', 'ok', 'Synced 42 channels.', "
                "'{\"status\":\"ok\",\"count\":42}')",
                ((n * args.runs + r, key) for r in range(args.runs)))
            db.executemany(
                "INSERT INTO plugin_log (key, at, level, text) VALUES (?, "
                "'2026-12-01T10:00:00.000Z', 'info', ?)",
                ((key, f"Matched channel {line} to its guide entry") for line in range(args.lines)))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    size = path.stat().st_size / 1048576
    print(f"{len(keys)} plugins x {args.runs} runs x {args.lines} log lines: {path} is {size:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
