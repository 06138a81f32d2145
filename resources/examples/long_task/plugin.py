# SPDX-FileCopyrightText: 2026 The Plugboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Long task — progress, cancellation and background jobs.

Three things a plugin doing slow work should do:

1. Report progress, so the user sees something is happening:  plugboard.progress(0.4, "…")
2. Stop when asked. Plugboard raises plugboard.Cancelled inside run() when the user presses
   Cancel or a timeout expires; plugboard.cancelled() tells you the same thing when you look.
   Work in small steps (short sleeps, short network timeouts) so either arrives promptly.
3. Hand very long work to plugboard.submit(), which runs it as a background job of the plugin
   (Dispatcharr plugins would use a Celery task's .delay() for this).
"""

import threading
import time

# The host module exists only inside Plugboard; under Dispatcharr the plugin still loads and
# simply runs without progress reports or notifications.
try:
    import plugboard
except ImportError:
    plugboard = None

# The exception Plugboard raises inside run() on cancel. Outside Plugboard there is none; an
# empty tuple in an `except` clause matches nothing, so the same code works in both hosts.
Cancelled = plugboard.Cancelled if plugboard is not None else ()

STEP_SECONDS = 0.1   # small steps: a cancel is noticed within about this long
MIN_SECONDS, MAX_SECONDS = 0.1, 120


def _progress(fraction, message):
    if plugboard is not None:
        plugboard.progress(fraction, message)


def _cancel_requested():
    return plugboard is not None and plugboard.cancelled()


def _notify(message, level="info"):
    if plugboard is not None:
        plugboard.notify(message, level=level, title="Long task")


def _duration(params, settings):
    """Seconds to work: params {"seconds": N} win over the "duration" setting."""
    value = params.get("seconds", settings.get("duration", 20))
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError('"seconds" must be a number, not %r' % (value,))
    if not MIN_SECONDS <= value <= MAX_SECONDS:
        raise ValueError('"seconds" must be between %s and %s, not %s'
                         % (MIN_SECONDS, MAX_SECONDS, value))
    return float(value)


def work(seconds, log, label="long task"):
    """The slow part, shared by the action and the background job.

    Returns a result dict; lets plugboard.Cancelled through after logging it.
    """
    steps = max(1, int(round(seconds / STEP_SECONDS)))
    done = 0
    started = time.monotonic()
    log.info("%s: %d steps of %.1f s", label, steps, STEP_SECONDS)
    _progress(0.0, "Starting…")
    try:
        for done in range(1, steps + 1):
            # Polite check between steps: stop cleanly and say how far we got.
            if _cancel_requested():
                log.info("%s: cancel noticed after %d of %d steps", label, done - 1, steps)
                return {"status": "cancelled", "steps_done": done - 1, "steps": steps}
            time.sleep(STEP_SECONDS)          # stands in for one piece of real work
            left = max(0.0, seconds - done * STEP_SECONDS)
            _progress(done / steps, "Step %d of %d — about %.0f s left" % (done, steps, left))
    except Cancelled:
        # Usually the exception arrives first (Plugboard raises it right away). Clean up here —
        # close files, delete half-written output — then re-raise so the run ends as cancelled.
        # Never swallow it with a bare `except:`.
        log.warning("%s: cancelled during step %d of %d; cleaning up", label, done, steps)
        raise

    elapsed = round(time.monotonic() - started, 2)
    log.info("%s: finished in %.2f s", label, elapsed)
    _notify("%s finished after %.0f s." % (label.capitalize(), elapsed), level="success")
    return {"status": "ok", "message": "Finished %d steps" % steps,
            "steps": steps, "elapsed_seconds": elapsed}


class Plugin:
    def run(self, action, params, context):
        log = context["logger"]
        settings = context.get("settings", {})

        if action == "run_long_task":
            try:
                seconds = _duration(params, settings)
            except ValueError as e:
                return {"status": "error", "message": str(e)}
            return work(seconds, log)

        if action == "quick_check":
            return {"status": "ok",
                    "message": "Quick check done; the long task is set to %s s."
                               % settings.get("duration"),
                    "host": "plugboard" if plugboard is not None else "other"}

        if action == "start_background_job":
            try:
                seconds = _duration(params, settings)
            except ValueError as e:
                return {"status": "error", "message": str(e)}
            if plugboard is not None:
                # Runs work(seconds, log, "background job") as its own job once this action has
                # returned. It shows progress and can be cancelled like an action.
                job_id = plugboard.submit(work, seconds, log, "background job")
                return {"status": "ok", "job_id": job_id,
                        "message": "Background job %s queued for %g s." % (job_id, seconds)}
            # Other hosts: a plain daemon thread (no progress, no cancel). Under Dispatcharr a
            # Celery task would be the better home for real work.
            threading.Thread(target=work, args=(seconds, log, "background job"),
                             daemon=True).start()
            return {"status": "ok", "message": "Background thread started for %g s." % seconds}

        return {"status": "error", "message": "Unknown action: %s" % action}

    def stop(self, context):
        # Called when the plugin is disabled, reloaded, removed or Plugboard quits. Nothing to
        # release here; a plugin that started processes or opened files would do it now.
        context["logger"].info("Long task stopping (%s)", context.get("reason", "unknown reason"))
