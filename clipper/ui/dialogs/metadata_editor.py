"""Correcting what extraction found: headline, date, outlet, author, language, regions, officials.

A field the user changes here is recorded as corrected, and re-extraction never overwrites it.
Fields extraction was unsure of are flagged so the user knows where to look.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from clipper.model import Article

LANGS = ("ru", "kk", "mixed")


class MetadataEditor(QDialog):
    """`values()` after `exec()`: only the fields the user changed, ready for Archive.correct."""

    def __init__(self, article: Article, known: dict[str, list[str]], regions: list[str],
                 parent: QWidget | None = None):
        """`known`: field → values already in the archive (completion for outlet, author,
        officials); `regions`: every official region name."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Article details"))
        self.article = article
        self.title = QLineEdit(article.title or "")
        self.title.setCursorPosition(0)  # a long headline shows its start
        self.date = QLineEdit(article.date.isoformat() if article.date else "",
                              placeholderText=self.tr("YYYY-MM-DD, empty if the article has none"))
        self.source = QLineEdit(article.source or "")
        self.source.setCompleter(_completer(known.get("source", []), self))
        self.author = QLineEdit(article.author or "")
        self.author.setCompleter(_completer(known.get("author", []), self))
        self.lang = QComboBox()
        for code, name in zip(LANGS, (self.tr("Russian"), self.tr("Kazakh"), self.tr("mixed"))):
            self.lang.addItem(name, code)
        self.lang.setCurrentIndex(max(0, LANGS.index(article.lang) if article.lang in LANGS
                                      else 0))
        self.regions = QListWidget()
        self.regions.setAccessibleName(self.tr("Regions"))
        ordered = article.regions + [r for r in regions if r not in article.regions]
        for name in ordered:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if name in article.regions else Qt.Unchecked)
            self.regions.addItem(item)
        self.regions.setMaximumHeight(150)
        self.officials = QPlainTextEdit("\n".join(article.officials))
        self.officials.setMaximumHeight(100)
        self.add_official = QLineEdit(placeholderText=self.tr("Add an official: type, Enter"))
        self.add_official.setCompleter(_completer(known.get("official", []), self))
        self.add_official.returnPressed.connect(self._append_official)

        form = QFormLayout()
        flagged = set(article.uncertain) - set(article.corrected)
        for label, widget, field in (
                (self.tr("Headline"), self.title, "title"), (self.tr("Date"), self.date, "date"),
                (self.tr("Outlet"), self.source, "source"),
                (self.tr("Author"), self.author, "author"),
                (self.tr("Language"), self.lang, "lang"),
                (self.tr("Regions (main first)"), self.regions, "regions"),
                (self.tr("Officials, one per line"), self.officials, "officials"),
                ("", self.add_official, None)):
            text = label
            if field in flagged:
                text += " ⚠"
                widget.setToolTip(self.tr("Extraction was not sure of this field: check it"))
            if field in article.corrected:
                text += " ✎"
                widget.setToolTip(self.tr("You corrected this field; re-extraction keeps it"))
            form.addRow(text, widget)
        self.error = QLabel(styleSheet="color:#b00020")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("⚠ extraction was unsure   ✎ corrected by you (kept by "
                              "re-extraction)"), styleSheet="color:#666")
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def values(self) -> dict:
        changed: dict = {}
        article = self.article
        for field, widget in (("title", self.title), ("source", self.source),
                              ("author", self.author)):
            text = " ".join(widget.text().split()) or None
            if text != getattr(article, field):
                changed[field] = text
        date = self._date()
        if date != article.date:
            changed["date"] = date
        lang = self.lang.currentData()
        if lang != article.lang:
            changed["lang"] = lang
        regions = [self.regions.item(i).text() for i in range(self.regions.count())
                   if self.regions.item(i).checkState() == Qt.Checked]
        if regions != article.regions:
            changed["regions"] = regions
        officials = [" ".join(line.split()) for line in self.officials.toPlainText().splitlines()]
        officials = list(dict.fromkeys(o for o in officials if o))
        if officials != article.officials:
            changed["officials"] = officials
        return changed

    def _date(self) -> dt.date | None:
        text = self.date.text().strip()
        return dt.date.fromisoformat(text) if text else None

    def _accept(self) -> None:
        try:
            self._date()
        except ValueError:
            self.error.setText(self.tr("«{0}» is not a date like 2025-12-31")
                               .format(self.date.text()))
            self.error.show()
            self.date.setFocus()
            return
        self.accept()

    def _append_official(self) -> None:
        name = " ".join(self.add_official.text().split())
        if name:
            self.officials.appendPlainText(name)
            self.add_official.clear()


def _completer(values: list[str], parent) -> QCompleter:
    completer = QCompleter(QStringListModel(sorted(set(values)), parent), parent)
    completer.setCaseSensitivity(Qt.CaseInsensitive)
    completer.setFilterMode(Qt.MatchContains)
    return completer
