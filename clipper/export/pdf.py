"""The digest as a PDF (reportlab platypus): cover, contents with page numbers, clippings.

Every string from an article is escaped before it becomes Paragraph markup (reportlab parses
markup: `a<b` would raise, `&nbsp;` vanish, `<img src=…>` open a local file), and article bodies
are top-level paragraphs, never table cells (a long cell cannot split across pages).
"""

from __future__ import annotations

import queue
import threading
from pathlib import Path
from typing import Iterator
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.tableofcontents import TableOfContents

from clipper.changes import Progress
from clipper.errors import ExportFailure
from clipper.export.digest import (Clipping, Digest, cover_facts, failure, format_date,
                                   format_period, metadata_lines)
from clipper.export.pdf_style import (ACCENT, MARGINS, MARK, PAGE, RULE, SERIF,
                                      NumberedCanvas, register_fonts, running_header, styles)
from clipper.index import Snippet

# Metadata values longer than this go to the table cut short: a table row must fit one page.
_CELL_CHARS = 1_500
# Every table's own font is ours too (a table names Helvetica for its cells otherwise).
_TABLE_BASE = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), SERIF)]
# reportlab lays a document out twice (the second time with the contents' page numbers).
_PASSES = 2


class _Cancelled(Exception):
    """Raised inside the layout thread when the job's generator was closed."""


def write_pdf(digest: Digest, path: Path) -> Iterator[Progress]:
    """Lay the digest out into `path`, yielding Progress; closing the generator stops it."""
    unsupported = register_fonts()
    story = _Story(digest, unsupported).build()
    events: queue.Queue = queue.Queue()
    cancel = threading.Event()
    doc = _DigestDoc(str(path), digest, events, cancel)

    def lay_out() -> None:
        try:
            doc.multiBuild(story, canvasmaker=NumberedCanvas)
            events.put(("done", None))
        except BaseException as exc:  # handed to the generator, which raises it
            events.put(("error", exc))

    total = digest.count * _PASSES
    clippings = digest.clippings
    current: Clipping | None = None
    # Layout runs in a thread so that this generator can yield as pages are made; the
    # generator only waits for the thread's news, and a cancel is seen at the next clipping.
    worker = threading.Thread(target=lay_out, name="pdf-layout", daemon=True)
    worker.start()
    try:
        while True:
            kind, value = events.get()
            if kind == "clipping":
                done, number = value
                current = clippings[number - 1]
                yield Progress(min(done, total - 1), total, current.title)
            elif kind == "done":
                break
            elif isinstance(value, ExportFailure):
                raise value
            elif current is None:
                raise ExportFailure(f"cannot lay out the digest's cover and contents: "
                                    f"{value!r}") from value
            else:
                raise failure(current, value) from value
    finally:
        cancel.set()
        worker.join()


class _BodyParagraph(Paragraph):
    """An article paragraph, not drawn on the first layout pass: that pass only finds the pages
    the headings fall on (its contents show page 0 everywhere, so it is never the last), and
    drawing the text is most of the cost of a pass."""

    def draw(self) -> None:
        if getattr(self.canv, "_doctemplate", None) is not None and \
                self.canv._doctemplate.layout_pass == 1:
            return
        super().draw()


class _DigestDoc(BaseDocTemplate):
    """A4 with a cover template (no header) and a body template (running header); headings
    feed the table of contents and the PDF's bookmarks, and report progress."""

    def __init__(self, filename: str, digest: Digest, events: queue.Queue,
                 cancel: threading.Event):
        super().__init__(filename, pagesize=PAGE, leftMargin=MARGINS["left"],
                         rightMargin=MARGINS["right"], topMargin=MARGINS["top"],
                         bottomMargin=MARGINS["bottom"], title=digest.title,
                         author=digest.organisation, subject=format_period(digest),
                         creator="Clipper",
                         # our own face from the start: no unembedded Helvetica is even named
                         initialFontName=SERIF)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", [frame]),
            PageTemplate("body", [frame], onPage=running_header(digest.title,
                                                                digest.organisation)),
        ])
        self._events, self._cancel = events, cancel
        self._count, self.layout_pass = digest.count, 0
        self.setProgressCallBack(self._on_progress)

    def _on_progress(self, kind: str, value) -> None:
        if kind == "PASS":
            self.layout_pass = value

    def afterFlowable(self, flowable) -> None:
        entry = getattr(flowable, "toc_entry", None)
        if entry is None:
            return
        level, text, key, number = entry
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(getattr(flowable, "outline_text", text), key, level=level,
                                  closed=level == 0 and number is None)
        self.notify("TOCEntry", (level, text, self.page, key))
        if number is not None:
            if self._cancel.is_set():
                raise _Cancelled()
            done = (self.layout_pass - 1) * self._count + number
            self._events.put(("clipping", (done, number)))


