"""The PDF digest read back as its reader gets it: the pages' text, contents with page
numbers, bookmarks, embedded fonts, marked words, and nothing half-written left behind."""

import re

import pytest
from pypdf import PdfReader

from clipper.errors import ExportFailure
from clipper.export.digest import clean
from clipper.export.options import DigestOptions

from clippings import (LONG_URL, LONG_WORD, ORGANISATION, TITLE,  # noqa: F401 (fixture)
                       autumn_digest, clippings, export)

MARK_FILL = b".968627 .913725 .65098 rg"  # the highlighter yellow, #F7E9A6


@pytest.fixture(scope="module")
def digest_pdf(clippings, tmp_path_factory):
    """A digest of every clipping, grouped by region, the words of «полиция» marked."""
    archive, ids = clippings
    out = autumn_digest(archive, ids, tmp_path_factory.mktemp("pdf") / "дайджест.pdf")
    reader = PdfReader(out)
    return reader, [page.extract_text() for page in reader.pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_cover_names_the_digest_its_organisation_and_its_facts(digest_pdf):
    _reader, pages = digest_pdf
    cover = pages[0]
    assert TITLE in cover
    assert ORGANISATION.upper() in cover
    assert "Период" in cover and "с 30.09.2025 по 03.12.2025 (и без даты: 1)" in cover
    assert "Запрос: «полиция»" in cover
    assert re.search(r"Публикаций\s*5", cover)
    assert "стр." not in cover  # no page number, no running header on the cover


def test_the_contents_list_every_clipping_on_the_page_it_starts(digest_pdf, clippings):
    reader, pages = digest_pdf
    archive, ids = clippings
    contents = pages[1]
    assert contents.splitlines()[2] == "Содержание"
    entries = contents_entries(reader.pages[1])
    assert [number for number, _title, _page in entries] == [1, 2, 3, 4, 5]
    titles = {clean(archive.get(i).title) for i in ids.values()}  # control characters out
    for number, title, page in entries:
        assert any(title.startswith(t[:30]) for t in titles), title
        # the clipping starts on the page the contents give
        assert flat(f"{number}. {title}")[:40] in flat(pages[page - 1]), (title, page)
    assert "Павлодарская область" in contents and "Без привязки к региону" in contents


def contents_entries(page) -> list[tuple[int, str, int]]:
    """(number, headline, page) of each clipping the contents list: the page is the number at
    the right edge on the entry's last line (the first such number at or below its start)."""
    pieces = []
    page.extract_text(visitor_text=lambda text, cm, tm, font, size: pieces.append(
        (text.strip(), tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5])) if text.strip() else None)
    numbers = sorted(((y, int(m[1])) for t, x, y in pieces if x > 300
                      for m in [re.fullmatch(r"[ .]*?(\d+)", t)] if m), reverse=True)
    entries = []
    for text, _x, y in pieces:
        match = re.match(r"(\d+)\. (.+)", text)
        if match:
            page_number = next(n for number_y, n in numbers if number_y <= y + 0.5)
            entries.append((int(match[1]), match[2].split(" —")[0], page_number))
    return entries


def test_each_page_after_the_cover_has_the_running_header_and_its_number(digest_pdf):
    _reader, pages = digest_pdf
    for number, text in enumerate(pages[1:], start=2):
        assert text.startswith(TITLE + "\n" + ORGANISATION)
        assert f"стр. {number} из {len(pages)}" in text


def test_a_clipping_shows_its_facts_under_its_headline(digest_pdf):
    _reader, pages = digest_pdf
    text = "\n".join(pages[2:])
    block = text[text.index("В Павлодаре задержали группу телефонных мошенников"):]
    for label, value in (("Источник", "Kazinform"), ("Дата", "14.11.2025"),
                         ("Регионы", "Павлодарская область"), ("Теги", "Закон и порядок"),
                         ("Тональность", "негативная")):
        assert re.search(f"{label}\\s+{value}", block[:600]), label
    assert "Заметка: Проверить цифры: <ущерб> & «сроки»\nВторая строка заметки" in block
    assert "Сотрудники полиции Павлодарской области задержали группу" in block


