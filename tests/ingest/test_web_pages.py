"""Web pages: the article's date, author and outlet, not the top bar's, a comment's or a
related article's."""

import datetime as dt

from clipper.ingest import extract_article

BODY = """<p>Аким Уральска Мирас Габдуллин открыл после ремонта школу в микрорайоне Северо-Восток.
Ремонт длился полгода, в школе заменили окна, кровлю и отопление.</p>
<p>Руководитель управления образования Западно-Казахстанской области Динара Жумагалиева
сказала, что до конца года отремонтируют еще три школы города.</p>"""


def page(*, head="", top="", meta="", article_end="", after="", footer="", title=None):
    title = title or "В Уральске открыли школу после ремонта"
    return f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<title>{title}</title>{head}</head><body>
<div class="topbar">{top}</div>
<nav><a href="/">Главная</a> <a href="/news">Новости</a></nav>
<article><h1>В Уральске открыли школу после ремонта</h1>
<div class="meta">{meta}</div>{BODY}{article_end}</article>
{after}<footer>{footer}</footer></body></html>""".encode()


RELATED = """<aside class="related"><h3>Читайте также</h3><ul>
<li><a href="#">Аким области Аскар Нурлыбаев открыл стадион</a>
<span class="date">18.05.2026</span></li>
</ul></aside>"""
COMMENTS = """<section class="comments"><div class="comment"><b>Гость</b>
<span class="comment-date">16.05.2026 07:12</span><p>Наконец-то!</p></div></section>"""


def test_date_by_the_headline_not_the_top_bar_comments_or_related_list():
    article = extract_article(page(top="Уральск +18° | Пятница, 15 мая 2026",
                                   meta='<span class="date">14.05.2026 17:25</span>',
                                   after=COMMENTS + RELATED), "a.html")
    assert (article.date, article.date_origin) == (dt.date(2026, 5, 14), "dateline")


def test_a_bare_date_under_the_headline_is_its_dateline():
    article = extract_article(page(top="Пятница, 15 мая 2026", meta="<div>14.05.2026, 10:45</div>",
                                   after=RELATED), "a.html")
    assert (article.date, article.date_origin) == (dt.date(2026, 5, 14), "dateline")


def test_a_date_above_the_headline_in_its_own_block_is_the_articles():
    markup = (f"""<html><head><title>В Уральске открыли школу после ремонта</title></head><body>
<div class="topbar"><span class="today">Пятница, 15 мая 2026</span></div>
<div class="post-head"><span class="date">14.05.2026</span>
<h1>В Уральске открыли школу после ремонта</h1></div><div class="text">{BODY}</div>
</body></html>""").encode()
    article = extract_article(markup, "a.html")
    assert (article.date, article.date_origin) == (dt.date(2026, 5, 14), "dateline")


def test_time_element_states_the_date_as_markup_does():
    article = extract_article(page(meta='<time datetime="2026-05-14T09:30">14 мая</time>',
                                   after=RELATED), "a.html")
    assert (article.date, article.date_origin) == (dt.date(2026, 5, 14), "header")


def test_top_bar_day_is_only_the_page_date_when_the_article_has_none():
    article = extract_article(page(top="Пятница, 15 мая 2026  -21°C", after=RELATED), "a.html")
    assert (article.date, article.date_origin) == (dt.date(2026, 5, 15), "page")
    assert "date" in article.uncertain


def test_yesterday_is_no_date_and_nothing_else_on_the_page_stands_in_for_it():
    article = extract_article(page(top="Пятница, 15 мая 2026",
                                   meta='<span class="date">Вчера, 21:05</span>',
                                   after=RELATED), "a.html")
    assert article.date is None and article.date_origin == "none"


def test_page_without_a_date_is_not_dated_by_its_footer_years_or_related_news():
    article = extract_article(page(after=RELATED, footer="© 2015–2026 Oral Times"), "a.html")
    assert article.date is None


def test_dates_beside_other_headlines_in_an_unmarked_box_are_not_the_articles():
    box = """<div class="rbox"><b>Последние материалы</b><br>
