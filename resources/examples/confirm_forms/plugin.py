# SPDX-FileCopyrightText: 2026 The Plugboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Confirmations — every way an action can ask "Are you sure?" before it runs.

The dialog is the host's job: Plugboard (and Dispatcharr's web UI) read each action's "confirm"
key in plugin.json and ask *before* calling run(). By the time run() is called the user has
already said yes (or no dialog was needed), so plugin code never handles confirmation itself.

Each action below only reports which rule applies to it; compare that with what you saw.
"""

# Not used here, but this is how every example imports the host module: guarded, so the
# plugin still loads under Dispatcharr, which has no `plugboard` module.
try:
    import plugboard  # noqa: F401
except ImportError:
    plugboard = None

# What each action declares in plugin.json, and what the host does about it.
RULES = {
    "default_dialog": (True, '"confirm": true asks with the default title and message.'),
    "custom_dialog": (True, '"confirm": {"required": true, "title": ..., "message": ...} '
                            'asks with its own title and message.'),
    "implied_dialog": (True, 'a "confirm" object without "required" asks too: only '
                             '"required": false switches it off.'),
    "no_dialog": (False, '"confirm": {"required": false, ...} never asks, whatever the '
                         '"confirm" setting says.'),
    "never_ask": (False, '"confirm": false never asks, whatever the "confirm" setting says.'),
    # "follow_setting" declares no "confirm": the answer depends on the settings (see run()).
}


class Plugin:
    def run(self, action, params, context):
        settings = context.get("settings", {})

        if action in RULES:
            asked, reason = RULES[action]
        elif action == "follow_setting":
            # No "confirm" on the action: the host falls back to the plugin's boolean setting
            # with the id "confirm" (declared in plugin.json, default true).
            asked = settings.get("confirm") is True
            reason = ('the action declares no "confirm", so the "Ask before running" setting '
                      'decides, and it is %s.' % ("on" if asked else "off"))
        else:
            return {"status": "error", "message": "Unknown action: %s" % action}

        return {
            "status": "ok",
            "action": action,
            "asks_before_running": asked,
            "message": ("This action asks first: " if asked else "This action runs without asking: ")
                       + reason,
        }