class _Story:
    """The flowables of a digest, in reading order."""

    def __init__(self, digest: Digest, unsupported):
        self.digest = digest
        self.unsupported = unsupported
        self.s = styles()

    def text(self, value: str) -> str:
        """Article text as safe markup: characters the fonts lack dropped, markup escaped."""
        return escape(self.unsupported.sub("", value))

    def marked(self, snippet: Snippet) -> str:
        out, last = [], 0
        for start, end in snippet.marks:
            out += [self.text(snippet.text[last:start]), f'<font backColor="{MARK}"><b>',
                    self.text(snippet.text[start:end]), "</b></font>"]
            last = end
        out.append(self.text(snippet.text[last:]))
        return "".join(out)

    def build(self) -> list:
        story = self.cover() + self.contents()
        number = 0
        for index, group in enumerate(self.digest.groups):
            if group.heading is not None:
                if index:
                    story.append(CondPageBreak(60 * mm))
                heading = Paragraph(self.text(group.heading), self.s["group"])
                heading.toc_entry = (0, self.text(group.heading), f"g{index}", None)
                story += [heading, HRFlowable(width="100%", thickness=0.8, color=ACCENT,
                                              spaceBefore=0, spaceAfter=8)]
            for position, clipping in enumerate(group.clippings):
                number += 1
                story += self.clipping(clipping, number, first=position == 0)
        return story

    def cover(self) -> list:
        d, s = self.digest, self.s
        rows = [[Paragraph(self.text(label), s["cover_label"]),
                 Paragraph("<br/>".join(self.text(line) for line in value.split("\n")),
                           s["cover_value"])] for label, value in cover_facts(d)]
        table = Table(rows, colWidths=(38 * mm, 110 * mm), hAlign="CENTER")
        table.setStyle(TableStyle([*_TABLE_BASE,
                                   ("TOPPADDING", (0, 0), (-1, -1), 4),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                                   ("LEFTPADDING", (1, 0), (1, -1), 10),
                                   ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE)]))
        flow = [Spacer(1, 18 * mm)]
        if d.organisation:
            flow.append(Paragraph(self.text(d.organisation.upper()), s["cover_org"]))
        flow += [Spacer(1, 55 * mm), Paragraph(self.text(d.title), s["cover_title"]),
                 Spacer(1, 8 * mm),
                 HRFlowable(width="30%", thickness=1.2, color=ACCENT, hAlign="CENTER"),
                 Spacer(1, 16 * mm), table,
                 NextPageTemplate("body"), PageBreak()]
        return flow

    def contents(self) -> list:
        toc = TableOfContents(levelStyles=[self.s["toc_group"], self.s["toc_clipping"]],
                              dotsMinLevel=1, rightColumnWidth=12 * mm,
                              tableStyle=TableStyle([*_TABLE_BASE,
                                                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                     ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                                     ("TOPPADDING", (0, 0), (-1, -1), 1),
                                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        if not self.digest.grouped:
            toc.levelStyles = [self.s["toc_clipping"]]
        # The entries are known before layout (only their pages are not): giving them now
        # makes the first pass as long as the last, so two passes settle every page number.
        toc.addEntries(self._toc_entries())
        return [Paragraph("Содержание", self.s["toc_title"]), toc, PageBreak()]

    def _toc_entries(self) -> list[tuple]:
        entries, number = [], 0
        for index, group in enumerate(self.digest.groups):
            if group.heading is not None:
                entries.append((0, self.text(group.heading), 0, f"g{index}"))
            for clipping in group.clippings:
                number += 1
                entries.append((self._level(), self._toc_text(clipping, number), 0,
                                f"c{number}"))
        return entries

    def _level(self) -> int:
        return 1 if self.digest.grouped else 0

    def _toc_text(self, clipping: Clipping, number: int) -> str:
        a = clipping.article
        date = "" if self.digest.group_by == "date" else format_date(a.date)  # the group says
        source = ", ".join(v for v in (a.source or "", date) if v)
        return (f"{number}. {self.text(clipping.title)}"
                + (f' <font size="8" color="#5F6368">— {self.text(source)}</font>'
                   if source else ""))

    def clipping(self, clipping: Clipping, number: int, first: bool) -> list:
        s = self.s
        try:
            flow = [] if first else [Spacer(1, 4 * mm),
                                     HRFlowable(width="100%", thickness=0.4, color=RULE,
                                                spaceBefore=0, spaceAfter=6 * mm),
                                     CondPageBreak(30 * mm)]
            heading = Paragraph(f"{number}. {self.text(clipping.title)}", s["clipping"])
            heading.toc_entry = (self._level(), self._toc_text(clipping, number),
                                 f"c{number}", number)
            heading.outline_text = f"{number}. {self.unsupported.sub('', clipping.title)}"
            # Headline, facts and note keep with the first paragraph (keepWithNext), so a
            # headline never ends a page alone.
            flow += [heading, self.metadata(clipping)]
            note = clipping.article.note
            if note:
                note_paragraph = Paragraph("<b>Заметка:</b> " + "<br/>".join(
                    self.text(line) for line in note.split("\n")), s["note"])
                note_paragraph.keepWithNext = True
                flow.append(note_paragraph)
            if not clipping.paragraphs:
                flow.append(Paragraph("Текст публикации отсутствует.", s["empty"]))
            for paragraph in clipping.paragraphs:
                flow.append(_BodyParagraph(self.marked(paragraph), s["body"]))
            return flow
        except Exception as exc:  # a paragraph reportlab refuses: name the article
            raise failure(clipping, exc) from exc

    def metadata(self, clipping: Clipping) -> Table:
        s = self.s
        rows = [[Paragraph(self.text(label), s["meta_label"]),
                 Paragraph(self.text(value[:_CELL_CHARS]), s["meta"])]
                for label, value in metadata_lines(clipping.article) if label != "Заметка"]
        if not rows:
            rows = [[Paragraph("Источник", s["meta_label"]), Paragraph("не указан", s["meta"])]]
        table = Table(rows, colWidths=(34 * mm, None), hAlign="LEFT")
        table.setStyle(TableStyle([*_TABLE_BASE,
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
        table.keepWithNext = True
        table.spaceAfter = 3 * mm
        return table
