"""The reading pane: an article's metadata and clean text, with the search hits marked.

Article text is untrusted: it is escaped and shown as text, nothing in it is interpreted as
HTML, and the view loads no resource at all (no network, no local `file:` images).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from clipper.model import Article

HIT_STYLE = "background-color:#ffe58a; font-weight:bold"
MAX_MARKED = 2_000  # marks beyond this many are left plain: a huge article stays quick to show


class SafeBrowser(QTextBrowser):
    """A text browser that fetches nothing: not from the network, not from the disk."""

    def loadResource(self, _type, _url):
        return None


class Reader(QWidget):
    open_original = Signal()
    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = SafeBrowser()
        self.view.setOpenLinks(False)
        self.view.setOpenExternalLinks(False)
        self.view.setAccessibleName(self.tr("Article text"))
        self.original_button = QPushButton(self.tr("Open original"))
        self.original_button.setToolTip(self.tr("The file as it was imported (Ctrl+Shift+O)"))
        self.original_button.clicked.connect(self.open_original)
        self.edit_button = QPushButton(self.tr("Edit details…"))
        self.edit_button.setToolTip(self.tr("Correct headline, date, outlet, regions… (F2)"))
        self.edit_button.clicked.connect(self.edit_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.original_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.article: Article | None = None
        self.show_article(None)

    def show_article(self, article: Article | None, spans: list[tuple[int, int]] = ()) -> None:
        self.article = article
        self.original_button.setEnabled(article is not None)
        self.edit_button.setEnabled(article is not None)
        if article is None:
            nothing = self.tr("No article chosen.")
            self.view.setHtml(f"<p style='color:#777'>{escape(nothing)}</p>")
            return
        self.view.setHtml(self._header(article) + _body(article.text, spans))

    def _header(self, article: Article) -> str:
        corrected, uncertain = set(article.corrected), set(article.uncertain) - set(
            article.corrected)
        # lupdate does not look inside f-strings: each text is translated on a line of its own
        corrected_text, check_text = self.tr("corrected"), self.tr("check")
        unknown_text = self.tr("unknown")
        corrected_mark = f" <span style='color:#2a7'>✎{escape(corrected_text)}</span>"
        check_mark = f" <span style='color:#c60'>⚠{escape(check_text)}</span>"
        unknown = f"<span style='color:#999'>{escape(unknown_text)}</span>"

        def mark(field: str) -> str:
            if field in corrected:
                return corrected_mark
            if field in uncertain:
                return check_mark
            return ""

        def line(label: str, value: str, field: str) -> str:
            shown = escape(value) if value else unknown
            return f"<tr><td style='color:#666; padding-right:8px'>{escape(label)}</td>" \
                   f"<td>{shown}{mark(field)}</td></tr>"

        title = escape(article.title or self.tr("(no headline)"))
        rows = [
            line(self.tr("Date"), article.date.isoformat() if article.date else "", "date"),
            line(self.tr("Outlet"), article.source or "", "source"),
            line(self.tr("Author"), article.author or "", "author"),
            line(self.tr("Regions"), ", ".join(article.regions) or self.tr("nationwide"),
                 "regions"),
            line(self.tr("Officials"), "; ".join(
                f"{name} ({article.roles[name]})" if article.roles.get(name) else name
                for name in article.officials), "officials"),
        ]
        if article.tags:
            rows.append(line(self.tr("Tags"), ", ".join(article.tags), "tags"))
        if article.tone:
            tones = {"positive": self.tr("positive"), "neutral": self.tr("neutral"),
                     "negative": self.tr("negative")}
            rows.append(line(self.tr("Tone"), tones.get(article.tone, article.tone), "tone"))
        if article.note:
            rows.append(line(self.tr("Note"), article.note, "note"))
        star = "★ " if article.starred else ""
        return (f"<h2 style='margin-bottom:4px'>{star}{title}{mark('title')}</h2>"
                f"<table style='font-size:small'>{''.join(rows)}</table><hr/>")


def _body(text: str, spans) -> str:
    """The text as escaped HTML paragraphs with the matched words marked."""
    out, last = [], 0
    for start, end in list(spans)[:MAX_MARKED]:
        out.append(escape(text[last:start]))
        out.append(f"<span style='{HIT_STYLE}'>{escape(text[start:end])}</span>")
        last = end
    out.append(escape(text[last:]))
    html = "".join(out)
    paragraphs = [p.replace("\n", "<br/>") for p in html.split("\n\n")]
    return "".join(f"<p>{p}</p>" for p in paragraphs if p.strip())
