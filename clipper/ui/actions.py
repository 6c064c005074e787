"""The window's actions: menus, toolbar and the shortcuts for what people do all day."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStyle

from clipper import APP_NAME, __version__
from clipper.archive import Archive
from clipper.errors import ClipperError
from clipper.search import clauses
from clipper.ui.dialogs.query_help import QueryHelp

ARTICLE_FILES = "*.txt *.TXT *.text *.htm *.html *.docx *.pdf"


def build_actions(window) -> dict[str, QAction]:
    """Create the actions of `window` (a MainWindow), its menus and toolbar; name → action."""
    style = window.style()
    actions: dict[str, QAction] = {}

    def action(name, text, slot, shortcut=None, icon=None, tip=None):
        made = QAction(text, window)
        if shortcut:
            made.setShortcuts([QKeySequence(s) for s in
                               (shortcut if isinstance(shortcut, tuple) else (shortcut,))])
        if icon is not None:
            made.setIcon(style.standardIcon(icon))
        if tip:
            made.setToolTip(tip)
            made.setStatusTip(tip)
        made.triggered.connect(slot)
        window.addAction(made)  # shortcuts work wherever the focus is
        actions[name] = made
        return made

    action("new_archive", QCoreApplication.translate("MainWindow", "&New archive…"), lambda: _new_archive(window))
    action("open_archive", QCoreApplication.translate("MainWindow", "&Open archive…"), lambda: _open_archive(window),
           QKeySequence.Open)
    action("import_files", QCoreApplication.translate("MainWindow", "&Import files…"), lambda: _import_files(window), "Ctrl+I",
           QStyle.SP_FileIcon, QCoreApplication.translate("MainWindow", "Import article files (Ctrl+I); or drop files on the window"))
    action("import_folder", QCoreApplication.translate("MainWindow", "Import &folder…"), lambda: _import_folder(window), "Ctrl+Shift+I",
           QStyle.SP_DirIcon, QCoreApplication.translate("MainWindow", "Import every article in a folder and its subfolders"))
    action("export", QCoreApplication.translate("MainWindow", "&Export digest…"),
           window.open_export, "Ctrl+E", QStyle.SP_DialogSaveButton,
           QCoreApplication.translate("MainWindow",
                                      "PDF or Word digest, CSV or Excel list of the articles "
                                      "(Ctrl+E)"))
    action("quit", QCoreApplication.translate("MainWindow", "&Quit"), window.close, QKeySequence.Quit)
    action("find", QCoreApplication.translate("MainWindow", "&Find"), window.search_bar.focus, (QKeySequence.Find, "Ctrl+L"))
    action("edit", QCoreApplication.translate("MainWindow", "&Edit details…"), window.edit_current, "F2",
           QStyle.SP_FileDialogDetailedView, QCoreApplication.translate("MainWindow", "Correct headline, date, outlet… (F2)"))
    action("original", QCoreApplication.translate("MainWindow", "Open &original"), window.open_original, "Ctrl+Shift+O")
    action("next", QCoreApplication.translate("MainWindow", "&Next result"), lambda: window.move_current(1), ("Ctrl+J", "Alt+Down"))
    action("previous", QCoreApplication.translate("MainWindow", "&Previous result"), lambda: window.move_current(-1),
           ("Ctrl+K", "Alt+Up"))
    action("reader", QCoreApplication.translate("MainWindow", "Go to the &text"), window.reader.view.setFocus, "Ctrl+R")
    action("results", QCoreApplication.translate("MainWindow", "Go to the &results"), window.table.setFocus, "Ctrl+1")
    action("facets", QCoreApplication.translate("MainWindow", "Go to the fil&ters"), window.facets.tree.setFocus, "Ctrl+2")
    action("review", QCoreApplication.translate("MainWindow", "Articles to re&view"),
           lambda: window.search_bar.set_text(clauses.with_selection(
               window.search_bar.text(), "review", ["yes"])), "Ctrl+Shift+R", None,
           QCoreApplication.translate("MainWindow", "Articles with a field extraction was "
                                      "unsure of and you have not corrected (review:yes)"))
    action("help", QCoreApplication.translate("MainWindow", "&Query language"), lambda: QueryHelp(window).exec(),
           QKeySequence.HelpContents)
    action("about", QCoreApplication.translate("MainWindow", "&About Clipper"), lambda: QMessageBox.about(
        window, APP_NAME, f"{APP_NAME} {__version__}\n" + QCoreApplication.translate("MainWindow", "A press-clipping archive.")))

    sorts = QActionGroup(window)
    for name, text in (("relevance", QCoreApplication.translate("MainWindow", "Sort by &relevance")), ("date", QCoreApplication.translate("MainWindow", "Sort by date, "
                       "&newest first")), ("date-asc", QCoreApplication.translate("MainWindow", "Sort by date, &oldest first"))):
        sort = action(f"sort_{name}", text, lambda _=False, n=name: window.set_sort(n))
        sort.setCheckable(True)
        sort.setChecked(window.sort == name)
        sorts.addAction(sort)

    languages = QActionGroup(window)
    for code, text in (("system", QCoreApplication.translate("MainWindow", "As the &system")), ("ru", "&Русский"),
                       ("en", "&English")):
        choice = action(f"language_{code}", text, lambda _=False, c=code: _set_language(window, c))
        choice.setCheckable(True)
        choice.setChecked(window.settings.language == code)
        languages.addAction(choice)

    bar = window.menuBar()
    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    menu.addActions([actions["new_archive"], actions["open_archive"]])
    window.recent_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Recent archives"))
    window.recent_menu.aboutToShow.connect(lambda: _fill_recent(window))
    menu.addSeparator()
    menu.addActions([actions["import_files"], actions["import_folder"], actions["export"]])
    menu.addSeparator()
    menu.addAction(actions["quit"])
    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    menu.addActions([actions["find"], actions["edit"], actions["original"]])
    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    menu.addActions([actions["next"], actions["previous"], actions["results"], actions["reader"],
                     actions["facets"], actions["review"]])
    menu.addSeparator()
    menu.addActions(sorts.actions())
    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Settings"))
    language_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    language_menu.addActions(languages.actions())
    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    menu.addActions([actions["help"], actions["about"]])

    toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
    toolbar.addActions([actions["import_files"], actions["import_folder"], actions["edit"],
                        actions["export"]])
    return actions


def _import_files(window) -> None:
    paths, _ = QFileDialog.getOpenFileNames(
        window, QCoreApplication.translate("MainWindow", "Import articles"), "",
        QCoreApplication.translate("MainWindow", "Articles ({0});;All files (*)").format(ARTICLE_FILES))
    if paths:
        window.start_import(paths)


def _import_folder(window) -> None:
    folder = QFileDialog.getExistingDirectory(window, QCoreApplication.translate("MainWindow", "Import a folder of articles"))
    if folder:
        window.start_import([folder])


def _open_archive(window, folder: str | None = None) -> None:
    if window.importer.running:
        QMessageBox.information(window, APP_NAME, QCoreApplication.translate("MainWindow", 
            "Wait for the import to finish before opening another archive."))
        return
    folder = folder or QFileDialog.getExistingDirectory(window, QCoreApplication.translate("MainWindow", "Open an archive"))
    if not folder:
        return
    if not Path(folder).is_dir():
        QMessageBox.warning(window, APP_NAME, QCoreApplication.translate("MainWindow", "{0} does not exist any more.")
                            .format(folder))
        return
    if not (Path(folder) / "catalog.sqlite").exists() and any(Path(folder).iterdir()):
        QMessageBox.warning(window, APP_NAME, QCoreApplication.translate("MainWindow", 
            "{0} is not a Clipper archive. Choose an archive folder, or an empty folder "
            "with File → New archive.").format(folder))
        return
    switch_archive(window, folder)


def _new_archive(window) -> None:
    folder = QFileDialog.getExistingDirectory(window, QCoreApplication.translate("MainWindow", 
        "Choose an empty folder for the new archive"))
    if not folder:
        return
    if any(Path(folder).iterdir()):
        QMessageBox.warning(window, APP_NAME, QCoreApplication.translate("MainWindow", 
            "{0} is not empty. A new archive needs an empty folder.").format(folder))
        return
    switch_archive(window, folder)


def switch_archive(window, folder: str) -> bool:
    try:
        archive = Archive.open(folder)
    except ClipperError as exc:
        QMessageBox.warning(window, APP_NAME, str(exc))
        return False
    window.set_archive(archive, query="")
    return True


def _fill_recent(window) -> None:
    menu = window.recent_menu
    menu.clear()
    current = str(window.archive.folder) if window.archive else None
    recent = [f for f in window.settings.recent_archives if f != current]
    if not recent:
        menu.addAction(QCoreApplication.translate("MainWindow", "No other archives yet")).setEnabled(False)
    for folder in recent:
        menu.addAction(folder).triggered.connect(
            lambda _=False, f=folder: _open_archive(window, f))


def _set_language(window, code: str) -> None:
    window.settings.language = code
    QMessageBox.information(window, APP_NAME, QCoreApplication.translate("MainWindow", 
        "The new language is used from the next start of Clipper.\n"
        "Новый язык будет использован при следующем запуске Clipper."))
