"""Rules: "an article that matches saved search S gets tag T (and/or tone)", listed, added,
removed, and applied to the whole archive after a preview of how many articles change."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from clipper.errors import ClipperError


class RulesDialog(QDialog):
    applied = Signal(str)  # what applying changed, for the status bar

    def __init__(self, archive, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.setWindowTitle(self.tr("Rules"))
        self.list = QListWidget()
        self.search = QComboBox()
        self.tag = QComboBox(editable=True)
        self.tone = QComboBox()
        self._tones = {"positive": self.tr("positive"), "neutral": self.tr("neutral"),
                       "negative": self.tr("negative")}
        self.tone.addItem(self.tr("(keep the tone)"), None)
        for value, text in self._tones.items():
            self.tone.addItem(text, value)
        add = QPushButton(self.tr("Add rule"))
        add.clicked.connect(self._add)
        remove = QPushButton(self.tr("Remove selected rule"))
        remove.clicked.connect(self._remove)
        apply = QPushButton(self.tr("Apply to the whole archive…"))
        apply.clicked.connect(self._apply)
        self.preview_label = QLabel(wordWrap=True)

        form = QFormLayout()
        form.addRow(self.tr("An article found by the saved search"), self.search)
        form.addRow(self.tr("gets the tag"), self.tag)
        form.addRow(self.tr("and the tone"), self.tone)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(apply)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Rules run on every import, in this order, and on "
                                        "demand over the whole archive.")))
        layout.addWidget(self.list)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.preview_label)
        layout.addWidget(close)
        self.resize(640, 460)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        previews = {p.rule.id: p for p in self.archive.rules.preview()}
        for rule in self.archive.rules.list():
            gives = ", ".join(filter(None, [
                self.tr("tag «{0}»").format(rule.tag) if rule.tag else None,
                self.tr("tone {0}").format(self._tones.get(rule.tone, rule.tone))
                if rule.tone else None]))
            preview = previews.get(rule.id)
            waiting = self.tr("; would change %n article(s) now", "", preview.changes) \
                if preview else ""
            item = QListWidgetItem(self.tr("«{0}» → {1}").format(rule.saved_search, gives)
                                   + waiting)
            item.setData(Qt.UserRole, rule.id)
            self.list.addItem(item)
        self.search.clear()
        self.search.addItems([s.name for s in self.archive.saved_searches.list()])
        current = self.tag.currentText()
        self.tag.clear()
        self.tag.addItems([t.name for t in self.archive.tags.list()])
        self.tag.setEditText(current)
        total = sum(p.changes for p in previews.values())
        self.preview_label.setText(self.tr("Applying the rules now would change %n article(s).",
                                           "", total))

    def _add(self) -> None:
        if not self.search.currentText():
            QMessageBox.information(self, self.tr("Rules"), self.tr(
                "A rule starts from a saved search: search, then Organise → Save this search."))
            return
        try:
            self.archive.rules.add(self.search.currentText(),
                                   tag=self.tag.currentText().strip() or None,
                                   tone=self.tone.currentData())
        except ClipperError as exc:
            QMessageBox.warning(self, self.tr("Rules"), str(exc))
            return
        self.refresh()

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            self.archive.rules.remove(item.data(Qt.UserRole))
        except ClipperError as exc:
            QMessageBox.warning(self, self.tr("Rules"), str(exc))
            return
        self.refresh()

    def _apply(self) -> None:
        total = sum(p.changes for p in self.archive.rules.preview())
        if not total:
            QMessageBox.information(self, self.tr("Rules"),
                                    self.tr("The rules would change no article."))
            return
        question = self.tr("Apply the rules to the whole archive? %n article(s) will change.",
                           "", total)
        if QMessageBox.question(self, self.tr("Rules"), question) != QMessageBox.Yes:
            return
        try:
            changes = self.archive.rules.apply()
        except ClipperError as exc:
            QMessageBox.warning(self, self.tr("Rules"), str(exc))
            return
        self.applied.emit(self.tr("Rules applied: %n article(s) changed", "", changes.count))
        self.refresh()
