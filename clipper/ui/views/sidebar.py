"""The sidebar lists beside the facets: the archive's tags with their counts, and the saved
searches, each re-run with one click."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListView, QMenu, QVBoxLayout, QWidget

NAME_ROLE = Qt.UserRole + 1


class _NamedList(QWidget):
    """A list of named things: a click (or Enter) chooses one, a right-click offers `_actions`."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QListView.NoEditTriggers)
        self.view.setContextMenuPolicy(Qt.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.clicked.connect(self._choose)
        self.view.activated.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def _show(self, entries: list[tuple[str, str, str, QIcon | None]], empty: str) -> None:
        """entries: (name, text shown, tooltip, icon)."""
        self.model.clear()
        if not entries:
            item = QStandardItem(empty)
            item.setEnabled(False)
            self.model.appendRow(item)
        for name, text, tip, icon in entries:
            item = QStandardItem(text)
            item.setData(name, NAME_ROLE)
            item.setToolTip(tip)
            if icon is not None:
                item.setIcon(icon)
            self.model.appendRow(item)

    def _choose(self, index) -> None:
        if index.data(NAME_ROLE):
            self.chosen.emit(index.data(NAME_ROLE))

    def _actions(self, name: str) -> list:
        """(label, signal) pairs for the context menu; None for a separator."""
        return []

    def _menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        name = index.data(NAME_ROLE) if index.isValid() else None
        if not name:
            return
        menu = QMenu(self)
        for entry in self._actions(name):
            if entry is None:
                menu.addSeparator()
            else:
                label, signal = entry
                menu.addAction(label, lambda s=signal: s.emit(name))
        menu.exec(self.view.viewport().mapToGlobal(point))


class TagList(_NamedList):
    """Tags with counts; clicking one searches for it, its menu renames, merges, recolours,
    deletes."""

    rename = Signal(str)
    merge = Signal(str)
    recolour = Signal(str)
    delete = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view.setAccessibleName(self.tr("Tags"))

    def show_tags(self, tags) -> None:
        tip = self.tr("Click: show the articles with this tag; right-click: rename, merge, "
                      "colour, delete")
        self._show([(t.name, f"{t.name}   ({t.count})", tip, _swatch(t.colour)) for t in tags],
                   self.tr("No tags yet: select articles and press Ctrl+T"))

    def _actions(self, name: str) -> list:
        return [(self.tr("Show its articles"), self.chosen), None,
                (self.tr("Rename…"), self.rename),
                (self.tr("Merge into another tag…"), self.merge),
                (self.tr("Colour…"), self.recolour), None,
                (self.tr("Delete…"), self.delete)]


class SavedList(_NamedList):
    """Saved searches by name; one click runs one."""

    remove = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view.setAccessibleName(self.tr("Saved searches"))

    def show_saved(self, saved, describe) -> None:
        self._show([(s.name, s.name, describe(s), None) for s in saved],
                   self.tr("No saved searches yet: search, then Ctrl+S"))

    def _actions(self, name: str) -> list:
        return [(self.tr("Run"), self.chosen), (self.tr("Delete"), self.remove)]


def _swatch(colour: str | None) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour) if colour else QColor("#b8c4cc"))
    return QIcon(pixmap)
