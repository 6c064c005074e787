"""The digest as a Word document (python-docx), the same content as the PDF.

Groups are Heading 1 and clippings Heading 2 (Heading 1 when not grouped), so Word's navigation
pane lists every clipping and the contents are a real TOC field that Word fills with page
numbers when the document opens (or on "Update field"). Text was cleaned of XML-invalid
characters when the digest was built.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from clipper.changes import Progress
from clipper.export.digest import Clipping, Digest, cover_facts, failure, metadata_lines

FONT = "Times New Roman"  # on every Windows machine, and with every Kazakh letter
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)
GREY = RGBColor(0x5F, 0x63, 0x68)
MARK = "F7E9A6"
TOC_FIELD = 'TOC \\o "1-3" \\h \\z \\u'
TOC_HINT = ("Номера страниц появятся после обновления оглавления: Word предложит сделать это "
            "при открытии, или щёлкните оглавление правой кнопкой мыши → «Обновить поле» (F9).")
META_STYLE, HINT_STYLE = "Сведения о публикации", "Подсказка"


def write_docx(digest: Digest, path: Path) -> Iterator[Progress]:
    document = docx.Document()
    _page_setup(document, digest)
    _styles(document, digest.grouped)
    _cover(document, digest)
    body = _Body(document)
    _contents(body, digest)
    level = 2 if digest.grouped else 1
    total, number = digest.count, 0
    for group in digest.groups:
        if group.heading is not None:
            body.paragraph(group.heading, "Heading 1")
        for clipping in group.clippings:
            yield Progress(number, total, clipping.title)
            number += 1
            try:
                _clipping(body, clipping, number, level)
            except Exception as exc:  # python-docx refuses a value: name the article
                raise failure(clipping, exc) from exc
    _ask_to_update_fields(document)
    document.save(str(path))


class _Body:
    """Paragraphs and runs appended as WordprocessingML directly: python-docx looks a style up
    by name through every style, and finds the end of the body anew, for each paragraph
    (15 s for 200 clippings; this way well under one)."""

    def __init__(self, document):
        self._styles = {}
        self._document = document
        self._end = document.element.body.sectPr  # new paragraphs go before it

    def paragraph(self, text: str = "", style: str | None = None, **run_format):
        p = OxmlElement("w:p")
        if style:
            if style not in self._styles:
                self._styles[style] = self._document.styles[style].style_id
            properties = OxmlElement("w:pPr")
            style_element = OxmlElement("w:pStyle")
            style_element.set(qn("w:val"), self._styles[style])
            properties.append(style_element)
            p.append(properties)
        self._end.addprevious(p)
        if text:
            run(p, text, **run_format)
        return p


def run(p, text: str, *, bold: bool = False, italic: bool = False, grey: bool = False,
        fill: str | None = None):
    """A run of `text` at the end of paragraph `p`; a new line in the text is a line break."""
    r = OxmlElement("w:r")
    if bold or italic or grey or fill:
        properties = OxmlElement("w:rPr")
        for flag, tag in ((bold, "w:b"), (italic, "w:i")):
            if flag:
                properties.append(OxmlElement(tag))
        if grey:
            colour = OxmlElement("w:color")
            colour.set(qn("w:val"), str(GREY))
            properties.append(colour)
        if fill:
            shading = OxmlElement("w:shd")
            for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)):
                shading.set(qn(key), value)
            properties.append(shading)
        r.append(properties)
    for index, line in enumerate(text.split("\n")):
        if index:
            r.append(OxmlElement("w:br"))
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = line
        r.append(t)
    p.append(r)
    return r


def _page_setup(document, digest: Digest) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)  # A4, not the template's Letter
    section.left_margin, section.right_margin = Mm(25), Mm(18)
    section.top_margin, section.bottom_margin = Mm(22), Mm(20)
    section.header_distance = section.footer_distance = Mm(10)
    section.different_first_page_header_footer = True  # the cover has neither
    width = section.page_width - section.left_margin - section.right_margin
    header = section.header.paragraphs[0]
    # The template's Header style has Letter-width centre and right stops; one right stop here.
    document.styles["Header"].paragraph_format.tab_stops.clear_all()
    header.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    _grey_run(header, digest.title + ("\t" + digest.organisation if digest.organisation else ""))
    _bottom_border(header)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _grey_run(footer, "стр. ")
    _field(footer, "PAGE", "1")
    _grey_run(footer, " из ")
    _field(footer, "NUMPAGES", "1")


def _styles(document, grouped: bool) -> None:
    styles = document.styles
    normal = styles["Normal"]
    _font(normal, FONT, 12)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.1
    body = styles["Body Text"]
    _font(body, FONT, 12)
    body.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    body.paragraph_format.first_line_indent = Mm(10)
    body.paragraph_format.space_after = Pt(4)
    for name, size, colour in (("Heading 1", 15, ACCENT), ("Heading 2", 13, None),
                               ("Title", 24, None)):
        style = styles[name]
        _font(style, FONT, size, bold=True, colour=colour)
        _no_border(style)
        style.paragraph_format.keep_with_next = True
    styles["Heading 1"].paragraph_format.space_before = Pt(18)
    styles["Heading 2"].paragraph_format.space_before = Pt(16)
    styles["Heading 2"].paragraph_format.space_after = Pt(4)
    styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(styles["TOC Heading"], FONT, 15, bold=True, colour=ACCENT)
    meta = styles.add_style(META_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    meta.base_style = normal
    _font(meta, FONT, 10)
    meta.paragraph_format.space_after = Pt(0)
    meta.paragraph_format.keep_with_next = True
    meta.paragraph_format.left_indent = Mm(38)
    meta.paragraph_format.first_line_indent = -Mm(38)
    meta.paragraph_format.tab_stops.add_tab_stop(Mm(38))
    hint = styles.add_style(HINT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    hint.base_style = normal
    _font(hint, FONT, 9, italic=True, colour=GREY)
    hint.paragraph_format.space_after = Pt(10)
    for level, indent in ((1, 0), (2, 6)):
        toc = styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
        toc.base_style = normal
        toc.paragraph_format.left_indent = Mm(indent)
        toc.paragraph_format.space_after = Pt(3)
        if grouped and level == 1:  # the group names
            toc.font.bold = True
            toc.paragraph_format.space_before = Pt(6)


def _cover(document, digest: Digest) -> None:
    if digest.organisation:
        org = document.add_paragraph()
        org.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = org.add_run(digest.organisation.upper())
        run.bold, run.font.size, run.font.color.rgb = True, Pt(11), ACCENT
    title = document.add_paragraph(digest.title, style="Title")
    title.paragraph_format.space_before = Pt(170 if digest.organisation else 190)
    title.paragraph_format.space_after = Pt(30)
    facts = cover_facts(digest)
    table = document.add_table(rows=len(facts), cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row, (label, value) in zip(table.rows, facts):
        row.cells[0].width, row.cells[1].width = Mm(40), Mm(110)
        head = row.cells[0].paragraphs[0]
        head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _grey_run(head, label, size=10)
        row.cells[1].paragraphs[0].add_run(value)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _contents(body: _Body, digest: Digest) -> None:
    body.paragraph("Содержание", "TOC Heading")
    body.paragraph(TOC_HINT, HINT_STYLE)
    # The field's shown result lists the headings already (without page numbers), so the
    # contents are readable before Word updates the field.
    entries, number = [], 0
    for group in digest.groups:
        if group.heading is not None:
            entries.append((1, group.heading))
        for clipping in group.clippings:
            number += 1
            entries.append((2 if digest.grouped else 1, f"{number}. {clipping.title}"))
    for index, (level, text) in enumerate(entries):
        paragraph = body.paragraph(style=f"toc {level}")
        if index == 0:
            _field_char(paragraph, "begin")
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = f" {TOC_FIELD} "
            wrapper = OxmlElement("w:r")
            wrapper.append(instruction)
            paragraph.append(wrapper)
            _field_char(paragraph, "separate")
        run(paragraph, text)
        if index == len(entries) - 1:
            _field_char(paragraph, "end")
    page_break = OxmlElement("w:br")
    page_break.set(qn("w:type"), "page")
    wrapper = OxmlElement("w:r")
    wrapper.append(page_break)
    body.paragraph().append(wrapper)


def _clipping(body: _Body, clipping: Clipping, number: int, level: int) -> None:
    body.paragraph(f"{number}. {clipping.title}", f"Heading {level}")
    for label, value in metadata_lines(clipping.article):
        line = body.paragraph(style=META_STYLE)
        run(line, label, grey=True)
        line.append(_tab())
        run(line, value, italic=label == "Заметка")
    body.paragraph(style=META_STYLE)  # a blank line that keeps with the text
    if not clipping.paragraphs:
        body.paragraph("Текст публикации отсутствует.", "Body Text", italic=True)
    for snippet in clipping.paragraphs:
        paragraph = body.paragraph(style="Body Text")
        last = 0
        for start, end in snippet.marks:
            if start > last:
                run(paragraph, snippet.text[last:start])
            run(paragraph, snippet.text[start:end], bold=True, fill=MARK)
            last = end
        if last < len(snippet.text):
            run(paragraph, snippet.text[last:])


def _tab():
    wrapper = OxmlElement("w:r")
    wrapper.append(OxmlElement("w:tab"))
    return wrapper


def _font(style, name: str, size: float, *, bold: bool | None = None,
          italic: bool | None = None, colour: RGBColor | None = None) -> None:
    """Set a style's font for every script (Cyrillic counts as "hAnsi"), dropping the
    template's theme fonts, which Word would otherwise prefer."""
    style.font.name, style.font.size = name, Pt(size)
    if bold is not None:
        style.font.bold = bold
    if italic is not None:
        style.font.italic = italic
    if colour is not None:
        style.font.color.rgb = colour
    elif style.font.color.type is not None:
        style.font.color.rgb = RGBColor(0x1A, 0x1A, 0x1A)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), name)


def _no_border(style) -> None:
    """The template's Title has a blue rule under it; a ministry document has none."""
    ppr = style.element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):
        ppr.remove(border)


def _grey_run(paragraph, text: str, size: float | None = 8):
    run = paragraph.add_run(text)
    run.font.color.rgb = GREY
    if size:
        run.font.size = Pt(size)
    return run


def _bottom_border(paragraph) -> None:
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "4"),
                       ("w:color", "B8BEC6")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _field(paragraph, instruction: str, shown: str) -> None:
    """A simple field (PAGE, NUMPAGES) that Word and LibreOffice compute when they lay out."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "5F6368")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "16")  # half-points: 8 pt, as the rest of the footer
    props.extend([colour, size])
    text = OxmlElement("w:t")
    text.text = shown
    run.extend([props, text])
    field.append(run)
    paragraph._p.append(field)


def _field_char(paragraph, kind: str) -> None:
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    if kind == "begin":
        char.set(qn("w:dirty"), "true")  # Word recomputes it (page numbers) on opening
    wrapper = OxmlElement("w:r")
    wrapper.append(char)
    paragraph.append(wrapper)


def _ask_to_update_fields(document) -> None:
    """Word updates every field (the contents' page numbers) when it opens the file."""
    settings = document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)
