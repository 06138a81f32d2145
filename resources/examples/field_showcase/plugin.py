# SPDX-FileCopyrightText: 2026 The Plugboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Field showcase — a tour of every settings field type and every action button style.

The settings form and the buttons come from plugin.json: Plugboard (and Dispatcharr) read it
without running any code. This file only holds the behaviour behind the buttons.

Every action is small and self-contained, so you can copy one into your own plugin.
"""

import os
import platform
import sys
import tempfile
import time

# The `plugboard` host module exists only inside Plugboard. Import it guarded so the same
# plugin still loads under Dispatcharr (or in a plain Python shell for testing).
try:
    import plugboard
except ImportError:
    plugboard = None

# Settings ids whose values must never be shown or returned in clear.
SECRET_FIELDS = {"api_key"}

MODE_DESCRIPTIONS = {
    "careful": "Checks everything twice. Slow, but nothing is lost.",
    "balanced": "Checks what usually goes wrong. A good default.",
    "fast": "Skips the checks. Use it when you can redo the work.",
}


class Plugin:
    # Name, version and so on come from plugin.json. There are no `fields` or `actions` here:
    # a non-empty list in code would replace the manifest's once the plugin is loaded.

    def run(self, action, params, context):
        """Called when a button is pressed. Dispatch to one method per action id."""
        handler = getattr(self, "_action_" + action, None)
        if handler is None:
            return {"status": "error", "message": "Unknown action: %s" % action}
        return handler(params, context)

    # --- reading settings -------------------------------------------------------------------

    def _action_show_settings(self, params, context):
        settings = dict(context.get("settings", {}))
        for key in SECRET_FIELDS:
            if key in settings:
                # Say whether a secret is set, never what it is.
                settings[key] = "<set>" if settings[key] else "<not set>"
        return {"status": "ok", "settings": settings}

    def _action_echo_params(self, params, context):
        return {"status": "ok", "params": params}

    def _action_greet(self, params, context):
        settings = context["settings"]
        name = (settings.get("your_name") or "").strip() or "stranger"
        repeat = int(settings.get("repeat", 1))
        if settings.get("enabled_feature"):
            line = "Hello, %s! Lovely to see you." % name
        else:
            line = "Hi %s." % name
        return {"status": "ok", "message": line, "lines": [line] * repeat}

    def _action_count_words(self, params, context):
        notes = context["settings"].get("notes") or ""
        return {
            "status": "ok",
            "lines": len(notes.splitlines()),
            "words": len(notes.split()),
            "characters": len(notes),
        }

    def _action_describe_mode(self, params, context):
        mode = context["settings"].get("mode", "balanced")
        return {"status": "ok", "mode": mode,
                "message": MODE_DESCRIPTIONS.get(mode, "Unknown mode.")}

    def _action_scale_ratio(self, params, context):
        settings = context["settings"]
        ratio = float(settings.get("ratio", 0))
        repeat = int(settings.get("repeat", 1))
        return {"status": "ok", "ratio": ratio, "repeat": repeat,
                "product": round(ratio * repeat, 6)}

    # --- talking to the host ----------------------------------------------------------------

    def _action_send_notification(self, params, context):
        level = str(params.get("level", "info"))
        message = str(params.get("message", "Hello from Field showcase."))
        if plugboard is None:
            # Dispatcharr has no notify(); its UI shows the returned message instead.
            return {"status": "ok", "message": message, "note": "plugboard module not available"}
        plugboard.notify(message, level=level, title="Field showcase")
        return {"status": "ok", "notified": True, "level": level}

    def _action_report_error(self, params, context):
        # A result whose status is "error" (or "failed", or success: false) is shown as a
        # failed run. Use it for expected problems that need no traceback.
        return {"status": "error",
                "message": "This is what a polite failure looks like: nothing was changed."}

    def _action_raise_exception(self, params, context):
        # An uncaught exception is shown as a failed run with its traceback. Fine for bugs;
        # for problems the user can fix, prefer the polite form above.
        raise ValueError("Field showcase raised this on purpose.")

    def _action_write_data_file(self, params, context):
        # Write only into the folder the host gives you (Plugboard: <data dir>/plugin-data/<key>).
        # Hosts without one get a folder under the system's temporary directory; never write
        # into the plugin's own folder, which an update replaces.
        folder = context.get("data_dir") or os.path.join(tempfile.gettempdir(), "field_showcase")
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, "showcase.log")
        with open(path, "a", encoding="utf-8") as f:
            f.write("%s wrote a line\n" % time.strftime("%Y-%m-%d %H:%M:%S"))
        with open(path, encoding="utf-8") as f:
            lines = sum(1 for _ in f)
        return {"status": "ok", "path": path, "lines": lines}

    def _action_list_context(self, params, context):
        job = context.get("job")
        return {
            "status": "ok",
            "context_keys": sorted(context.keys()),
            "plugin_key": context.get("plugin_key"),
            "actions": sorted((context.get("actions") or {}).keys()),
            "job_id": getattr(job, "id", None),
        }

    def _action_return_plain_value(self, params, context):
        # Not a dict: the host wraps it as {"status": "ok", "result": [...]}.
        return ["a", "plain", "list"]

    def _action_write_log(self, params, context):
        log = context["logger"]
        log.debug("A debug line: details for the curious.")
        log.info("An info line: something normal happened.")
        log.warning("A warning line: something looks odd.")
        log.error("An error line: something went wrong (on purpose).")
        print("print() output lands in the plugin's log too.")
        return {"status": "ok", "message": "Wrote 4 log lines and printed one."}

    def _action_host_info(self, params, context):
        return {
            "status": "ok",
            "python": sys.version.split()[0],
            "implementation": platform.python_implementation(),
            "plugboard_module": plugboard is not None,
            "data_dir": plugboard.data_dir() if plugboard else context.get("data_dir"),
        }
