"""The result list as a Qt table model: one page of hits from the core, nothing more."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from clipper.model import Article


class ResultsModel(QAbstractTableModel):
    COLUMNS = ("headline", "date", "outlet", "regions")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list[Article] = []
        self._headers = (self.tr("Headline"), self.tr("Date"), self.tr("Outlet"),
                         self.tr("Regions"))

    def set_hits(self, hits: list[Article]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def article(self, row: int) -> Article | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        article = self.article(index.row())
        if article is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            if column == "headline":
                return article.title or self.tr("(no headline)")
            if column == "date":
                return article.date.isoformat() if article.date else "—"
            if column == "outlet":
                return article.source or ""
            if column == "regions":
                return ", ".join(article.regions)
        if role == Qt.ToolTipRole and column == "headline":
            return article.snippet or None
        return None
