"""The first main window: a search box, the results, the text of the chosen article, import."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHeaderView, QLabel, QLineEdit,
                               QMainWindow, QMessageBox, QPlainTextEdit, QProgressBar,
                               QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from clipper.archive import Archive
from clipper.errors import ClipperError
from clipper.model import ImportReport
from clipper.search.explain import explain, one_line
from clipper.search.request import SearchRequest
from clipper.ui.models.results import ResultsModel
from clipper.ui.query_help import QueryHelp
from clipper.ui.tasks import JobRunner

# The first window shows one page; the full app (a later issue) pages lazily.
PAGE = 500
SEARCH_DELAY_MS = 250


class MainWindow(QMainWindow):
    def __init__(self, archive: Archive):
        super().__init__()
        self.archive = archive
        self._runner: JobRunner | None = None
        self.setWindowTitle(self.tr("Clipper — {0}").format(archive.folder))
        self.resize(1100, 700)

        self.search_box = QLineEdit(placeholderText=self.tr("Search the archive…"))
        self.search_box.setClearButtonEnabled(True)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.hide()
        self.explain_label = QLabel()  # what was searched: stems and the forms they matched
        self.explain_label.setStyleSheet("color: #555")
        self.explain_label.setTextFormat(Qt.PlainText)
        self.explain_label.setWordWrap(True)
        self.results = ResultsModel(self)
        self.table = QTableView()
        self.table.setModel(self.results)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.setWordWrap(False)
        self.reader = QPlainTextEdit(readOnly=True)  # plain text: article HTML is never run

        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.reader)
        splitter.setSizes([420, 280])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.search_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.explain_label)
        layout.addWidget(splitter)
        self.setCentralWidget(central)

        self.count_label = QLabel()
        self.progress = QProgressBar(maximumWidth=240)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        # Permanent, so a passing message ("Imported 36 …") never hides the count.
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()

        self._build_menu()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self.run_search)
        self.table.selectionModel().currentRowChanged.connect(self._show_article)
        self.cancel_button.clicked.connect(self._cancel_import)
        self.run_search()

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        import_files = QAction(self.tr("&Import files…"), self, shortcut=QKeySequence("Ctrl+I"))
        import_files.triggered.connect(self._choose_files)
        import_folder = QAction(self.tr("Import &folder…"), self,
                                shortcut=QKeySequence("Ctrl+Shift+I"))
        import_folder.triggered.connect(self._choose_folder)
        find = QAction(self.tr("&Find"), self, shortcut=QKeySequence.Find)
        find.triggered.connect(lambda: (self.search_box.setFocus(), self.search_box.selectAll()))
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.Quit)
        quit_action.triggered.connect(self.close)
        for action in (import_files, import_folder, find):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(quit_action)
        self.addAction(find)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        query_help = QAction(self.tr("&Query language"), self, shortcut=QKeySequence.HelpContents)
        query_help.triggered.connect(lambda: QueryHelp(self).exec())
        help_menu.addAction(query_help)

    # -- searching --------------------------------------------------------------------------
    def run_search(self) -> None:
        self._search_timer.stop()
        request = SearchRequest(query=self.search_box.text(), limit=PAGE, sort="relevance")
        try:
            result = self.archive.search(request)
            explained = explain(self.archive.engine(), request) if request.query.strip() else []
        except ClipperError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        self.error_label.hide()
        self.explain_label.setText(one_line(explained))
        self.explain_label.setVisible(bool(explained))
        self.results.set_hits(result.hits)
        shown = len(result.hits)
        if shown < result.total:
            self.count_label.setText(self.tr("{0} articles (showing the first {1})")
                                     .format(result.total, shown))
        else:
            self.count_label.setText(self.tr("{0} articles").format(result.total))
        if shown:
            self.table.selectRow(0)
        else:
            self.reader.clear()

    def _show_article(self, current, _previous) -> None:
        hit = self.results.article(current.row())
        if hit is None:
            self.reader.clear()
            return
        article = self.archive.get(hit.id)
        header = [article.title or self.tr("(no headline)"),
                  " · ".join(filter(None, [article.date.isoformat() if article.date else None,
                                           article.source, ", ".join(article.regions)]))]
        self.reader.setPlainText("\n".join(header) + "\n\n" + article.text)

    # -- importing --------------------------------------------------------------------------
    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import articles"), "",
            self.tr("Articles (*.txt *.TXT *.text *.docx);;All files (*)"))
        if paths:
            self.start_import(paths)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of articles"))
        if folder:
            self.start_import([folder])

    def start_import(self, paths: list[str]) -> JobRunner | None:
        if self._runner is not None:
            QMessageBox.information(self, self.tr("Import"),
                                    self.tr("An import is already running."))
            return None
        job = self.archive.import_job(paths)
        runner = JobRunner(lambda: iter(job), lambda: job.report)
        runner.progress.connect(self._import_progress)
        runner.finished.connect(self._import_finished)
        runner.failed.connect(self._import_failed)
        self._runner = runner
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        runner.start()
        return runner

    def _import_progress(self, done: int, total: int, current: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done}/{total}")

    def _cancel_import(self) -> None:
        if self._runner:
            self._runner.cancel()

    def _import_finished(self, report: ImportReport) -> None:
        self._end_import()
        message = self.tr("Imported {0}, duplicates {1}, failed {2}").format(
            len(report.imported), len(report.duplicates), len(report.failed))
        if report.cancelled:
            message = self.tr("Import cancelled. ") + message
        self.statusBar().showMessage(message, 15_000)
        if report.failed:
            details = "\n".join(f"{f['path']}: {f['error']}" for f in report.failed[:50])
            box = QMessageBox(QMessageBox.Warning, self.tr("Import"), message, parent=self)
            box.setDetailedText(details)
            box.open()
        self.run_search()

    def _import_failed(self, message: str) -> None:
        self._end_import()
        QMessageBox.critical(self, self.tr("Import"),
                             self.tr("The import stopped: {0}").format(message))
        self.run_search()

    def _end_import(self) -> None:
        if self._runner:
            self._runner.wait()
        self._runner = None
        self.progress.hide()
        self.cancel_button.hide()

    def closeEvent(self, event) -> None:
        if self._runner:
            self._runner.cancel()
            self._runner.wait()
        super().closeEvent(event)
