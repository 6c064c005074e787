"""Bylines as a careful reader finds them (invented examples of each shape)."""

import pytest

from clipper.ingest.extract.author import byline_name, find_author

PARAGRAPH = ("Полицейские провели рейд на трассе и проверили более двухсот водителей грузовых "
             "машин, выявив сорок нарушений правил перевозки грузов и двенадцать нарушений "
             "режима труда и отдыха водителей.")


def test_a_name_alone_under_the_headline_is_the_byline():
    lines = ["Уральская неделя", "", "В Уральске проверили грузовики", "", "Марина ЕГОРОВА", "",
             PARAGRAPH]
    assert find_author(lines, [0, 2, 4]) == ("Марина Егорова", 4)
    # a site's name above the headline is not a name
    assert find_author(["Индустриальная Караганда", "", "Заголовок статьи", "", PARAGRAPH],
                       [0, 2]) == (None, None)


def test_a_byline_sharing_the_dates_line():
    assert find_author(["Заголовок", "", PARAGRAPH], [0], ["Ольга Ли | 3 марта 2026"])[0] \
        == "Ольга Ли"


@pytest.mark.parametrize(("closing", "author"), [
    ("Поделиться Печать", None),                       # a share bar's buttons
    ("Dınara Ábdikárimova", "Dınara Ábdikárimova"),    # Kazakh in the Latin alphabet
    ("Подготовила: Мария Ким, пресс-служба ДЧС области", "Мария Ким"),
    ("Автор: Ахметова Дина", "Дина Ахметова"),         # surname first
    ("Автор: Серик Гульнара", "Гульнара Серик"),       # a father's name borne as a surname
    ("Автор: Иван Петров", "Иван Петров"),
])
def test_closing_bylines(closing, author):
    assert find_author([PARAGRAPH, "", closing], [])[0] == author


@pytest.mark.parametrize(("byline", "author"), [
    ("Материал подготовил Тимур Ахметов", "Тимур Ахметов"),
    ("Ержан Қасымов · Қаралды: 687", "Ержан Қасымов"),
    ("Текст: Жанна Калиева, фото: Руслан Абенов", "Жанна Калиева"),
    ("admin", None),
    ("Пресс-служба ДП", None),
])
def test_a_pages_byline_element_gives_the_name_in_it(byline, author):
    assert byline_name(byline) == author


@pytest.mark.parametrize("byline", [
    "Текст: Асем Нурова, фото: Ерлан Ким",
    "Авторы: Асем Нурова · <span class=\"views\">Қаралды: 512</span>",
    "12.03.2026 · Автор: Асем Нурова"])
def test_a_web_pages_labelled_byline_whatever_its_class(byline):
    from clipper.ingest import extract_article
    page = ("<html><head><title>Рейд на трассе</title></head><body><div class=\"content\">"
            "<h1>Рейд на трассе</h1>"
            f"<div class=\"post-info\">{byline}</div>"
            f"<div class=\"post-text\"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>"
            "</div></body></html>")
    assert extract_article(page.encode(), "page.html").author == "Асем Нурова"


def test_a_papers_list_of_the_issues_other_articles_ends_the_article():
    from clipper.ingest import extract_article
    text = "\n\n".join(["В Уральске проверили грузовики", PARAGRAPH, PARAGRAPH, "Мария ЛЕБЕДЕВА",
                        "Читайте в номере", "05.03.2026 В Аксае открыли каток",
                        "04.03.2026 Аким района встретился с фермерами"])
    assert extract_article(text.encode(), "a.txt").author == "Мария Лебедева"


@pytest.mark.parametrize(("lines", "dated", "author"), [
    ([PARAGRAPH, "", "ИВАН ПЕТРОВ"], [], "Иван Петров"),       # all in capitals, a first name
    ([PARAGRAPH, "", "ДОРОГИ РАСЧИСТЯТ"], [], None),
    ([PARAGRAPH, "", "Дина Ахметова, г. Павлодар"], [], "Дина Ахметова"),
    (["Заголовок", "", PARAGRAPH], ["05.03.2026, 10:00 | Мария Иванова"], "Мария Иванова"),
])
def test_more_byline_shapes(lines, dated, author):
    assert find_author(lines, [0] if dated else [], dated)[0] == author


