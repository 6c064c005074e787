"""The query language, as the window's help shows it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

_ROWS = [
    ("Саденов преступность", "both words, in any form (Саденова, преступности)"),
    ("ДТП OR авария", "either word (also ИЛИ)"),
    ("-учения, NOT учения", "without the word (also НЕ)"),
    ("\"закон и порядок\", «…», „…“", "these word forms in this order"),
    ("задерж*", "words starting so (3 letters at least)"),
    ("!задержан", "this word form only"),
    ("зодержан~", "typo-tolerant"),
    ("title: text: author: note:", "a word in that field only"),
    ("region:Караганда official:Саденов source:kazinform tag:ДТП lang:kk",
     "a facet value; region:nationwide for articles without a region"),
    ("date:2025  date:2025-12  date:[2025-01-01 TO 2025-06-30]", "a period"),
    ("date:сегодня вчера неделя месяц год", "a period ending today"),
    ("( … )", "grouping"),
]


def tr(text: str) -> str:
    return QCoreApplication.translate("QueryHelp", text)


class QueryHelp(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Query language"))
        self.resize(720, 460)
        # Our own text, built here: nothing from an article is shown as HTML.
        rows = "".join(f"<tr><td><code>{typed}</code></td><td>{tr(meaning)}</td></tr>"
                       for typed, meaning in _ROWS)
        browser = QTextBrowser(openLinks=False)
        browser.setHtml(f"<table cellpadding=4>{rows}</table><p>"
                        + tr("Case, ё/е and Kazakh letters do not matter. Under the search box "
                             "Clipper shows what it searched for.") + "</p>")
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)
