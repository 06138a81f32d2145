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
    """A load failure that is a sentence, not a traceback: LoadProblem(kind, *args).

    Plugboard makes the sentence from the kind and its args (core/python/errorsentences.cpp),
    in the user's language; the args are the texts the sentence names.
    """

    def __init__(self, kind, *args):
        super().__init__(kind, *args)
        self.kind = kind
        self.params = [str(arg) for arg in args]

    def __str__(self):
        return " ".join([self.kind] + self.params)


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


def _plain(exc):
    """The exception on one line, for a kind Plugboard does not know."""
    try:
        return _one_line(exc)
    except Exception:
        return type(exc).__name__


def _kind(exc, stage):
    """(kind, args) for describe(); errorsentences.cpp has the sentence of each kind."""
    server = _server_module(exc)
    if server is not None:
        return "server_module", [server]
    missing = _missing_module(exc)
    if missing is not None:
        package = _DEBIAN_PACKAGES.get(missing)
        if package:
            return "missing_module_package", [missing, package]
        return "missing_module", [missing]
    if isinstance(exc, SystemExit):
        return "sys_exit", [repr(exc.code)]
    if isinstance(exc, KeyboardInterrupt):
        return "keyboard_interrupt", []
    if isinstance(exc, SyntaxError) and stage == "load":
        return "syntax_error", [os.path.basename(exc.filename or "?"), str(exc.lineno),
                                str(exc.msg)]
    if isinstance(exc, RecursionError):
        return "recursion", [_one_line(exc)]
    return "raised", [_one_line(exc)]


def describe(exc, stage):
    """(kind, stage, args, text, traceback text) for an exception raised at `stage`.

    stage is "load", "create" (Plugin()), "run", "background" (a submitted job) or "stop".
    Plugboard turns kind, stage and args (all str) into a sentence in the user's language;
    text, the exception on one line, stands in for a kind it does not know.
    """
    import traceback
    tb = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    kind, args = _kind(exc, stage)
    text = args[0] if kind in ("recursion", "raised") else _plain(exc)
    return kind, stage, args, text, tb


def describe_load(exc):
    """describe() for a failed load(): a LoadProblem has no traceback."""
    if isinstance(exc, LoadProblem):
        return exc.kind, "load", exc.params, str(exc), ""
    return describe(exc, getattr(exc, "plugboard_stage", "load"))


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

    Returns (module, instance, alias or None). Raises LoadProblem(kind, ...), or the plugin's
    own exception; the caller describes it (describe_load).
    """
    import importlib.util
    path = os.path.join(folder, entry)
    sys.path_importer_cache.pop(folder, None)
    spec = importlib.util.spec_from_file_location(pkg, path, submodule_search_locations=[folder])
    if spec is None or spec.loader is None:
        raise LoadProblem("cannot_import", path)
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
            raise LoadProblem("no_plugin_class", entry)
        if not callable(cls):
            raise LoadProblem("plugin_not_class", entry)
        try:
            instance = cls()
        except LoadProblem:
            raise
        except BaseException as exc:
            try:
                exc.plugboard_stage = "create"
            except Exception:
                pass
            raise
        if not callable(getattr(instance, "run", None)):
            raise LoadProblem("no_run_method")
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
