#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Plugboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Standalone Python reference of Dispatcharr's plugin discovery + list, for benchmarking.

    /usr/bin/python3 bench/reference/dispatcharr_discovery.py --plugins-dir DIR [--indent N]

Prints ``{"plugins": [...]}`` to stdout: what Dispatcharr's ``GET /api/plugins/plugins/`` returns for
a folder of plugins none of which is enabled yet.

What it mirrors
---------------
Dispatcharr's ``apps/plugins/loader.py`` (``PluginManager.discover_plugins`` / ``list_plugins`` /
``_read_manifest`` / ``_get_logo_url`` / ``_resolve_alias_name`` / ``_normalize_fields`` /
``_normalize_actions``), as found in the public index at
``sbeimel/Dispatcharr`` apps/plugins/loader.py (commit a46902d0e88fd7245caf96e74d3514010c255d8a, the
plugin.json / legacy / logo.png generation of the loader that the seed's Plugins.md documents; the
later ``sv-dispatcharr/Dispatcharr`` apps/plugins/loader.py does the same per-plugin work, refactored
into ``read_plugin_manifest`` and ``_load_and_merge_plugin_entry``), and the field/action rules of
``apps/plugins/serializers.py`` in the revision whose field types are exactly the seed's six
(``PluginFieldSerializer`` / ``PluginFieldOptionSerializer`` / ``PluginActionSerializer``, Django REST
framework serializers), plus the list view in ``apps/plugins/api_views.py``
(``PluginsListAPIView.get``: discover, list, respond ``{"plugins": [...]}``).

Per plugin folder, as Dispatcharr does it:
  1. the plugins folder is added to ``sys.path`` and created if missing (``PluginManager.__init__``);
  2. ``sorted(os.listdir(plugins_dir))``; a child qualifies when it is a directory and
     ``plugin.py`` or ``__init__.py`` exists in it (``os.path.exists``: no regular-file check, and
     hidden names are *not* skipped);
  3. key = folder name with spaces replaced by ``_``, then ``str.lower()``;
  4. alias resolution: if the folder name is a Python identifier, check that it is not a built-in,
     stdlib or importable module (``importlib.util.find_spec``; the plugins folder is on sys.path);
  5. ``plugin.json``: ``os.path.isfile``, ``open(encoding="utf-8")`` + ``json.load`` (any failure,
     a UTF-8 BOM included, or a top level that is not an object -> legacy, a warning on stderr);
  6. metadata: name/version/description/author/help_url kept only when they are strings;
     name falls back to the folder name; version/description to the stored row (none here: "");
  7. fields and actions validated entry by entry with DRF semantics (see ``_FIELD_RULES``): an entry
     with any flaw is dropped whole with a warning; undeclared keys (e.g. ``events``) are dropped;
     strings are stripped; numbers given for text become strings; min/max/step become floats;
  8. a plugin that is not enabled is not imported: a placeholder entry is listed instead;
  9. the list entry: key, name, version, description, author, help_url, enabled, ever_enabled,
     fields, settings, actions, missing, trusted, loaded, legacy, logo_url (``os.path.isfile`` of
     ``<folder>/logo.png`` -> ``/api/plugins/plugins/<key>/logo/``);
 10. JSON rendered the way DRF's JSONRenderer does by default (compact, UTF-8, no NaN).

What is left out, and why
-------------------------
* The database: Dispatcharr reads all ``PluginConfig`` rows before the scan and lists DB-only rows as
  ``missing``; the reload path also writes rows (``_sync_db_with_registry``). Reproducing that needs
  Django and a database server, so there are no stored rows here: every plugin is "not enabled, never
  enabled, settings {}" -- which is also the state of a freshly generated benchmark folder. This only
  removes work from the reference.
* Django/DRF themselves: the real list request runs inside a Django process and validates with DRF
  serializers, which are much slower than the plain-Python checks below; the reload token file, the
  module import of *enabled* plugins (none are enabled) and the absolute-URL rewrite of ``logo_url``
  (needs an HTTP request) are left out too. Every omission makes this reference *faster* than the
  real thing, so a speed-up measured against it is a lower bound.

Written from a reading of that code, not copied. Standard library only.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import os
import re
import sys
from typing import Any, Dict, List, Optional, Tuple

logger = logging.getLogger("dispatcharr_reference.plugins")

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class Invalid(Exception):
    """One entry failed validation."""


# --------------------------------------------------------------------------------------------
# DRF field semantics, reduced to what the plugin serializers use
# --------------------------------------------------------------------------------------------

def _char(value: Any, allow_blank: bool) -> str:
    # CharField: null refused; bools and non-scalars refused; numbers stringified; whitespace trimmed.
    if value is None:
        raise Invalid("may not be null")
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise Invalid("not a valid string")
    text = str(value).strip()
    if text == "" and not allow_blank:
        raise Invalid("may not be blank")
    return text