def test_kazakh_letters_come_through(digest_pdf):
    _reader, pages = digest_pdf
    text = "\n".join(pages)
    assert "Алматыда жол-көлік оқиғасы тіркелді" in text
    assert set("әғқңөұүһіӘҒҚҢӨҰҮҺІ") & set(text) >= set("әғқңөұүһі")


def test_markup_and_odd_text_print_as_written(digest_pdf):
    _reader, pages = digest_pdf
    text = "\n".join(pages)
    assert "Тарифы AT&T и «кавычки»: a<b, c>d, &nbsp; и 'апострофы'" in text
    assert flat("<b>жирный</b> <img src='/etc/passwd'/> и <script>alert(1)</script>") in flat(text)
    assert '"прямые кавычки"' in text and "₸" in text
    assert LONG_WORD in flat(text)  # wrapped over lines, never cut or overflowing
    assert flat(LONG_URL) in flat(text)
    assert "😀" not in text  # no font has it: left out rather than printed as a box
    assert "Текст публикации отсутствует." in text  # the article whose text is gone


def test_fonts_are_embedded_dejavu(digest_pdf):
    reader, _pages = digest_pdf
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert {name.split("+")[-1] for name in fonts} >= {"DejaVuSerif", "DejaVuSerif-Bold",
                                                       "DejaVuSans"}
    for name, font in fonts.items():
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), name


def test_matched_words_are_marked_and_bookmarks_list_the_clippings(digest_pdf):
    reader, pages = digest_pdf
    page = next(i for i, text in enumerate(pages) if "Сотрудники полиции Павлодарской" in text)
    assert MARK_FILL in reader.pages[page].get_contents().get_data()
    outline = [item["/Title"] for item in _walk(reader.outline)]
    assert "Павлодарская область" in outline
    assert "1. В Павлодаре задержали группу телефонных мошенников" in outline or any(
        t.endswith("В Павлодаре задержали группу телефонных мошенников") for t in outline)


def _walk(items):
    for item in items:
        if isinstance(item, list):
            yield from _walk(item)
        else:
            yield item


def test_without_a_query_nothing_is_marked(clippings, tmp_path):
    archive, ids = clippings
    out = export(archive, tmp_path / "plain.pdf", ids=[ids["ru"]],
                 options=DigestOptions(full_text=False))
    reader = PdfReader(out)
    assert all(MARK_FILL not in page.get_contents().get_data() for page in reader.pages)
    assert len(reader.pages) == 3  # cover, contents, the clipping's lead


def test_a_cancelled_export_leaves_no_file(clippings, tmp_path):
    archive, ids = clippings
    out = tmp_path / "cancelled.pdf"
    job = archive.export_job(out, ids=list(ids.values()))
    progress = next(iter_job := iter(job))
    assert progress.total > 0
    iter_job.close()
    assert list(tmp_path.iterdir()) == []


def test_a_failure_names_the_article_and_leaves_no_file(clippings, tmp_path, monkeypatch):
    from clipper.export import pdf

    archive, ids = clippings
    original = pdf._BodyParagraph.draw

    def draw(self):  # reportlab failing on one article's paragraph
        if "Павлодарской" in self.text:
            raise ValueError("cannot draw this paragraph")
        original(self)

    monkeypatch.setattr(pdf._BodyParagraph, "draw", draw)
    out = tmp_path / "failed.pdf"
    with pytest.raises(ExportFailure) as failure:
        archive.export_job(out, ids=[ids["kk"], ids["ru"]]).run()
    message = str(failure.value)
    assert ids["ru"] in message and "В Павлодаре задержали группу" in message
    assert "cannot draw this paragraph" in message
    assert list(tmp_path.iterdir()) == []


def test_progress_climbs_to_the_end_naming_the_clippings(clippings, tmp_path):
    archive, ids = clippings
    steps = list(archive.export_job(tmp_path / "progress.pdf", ids=[ids["ru"], ids["kk"]]))
    done = [step.done for step in steps]
    assert done == sorted(done) and steps[-1].done == steps[-1].total > 0
    assert {step.current for step in steps} >= {"В Павлодаре задержали группу телефонных "
                                                 "мошенников", "Алматыда жол-көлік оқиғасы тіркелді"}