<a href="/1.html">Аким области Аскар Нурлыбаев открыл стадион</a> <small>18.05.2026</small><br>
<p><a href="/2.html">В Аксае отремонтируют дорогу к больнице</a><br><small>17.05.2026</small></p>
</div>"""
    article = extract_article(page(top="Пятница, 15 мая 2026", after=box), "a.html")
    assert (article.date, article.date_origin) == (dt.date(2026, 5, 15), "page")
    rubric = ('<span class="date">14.05.2026</span> <a href="/society">Общество</a> '
              '<a href="/author/7">Пресс-служба ДП Западно-Казахстанской области</a>')
    article = extract_article(page(meta=rubric, after=box), "a.html")
    assert (article.date, article.date_origin) == (dt.date(2026, 5, 14), "dateline")


def test_byline_labels_are_not_part_of_the_name():
    for byline in ("Автор материала: Наталья Воронина", "Авторы: Наталья Воронина",
                   "Текст: Наталья Воронина, фото: Сергей Мальцев", "by Наталья Воронина"):
        meta = f'<div class="byline">{byline}</div>'
        assert extract_article(page(meta=meta), "a.html").author == "Наталья Воронина", byline
    signed = '<p class="by">Наталья Воронина, собственный корреспондент</p>'
    assert extract_article(page(meta=signed), "a.html").author == "Наталья Воронина"


def test_outlet_from_the_title_logo_or_footer_of_a_page_without_site_metadata():
    titled = page(title="В Уральске открыли школу после ремонта — Oral Times")
    assert extract_article(titled, "a.html").source == "Oral Times"
    footer = ("© 2026 ТОО «Медиакорпорация Жайык». Сетевое издание «Уральск Онлайн». "
              "Свидетельство о постановке на учёт СМИ № 18044-СИ выдано 14.02.2019.")
    assert extract_article(page(footer=footer), "b.html").source == "Уральск Онлайн"


def _bare_page(title: str) -> bytes:
    """A page with no <h1>, og:title or og:site_name: only its <title> names headline and site."""
    text = "<p>" + "В Караганде полицейские задержали группу мошенников. " * 8 + "</p>"
    return (f"<html><head><title>{title}</title></head><body><div class='content'>{text}{text}"
            f"</div></body></html>").encode()


def test_a_title_without_the_sites_name_and_rubric():
    article = extract_article(
        _bare_page("Мошенники задержаны в Караганде | Новости Караганды — ekaraganda.kz"), "p.html")
    assert (article.title, article.source) == ("Мошенники задержаны в Караганде", "ekaraganda.kz")
    article = extract_article(_bare_page("Tengrinews.kz :: Мошенники задержаны"), "p.html")
    assert (article.title, article.source) == ("Мошенники задержаны", "Tengrinews.kz")
    article = extract_article(_bare_page("Мошенники задержаны - Хабар 24"), "p.html")
    assert (article.title, article.source) == ("Мошенники задержаны", "Хабар 24")


def test_a_headline_with_its_own_dash_is_not_cut_into_headline_and_site():
    article = extract_article(_bare_page("Трасса Атырау – Актобе закрыта"), "p.html")
    assert (article.title, article.source) == ("Трасса Атырау – Актобе закрыта", None)


def test_the_site_carries_what_a_press_service_told_it():
    told = "<p>Об этом сообщили в пресс-службе ДП Западно-Казахстанской области.</p>"
    article = extract_article(page(head='<meta property="og:site_name" content="Tengrinews.kz">',
                                   article_end=told), "p.html")
    assert article.source == "Tengrinews.kz"


def test_a_desk_in_the_author_tag_is_no_author():
    article = extract_article(page(head='<meta name="author" content="Редакция сайта">'), "p.html")
    assert article.author is None


def test_a_page_laid_out_in_tables_has_its_cells_without_bars():
    markup = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>В Уральске открыли школу после ремонта</title></head><body><table>
<tr><td></td><td>Закон и порядок</td></tr>
<tr><td>В Уральске открыли школу после ремонта</td></tr>
<tr><td>""" + BODY + """</td></tr></table></body></html>"""
    article = extract_article(markup.encode(), "a.html")
    assert article.title == "В Уральске открыли школу после ремонта"
    assert not any(line.startswith("|") for line in article.text.split("\n"))


def test_a_weekday_date_by_the_headline_is_its_dateline_not_the_pages_day():
    article = extract_article(page(top="Суббота, 16 мая 2026",
                                   meta='<span class="date">Пятница, 15 мая 2026, 10:15</span>'),
                              "a.html")
    assert (article.date, article.date_origin) == (dt.date(2026, 5, 15), "dateline")


def test_an_h1_printing_the_cut_title_confirms_where_the_headline_ends():
    from clipper.ingest.html import read_html
    text = "<p>" + "В Риддере аким провел совещание с полицией и прокуратурой. " * 8 + "</p>"
    # "Восточно-" reads as a short adjective: the <title>'s rest looks like a sentence
    markup = ("<html><head><title>Аким провел совещание в Риддере - Акимат Восточно-Казахстанской "
              "области | Официальный интернет-ресурс</title></head><body><div class='content'>"
              f"<h1>Аким провел совещание в Риддере</h1>{text}{text}</div></body></html>")
    assert read_html(markup)[1]["title"] == "Аким провел совещание в Риддере"


def test_a_name_beside_the_date_under_the_headline_is_the_byline():
    meta = "<span>5 марта 2026, 09:10</span> <span>{}</span> <span>Просмотров: 310</span>"
    assert extract_article(page(meta=meta.format("Асель Нурланова")), "p.html").author \
        == "Асель Нурланова"
    # a rubric of capitalised words beside the date names no person
    assert extract_article(page(meta=meta.format("Западный Казахстан")), "p.html").author is None


def test_today_named_in_full_is_the_pages_day_not_a_relative_one():
    article = extract_article(page(meta='<span class="date">Сегодня: 16 мая 2026 г.</span> '
                                        '<span class="date">14.05.2026</span>',
                                   after=RELATED), "a.html")
    assert (article.date, article.date_origin) == (dt.date(2026, 5, 14), "dateline")
    # "Сегодня, 09:15" with no year stays relative: no date
    article = extract_article(page(meta='<span class="date">Сегодня, 09:15</span>',
                                   after=RELATED), "a.html")
    assert article.date is None


def test_a_bodys_page_on_a_platform_of_bodies_sites_is_the_bodys():
    title = "В Уральске открыли школу после ремонта - Акимат города Уральск | Portal.kz"
    assert extract_article(page(title=title, after=RELATED), "a.html").source == "Акимат города Уральск"
    # a rubric beside the domain leaves the domain the site's name
    title = "В Уральске открыли школу после ремонта | Новости Уральска — uralinfo.kz"
    assert extract_article(page(title=title, after=RELATED), "a.html").source == "uralinfo.kz"
