"""The query language, as the window's help shows it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

_ROWS = [
    ("Саденов преступность",
     QT_TRANSLATE_NOOP("QueryHelp", "both words, in any form (Саденова, преступности)")),
    ("ДТП OR авария",
     QT_TRANSLATE_NOOP("QueryHelp", "either word (also ИЛИ)")),
    ("-учения, NOT учения",
     QT_TRANSLATE_NOOP("QueryHelp", "without the word (also НЕ)")),
    ("\"закон и порядок\", «…», „…“",
     QT_TRANSLATE_NOOP("QueryHelp", "these word forms in this order")),
    ("задерж*",
     QT_TRANSLATE_NOOP("QueryHelp", "words starting so (3 letters at least)")),
    ("!задержан",
     QT_TRANSLATE_NOOP("QueryHelp", "this word form only")),
    ("зодержан~",
     QT_TRANSLATE_NOOP("QueryHelp", "typo-tolerant")),
    ("title: text: author: note:",
     QT_TRANSLATE_NOOP("QueryHelp", "a word in that field only")),
    ("region:Караганда official:Саденов source:kazinform tag:ДТП lang:kk",
     QT_TRANSLATE_NOOP("QueryHelp",
                       "a facet value; region:nationwide for articles without a region")),
    ("tone:negative  tone:негатив  tone:none",
     QT_TRANSLATE_NOOP("QueryHelp", "the tone given: positive, neutral, negative, none "
                                    "(позитив, нейтрал, негатив, нет; also тон:)")),
    ("starred:yes  starred:no",
     QT_TRANSLATE_NOOP("QueryHelp", "starred articles, or those without a star "
                                    "(also звезда:да)")),
    ("review:yes",
     QT_TRANSLATE_NOOP("QueryHelp", "articles with a field extraction was unsure of, not yet "
                                    "corrected (also проверка:да)")),
    ("date:2025  date:2025-12  date:[2025-01-01 TO 2025-06-30]",
     QT_TRANSLATE_NOOP("QueryHelp", "a period")),
    ("date:сегодня вчера неделя месяц год",
     QT_TRANSLATE_NOOP("QueryHelp", "a period ending today")),
    ("( … )",
     QT_TRANSLATE_NOOP("QueryHelp", "grouping")),
]


def tr(text: str) -> str:
    return QCoreApplication.translate("QueryHelp", text)


class QueryHelp(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("QueryHelp", "Query language"))
        self.resize(720, 460)
        # Our own text, built here: nothing from an article is shown as HTML.
        rows = "".join(f"<tr><td><code>{typed}</code></td><td>{tr(meaning)}</td></tr>"
                       for typed, meaning in _ROWS)
        browser = QTextBrowser(openLinks=False)
        browser.setHtml(f"<table cellpadding=4>{rows}</table><p>"
                        + QCoreApplication.translate(
                            "QueryHelp", "Case, ё/е and Kazakh letters do not matter. Under the "
                            "search box Clipper shows what it searched for.") + "</p>")
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)