@pytest.mark.parametrize(("closing", "author"), [
    ("Записала Анна Ли", "Анна Ли"),
    ("Автор материала: Анна Ли", "Анна Ли"),
    ("Автор: Анна Ли | Фото: Марат Ким", "Анна Ли"),
    ("Подготовил Иван Петров по материалам пресс-службы ДП", "Иван Петров"),
])
def test_a_role_label_then_the_name_then_something_else(closing, author):
    assert find_author([PARAGRAPH, "", closing], [])[0] == author


def test_a_labelled_byline_in_the_date_line():
    assert find_author(["Заголовок", "", PARAGRAPH], [0], ["12.03.2026 | Автор: Анна Ли"])[0] \
        == "Анна Ли"
    assert find_author(["Заголовок", "", PARAGRAPH], [0], ["Автор: Анна Ли | 12.03.2026"])[0] \
        == "Анна Ли"


def test_a_kazakh_name_the_dictionary_does_not_know_reads_by_its_surname():
    lines = ["Заголовок", "", "Гүлназ БЕКМҰРАТОВА", "", PARAGRAPH]
    assert find_author(lines, [0, 2])[0] == "Гүлназ Бекмұратова"
    # a town's name and a guessed "first name" are a site, not a byline
    lines = ["Заголовок", "", "Павлодар Ньюс", "", PARAGRAPH]
    assert find_author(lines, [0, 2])[0] is None


def test_an_agencys_reporter_with_a_kazakh_name():
    line = "Павлодар. 5 наурыз. КазТАГ – Айгүл Серікова. Полиция трассада рейд өткізді."
    assert find_author(["Заголовок", "", line], [0])[0] == "Айгүл Серікова"


def test_an_agencys_dateline_under_a_pages_menus_names_its_reporter():
    line = "Костанай. 4 марта. КазТАГ – Олжас Нуров. Полицейские задержали угонщика."
    lines = ["KAZ | RUS", "", "Главная", "", "Общество", "", "Регионы", "", "Заголовок", "",
             line]
    assert find_author(lines, [0, 2, 4, 8])[0] == "Олжас Нуров"


@pytest.mark.parametrize(("after", "author"), [
    # the byline, then a comment form
    (["Подготовил: Ерлан САПАРОВ", "Пікір қалдыру", "Атыңыз:", "Жіберу"], "Ерлан Сапаров"),
    # the byline, its district, then the paper's imprint after a separator
    (["Дана ОМАРОВА", "Аксуский район", "* * *", "Собственник: ТОО «Газета».",
      "Адрес: Павлодар, ул. Ленина, 1.", "Тираж 5 000 экз."], "Дана Омарова"),
    # a commenter's name is no byline
    (["Комментарии", "Иван Петров", "Спасибо за статью", "12.03.2026", "Ответить", "Жалоба"],
     None),
])
def test_the_byline_right_after_the_last_paragraph(after, author):
    lines = [PARAGRAPH, ""] + [x for line in after for x in (line, "")]
    assert find_author(lines, [])[0] == author


def test_a_closing_name_with_the_town_called_a_town():
    assert find_author([PARAGRAPH, "", "Ольга СИДОРОВА г. Шахтинск"], [])[0] == "Ольга Сидорова"
    # a press service's signature in a town is no person
    assert find_author([PARAGRAPH, "", "Пресс-служба ДП г. Алматы"], [])[0] is None
    # a name and a place that is no town the gazetteer knows nor called one
    assert find_author([PARAGRAPH, "", "Ольга СИДОРОВА, Мечта и Радость"], [])[0] is None


@pytest.mark.parametrize("closing", ["Әңгімелескен Дана Серікқызы", "Интервью взяла Дана Серикова",
                                     "Жазып алған Дана Серікқызы"])
def test_an_interviewers_label(closing):
    assert find_author([PARAGRAPH, "", closing], [])[0].startswith("Дана")


def test_a_guessed_first_name_over_a_surname_in_capitals_signs_the_journalist():
    lines = ["Ауыл: жаңа мектеп ашылды", "", "Ерлан ЖАҚСЫЛЫҚ, «Дала»", "",
             "Ауылда жаңа мектеп ашылды. " * 10]
    assert find_author(lines, [0, 2])[0] == "Ерлан Жақсылық"
    # a paper's name in capitals under its rubric is no one's
    lines = ["Ауыл: жаңа мектеп ашылды", "", "Орал ӨҢІРІ, «Дала»"] + ["", "Мәтін жалғасады. " * 10] * 5
    assert find_author(lines, [0, 2])[0] is None
