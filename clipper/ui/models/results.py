"""The result list as a Qt table model that stays smooth at 100,000 rows.

It holds only the ordered article numbers of the result; rows are read from the catalog a
block at a time as they scroll into view, and kept in a small cache. Sorting is the core's
(the search runs again in the new order), never a proxy model's.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from clipper.model import Article

TONE_COLOURS = {"positive": QColor("#1b7a3a"), "negative": QColor("#b00020")}
BLOCK = 64  # rows read at a time: about a screenful, ~10 ms at 100,000 articles
CACHE_BLOCKS = 100


class ResultsModel(QAbstractTableModel):
    COLUMNS = ("headline", "date", "outlet", "regions", "officials", "tags", "tone")

    def __init__(self, load_rows, parent=None):
        """`load_rows(nums) -> [Article]` reads rows (without text) in the order given."""
        super().__init__(parent)
        self._load_rows = load_rows
        self._order: list[int] = []
        self._blocks: dict[int, list[Article | None]] = {}
        self._headers = (self.tr("Headline"), self.tr("Date"), self.tr("Outlet"),
                         self.tr("Regions"), self.tr("Officials"), self.tr("Tags"),
                         self.tr("Tone"))
        self._tones = {"positive": self.tr("positive"), "neutral": self.tr("neutral"),
                       "negative": self.tr("negative")}

    def set_result(self, order, first_page: list[Article]) -> None:
        """A new result: its article numbers in order and the rows of its first page."""
        self.beginResetModel()
        self._order = [] if order is None else order.tolist()
        self._blocks = {}
        if first_page and len(first_page) >= min(BLOCK, len(self._order)):
            self._blocks[0] = list(first_page[:BLOCK])
        self.endResetModel()

    def article(self, row: int) -> Article | None:
        if not 0 <= row < len(self._order):
            return None
        block = self._blocks.get(row // BLOCK)
        if block is None:
            block = self._read_block(row // BLOCK)
        return block[row % BLOCK] if row % BLOCK < len(block) else None

    def num_at(self, row: int) -> int | None:
        """The article number in `row`, without reading the row."""
        return self._order[row] if 0 <= row < len(self._order) else None

    def rows_of_nums(self, nums: list[int | None]) -> dict[int, int]:
        """Rows of these article numbers in the current result (those it holds)."""
        wanted = {n for n in nums if n is not None}
        if len(wanted) <= 8:  # a few: list.index, no dictionary of 100,000 rows
            found = {}
            for num in wanted:
                try:
                    found[num] = self._order.index(num)
                except ValueError:
                    pass
            return found
        return {num: row for row, num in enumerate(self._order) if num in wanted}

    def _read_block(self, number: int) -> list[Article | None]:
        nums = self._order[number * BLOCK:(number + 1) * BLOCK]
        try:
            rows = self._load_rows(nums)
        except Exception:  # a row that cannot be read shows empty rather than breaking the view
            rows = [None] * len(nums)
        if len(self._blocks) >= CACHE_BLOCKS:
            self._blocks.pop(next(iter(self._blocks)))
        self._blocks[number] = rows
        return rows

    # -- Qt's model interface -------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        article = self.article(index.row())
        column = self.COLUMNS[index.column()]
        if article is None:
            if role == Qt.DisplayRole and column == "headline":
                return self.tr("(cannot be read)")
            return QColor("#999") if role == Qt.ForegroundRole else None
        if role == Qt.DisplayRole:
            return self._text(article, column)
        if role == Qt.ToolTipRole and column == "headline":
            return article.snippet or article.title
        if role == Qt.ForegroundRole and column == "tone" and article.tone in TONE_COLOURS:
            return TONE_COLOURS[article.tone]
        return None

    def _text(self, article: Article, column: str) -> str:
        if column == "headline":
            title = article.title or self.tr("(no headline)")
            return f"★ {title}" if article.starred else title
        if column == "date":
            return article.date.isoformat() if article.date else "—"
        if column == "outlet":
            return article.source or ""
        if column == "regions":
            return ", ".join(article.regions)
        if column == "officials":
            return ", ".join(article.officials)
        if column == "tags":
            return ", ".join(article.tags)
        if column == "tone":
            return self._tones.get(article.tone or "", "")
        return ""
