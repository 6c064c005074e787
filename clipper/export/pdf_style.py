"""How a PDF digest looks: the embedded fonts, paragraph styles, colours and page furniture.

Calm on purpose (it goes to a minister's office): A4, a serif text face, one dark blue for
headings and rules, grey for secondary facts, a pale yellow behind the words the search matched.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdf_canvas

from clipper.errors import ExportFailure
from clipper.paths import resources_dir

SERIF, SANS = "DigestSerif", "DigestSans"
_FILES = {
    SERIF: ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
    SANS: ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
}
_SUFFIXES = ("", "-Bold", "-Italic", "-BoldItalic")

INK = colors.HexColor("#1A1A1A")
ACCENT = colors.HexColor("#1F3A5F")  # headings, rules: a dark administrative blue
GREY = colors.HexColor("#5F6368")
RULE = colors.HexColor("#B8BEC6")
MARK = "#F7E9A6"  # behind matched words: a soft highlighter yellow

PAGE = A4
MARGINS = dict(left=25 * mm, right=18 * mm, top=24 * mm, bottom=20 * mm)


@lru_cache(maxsize=1)
def register_fonts() -> re.Pattern:
    """Register DejaVu Serif and Sans (four faces each) from resources/fonts/ once; returns
    the pattern of characters none of the faces can draw (an emoji would print as a box)."""
    folder = resources_dir() / "fonts"
    covered: set[int] | None = None
    for family, files in _FILES.items():
        for suffix, file in zip(_SUFFIXES, files):
            path = folder / f"{file}.ttf"
            if not path.is_file():
                raise ExportFailure(f"the font {path} is missing: reinstall Clipper")
            font = TTFont(family + suffix, str(path))
            pdfmetrics.registerFont(font)
            chars = set(font.face.charToGlyph)
            covered = chars if covered is None else covered & chars
        pdfmetrics.registerFontFamily(family, normal=family, bold=family + "-Bold",
                                      italic=family + "-Italic",
                                      boldItalic=family + "-BoldItalic")
    return re.compile("[^" + _ranges(sorted(covered | {10})) + "]")


def _ranges(points: list[int]) -> str:
    """A regex character class body for the code points, as ranges."""
    parts, start = [], points[0]
    for prev, point in zip(points, points[1:] + [None]):
        if point != prev + 1:
            parts.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev))
                                                  if prev != start else ""))
            start = point
    return "".join(parts)


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=SERIF, fontSize=10.5, leading=15, textColor=INK,
                          alignment=TA_JUSTIFY, firstLineIndent=8 * mm, spaceAfter=3,
                          splitLongWords=True)
    meta = ParagraphStyle("meta", fontName=SANS, fontSize=8.5, leading=11.5, textColor=INK)
    return {
        "body": body,
        "meta": meta,
        "meta_label": ParagraphStyle("meta_label", parent=meta, textColor=GREY),
        "note": ParagraphStyle("note", parent=meta, fontName=SERIF + "-Italic", fontSize=9.5,
                               leading=13, leftIndent=4 * mm, borderPadding=(2, 0, 2, 6),
                               spaceBefore=4, spaceAfter=2),
        "clipping": ParagraphStyle("clipping", fontName=SERIF + "-Bold", fontSize=13,
                                   leading=16.5, textColor=INK, spaceBefore=6, spaceAfter=5,
                                   keepWithNext=True, splitLongWords=True),
        "group": ParagraphStyle("group", fontName=SANS + "-Bold", fontSize=13, leading=17,
                                textColor=ACCENT, spaceBefore=16, spaceAfter=10,
                                keepWithNext=True),
        "empty": ParagraphStyle("empty", parent=body, fontName=SERIF + "-Italic",
                                textColor=GREY, firstLineIndent=0),
        "toc_title": ParagraphStyle("toc_title", fontName=SANS + "-Bold", fontSize=15,
                                    leading=20, textColor=ACCENT, spaceAfter=14),
        "toc_group": ParagraphStyle("toc_group", fontName=SANS + "-Bold", fontSize=9.5,
                                    leading=13, textColor=ACCENT, spaceBefore=5,
                                    rightIndent=12 * mm),
        "toc_clipping": ParagraphStyle("toc_clipping", fontName=SERIF, fontSize=9.5,
                                       leading=12.5, textColor=INK, leftIndent=6 * mm,
                                       firstLineIndent=-6 * mm, rightIndent=12 * mm,
                                       spaceBefore=1, splitLongWords=True),
        "cover_org": ParagraphStyle("cover_org", fontName=SANS + "-Bold", fontSize=10.5,
                                    leading=15, textColor=ACCENT, alignment=TA_CENTER),
        "cover_title": ParagraphStyle("cover_title", fontName=SERIF + "-Bold", fontSize=24,
                                      leading=31, textColor=INK, alignment=TA_CENTER,
                                      splitLongWords=True),
        "cover_label": ParagraphStyle("cover_label", fontName=SANS, fontSize=9, leading=13,
                                      textColor=GREY, alignment=TA_RIGHT),
        "cover_value": ParagraphStyle("cover_value", fontName=SERIF, fontSize=10.5,
                                      leading=14, textColor=INK, alignment=TA_LEFT,
                                      splitLongWords=True),
        "cover_foot": ParagraphStyle("cover_foot", fontName=SANS, fontSize=8.5, leading=12,
                                     textColor=GREY, alignment=TA_CENTER),
    }


def running_header(title: str, organisation: str):
    """The onPage callback of every page but the cover: title left, organisation right, a rule."""
    width, height = PAGE
    left, right = MARGINS["left"], width - MARGINS["right"]
    y = height - MARGINS["top"] + 9 * mm

    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(GREY)
        room = (right - left) * (0.55 if organisation else 1.0)
        canvas.drawString(left, y, _fit(title, SANS, 7.5, room))
        if organisation:
            canvas.drawRightString(right, y, _fit(organisation, SANS, 7.5,
                                                  (right - left) * 0.42))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, y - 2.5 * mm, right, y - 2.5 * mm)
        canvas.restoreState()

    return draw


def _fit(text: str, font: str, size: float, room: float) -> str:
    """`text` cut with an ellipsis to fit `room` points."""
    if pdfmetrics.stringWidth(text, font, size) <= room:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


class NumberedCanvas(pdf_canvas.Canvas):
    """Draws "стр. N из M" at the foot of every page but the cover, once M is known: pages are
    held until save() (the reportlab recipe for "page N of M")."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for page in self._pages:
            self.__dict__.update(page)
            if self._pageNumber > 1:
                self.setFont(SANS, 8)
                self.setFillColor(GREY)
                self.drawCentredString(PAGE[0] / 2 + (MARGINS["left"] - MARGINS["right"]) / 2,
                                       MARGINS["bottom"] - 9 * mm,
                                       f"стр. {self._pageNumber} из {total}")
            super().showPage()
        super().save()
