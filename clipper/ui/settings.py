"""The window's settings, declared once with their defaults: what is restored on start.

Stored in an INI file in the user's config folder (CLIPPER_CONFIG overrides it, so tests and
the demo never touch a user's real settings).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

from clipper import APP_NAME

ENV_CONFIG = "CLIPPER_CONFIG"
RECENT_SIZE = 8
LANGUAGES = ("system", "ru", "en")


def config_file() -> Path:
    explicit = os.environ.get(ENV_CONFIG)
    if explicit:
        return Path(explicit).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "clipper.ini"


class Settings:
    def __init__(self, path: Path | None = None):
        self._store = QSettings(str(path or config_file()), QSettings.IniFormat)

    # -- plain values ---------------------------------------------------------------------------
    def value(self, key: str, default: str = "") -> str:
        """A remembered text (the export's title, organisation, folder, format)."""
        found = self._store.value(key, default)
        return str(found) if found is not None else default

    def set_value(self, key: str, value: str) -> None:
        self._store.setValue(key, value)

    def _get(self, key: str, default):
        value = self._store.value(key, default)
        if isinstance(default, list):
            if value is None or value == "":
                return []
            return [str(v) for v in (value if isinstance(value, list) else [value])]
        return type(default)(value) if value is not None else default

    @property
    def language(self) -> str:
        value = self._get("language", "system")
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("language", value)

    @property
    def last_query(self) -> str:
        return self._get("search/last_query", "")

    @last_query.setter
    def last_query(self, value: str) -> None:
        self._store.setValue("search/last_query", value)

    @property
    def sort(self) -> str:
        return self._get("search/sort", "relevance")

    @sort.setter
    def sort(self, value: str) -> None:
        self._store.setValue("search/sort", value)

    @property
    def history(self) -> list[str]:
        return self._get("search/history", [])

    @history.setter
    def history(self, queries: list[str]) -> None:
        self._store.setValue("search/history", list(queries))

    @property
    def recent_archives(self) -> list[str]:
        return self._get("archives/recent", [])

    def remember_archive(self, folder: str) -> None:
        recent = [folder] + [f for f in self.recent_archives if f != folder]
        self._store.setValue("archives/recent", recent[:RECENT_SIZE])

    # -- window layout ----------------------------------------------------------------------------
    def restore_layout(self, parts: dict) -> None:
        """parts: name → a splitter or header (restoreState), or "window" → the main window
        (restoreGeometry and restoreState)."""
        for name, part in parts.items():
            if name == "window":
                for key, restore in (("geometry", part.restoreGeometry),
                                     ("state", part.restoreState)):
                    self._restore(key, restore)
            else:
                self._restore(name, part.restoreState)

    def save_layout(self, parts: dict) -> None:
        for name, part in parts.items():
            if name == "window":
                self._store.setValue("window/geometry", part.saveGeometry())
                self._store.setValue("window/state", part.saveState())
            else:
                self._store.setValue(f"window/{name}", part.saveState())

    def _restore(self, name: str, restore) -> None:
        value = self._store.value(f"window/{name}")
        if isinstance(value, QByteArray):
            restore(value)

    def sync(self) -> None:
        self._store.sync()