def _choice(choices: Tuple[str, ...]):
    def check(value: Any) -> str:
        if value is None:
            raise Invalid("may not be null")
        if value == "":
            raise Invalid("may not be blank")
        text = str(value)
        if text not in choices:
            raise Invalid(f'"{value}" is not a valid choice')
        return text
    return check


def _json_value(value: Any) -> Any:
    # JSONField (binary=False): null refused, anything json.dumps accepts is kept as is.
    if value is None:
        raise Invalid("may not be null")
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        raise Invalid("not valid JSON")
    return value


def _float(value: Any) -> float:
    if value is None:
        raise Invalid("may not be null")
    if isinstance(value, str) and len(value) > 1000:
        raise Invalid("string too long")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise Invalid("a valid number is required")


def _required_text(value):
    return _char(value, allow_blank=False)


def _optional_text(value):
    return _char(value, allow_blank=True)


def _options(value: Any) -> List[Dict[str, str]]:
    # Nested option serializer, many=True: a list of {value, label} objects, both required.
    if value is None:
        raise Invalid("may not be null")
    if not isinstance(value, list):
        raise Invalid("expected a list of items")
    return [_validate(item, _OPTION_RULES) for item in value]


# (key, required, converter) in declaration order; validated output keeps this order.
_OPTION_RULES = (
    ("value", True, _required_text),
    ("label", True, _required_text),
)

_FIELD_RULES = (
    ("id", True, _required_text),
    ("label", False, _optional_text),
    ("type", True, _choice(("string", "number", "boolean", "select", "text", "info"))),
    ("default", False, _json_value),
    ("help_text", False, _optional_text),
    ("description", False, _optional_text),
    ("placeholder", False, _optional_text),
    ("input_type", False, _optional_text),
    ("min", False, _float),
    ("max", False, _float),
    ("step", False, _float),
    ("value", False, _optional_text),
    ("options", False, _options),
)

_ACTION_RULES = (
    ("id", True, _required_text),
    ("label", True, _required_text),
    ("description", False, _optional_text),
    ("confirm", False, _json_value),
    ("button_label", False, _optional_text),
    ("button_variant", False, _optional_text),
    ("button_color", False, _optional_text),
)


def _validate(item: Any, rules) -> Dict[str, Any]:
    if not isinstance(item, dict):
        raise Invalid("expected an object")
    out: Dict[str, Any] = {}
    errors = []
    for key, required, convert in rules:
        if key not in item:
            if required:
                errors.append(f"{key}: required")
            continue
        try:
            out[key] = convert(item[key])
        except Invalid as exc:
            errors.append(f"{key}: {exc}")
    if errors:
        raise Invalid("; ".join(errors))
    return out


def _normalise_list(items: Any, rules, what: str) -> List[Dict[str, Any]]:
    # Dispatcharr validates the whole list first and, if anything fails, each entry on its own,
    # keeping the entries that pass. The result is the same as filtering entry by entry.
    if not isinstance(items, list):
        return []
    kept = []
    for item in items:
        try:
            kept.append(_validate(item, rules))
        except Invalid as exc:
            logger.warning("Invalid plugin %s entry ignored: %s", what, exc)
    return kept


# --------------------------------------------------------------------------------------------
# The manager
# --------------------------------------------------------------------------------------------

class PluginEntry:
    __slots__ = ("key", "name", "version", "description", "author", "help_url", "fields",
                 "actions", "path", "folder_name", "legacy", "alias")

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))


