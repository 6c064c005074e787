"""The window's actions: menus, toolbar and the shortcuts for what people do all day."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStyle

from clipper import APP_NAME, __version__
from clipper.archive import Archive
from clipper.errors import ClipperError
from clipper.search import clauses
from clipper.ui.dialogs.query_help import QueryHelp

ARTICLE_FILES = "*.txt *.TXT *.text *.htm *.html *.docx *.pdf"


class WindowActions(QObject):
    """The File, Edit, View, Settings and Help menus and the toolbar of a MainWindow;
    `actions` maps a name to each action (the Organise menu adds its own)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        self._build()

    def add(self, name, text, slot, shortcut=None, icon=None, tip=None) -> QAction:
        """An action of the window, its shortcuts live wherever the focus is; kept by name."""
        made = QAction(text, self.window)
        if shortcut:
            made.setShortcuts([QKeySequence(s) for s in
                               (shortcut if isinstance(shortcut, tuple) else (shortcut,))])
        if icon is not None:
            made.setIcon(self.window.style().standardIcon(icon))
        if tip:
            made.setToolTip(tip)
            made.setStatusTip(tip)
        made.triggered.connect(slot)
        self.window.addAction(made)  # shortcuts work wherever the focus is
        self.actions[name] = made
        return made

    def _build(self) -> None:
        window, action = self.window, self.add
        action("new_archive", self.tr("&New archive…"), self.new_archive)
        action("open_archive", self.tr("&Open archive…"), self.open_archive, QKeySequence.Open)
        action("import_files", self.tr("&Import files…"), self.import_files, "Ctrl+I",
               QStyle.SP_FileIcon,
               self.tr("Import article files (Ctrl+I); or drop files on the window"))
        action("import_folder", self.tr("Import &folder…"), self.import_folder, "Ctrl+Shift+I",
               QStyle.SP_DirIcon, self.tr("Import every article in a folder and its subfolders"))
        action("export", self.tr("&Export digest…"), window.open_export, "Ctrl+E",
               QStyle.SP_DialogSaveButton,
               self.tr("PDF or Word digest, CSV or Excel list of the articles (Ctrl+E)"))
        action("quit", self.tr("&Quit"), window.close, QKeySequence.Quit)
        action("find", self.tr("&Find"), window.search_bar.focus, (QKeySequence.Find, "Ctrl+L"))
        action("edit", self.tr("&Edit details…"), window.edit_current, "F2",
               QStyle.SP_FileDialogDetailedView, self.tr("Correct headline, date, outlet… (F2)"))
        action("original", self.tr("Open &original"), window.open_original, "Ctrl+Shift+O")
        action("next", self.tr("&Next result"), lambda: window.move_current(1),
               ("Ctrl+J", "Alt+Down"))
        action("previous", self.tr("&Previous result"), lambda: window.move_current(-1),
               ("Ctrl+K", "Alt+Up"))
        action("reader", self.tr("Go to the &text"), window.reader.view.setFocus, "Ctrl+R")
        action("results", self.tr("Go to the &results"), window.table.setFocus, "Ctrl+1")
        action("facets", self.tr("Go to the fil&ters"), window.facets.tree.setFocus, "Ctrl+2")
        action("review", self.tr("Articles to re&view"), self.show_review, "Ctrl+Shift+R", None,
               self.tr("Articles with a field extraction was unsure of and you have not corrected "
                  "(review:yes)"))
        action("help", self.tr("&Query language"), lambda: QueryHelp(window).exec(),
               QKeySequence.HelpContents)
        about = self.tr("A press-clipping archive.")
        action("about", self.tr("&About Clipper"), lambda: QMessageBox.about(
            window, APP_NAME, f"{APP_NAME} {__version__}\n{about}"))

        sorts = QActionGroup(window)
        for name, text in (("relevance", self.tr("Sort by &relevance")),
                           ("date", self.tr("Sort by date, &newest first")),
                           ("date-asc", self.tr("Sort by date, &oldest first"))):
            sort = action(f"sort_{name}", text, lambda _=False, n=name: window.set_sort(n))
            sort.setCheckable(True)
            sort.setChecked(window.sort == name)
            sorts.addAction(sort)
        languages = QActionGroup(window)
        for code, text in (("system", self.tr("As the &system")), ("ru", "&Русский"),
                           ("en", "&English")):
            choice = action(f"language_{code}", text,
                            lambda _=False, c=code: self.set_language(c))
            choice.setCheckable(True)
            choice.setChecked(window.settings.language == code)
            languages.addAction(choice)
        self._menus(sorts, languages)

    def _menus(self, sorts: QActionGroup, languages: QActionGroup) -> None:
        window, actions = self.window, self.actions
        bar = window.menuBar()
        menu = bar.addMenu(self.tr("&File"))
        menu.addActions([actions["new_archive"], actions["open_archive"]])
        self.recent_menu = menu.addMenu(self.tr("&Recent archives"))
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        menu.addSeparator()
        menu.addActions([actions["import_files"], actions["import_folder"], actions["export"]])
        menu.addSeparator()
        menu.addAction(actions["quit"])
        menu = bar.addMenu(self.tr("&Edit"))
        menu.addActions([actions["find"], actions["edit"], actions["original"]])
        menu = bar.addMenu(self.tr("&View"))
        menu.addActions([actions[n] for n in ("next", "previous", "results", "reader",
                                              "facets", "review")])
        menu.addSeparator()
        menu.addActions(sorts.actions())
        menu = bar.addMenu(self.tr("&Settings"))
        menu.addMenu(self.tr("&Language")).addActions(languages.actions())
        menu = bar.addMenu(self.tr("&Help"))
        menu.addActions([actions["help"], actions["about"]])
        toolbar = window.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        toolbar.addActions([actions[n] for n in ("import_files", "import_folder", "edit",
                                                 "export")])

    # -- what they do -------------------------------------------------------------------------
    def show_review(self) -> None:
        self.window.edit_query(lambda text: clauses.with_selection(text, "review", ["yes"]))

    def import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import articles"), "",
            self.tr("Articles ({0});;All files (*)").format(ARTICLE_FILES))
        if paths:
            self.window.start_import(paths)

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window,
                                                  self.tr("Import a folder of articles"))
        if folder:
            self.window.start_import([folder])

    def open_archive(self, folder: str | None = None) -> None:
        window = self.window
        folder = folder or QFileDialog.getExistingDirectory(window, self.tr("Open an archive"))
        if not folder:
            return
        if not Path(folder).is_dir():
            QMessageBox.warning(window, APP_NAME,
                                self.tr("{0} does not exist any more.").format(folder))
            return
        if not (Path(folder) / "catalog.sqlite").exists() and any(Path(folder).iterdir()):
            QMessageBox.warning(window, APP_NAME, self.tr(
                "{0} is not a Clipper archive. Choose an archive folder, or an empty folder "
                "with File → New archive.").format(folder))
            return
        self.switch_archive(folder)

    def new_archive(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr(
            "Choose an empty folder for the new archive"))
        if not folder:
            return
        if any(Path(folder).iterdir()):
            QMessageBox.warning(self.window, APP_NAME, self.tr(
                "{0} is not empty. A new archive needs an empty folder.").format(folder))
            return
        self.switch_archive(folder)

    def switch_archive(self, folder: str) -> bool:
        window = self.window
        if window.importer.running:
            QMessageBox.information(window, APP_NAME, self.tr(
                "Wait for the import to finish before opening another archive."))
            return False
        if window.archive is not None and \
                Path(folder).resolve() == window.archive.folder.resolve():
            return True  # already open here
        try:
            archive = Archive.open(folder)
        except ClipperError as exc:
            QMessageBox.warning(self.window, APP_NAME, str(exc))
            return False
        self.window.set_archive(archive, query="")
        return True

    def fill_recent(self) -> None:
        window, menu = self.window, self.recent_menu
        menu.clear()
        current = str(window.archive.folder) if window.archive else None
        recent = [f for f in window.settings.recent_archives if f != current]
        if not recent:
            menu.addAction(self.tr("No other archives yet")).setEnabled(False)
        for folder in recent:
            menu.addAction(folder).triggered.connect(
                lambda _=False, f=folder: self.open_archive(f))

    def set_language(self, code: str) -> None:
        self.window.settings.language = code
        QMessageBox.information(self.window, APP_NAME, self.tr(
            "The new language is used from the next start of Clipper.\n"
            "Новый язык будет использован при следующем запуске Clipper."))
