"""CSV and XLSX: one row per clipping with every field, for people who build their own reports."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterator

from clipper.changes import Progress
from clipper.export.digest import LANGS, TONES, Digest, failure

COLUMNS = ("ID", "Заголовок", "Дата", "Источник", "Автор", "Язык", "Регионы",
           "Должностные лица", "Теги", "Тональность", "Заметка", "Отмечена", "Исходный файл",
           "Импортирована")
# Column widths in XLSX, in characters, for the columns above and then the text.
_WIDTHS = (14, 60, 12, 22, 22, 11, 30, 36, 22, 13, 40, 10, 30, 19, 80)
XLSX_CELL_LIMIT = 32_767  # Excel's most characters in one cell
# A cell Excel would read as a formula (=, +, -, @ first): written with a leading apostrophe,
# so a clipping's text can never run as a formula in the reader's spreadsheet.
_FORMULA_START = ("=", "+", "-", "@")


def rows(digest: Digest) -> Iterator[tuple[object, list]]:
    """(clipping, its values in COLUMNS order plus the text) for every clipping in order."""
    for clipping in digest.clippings:
        a = clipping.article
        text = "\n".join(p.text for p in clipping.paragraphs)
        yield clipping, [a.id, a.title or "", a.date, a.source or "", a.author or "",
                         LANGS.get(a.lang, a.lang or ""), "; ".join(a.regions),
                         "; ".join(a.officials), "; ".join(a.tags),
                         TONES.get(a.tone or "", a.tone or ""), a.note or "",
                         "да" if a.starred else "нет", a.original_name or "",
                         a.imported_at.replace("T", " ") if a.imported_at else "", text]


def header(digest: Digest) -> list[str]:
    return [*COLUMNS, "Текст" if digest.full_text else "Лид"]


def write_csv(digest: Digest, path: Path) -> Iterator[Progress]:
    """RFC 4180 (commas, quoted fields), dates as YYYY-MM-DD, lists joined with "; "."""
    total = digest.count
    # utf-8-sig: the byte-order mark is how Excel knows the file is UTF-8 (Cyrillic intact).
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header(digest))
        for done, (clipping, values) in enumerate(rows(digest)):
            yield Progress(done, total, clipping.title)
            try:
                values[2] = values[2].isoformat() if values[2] else ""  # for tools: ISO
                writer.writerow([_inert(v) for v in values])
            except (ValueError, TypeError, UnicodeError) as exc:
                raise failure(clipping, exc) from exc


def write_xlsx(digest: Digest, path: Path) -> Iterator[Progress]:
    """One sheet: a bold frozen header with filters, dates as dates, readable column widths."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    total = digest.count
    book = Workbook()
    sheet = book.active
    sheet.title = "Публикации"
    sheet.append(header(digest))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="top")
    for done, (clipping, values) in enumerate(rows(digest)):
        yield Progress(done, total, clipping.title)
        try:
            for column, value in enumerate(values, start=1):
                cell = sheet.cell(done + 2, column, _fit_cell(value)
                                  if isinstance(value, str) else value)
                if isinstance(value, str):
                    cell.data_type = "s"  # never a formula, whatever the text starts with
            sheet.cell(done + 2, 3).number_format = "DD.MM.YYYY"
        except (ValueError, TypeError) as exc:
            raise failure(clipping, exc) from exc
    for index, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    book.save(path)


def _inert(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _fit_cell(text: str) -> str:
    return text if len(text) <= XLSX_CELL_LIMIT else text[:XLSX_CELL_LIMIT - 1] + "…"
