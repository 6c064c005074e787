"""The interface language: Russian or English, following the system unless the user chose."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from clipper.paths import resources_dir

_installed: list[QTranslator] = []


def chosen_language(setting: str) -> str:
    """"ru" or "en" for a setting of "system", "ru" or "en"."""
    if setting in ("ru", "en"):
        return setting
    return "ru" if QLocale.system().language() in (QLocale.Russian, QLocale.Kazakh) else "en"


def install(app: QApplication, setting: str) -> str:
    """Load the translations for the chosen language; returns the language in use."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = chosen_language(setting)
    ours = QTranslator(app)  # English is the source language; its file holds plural forms
    if ours.load(str(resources_dir() / "i18n" / f"clipper_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)  # Qt's own dialogs and buttons (OK, Cancel, file dialogs)
    qt_folder = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    if language != "en" and qt.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt)
        _installed.append(qt)
    return language
