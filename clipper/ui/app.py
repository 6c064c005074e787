"""Starting the window on an archive folder."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from clipper import APP_NAME, __version__
from clipper.archive import Archive
from clipper.errors import ArchiveLocked, ClipperError
from clipper.ui import i18n
from clipper.ui.main_window import MainWindow
from clipper.ui.settings import Settings


def open_window(folder: Path, settings: Settings | None = None) -> MainWindow:
    """The main window on `folder`; an empty archive with an inbox imports it in the background."""
    # Searches run on a thread beside the window; handing the GIL over every 1 ms rather than
    # Python's 5 ms keeps the window's share of it short while one runs (bench/window.py).
    sys.setswitchinterval(0.001)
    try:
        archive = Archive.open(folder)
    except ArchiveLocked:  # another window or command is changing it: read alongside
        archive = Archive.open(folder, write=False)
    window = MainWindow(archive, settings)
    if not archive.writable:
        window.say_read_only()
    elif archive.count() == 0 and archive.inbox is not None:
        window.start_import([str(archive.inbox)])
    return window


def run_app(folder: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    settings = Settings()
    i18n.install(app, settings.language)
    try:
        window = open_window(folder, settings)
    except ClipperError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window.show()
    code = app.exec()
    if window.archive is not None:
        window.archive.close()
    return code
