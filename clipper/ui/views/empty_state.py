"""What an empty archive shows above the list: drop files here, or import some."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

DEMO_ARTICLES = Path(__file__).resolve().parents[3] / "archive" / "articles"


class EmptyState(QWidget):
    import_files = Signal()
    import_demo = Signal(str)  # the folder of demo articles

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        layout = QHBoxLayout(self)
        layout.addWidget(QLabel(self.tr("This archive is empty. Drop article files here, or:")))
        files = QPushButton(self.tr("Import files…"))
        files.clicked.connect(self.import_files)
        # The demo articles beside the package in a checkout; an installed build has none.
        self.demo_button = QPushButton(self.tr("Import the demo articles"))
        self.demo_button.clicked.connect(lambda: self.import_demo.emit(str(DEMO_ARTICLES)))
        self.demo_button.setVisible(DEMO_ARTICLES.is_dir())
        layout.addWidget(files)
        layout.addWidget(self.demo_button)
        layout.addStretch(1)