class ReferenceManager:
    def __init__(self, plugins_dir: str) -> None:
        self.plugins_dir = plugins_dir
        self.registry: Dict[str, PluginEntry] = {}
        os.makedirs(self.plugins_dir, exist_ok=True)
        if self.plugins_dir not in sys.path:
            sys.path.append(self.plugins_dir)

    # -- discovery ---------------------------------------------------------------------------

    def discover(self) -> Dict[str, PluginEntry]:
        registry: Dict[str, PluginEntry] = {}
        try:
            names = sorted(os.listdir(self.plugins_dir))
        except FileNotFoundError:
            logger.warning("Plugins directory not found: %s", self.plugins_dir)
            names = []
        for entry in names:
            path = os.path.join(self.plugins_dir, entry)
            if not os.path.isdir(path):
                continue
            has_package = os.path.exists(os.path.join(path, "__init__.py"))
            has_plugin_py = os.path.exists(os.path.join(path, "plugin.py"))
            if not (has_package or has_plugin_py):
                continue
            key = entry.replace(" ", "_").lower()
            # A later folder with the same key silently replaces an earlier one, as in Dispatcharr.
            registry[key] = self._describe(key, entry, path)
        self.registry = registry
        return registry

    def _describe(self, key: str, entry: str, path: str) -> PluginEntry:
        alias = self._alias_for(entry, path)
        manifest, has_manifest = self._read_manifest(path)
        name = version = description = author = help_url = None
        fields: List[Dict[str, Any]] = []
        actions: List[Dict[str, Any]] = []
        if has_manifest:
            name = self._string_or_none(manifest.get("name"))
            version = self._string_or_none(manifest.get("version"))
            description = self._string_or_none(manifest.get("description"))
            author = self._string_or_none(manifest.get("author"))
            help_url = self._string_or_none(manifest.get("help_url"))
            fields = _normalise_list(manifest.get("fields", []), _FIELD_RULES, "field")
            actions = _normalise_list(manifest.get("actions", []), _ACTION_RULES, "action")
        # No stored row (no database): version/description fall back to "".
        return PluginEntry(
            key=key,
            name=name or entry,
            version=version if version is not None else "",
            description=description if description is not None else "",
            author=author or "",
            help_url=help_url or "",
            fields=fields if has_manifest else [],
            actions=actions if has_manifest else [],
            path=path,
            folder_name=entry,
            legacy=not has_manifest,
            alias=alias,
        )

    @staticmethod
    def _string_or_none(value: Any) -> Optional[str]:
        return value if isinstance(value, str) else None

    def _read_manifest(self, path: str) -> Tuple[Optional[Dict[str, Any]], bool]:
        manifest_path = os.path.join(path, "plugin.json")
        if not os.path.isfile(manifest_path):
            return None, False
        try:
            with open(manifest_path, "r", encoding="utf-8") as fh:
                data = json.load(fh)
        except Exception:
            logger.warning("Invalid plugin.json for plugin at %s", path)
            return None, False
        if not isinstance(data, dict):
            logger.warning("plugin.json must be an object for plugin at %s", path)
            return None, False
        return data, True

    # -- module alias (computed during discovery even though nothing is imported) -------------

    def _alias_for(self, folder_name: str, path: str) -> Optional[str]:
        if _IDENTIFIER.match(folder_name) is None:
            return None
        if self._reserved_module_name(folder_name, path):
            return None
        return folder_name

    @staticmethod
    def _outside(origin: str, path: str) -> bool:
        return not os.path.abspath(origin).startswith(os.path.abspath(path))

    def _reserved_module_name(self, name: str, path: str) -> bool:
        if name in sys.builtin_module_names or name in getattr(sys, "stdlib_module_names", ()):
            return True
        loaded = sys.modules.get(name)
        if loaded is not None:
            origin = getattr(loaded, "__file__", None)
            if origin is None:
                return True
            try:
                if self._outside(origin, path):
                    return True
            except Exception:
                return True
        try:
            spec = importlib.util.find_spec(name)
        except Exception:
            spec = None
        if spec is not None:
            if spec.origin is None:
                return True
            try:
                if self._outside(spec.origin, path):
                    return True
            except Exception:
                return True
        return False

    # -- list ----------------------------------------------------------------------------------

    def _logo_url(self, key: str, path: Optional[str]) -> Optional[str]:
        logo = os.path.join(path if path else os.path.join(self.plugins_dir, key), "logo.png")
        try:
            if os.path.isfile(logo):
                return f"/api/plugins/plugins/{key}/logo/"
        except Exception:
            return None
        return None

    def list_plugins(self) -> List[Dict[str, Any]]:
        out = []
        for key, p in self.registry.items():
            out.append({
                "key": key,
                "name": p.name,
                "version": p.version,
                "description": p.description,
                "author": p.author or "",
                "help_url": p.help_url or "",
                "enabled": False,
                "ever_enabled": False,
                "fields": p.fields or [],
                "settings": {},
                "actions": p.actions or [],
                "missing": False,
                "trusted": False,
                "loaded": False,
                "legacy": bool(p.legacy),
                "logo_url": self._logo_url(key, p.path),
            })
        return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Reference of Dispatcharr's plugin discovery (list as JSON).")
    ap.add_argument("--plugins-dir", default=os.environ.get("DISPATCHARR_PLUGINS_DIR", "/data/plugins"),
                    help="plugins folder (default: $DISPATCHARR_PLUGINS_DIR or /data/plugins)")
    ap.add_argument("--indent", type=int, default=None, help="pretty-print (default: compact, like DRF)")
    args = ap.parse_args(argv)

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(message)s")
    manager = ReferenceManager(args.plugins_dir)
    manager.discover()
    body = {"plugins": manager.list_plugins()}
    if args.indent is None:
        text = json.dumps(body, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    else:
        text = json.dumps(body, ensure_ascii=False, allow_nan=False, indent=args.indent)
    out = sys.stdout.buffer
    out.write(text.encode("utf-8"))
    out.write(b"\n")
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
