# SPDX-FileCopyrightText: 2026 The Plugboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Broken plugin — shows how a plugin that cannot load is reported.

plugin.json is valid, so the plugin is listed with its name, settings and buttons without any
code running. Enabling it imports this file, and the import below fails: Plugboard keeps the
plugin enabled but not loaded, shows "No module named 'plugboard_example_missing_dependency'"
with its traceback on the card (and `plugboardctl enable broken_plugin` prints it), and refuses
to run its actions.

Real plugins hit this when they need a package the host's Python does not have. Either vendor
small helpers into the plugin folder (and import them relatively: `from .helpers import x`), or
import optional packages inside the action that needs them and return a clear
{"status": "error", "message": ...} when they are missing.
"""

import plugboard_example_missing_dependency  # noqa: F401  -- does not exist, on purpose


class Plugin:
    def run(self, action, params, context):
        return {"status": "ok", "message": "Unreachable: the import above always fails."}
