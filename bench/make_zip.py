#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Plugboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the plugin zip bench_zip imports: one plugin folder of --files files, about --mb MB
compressed. Half the data files are random bytes (they do not compress, like images or wheels),
half are generated prose-like text (about 4:1), so both inflate and plain copying are measured.
Deterministic: the same arguments give the same archive."""

import argparse
import random
import zipfile

WORDS = (
    "channel stream guide epoch refresh playlist source account profile tuner logo group "
    "region language number output filter match rule schedule window retry timeout enabled "
    "default value label select option result status error warning update record series"
).split()


def text(rng: random.Random, size: int) -> bytes:
    out = []
    length = 0
    while length < size:
        line = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14)))
        line += f" {rng.randint(0, 99999)}\n"
        out.append(line)
        length += len(line)
    return "".join(out).encode()[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out")
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--mb", type=float, default=50.0, help="compressed size to aim for")
    args = parser.parse_args()

    rng = random.Random(20250101)
    data_files = args.files - 2
    target = int(args.mb * 1_000_000)
    # Random halves count fully; text compresses about 4:1. Solve for the average file size.
    random_files = data_files // 2
    text_files = data_files - random_files
    average = int(target / (random_files + text_files / 4.0))
    root = "bench_plugin/"
    with zipfile.ZipFile(args.out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        z.writestr(root + "plugin.py", "class Plugin:\n    def run(self, action, params, ctx):\n"
                                       "        return {'status': 'ok'}\n")
        z.writestr(root + "plugin.json", '{"name": "Bench", "version": "1.0.0"}')
        for i in range(data_files):
            size = rng.randint(average // 2, average * 3 // 2)
            folder = f"{root}data/{i % 20:02d}/"
            if i % 2:
                z.writestr(folder + f"blob{i:04d}.bin", rng.randbytes(size))
            else:
                z.writestr(folder + f"text{i:04d}.txt", text(rng, size))
    with zipfile.ZipFile(args.out) as z:
        infos = z.infolist()
        packed = sum(i.compress_size for i in infos)
        unpacked = sum(i.file_size for i in infos)
    print(f"{args.out}: {len(infos)} files, {packed / 1e6:.1f} MB compressed, "
          f"{unpacked / 1e6:.1f} MB uncompressed")


if __name__ == "__main__":
    main()
