"""Web pages, Word files and PDFs import like text files: article text in, page chrome out."""

import datetime as dt
import io

import pytest

from clipper.errors import ImportFailure
from clipper.ingest import extract_article

PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}">
<title>В Костанае задержали угонщика | Тобол-Экспресс</title>
<meta property="og:title" content="В Костанае задержали угонщика">
<meta property="og:site_name" content="Тобол-Экспресс">
{date_meta}<style>body{{color:red}}</style><script>var counter = 1;</script></head>
<body><nav><a href="/">Главная</a> <a href="/news">Новости</a> <a href="/sport">Спорт</a></nav>
<div class="weather">-12 C Костанай</div>
<article><h1>В Костанае задержали угонщика</h1>
<p>Сотрудники полиции Костанайской области задержали мужчину, который угнал автомобиль
со стоянки у торгового центра. Машину нашли через два часа в соседнем поселке.</p>
<p>Начальник управления полиции города Костаная полковник полиции Руслан Ибраев сообщил,
что задержанный ранее судим за аналогичные преступления. Возбуждено уголовное дело.</p>
<p>Полиция напоминает владельцам автомобилей о необходимости устанавливать сигнализацию
и не оставлять документы в салоне.</p></article>
<aside><h3>Похожие новости</h3><ul><li>В Павлодаре аким Ержан Сапаров открыл парк</li></ul>
</aside><footer>© 2025 Тобол-Экспресс. Все права защищены. 12.03.2024</footer></body></html>"""


def page(charset="utf-8", date_meta=""):
    return PAGE.format(charset=charset, date_meta=date_meta)


def test_web_page_gives_the_article_without_menus_scripts_or_related_news():
    article = extract_article(page().encode(), "ugon.html")
    assert article.title == "В Костанае задержали угонщика"
    assert article.source == "Тобол-Экспресс"
    assert "задержали мужчину" in article.text
    for chrome in ("Спорт", "var counter", "Похожие новости", "Сапаров", "color:red"):
        assert chrome not in article.text
    assert article.regions == ["Костанайская область"]
    assert article.officials == ["Руслан Ибраев"]


def test_web_page_date_comes_from_its_metadata_and_never_from_the_body():
    dated = page(date_meta='<meta property="article:published_time" '
                           'content="2026-02-05T09:30:00+05:00">')
    assert extract_article(dated.encode(), "a.html").date == dt.date(2026, 2, 5)
    assert extract_article(page().encode(), "b.html").date is None  # 12.03.2024 is a footer


def test_web_page_in_windows_1251_as_its_meta_tag_declares():
    article = extract_article(page(charset="windows-1251").encode("cp1251"), "c.htm")
    assert article.title == "В Костанае задержали угонщика"


def test_word_document_with_a_date_line():
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("В Риддере прошел рейд «Безопасная дорога»", level=1)
    document.add_paragraph("14 января 2026 года")
    document.add_paragraph(
        "Сотрудники полиции Восточно-Казахстанской области провели рейд на дорогах Риддера. "
        "Выявлено 40 нарушений правил дорожного движения, трое водителей задержаны.")
    document.add_paragraph("Пресс-служба ДП ВКО")
    buffer = io.BytesIO()
    document.save(buffer)
    article = extract_article(buffer.getvalue(), "reid.docx")
    assert article.title == "В Риддере прошел рейд «Безопасная дорога»"
    assert article.date == dt.date(2026, 1, 14)
    assert article.regions == ["Восточно-Казахстанская область"]


def test_pdf_without_a_text_layer_is_refused_with_the_reason():
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(ImportFailure, match="no text layer"):
        extract_article(buffer.getvalue(), "scan.pdf")


def test_damaged_pdf_is_refused_as_damaged():
    with pytest.raises(ImportFailure, match="damaged"):
        extract_article(b"%PDF-1.7\n1 0 obj << /Type /Catalog", "cut.pdf")
