"""The Word digest read back with python-docx: headings Word's navigation pane lists, the TOC
field, header and footer, each clipping's facts, marked words, and odd text kept intact."""

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm

from clipper.errors import ExportFailure

from clippings import (LONG_URL, LONG_WORD, ORGANISATION, TITLE,  # noqa: F401 (fixture)
                       autumn_digest, clippings)



@pytest.fixture(scope="module")
def digest_docx(clippings, tmp_path_factory):
    archive, ids = clippings
    out = autumn_digest(archive, ids, tmp_path_factory.mktemp("docx") / "дайджест.docx")
    return Document(out)


def styled(document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


def test_groups_and_clippings_are_headings_the_navigation_pane_lists(digest_docx, clippings):
    archive, ids = clippings
    assert styled(digest_docx, "Heading 1") == ["Алматы", "Павлодарская область", "Шымкент",
                                                "Без привязки к региону"]
    clippings_shown = styled(digest_docx, "Heading 2")
    assert clippings_shown[:3] == ["1. Алматыда жол-көлік оқиғасы тіркелді",
                                   "2. В Павлодаре задержали группу телефонных мошенников",
                                   "3. В Шымкенте открыли новый пункт полиции"]
    assert len(clippings_shown) == len(ids)


def test_the_contents_are_a_toc_field_over_the_headings(digest_docx):
    body = digest_docx.element.body
    instructions = [i.text for i in body.iter(qn("w:instrText"))]
    assert instructions == [' TOC \\o "1-3" \\h \\z \\u ']
    kinds = [c.get(qn("w:fldCharType")) for c in body.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"]
    # Until Word updates the field it shows the headings, and says how to get page numbers.
    assert styled(digest_docx, "toc 1") == styled(digest_docx, "Heading 1")
    assert styled(digest_docx, "toc 2") == styled(digest_docx, "Heading 2")
    assert any("Обновить поле" in text for text in styled(digest_docx, "Подсказка"))
    settings = digest_docx.settings.element
    assert settings.find(qn("w:updateFields")).get(qn("w:val")) == "true"


def test_the_cover_and_the_page_furniture(digest_docx):
    section = digest_docx.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.1)  # A4, in Word's twentieths of a point
    assert abs(section.page_height - Mm(297)) < Mm(0.1)
    assert section.different_first_page_header_footer  # a cover without header or footer
    assert section.header.paragraphs[0].text == TITLE + "\t" + ORGANISATION
    footer = section.footer.paragraphs[0]._p
    assert [f.get(qn("w:instr")) for f in footer.iter(qn("w:fldSimple"))] == ["PAGE", "NUMPAGES"]
    assert styled(digest_docx, "Title") == [TITLE]
    assert digest_docx.paragraphs[0].text == ORGANISATION.upper()
    cover = [[cell.text for cell in row.cells] for row in digest_docx.tables[0].rows]
    assert cover[0] == ["Период", "с 30.09.2025 по 03.12.2025 (и без даты: 1)"]
    assert cover[1] == ["Отбор", "Публикации отобраны вручную из результатов поиска\n"
                                 "Запрос: «полиция»"]
    assert cover[2] == ["Публикаций", "5"]


def test_a_clipping_shows_its_facts_and_text(digest_docx):
    paragraphs = digest_docx.paragraphs
    texts = [p.text for p in paragraphs]
    start = next(i for i, p in enumerate(paragraphs) if p.style.name == "Heading 2"
                 and p.text == "2. В Павлодаре задержали группу телефонных мошенников")
    facts = texts[start + 1:start + 9]
    assert facts == ["Источник\tKazinform", "Дата\t14.11.2025",
                     "Регионы\tПавлодарская область", "Должностные лица\tЕрлан Тасбулатов",
                     "Теги\tЗакон и порядок", "Тональность\tнегативная",
                     "Заметка\tПроверить цифры: <ущерб> & «сроки»\nВторая строка заметки", ""]
    assert texts[start + 9].startswith("Сотрудники полиции Павлодарской области задержали")


def test_matched_words_are_bold_on_a_soft_highlight(digest_docx):
    marked = []
    for paragraph in digest_docx.paragraphs:
        if paragraph.style.name != "Body Text":
            continue
        for run in paragraph.runs:
            shading = run._r.rPr.find(qn("w:shd")) if run._r.rPr is not None else None
            if shading is not None:
                assert run.bold and shading.get(qn("w:fill")) == "F7E9A6"
                marked.append(run.text)
    # every form, Kazakh endings too: as the search itself matched them
    assert {"полиции", "Полиция", "полициясы"} <= set(marked)


def test_kazakh_letters_and_odd_text_are_kept_as_written(digest_docx):
    text = "\n".join(p.text for p in digest_docx.paragraphs)
    assert set("әғқңөұүһі") <= set(text)
    assert "Тарифы AT&T и «кавычки»: a<b, c>d, &nbsp; и 'апострофы'" in text
    assert "<b>жирный</b> <img src='/etc/passwd'/> и <script>alert(1)</script>" in text
    assert "эмодзи 😀👍 и знак ₸" in text  # Word finds a font for emoji itself
    assert LONG_WORD in text.split("\n")
    assert f"Ссылка: {LONG_URL}" in text.split("\n")
    assert "Текст публикации отсутствует." in text
    assert "В Шымкенте открыли новый пункт полиции" in text  # \x0b and \x00 removed


def test_a_cancelled_export_leaves_no_file(clippings, tmp_path):
    archive, ids = clippings
    job = iter(archive.export_job(tmp_path / "cancelled.docx", ids=list(ids.values())))
    next(job)
    next(job)
    job.close()
    assert list(tmp_path.iterdir()) == []


def test_a_failure_names_the_article_and_leaves_no_file(clippings, tmp_path, monkeypatch):
    from clipper.export import docx as docx_writer

    archive, ids = clippings
    original = docx_writer.run

    def run(p, text, **kwargs):  # python-docx refusing one article's text
        if "Павлодарской" in text:
            raise ValueError("All strings must be XML compatible")
        return original(p, text, **kwargs)

    monkeypatch.setattr(docx_writer, "run", run)
    with pytest.raises(ExportFailure) as failure:
        archive.export_job(tmp_path / "failed.docx", ids=[ids["kk"], ids["ru"]]).run()
    assert ids["ru"] in str(failure.value)
    assert "«В Павлодаре задержали группу телефонных мошенников»" in str(failure.value)
    assert list(tmp_path.iterdir()) == []
