#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Plugboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every translation is complete and up to date with the sources.

    check_translations.py LUPDATE SOURCE_ROOT TS_FILE...

Each .ts file is copied and refreshed by lupdate from core/, ui/ and app/ (as the
update_translations target does); the copy must then have a finished translation for every
message, with the same placeholders (%1, %n), HTML tags and accelerator (&) as its source.
A string added to the code without a translation, or a translation that drops a placeholder,
fails here with the message named."""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)")
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*")


def accelerators(text):
    return text.count("&") - 2 * text.count("&&") - len(re.findall(r"&\w+;", text))


def problems_of(ts_path):
    problems = []
    root = ET.parse(ts_path).getroot()
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            where = f'{name}: "{source[:60]}"'
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "missing"):
                problems.append(f"{where} has no finished translation")
                continue
            forms = ([f.text or "" for f in translation.iter("numerusform")]
                     if message.get("numerus") == "yes" else [translation.text or ""])
            for form in forms:
                if not form.strip():
                    problems.append(f"{where} is translated as an empty text")
                elif set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(form)):
                    problems.append(f"{where} has placeholders {sorted(set(PLACEHOLDER.findall(source)))}"
                                    f", its translation {sorted(set(PLACEHOLDER.findall(form)))}")
                elif sorted(TAG.findall(source)) != sorted(TAG.findall(form)):
                    problems.append(f"{where}: its translation has other HTML tags")
                elif accelerators(source) > 0 and accelerators(form) != accelerators(source):
                    problems.append(f"{where}: its translation has {accelerators(form)} "
                                    f"accelerators (&), the source {accelerators(source)}")
    return count, problems


def main():
    lupdate, root, ts_files = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files:
            copy = Path(tmp) / Path(ts).name
            shutil.copy(ts, copy)
            # The sources' own language (plugboard_en.ts) holds only its plural forms.
            plurals = ["-pluralonly"] if copy.name.endswith("_en.ts") else []
            run = subprocess.run([lupdate, str(root / "core"), str(root / "ui"), str(root / "app"),
                                  "-extensions", "cpp,h", "-locations", "none", "-no-obsolete",
                                  "-silent", *plurals, "-ts", str(copy)],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                print(f"lupdate failed on {ts}:\n{run.stdout}{run.stderr}")
                failed = True
                continue
            count, problems = problems_of(copy)
            for problem in problems:
                print(f"{Path(ts).name}: {problem}")
            print(f"{Path(ts).name}: {count} messages, {len(problems)} problems")
            failed = failed or bool(problems) or count == 0
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
