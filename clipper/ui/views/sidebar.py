"""The sidebar lists beside the facets: the archive's tags with their counts, and the saved
searches, each re-run with one click."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListView, QMenu, QVBoxLayout, QWidget

NAME_ROLE = Qt.UserRole + 1


class TagList(QWidget):
    """Tags with counts; clicking one searches for it, its menu renames, merges, recolours,
    deletes."""

    chosen = Signal(str)
    rename = Signal(str)
    merge = Signal(str)
    recolour = Signal(str)
    delete = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QListView.NoEditTriggers)
        self.view.setAccessibleName(self.tr("Tags"))
        self.view.setContextMenuPolicy(Qt.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.activated.connect(lambda index: self.chosen.emit(index.data(NAME_ROLE)))
        self.view.clicked.connect(lambda index: self.chosen.emit(index.data(NAME_ROLE)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_tags(self, tags) -> None:
        self.model.clear()
        if not tags:
            empty = QStandardItem(self.tr("No tags yet: select articles and press Ctrl+T"))
            empty.setEnabled(False)
            self.model.appendRow(empty)
        for tag in tags:
            item = QStandardItem(f"{tag.name}   ({tag.count})")
            item.setData(tag.name, NAME_ROLE)
            item.setIcon(_swatch(tag.colour))
            item.setToolTip(self.tr("Click: show the articles with this tag; right-click: "
                                    "rename, merge, colour, delete"))
            self.model.appendRow(item)

    def _menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        name = index.data(NAME_ROLE) if index.isValid() else None
        if not name:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Show its articles"), lambda: self.chosen.emit(name))
        menu.addSeparator()
        menu.addAction(self.tr("Rename…"), lambda: self.rename.emit(name))
        menu.addAction(self.tr("Merge into another tag…"), lambda: self.merge.emit(name))
        menu.addAction(self.tr("Colour…"), lambda: self.recolour.emit(name))
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), lambda: self.delete.emit(name))
        menu.exec(self.view.viewport().mapToGlobal(point))


class SavedList(QWidget):
    """Saved searches by name; one click runs one."""

    chosen = Signal(str)
    remove = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QListView.NoEditTriggers)
        self.view.setAccessibleName(self.tr("Saved searches"))
        self.view.setContextMenuPolicy(Qt.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.clicked.connect(lambda index: self._emit(index))
        self.view.activated.connect(lambda index: self._emit(index))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_saved(self, saved, describe) -> None:
        self.model.clear()
        if not saved:
            empty = QStandardItem(self.tr("No saved searches yet: search, then Ctrl+S"))
            empty.setEnabled(False)
            self.model.appendRow(empty)
        for search in saved:
            item = QStandardItem(search.name)
            item.setData(search.name, NAME_ROLE)
            item.setToolTip(describe(search))
            self.model.appendRow(item)

    def _emit(self, index) -> None:
        if index.data(NAME_ROLE):
            self.chosen.emit(index.data(NAME_ROLE))

    def _menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        name = index.data(NAME_ROLE) if index.isValid() else None
        if not name:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Run"), lambda: self.chosen.emit(name))
        menu.addAction(self.tr("Delete"), lambda: self.remove.emit(name))
        menu.exec(self.view.viewport().mapToGlobal(point))


def _swatch(colour: str | None) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour) if colour else QColor("#b8c4cc"))
    return QIcon(pixmap)

