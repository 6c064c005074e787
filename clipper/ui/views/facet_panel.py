"""The facet panel: each facet's values with their counts for the current search, ticked as the
query selects them; the chosen filters as removable chips; a date range.

The panel holds no selection of its own: the query text is the selection. Ticking a value asks
for a new query (`selection_changed(field, values)`), and every answer from the search says
what is ticked, so clicking teaches the query language and typing ticks the panel.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QGridLayout, QHBoxLayout, QHeaderView,
                               QPushButton, QScrollArea, QTreeView, QVBoxLayout, QWidget)

from clipper.search.request import NATIONWIDE, UNKNOWN

# Values shown per facet: the rest is reached by typing (official:…); more costs every keystroke.
SHOWN_VALUES = 25
FIELD_ROLE = Qt.UserRole + 1
VALUE_ROLE = Qt.UserRole + 2
COUNT_BRUSH = QBrush(QColor("#666"))


class FacetPanel(QWidget):
    selection_changed = Signal(str, list)  # field (region, …, date), the values now chosen
    clear_all = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._titles = {"date": self.tr("Date"), "region": self.tr("Region"),
                        "official": self.tr("Officials"), "source": self.tr("Outlet"),
                        "tag": self.tr("Tags"), "tone": self.tr("Tone"),
                        "starred": self.tr("Starred"), "lang": self.tr("Language"),
                        "review": self.tr("Needs review")}
        self._special = {NATIONWIDE: self.tr("nationwide (no region)"),
                         UNKNOWN: self.tr("unknown")}
        self._chosen: dict[str, list[str]] = {}
        self._range: tuple[str, str] | None = None
        self._filling = False

        self.chips = QWidget()
        self._chip_layout = QGridLayout(self.chips)
        self._chip_layout.setContentsMargins(0, 0, 0, 0)
        self._chip_layout.setSpacing(4)
        self.chips_area = chips_area = QScrollArea(widgetResizable=True,
                                                   frameShape=QScrollArea.NoFrame)
        chips_area.setWidget(self.chips)
        chips_area.setMaximumHeight(90)
        self.clear_button = QPushButton(self.tr("Clear all filters"))
        self.clear_button.clicked.connect(self.clear_all)

        self.model = QStandardItemModel(self)
        self.tree = QTreeView(headerHidden=True, uniformRowHeights=True)
        self.tree.setModel(self.model)
        self.tree.header().setStretchLastSection(False)
        self.tree.setAccessibleName(self.tr("Facets"))
        self.model.itemChanged.connect(self._ticked)
        # What is open: facet groups by field, years (rows under Date) by their value.
        self._expanded = {"date", "region", "official", "source", "tag"}
        self.tree.expanded.connect(lambda i: self._expanded.add(_expansion_key(i)))
        self.tree.collapsed.connect(lambda i: self._expanded.discard(_expansion_key(i)))

        self.from_check = QCheckBox(self.tr("From"))
        self.to_check = QCheckBox(self.tr("to"))
        self.from_date = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.to_date = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        today = QDate.currentDate()
        self.from_date.setDate(today.addMonths(-1))
        self.to_date.setDate(today)
        apply_range = QPushButton(self.tr("Apply"))
        apply_range.clicked.connect(self._apply_range)
        dates = QGridLayout()
        dates.addWidget(self.from_check, 0, 0)
        dates.addWidget(self.from_date, 0, 1)
        dates.addWidget(self.to_check, 1, 0)
        dates.addWidget(self.to_date, 1, 1)
        dates.addWidget(apply_range, 1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addStretch(1)  # the sidebar's tab already says "Filters"
        top.addWidget(self.clear_button)
        layout.addLayout(top)
        layout.addWidget(chips_area)
        layout.addWidget(self.tree, 1)
        layout.addLayout(dates)

    # -- showing a result ----------------------------------------------------------------------
    def show_facets(self, facets: dict[str, dict[str, int]], chosen: dict[str, list[str]]) -> None:
        """Counts for the current search; `chosen`: field → stored values the query selects
        (for `date`: years, months and at most one `FROM TO` range)."""
        self._chosen = {field: list(values) for field, values in chosen.items()}
        ranges = [v for v in self._chosen.get("date", []) if " TO " in v]
        self._range = tuple(ranges[0].split(" TO ")) if ranges else None
        scroll = self.tree.verticalScrollBar().value()
        # Not QSignalBlocker on the model: a view that misses the reset keeps dangling rows.
        self._filling = True
        try:
            self.model.clear()
            self._add_dates(facets.get("year", {}), facets.get("month", {}))
            for field in ("region", "official", "source", "tag", "tone", "starred", "lang"):
                if field in facets:
                    self._add_facet(field, facets[field])
        finally:
            self._filling = False
        header = self.tree.header()  # clearing the model forgot the columns' sizing
        if self.model.columnCount() == 2:
            header.setSectionResizeMode(0, QHeaderView.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            self.tree.setExpanded(item.index(), _expansion_key(item.index()) in self._expanded)
            for child in range(item.rowCount()):
                year = item.child(child)
                if year.hasChildren():
                    self.tree.setExpanded(year.index(),
                                          _expansion_key(year.index()) in self._expanded or any(
                                              year.child(m).checkState() == Qt.Checked
                                              for m in range(year.rowCount())))
        self.tree.verticalScrollBar().setValue(scroll)
        self._show_chips()
        self._show_range()

    def _add_facet(self, field: str, counts: dict[str, int]) -> None:
        chosen = self._chosen.get(field, [])
        group = self._group(field, len(counts))
        shown = list(counts.items())[:SHOWN_VALUES]
        shown += [(v, 0) for v in chosen if v not in counts]  # a ticked value never vanishes
        for value, count in shown:
            group.appendRow(self._value_row(field, value, count, value in chosen))
        if len(counts) > SHOWN_VALUES:
            more = QStandardItem(self.tr("… {0} more: type {1}:name in the search")
                                 .format(len(counts) - SHOWN_VALUES, field))
            more.setEnabled(False)
            group.appendRow(more)
        self.model.appendRow([group, QStandardItem()])

    def _add_dates(self, years: dict[str, int], months: dict[str, int]) -> None:
        chosen = self._chosen.get("date", [])
        group = self._group("date", len(years))
        # newest first, and articles without a date last
        for year in sorted(years, key=lambda y: (y == UNKNOWN, -int(y) if y.isdigit() else 0)):
            row = self._value_row("date", year, years[year], year in chosen)
            for month in sorted((m for m in months if m.startswith(year + "-")), reverse=True):
                row[0].appendRow(self._value_row("date", month, months[month], month in chosen))
            group.appendRow(row)
        self.model.appendRow([group, QStandardItem()])

    def _group(self, field: str, size: int) -> QStandardItem:
        chosen = len(self._chosen.get(field, []))
        title = self._titles[field] + (f"  ({chosen}✓)" if chosen else "")
        group = QStandardItem(title)
        group.setEditable(False)
        group.setSelectable(False)
        group.setData(field, FIELD_ROLE)
        font = group.font()
        font.setBold(True)
        group.setFont(font)
        return group

    def _value_row(self, field: str, value: str, count: int, ticked: bool) -> list:
        """The value (checkable) and its count, right-aligned in a column of its own."""
        number = QStandardItem(str(count))
        number.setEditable(False)
        number.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
        # An explicit brush: PySide6's implicit Qt.GlobalColor → QBrush conversion here
        # under-counts references to None and crashed the window after a few thousand rows.
        number.setForeground(COUNT_BRUSH)
        return [self._value_item(field, value, ticked), number]

    def _value_item(self, field: str, value: str, ticked: bool) -> QStandardItem:
        item = QStandardItem(self._label(field, value))
        item.setEditable(False)
        item.setCheckable(True)
        item.setCheckState(Qt.Checked if ticked else Qt.Unchecked)
        item.setData(field, FIELD_ROLE)
        item.setData(value, VALUE_ROLE)
        item.setToolTip(f"{field}:{value}")
        return item

    def _label(self, field: str, value: str) -> str:
        if value in self._special:
            return self._special[value]
        if field == "lang":
            return {"ru": self.tr("Russian"), "kk": self.tr("Kazakh"),
                    "mixed": self.tr("mixed")}.get(value, value)
        return value

    # -- chips and range --------------------------------------------------------------------------
    def _show_chips(self) -> None:
        while self._chip_layout.count():
            widget = self._chip_layout.takeAt(0).widget()
            if widget:
                widget.deleteLater()
        position = 0
        for field, values in self._chosen.items():
            for value in values:
                text = f"{self._titles.get(field, field)}: {self._label(field, value)}  ✕"
                chip = QPushButton(text, flat=False)
                chip.setObjectName("chip")
                chip.setToolTip(self.tr("Remove this filter"))
                chip.setStyleSheet("QPushButton#chip { border: 1px solid #9ab; border-radius: 9px;"
                                   " padding: 1px 8px; background: #eef4f8; }")
                chip.clicked.connect(lambda _=False, f=field, v=value: self.untick(f, v))
                self._chip_layout.addWidget(chip, position // 2, position % 2)
                position += 1
        self.clear_button.setEnabled(position > 0)
        self.chips_area.setVisible(position > 0)

    def _show_range(self) -> None:
        start, end = self._range or ("*", "*")
        self.from_check.setChecked(start != "*")
        self.to_check.setChecked(end != "*")
        if start != "*":
            self.from_date.setDate(QDate.fromString(start, "yyyy-MM-dd"))
        if end != "*":
            self.to_date.setDate(QDate.fromString(end, "yyyy-MM-dd"))

    def _apply_range(self) -> None:
        start = self.from_date.date().toString("yyyy-MM-dd") if self.from_check.isChecked() \
            else "*"
        end = self.to_date.date().toString("yyyy-MM-dd") if self.to_check.isChecked() else "*"
        if start != "*" and end != "*" and start > end:
            start, end = end, start
        dates = [v for v in self._chosen.get("date", []) if " TO " not in v]
        if (start, end) != ("*", "*"):
            dates = [f"{start} TO {end}"]  # a range replaces ticked years and months
        self.selection_changed.emit("date", dates)

    # -- ticking ------------------------------------------------------------------------------
    def tick(self, field: str, value: str, on: bool = True) -> None:
        values = [v for v in self._chosen.get(field, []) if v != value]
        if on:
            values.append(value)
        if field == "date" and on:
            values = [v for v in values if " TO " not in v]
        self.selection_changed.emit(field, values)

    def untick(self, field: str, value: str) -> None:
        self.tick(field, value, on=False)

    def _ticked(self, item: QStandardItem) -> None:
        if self._filling:
            return
        field, value = item.data(FIELD_ROLE), item.data(VALUE_ROLE)
        if field and value is not None:
            self.tick(field, value, item.checkState() == Qt.Checked)


def _expansion_key(index) -> str:
    """A facet group by its field; a row within one (a year) by its value."""
    if index.parent().isValid():
        return f"{index.data(FIELD_ROLE)}:{index.data(VALUE_ROLE)}"
    return index.data(FIELD_ROLE)
