"""Exporting a digest (PDF, DOCX) or a table (CSV, XLSX) of the selected articles or of the
whole current result; written in a child process with progress and cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar,
                               QPushButton, QRadioButton, QVBoxLayout, QWidget)

from clipper.export.options import DEFAULT_TITLE, DigestOptions
from clipper.ui.tasks import ChildJob

FORMATS = (("pdf", "PDF"), ("docx", "Word (DOCX)"), ("csv", "CSV"), ("xlsx", "Excel (XLSX)"))


class ExportDialog(QDialog):
    exported = Signal(str)  # the path written

    def __init__(self, window, selected_ids: list[str], request, total: int,
                 parent: QWidget | None = None):
        super().__init__(parent or window)
        self.window, self.selected_ids, self.request = window, selected_ids, request
        self.settings = window.settings
        self.job: ChildJob | None = None
        self.setWindowTitle(self.tr("Export"))
        self.selected = QRadioButton(self.tr("The selected articles (%n)", "",
                                             len(selected_ids)))
        self.found = QRadioButton(self.tr("Every article found (%n)", "", total))
        scope = QButtonGroup(self)
        scope.addButton(self.selected)
        scope.addButton(self.found)
        (self.selected if len(selected_ids) > 1 else self.found).setChecked(True)
        self.selected.setEnabled(bool(selected_ids))
        self.format = QComboBox()
        for code, name in FORMATS:
            self.format.addItem(name, code)
        self.format.setCurrentIndex(max(0, self.format.findData(
            self.settings.value("export/format", "pdf"))))
        self.title = QLineEdit(self.settings.value("export/title", DEFAULT_TITLE))
        self.organisation = QLineEdit(self.settings.value("export/organisation", ""),
                                      placeholderText=self.tr("e.g. Пресс-служба ДП …"))
        self.group_by = QComboBox()
        for code, name in (("none", self.tr("no grouping")), ("date", self.tr("by date")),
                           ("region", self.tr("by region")), ("official", self.tr("by official")),
                           ("source", self.tr("by outlet")), ("tag", self.tr("by tag"))):
            self.group_by.addItem(name, code)
        self.text = QComboBox()
        self.text.addItem(self.tr("full text"), True)
        self.text.addItem(self.tr("lead only"), False)
        self.sort = QComboBox()
        self.sort.addItem(self.tr("newest first"), "date")
        self.sort.addItem(self.tr("by relevance"), "relevance")
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.format.currentIndexChanged.connect(self._suggest_path)
        self._suggest_path()

        form = QFormLayout()
        form.addRow(self.tr("What"), self.selected)
        form.addRow("", self.found)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Grouping"), self.group_by)
        form.addRow(self.tr("Text"), self.text)
        form.addRow(self.tr("Order"), self.sort)
        form.addRow(self.tr("File"), where)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.AcceptRole)
        self.export_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, 0)

    def options(self) -> dict:
        scope_ids = self.selected_ids if self.selected.isChecked() else None
        return {"format": self.format.currentData(), "ids": scope_ids, "request": self.request,
                "options": DigestOptions(title=self.title.text().strip() or DEFAULT_TITLE,
                                         organisation=self.organisation.text().strip(),
                                         group_by=self.group_by.currentData(),
                                         full_text=self.text.currentData(),
                                         sort=self.sort.currentData())}

    def start(self) -> None:
        target = self.path.text().strip()
        if not target:
            self.status.setText(self.tr("Choose where to write the file."))
            return
        for key, value in (("export/format", self.format.currentData()),
                           ("export/title", self.title.text()),
                           ("export/organisation", self.organisation.text()),
                           ("export/folder", str(Path(target).parent))):
            self.settings.set_value(key, value)
        self.job = ChildJob(str(self.window.archive.folder), "export", (target, self.options()),
                            self)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Writing {0}…").format(target))
        self.job.start()

    def _progress(self, done: int, total: int, _current: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, result: dict) -> None:
        self.job = None
        self.progress.hide()
        if not result.get("path"):
            self.status.setText(self.tr("Export cancelled: no file was written."))
            self.export_button.setEnabled(True)
            return
        path = result["path"]
        self.status.setText(self.tr("%n clipping(s) written to {0}", "", result["count"])
                            .format(path))
        self.buttons.clear()
        open_file = self.buttons.addButton(self.tr("Open the file"), QDialogButtonBox.ActionRole)
        open_file.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(path)))
        open_folder = self.buttons.addButton(self.tr("Open the folder"),
                                             QDialogButtonBox.ActionRole)
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(Path(path).parent))))
        self.buttons.addButton(QDialogButtonBox.Close).clicked.connect(self.accept)
        self.exported.emit(path)

    def _failed(self, message: str) -> None:
        self.job = None
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("The export failed: {0}").format(message))
        self.status.setStyleSheet("color:#b00020")

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def _suggest_path(self) -> None:
        folder = self.settings.value("export/folder", "") or QStandardPaths.writableLocation(
            QStandardPaths.DocumentsLocation)
        if not Path(folder).is_dir():  # a machine without a Documents folder, or one moved
            folder = str(Path.home())
        current = self.path.text().strip()
        digest = self.tr("Digest")
        stem = Path(current).stem if current else f"{digest} {dt.date.today().isoformat()}"
        base = Path(current).parent if current else Path(folder)
        self.path.setText(str(base / f"{stem}.{self.format.currentData()}"))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text())
        if chosen:
            self.path.setText(chosen)

    def closeEvent(self, event) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job.wait(10_000)
        super().closeEvent(event)
