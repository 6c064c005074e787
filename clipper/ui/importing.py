"""Importing from the window: in a child process, with progress, cancel and a final report.

The window lends the archive's write lock to the child for the import and takes it back at
the end; meanwhile it keeps searching (read-only) and stays responsive.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QProgressBar, QPushButton, QWidget

from clipper.errors import ClipperError
from clipper.ui.dialogs.import_report import ImportReportDialog
from clipper.ui.tasks import ChildJob


class Importer(QObject):
    """Runs one import at a time for `window`; `finished(report or None)` when it is over."""

    finished = Signal(object)

    def __init__(self, window: QWidget, progress: QProgressBar, cancel: QPushButton):
        super().__init__(window)
        self.window = window
        self.progress, self.cancel_button = progress, cancel
        self.job: ChildJob | None = None
        self.last_report = None
        self.report_dialog: ImportReportDialog | None = None
        cancel.clicked.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self, archive, paths: list[str]) -> bool:
        if self.job is not None:
            QMessageBox.information(self.window, self.tr("Import"),
                                    self.tr("An import is already running."))
            return False
        try:
            archive.lend_write_lock()
        except ClipperError as exc:
            QMessageBox.warning(self.window, self.tr("Import"), str(exc))
            return False
        self.archive = archive
        self.job = ChildJob(str(archive.folder), "import", (list(paths),), self)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.progress.setRange(0, 0)  # busy until the child reports its first file
        self.progress.setFormat(self.tr("Starting…"))
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.job.start()
        return True

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.progress.setFormat(self.tr("Cancelling…"))

    def shutdown(self) -> None:
        """The window closes: stop the import where it is (what is imported stays)."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait(30_000)

    def _progress(self, done: int, total: int, _current: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("Importing %v of %m"))

    def _finished(self, report) -> None:
        self._end()
        self.last_report = report
        self.report_dialog = ImportReportDialog(report, self.window)
        if report.failed or report.warnings:  # otherwise the status bar says it all
            self.report_dialog.open()  # not modal: the new articles are already in the list
        self.finished.emit(report)

    def _failed(self, message: str) -> None:
        self._end()
        QMessageBox.critical(self.window, self.tr("Import"),
                             self.tr("The import stopped: {0}").format(message))
        self.finished.emit(None)

    def _end(self) -> None:
        self.job = None
        self.progress.hide()
        self.cancel_button.hide()
        if self.archive is not getattr(self.window, "archive", self.archive):
            return  # the window shows another archive now (it was closed meanwhile)
        try:
            self.archive.take_back_write_lock()
        except ClipperError as exc:  # another program took the archive meanwhile
            QMessageBox.warning(self.window, self.tr("Import"), str(exc))
