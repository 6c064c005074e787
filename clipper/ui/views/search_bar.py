"""The search bar: the query box with its history, help and clear, and what the query meant."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (QCompleter, QHBoxLayout, QLabel, QLineEdit, QMenu, QToolButton,
                               QVBoxLayout, QWidget)

SEARCH_DELAY_MS = 250
HISTORY_SIZE = 30


class SearchBar(QWidget):
    """Emits `changed(text)` once typing pauses (and at once on Enter); `help_requested` for F1."""

    changed = Signal(str)
    help_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.box = QLineEdit(placeholderText=self.tr(
            "Search: words, \"a phrase\", region:Алматы, date:2025 … (F1 for help)"))
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(self.tr("Search"))
        self._history = QStringListModel(self)
        completer = QCompleter(self._history, self)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        self.box.setCompleter(completer)
        self.history_button = QToolButton(text=self.tr("History"), toolTip=self.tr(
            "Recent searches"), popupMode=QToolButton.InstantPopup)
        self.history_menu = QMenu(self)
        self.history_button.setMenu(self.history_menu)
        self.history_menu.aboutToShow.connect(self._fill_history_menu)
        help_button = QToolButton(text="?", toolTip=self.tr("Query language (F1)"))
        help_button.clicked.connect(self.help_requested)
        self.error_label = QLabel(objectName="queryError")
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setTextFormat(Qt.PlainText)
        self.error_label.hide()
        self.explain_label = QLabel(objectName="queryExplain")  # stems and the forms they matched
        self.explain_label.setStyleSheet("color: #555")
        self.explain_label.setTextFormat(Qt.PlainText)
        self.explain_label.setWordWrap(True)
        self.explain_label.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 1)
        row.addWidget(self.history_button)
        row.addWidget(help_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.explain_label)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.box.textEdited.connect(lambda _text: self._timer.start())
        self.box.textChanged.connect(self._cleared)
        self.box.returnPressed.connect(self._emit)
        self.box.returnPressed.connect(lambda: self.remember(self.box.text()))

    def text(self) -> str:
        return self.box.text()

    def set_text(self, text: str, *, search: bool = True) -> None:
        """Replace the query (a facet ticked, a saved search chosen) and search at once."""
        if text != self.box.text():
            self.box.setText(text)
        if search:
            self._emit()

    def show_error(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))

    def show_explanation(self, line: str) -> None:
        self.explain_label.setText(line)
        self.explain_label.setVisible(bool(line))

    def history(self) -> list[str]:
        return self._history.stringList()

    def set_history(self, queries: list[str]) -> None:
        self._history.setStringList([q for q in queries if q][:HISTORY_SIZE])

    def remember(self, text: str) -> None:
        """A query the user kept (searched and read a result, or pressed Enter)."""
        text = text.strip()
        if not text:
            return
        queries = [text] + [q for q in self._history.stringList() if q != text]
        self._history.setStringList(queries[:HISTORY_SIZE])

    def focus(self) -> None:
        self.box.setFocus(Qt.ShortcutFocusReason)
        self.box.selectAll()

    def _emit(self) -> None:
        self._timer.stop()
        self.changed.emit(self.box.text())

    def _cleared(self, text: str) -> None:
        if not text:  # the clear button: search at once, no pause
            self._emit()

    def _fill_history_menu(self) -> None:
        self.history_menu.clear()
        queries = self._history.stringList()
        if not queries:
            self.history_menu.addAction(self.tr("No searches yet")).setEnabled(False)
        for query in queries:
            action = self.history_menu.addAction(query)
            action.triggered.connect(lambda _=False, q=query: self.set_text(q))
