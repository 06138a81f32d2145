# SPDX-FileCopyrightText: 2026 The Plugboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Legacy hello — a plugin the old way: no plugin.json, everything declared in the class.

Dispatcharr plugins written before plugin.json existed look like this, and both Dispatcharr and
Plugboard still run them. The drawback: the host cannot show the name, settings or buttons
without running this code, so until you enable it the plugin is listed only under its folder
name, with a hint to add a plugin.json. New plugins should ship a plugin.json (see the other
examples); the class attributes below can stay as a fallback.
"""

try:
    import plugboard
except ImportError:
    plugboard = None


class Plugin:
    # Metadata, read once the plugin is enabled and its code loaded.
    name = "Legacy hello"
    version = "1.0.0"
    description = "A plugin without plugin.json: metadata, settings and actions live in the Plugin class."
    author = "Plugboard examples"

    # Settings fields: the same schema as "fields" in plugin.json, as Python dicts.
    fields = [
        {
            "id": "who",
            "label": "Who to greet",
            "type": "string",
            "default": "world",
            "placeholder": "world",
            "help_text": "The name \"Say hello\" greets.",
        },
    ]

    # Actions: one button each.
    actions = [
        {
            "id": "say_hello",
            "label": "Say hello",
            "description": "Greets the name from the settings.",
            "button_label": "Hello!",
            "button_variant": "filled",
            "button_color": "cyan",
        },
    ]

    def run(self, action, params, context):
        if action != "say_hello":
            return {"status": "error", "message": "Unknown action: %s" % action}

        who = (context.get("settings", {}).get("who") or "").strip() or "world"
        message = "Hello, %s!" % who
        context["logger"].info(message)
        if plugboard is not None:
            plugboard.notify(message, level="success", title=self.name)
        return {"status": "ok", "message": message}
