"""CSV and XLSX read back: one row per clipping with every field, Cyrillic intact in Excel,
nothing a spreadsheet would run as a formula, and a thousand clippings in order."""

import csv
import datetime as dt
import hashlib

import pytest
from openpyxl import load_workbook

from clipper.catalog import articles
from clipper.export.options import DigestOptions
from clipper.model import Extraction

from clippings import NOTE, clippings, export  # noqa: F401 (fixture)

HEADER = ["ID", "Заголовок", "Дата", "Источник", "Автор", "Язык", "Регионы",
          "Должностные лица", "Теги", "Тональность", "Заметка", "Отмечена", "Исходный файл",
          "Импортирована"]


def read_csv(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_csv_has_a_bom_a_header_and_every_field(clippings, tmp_path):
    archive, ids = clippings
    out = export(archive, tmp_path / "клиппинг.csv", ids=[ids["ru"], ids["kk"]])
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # how Excel knows it is UTF-8
    rows = read_csv(out)
    assert rows[0] == HEADER + ["Текст"]
    ru = dict(zip(rows[0], rows[1]))
    assert ru["ID"] == ids["ru"]
    assert ru["Заголовок"] == "В Павлодаре задержали группу телефонных мошенников"
    assert ru["Дата"] == "2025-11-14"
    assert (ru["Источник"], ru["Язык"], ru["Регионы"]) == ("Kazinform", "русский",
                                                            "Павлодарская область")
    assert ru["Должностные лица"] == "Ерлан Тасбулатов"
    assert (ru["Теги"], ru["Тональность"], ru["Отмечена"]) == ("Закон и порядок", "негативная",
                                                               "да")
    assert ru["Заметка"] == NOTE.replace("\x07", "")
    assert ru["Исходный файл"] == "ru.txt" and ru["Импортирована"][:2] == "20"
    assert ru["Текст"].startswith("Сотрудники полиции") and ru["Текст"].count("\n") == 2
    kk = dict(zip(rows[0], rows[2]))
    assert kk["Заголовок"] == "Алматыда жол-көлік оқиғасы тіркелді" and kk["Язык"] == "казахский"
    assert kk["Теги"] == "ДТП; Закон и порядок" and kk["Отмечена"] == "нет"


def test_lead_only_tables_carry_the_lead(clippings, tmp_path):
    archive, ids = clippings
    out = export(archive, tmp_path / "lead.csv", ids=[ids["ru"]],
                 options=DigestOptions(full_text=False))
    header, row = read_csv(out)
    assert header[-1] == "Лид" and row[-1].count("\n") == 1


def test_odd_text_survives_a_csv_round_trip(clippings, tmp_path):
    archive, ids = clippings
    rows = read_csv(export(archive, tmp_path / "odd.csv", ids=[ids["nasty"], ids["empty"]]))
    nasty, empty = (dict(zip(rows[0], row)) for row in rows[1:])
    assert nasty["Заголовок"] == "Тарифы AT&T и «кавычки»: a<b, c>d, &nbsp; и 'апострофы'"
    assert "эмодзи 😀👍 и знак ₸, а также \"прямые кавычки\"" in nasty["Текст"]
    assert empty["Текст"] == "" and empty["Дата"] == "2025-09-30"


@pytest.fixture(scope="module")
def thousand(tmp_path_factory):
    """An archive of 1,000 clippings made through the catalog, one headline a formula."""
    from clipper.archive import Archive

    archive = Archive.open(tmp_path_factory.mktemp("thousand") / "archive")
    ids = []
    with archive.catalog.transaction() as conn:
        for i in range(1000):
            title = "=HYPERLINK(\"http://x\")" if i == 500 else f"Сообщение №{i}: қала әкімдігі"
            text = f"Текст сообщения {i}.\n- Реплика в начале абзаца." if i % 2 else ""
            digest = hashlib.sha256(str(i).encode()).hexdigest()
            article_id = f"t{i:04d}"
            articles.insert(conn, article_id=article_id, content_hash=digest, text_hash=digest,
                            original_name=f"{i}.txt", original_path="",
                            imported_at="2025-12-01T10:00:00",
                            extraction=Extraction(
                                raw_text=text, text=text, encoding="utf-8", title=title,
                                date=dt.date(2025, 1, 1) + dt.timedelta(days=i % 365),
                                source="Kazinform", regions=["Алматы"]))
            ids.append(article_id)
    yield archive, ids[::-1]  # exported in this (reversed) order
    archive.close()


def test_a_thousand_clippings_in_csv_one_row_each_in_order(thousand, tmp_path):
    archive, ids = thousand
    rows = read_csv(export(archive, tmp_path / "1000.csv", ids=ids))
    assert len(rows) == 1001
    assert [row[0] for row in rows[1:]] == ids
    by_id = {row[0]: row for row in rows[1:]}
    assert by_id["t0007"][1] == "Сообщение №7: қала әкімдігі"
    assert by_id["t0007"][2] == "2025-01-08"
    # A cell Excel would run as a formula starts with an apostrophe instead.
    assert by_id["t0500"][1] == "'=HYPERLINK(\"http://x\")"
    assert by_id["t0001"][-1] == "Текст сообщения 1.\n- Реплика в начале абзаца."


def test_xlsx_has_a_frozen_header_real_dates_and_no_formulas(thousand, tmp_path):
    archive, ids = thousand
    out = export(archive, tmp_path / "1000.xlsx", ids=ids)
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == HEADER + ["Текст"]
    assert len(rows) == 1001 and [row[0] for row in rows[1:]] == ids
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.column_dimensions["B"].width == 60
    assert sheet.auto_filter.ref == f"A1:O{len(rows)}"
    first = sheet["C2"]  # t0999's date, as a date Excel can sort and filter
    assert first.value == dt.datetime(2025, 1, 1) + dt.timedelta(days=999 % 365)
    assert first.number_format == "DD.MM.YYYY"
    row_500 = next(row for row in sheet.iter_rows(min_row=2) if row[0].value == "t0500")
    assert row_500[1].value == "=HYPERLINK(\"http://x\")" and row_500[1].data_type == "s"
    assert row_500[2].value == dt.datetime(2025, 5, 16)
