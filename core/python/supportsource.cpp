// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Python half of the host: loading, stop() dispatch, exception descriptions, the logging
// handler and the stdout/stderr proxies. Kept in Python because importlib, inspect and traceback
// are Python APIs; everything on the per-call hot path (context, results) is C++.
#include "python/supportsource.h"

namespace plugboard::python {

const char *supportSource()
{
    return R"PY(
# Only what start-up needs is imported here: inspect, logging and traceback alone would double
# the interpreter's start time. The rest is imported on first use.
import io
import os
import sys
import threading  # here, on the main thread: else the first thread importing it becomes "main"

# Set by Plugboard before this runs (common/pluginmodules.h); these are fallbacks.
_SERVER_ROOTS = globals().get("_SERVER_ROOTS", ("django", "apps", "core"))
_DEBIAN_PACKAGES = globals().get("_DEBIAN_PACKAGES", {})


class LoadProblem(Exception):
    """A load failure that is a sentence, not a traceback."""


class OutputProxy(io.TextIOBase):
    """sys.stdout / sys.stderr: routes text to the log of the plugin whose code writes it."""

    def __init__(self, original, is_err, route):
        super().__init__()
        self._original = original
        self._is_err = is_err
        self._route = route

    @property
    def encoding(self):
        return "utf-8"

    @property
    def errors(self):
        return "replace"

    @property
    def buffer(self):
        return getattr(self._original, "buffer", None)

    def writable(self):
        return True

    def readable(self):
        return False

    def isatty(self):
        return False

    def fileno(self):
        if self._original is None:
            raise io.UnsupportedOperation("fileno")
        return self._original.fileno()

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not " + type(text).__name__)
        if not self._route(self._is_err, text) and self._original is not None:
            try:
                self._original.write(text)
            except Exception:
                pass
        return len(text)

    def flush(self):
        if self._original is not None:
            try:
                self._original.flush()
            except Exception:
                pass


def install_output(route):
    sys.stdout = OutputProxy(sys.__stdout__, False, route)
    sys.stderr = OutputProxy(sys.__stderr__, True, route)


def restore_output():
    sys.stdout = sys.__stdout__
    sys.stderr = sys.__stderr__


_log_handler_class = None


def _handler_class():
    global _log_handler_class
    if _log_handler_class is None:
        import logging

        class LogHandler(logging.Handler):
            """Forwards a plugin logger's records to Plugboard."""

            def __init__(self, sink):
                super().__init__(logging.DEBUG)
                self.sink = sink
                self.setFormatter(logging.Formatter("%(message)s"))

            def emit(self, record):
                try:
                    self.sink.write(record.levelno, self.format(record))
                except Exception:
                    self.handleError(record)

        _log_handler_class = LogHandler
    return _log_handler_class


def make_logger(key, sink):
    import logging
    logger = logging.getLogger("plugboard.plugin." + key)
    drop_logger(logger)
    logger.addHandler(_handler_class()(sink))
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    return logger


def drop_logger(logger):
    cls = _handler_class()
    for handler in list(logger.handlers):
        if isinstance(handler, cls):
            logger.removeHandler(handler)
            handler.sink = None


def alias_allowed(name):
    import importlib.util
    import keyword
    if not name or not name.isidentifier() or keyword.iskeyword(name):
        return False
    if name.startswith("_plugboard") or name in sys.modules:
        return False
    if name in sys.stdlib_module_names or name in sys.builtin_module_names:
        return False
    try:
        # An installed package of that name would be shadowed for every plugin.
        return importlib.util.find_spec(name) is None
    except Exception:
        return False


def _server_module(exc):
    while exc is not None:
        if isinstance(exc, ModuleNotFoundError) and exc.name:
            root = exc.name.split(".")[0]
            if root in _SERVER_ROOTS:
                return exc.name
        exc = exc.__cause__ or exc.__context__
    return None


def _missing_module(exc):
    """The top-level name of a third-party module the plugin imports and Python lacks."""
    if isinstance(exc, ModuleNotFoundError) and exc.name and not exc.name.startswith("_plugboard"):
        root = exc.name.split(".")[0]
        if root not in sys.stdlib_module_names:
            return root
    return None


def _one_line(exc):
    text = str(exc).strip()
    name = type(exc).__name__
    return name + ": " + text if text else name


def describe(exc, stage):
    """(sentence, traceback text) for an exception raised at `stage`."""
    import traceback
    tb = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    server = _server_module(exc)
    if server is not None:
        return ("This plugin needs Dispatcharr's server modules (it imports '" + server +
                "'), which a desktop host does not have.", tb)
    missing = _missing_module(exc)
    if missing is not None:
        package = _DEBIAN_PACKAGES.get(missing)
        if package:
            return ("This plugin needs the Python module '" + missing + "', which is not "
                    "installed. Install the Debian package " + package + " (sudo apt install " +
                    package + "), then restart the plugin.", tb)
        return ("This plugin needs the Python module '" + missing + "', which Plugboard's "
                "Python does not have.", tb)
    if isinstance(exc, SystemExit):
        return ("The plugin called sys.exit(" + repr(exc.code) + ") " + stage +
                "; Plugboard ignored it and kept running.", tb)
    if isinstance(exc, KeyboardInterrupt):
        return ("The plugin raised KeyboardInterrupt " + stage + ".", tb)
    if isinstance(exc, SyntaxError) and stage == "while loading":
        where = os.path.basename(exc.filename or "?")
        return ("The plugin's code has a syntax error in " + where + " at line " +
                str(exc.lineno) + ": " + str(exc.msg) + ".", tb)
    if isinstance(exc, RecursionError):
        return ("The plugin recursed too deeply " + stage + " (" + _one_line(exc) + ").", tb)
    return ("The plugin raised an error " + stage + ": " + _one_line(exc), tb)


def describe_load(exc):
    if isinstance(exc, LoadProblem):
        return (str(exc), "")
    return describe(exc, getattr(exc, "plugboard_stage", "while loading"))


def unload_modules(pkg, alias, folder, module):
    prefix = pkg + "."
    folder = os.path.normcase(os.path.abspath(folder))
    for name, mod in list(sys.modules.items()):
        if name == pkg or name.startswith(prefix):
            sys.modules.pop(name, None)
        elif alias and (name == alias or name.startswith(alias + ".")):
            origin = getattr(getattr(mod, "__spec__", None), "origin", None) or ""
            mine = mod is module or os.path.normcase(os.path.abspath(origin)).startswith(folder)
            if mine:
                sys.modules.pop(name, None)
    sys.path_importer_cache.pop(folder, None)


def load(pkg, alias, folder, entry):
    """Imports the plugin as package `pkg` rooted at `folder`.

    Returns (module, instance, alias or None). Raises LoadProblem with a sentence, or the
    plugin's own exception; the caller describes it.
    """
    import importlib.util
    path = os.path.join(folder, entry)
    sys.path_importer_cache.pop(folder, None)
    spec = importlib.util.spec_from_file_location(pkg, path, submodule_search_locations=[folder])
    if spec is None or spec.loader is None:
        raise LoadProblem("Python cannot import " + path + ".")
    module = importlib.util.module_from_spec(spec)
    if not alias_allowed(alias):
        alias = None
    sys.modules[pkg] = module
    if alias:
        sys.modules[alias] = module
    try:
        spec.loader.exec_module(module)
        cls = getattr(module, "Plugin", None)
        if cls is None:
            raise LoadProblem(entry + " does not define a Plugin class.")
        if not callable(cls):
            raise LoadProblem("Plugin in " + entry + " is not a class.")
        try:
            instance = cls()
        except LoadProblem:
            raise
        except BaseException as exc:
            try:
                exc.plugboard_stage = "while creating the Plugin instance"
            except Exception:
                pass
            raise
        if not callable(getattr(instance, "run", None)):
            raise LoadProblem("The Plugin class has no run(action, params, context) method.")
    except BaseException:
        unload_modules(pkg, alias, folder, module)
        raise
    return module, instance, alias


def attributes(instance):
    """Class attributes the host reads; strings only for metadata."""
    out = {}
    for name in ("name", "version", "description", "author", "help_url"):
        value = getattr(instance, name, None)
        if isinstance(value, str):
            out[name] = value
        elif value is not None:
            out["bad:" + name] = type(value).__name__
    for name in ("fields", "actions"):
        value = getattr(instance, name, None)
        if value is not None:
            out[name] = value
    out["has_stop"] = callable(getattr(instance, "stop", None))
    return out


def _takes_argument(fn):
    import inspect
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return True
    for p in sig.parameters.values():
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.VAR_POSITIONAL):
            return True
    return False


def call_stop(instance, context, stop_action):
    """stop(context), stop(), or run("stop", {}, context). Returns what was called, or None."""
    stop = getattr(instance, "stop", None)
    if callable(stop):
        if _takes_argument(stop):
            stop(context)
            return "stop(context)"
        stop()
        return "stop()"
    if stop_action:
        instance.run("stop", {}, context)
        return 'run("stop")'
    return None


def live_threads():
    main = threading.main_thread()
    return [t.name for t in threading.enumerate()
            if t is not main and t.is_alive() and not t.daemon]


def background_threads():
    main = threading.main_thread()
    return sum(1 for t in threading.enumerate()
               if t is not main and t.is_alive() and not isinstance(t, threading._DummyThread))


def callable_name(fn):
    name = getattr(fn, "__qualname__", None) or getattr(fn, "__name__", None)
    return name if isinstance(name, str) else type(fn).__name__
)PY";
}

} // namespace plugboard::python
