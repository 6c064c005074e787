"""What an import did: imported, duplicates, failed with reasons, warnings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout,
                               QWidget)

from clipper.model import ImportReport


class ImportReportDialog(QDialog):
    def __init__(self, report: ImportReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished"))
        summary = self.tr("Imported: {0}   Duplicates (already in the archive): {1}   "
                          "Failed: {2}").format(len(report.imported), len(report.duplicates),
                                                len(report.failed))
        if report.cancelled:
            summary = self.tr("The import was cancelled. ") + summary
        layout = QVBoxLayout(self)
        self.summary = QLabel(summary, wordWrap=True)
        layout.addWidget(self.summary)
        lines = [self.tr("FAILED  {0}: {1}").format(f["path"], _reason(f)) for f in report.failed]
        lines += [self.tr("warning  {0}: {1}").format(w["path"], w["warning"])
                  for w in report.warnings]
        self.details = QPlainTextEdit("\n".join(lines), readOnly=True)
        self.details.setVisible(bool(lines))
        if lines:
            layout.addWidget(QLabel(self.tr("Files that need a look (the originals are kept):")))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 360 if lines else 120)


def _reason(failure: dict) -> str:
    """Why a file failed, in the interface's language when the core marked the message."""
    if "template" not in failure:
        return failure["error"]
    template = QCoreApplication.translate("ImportFailure", failure["template"])
    try:
        return template.format(**failure.get("values", {}))
    except (KeyError, IndexError, ValueError):
        return failure["error"]
