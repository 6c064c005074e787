"""Headlines and bylines in the shapes monitoring delivers."""

import pytest

from clipper.ingest.clean import clean_text
from clipper.ingest.extract.author import find_author
from clipper.ingest.extract.headline import find_headline


def test_a_bilingual_headline_is_one_headline():
    lines = ["Екібастұзда полиция түнгі рейд өткізді / В Экибастузе полиция провела ночной рейд",
             "", "Екібастұз қаласында полиция қызметкерлері түнгі рейд өткізді. " * 3]
    assert find_headline(lines) == (lines[0], 0)


@pytest.mark.parametrize("line", [
    "Новости / Общество", "Главная / Новости / Регион",
    "Еженедельная общественно-политическая газета · Издаётся с 1998 года"])
def test_rubrics_and_taglines_are_not_headlines(line):
    lines = [line, "В Уральске открыли школу", "", "Текст статьи о школе. " * 10]
    assert find_headline(lines)[0] == "В Уральске открыли школу"


def test_a_menu_copied_as_text_is_dropped():
    text = ("Ult.kz\nБасты бет   Жаңалықтар   Қоғам   Руханият   Аймақтар\n\n"
            "Түркістанда үш қонақ үй ашылды")
    assert "Жаңалықтар" not in clean_text(text)
    # a place parted from its date by spaces is no menu
    assert clean_text("г. Сарыагаш        «11» марта 2026 г.") == "г. Сарыагаш «11» марта 2026 г."



def test_inline_links_to_other_articles_and_lists_after_the_text_are_dropped():
    text = ("Заголовок\n\n" + "Текст статьи про полицию и рейды. " * 10
            + "\nЧитайте по теме: Аким провел прием\nЕще текст.\nГлавное\n"
            "Аким Атырауской области Серик Жанкулиев открыл школу")
    cleaned = clean_text(text)
    assert "Аким провел" not in cleaned and "Жанкулиев" not in cleaned
    assert cleaned.endswith("Еще текст.")


def test_a_sites_service_lines_are_dropped():
    text = ("Версия для слабовидящих\nВойти | Регистрация\nRU | KZ | EN\n18+\nРеклама\n"
            "Погода в Алматы: +5\nКурс валют: USD 500\nПожар в Жезказгане\n\nТекст статьи.")
    assert clean_text(text) == "Пожар в Жезказгане\n\nТекст статьи."
    kazakh = "Кіру | Тіркелу\nЖарнама\nБарлық жаңалықтар\nТақырып мұнда\n\nМәтін."
    assert clean_text(kazakh) == "Тақырып мұнда\n\nМәтін."


def test_a_menu_copied_one_item_a_line_and_the_weather_are_dropped():
    text = ("Караганда -5°C\nUSD 498,12  EUR 541,30  RUB 5,52\nГлавная\nНовости\nОбщество\n"
            "Происшествия\nПоиск\nСарань: кассир банка помогла спасти сбережения\n\n"
            "Текст статьи о кассире. " * 3)
    assert find_headline(clean_text(text).split("\n"))[0] == (
        "Сарань: кассир банка помогла спасти сбережения")


@pytest.mark.parametrize(("lines", "author"), [
    (["Алматы закупит электробусы", "",
      "Алматы. 3 ноября. КазТАГ – Анна Ковальчук. Акимат Алматы закупит 200 электробусов."],
     "Анна Ковальчук"),
    (["Заголовок", "", "АСТАНА. KAZINFORM — Тарифы вырастут с 1 декабря."], None),
    (["Заголовок", "", "Текст статьи.", "", "Ольга Денисова, «Приуралье»"], "Ольга Денисова"),
    (["Заголовок", "", "Мәтін.", "", "Бұл туралы Ult.kz тілшісі Мадина Серікбаева жазады."],
     "Мадина Серікбаева"),
    (["Заголовок", "", "Текст статьи.", "", "Фото: Ерлан Омаров"], None),
    (["Заголовок", "", "Текст статьи.", "", "Дмитрий ХАН, Костанай"], "Дмитрий Хан"),
    (["Заголовок", "", "Текст статьи.", "", "Ерлан Ахметов, пенсионер"], None),
    (["Заголовок", "", "Текст статьи.", "", "Беседовала Анна Ким"], "Анна Ким"),
    (["Заголовок", "", "Мәтін.", "", "Әзірлеген: Айгерім Нұрланқызы"], "Айгерім Нұрланқызы"),
    (["Заголовок", "", "Текст статьи.", "", "Материал подготовила Анна Ким"], "Анна Ким"),
    (["Заголовок", "", "Текст статьи.", "", "Иван Петров, наш корр."], "Иван Петров"),
    (["Заголовок", "", "Текст статьи.", "", "Иван Петров / Tengrinews.kz"], "Иван Петров"),
    (["Заголовок", "", "Текст статьи.", "", "Автор: Редакция сайта"], None),   # a desk
    (["Заголовок", "", "Текст статьи.", "", "Автор: Пресс-служба ДП"], None),
    (["Заголовок", "", "Мәтін.", "", "Мәтін: Баспасөз қызметі"], None),
    (["Заголовок", "", "Текст статьи.", "", "Автор: Анна КИМ"], "Анна Ким"),
])
def test_author_from_the_agency_dateline_or_the_closing_signature(lines, author):
    assert find_author(lines)[0] == author


def test_a_headline_over_a_longer_deck_is_the_headline():
    lines = ["Участковый, которого знает весь поселок", "",
             "Майор полиции Ерлан Ахметов одиннадцатый год служит в поселке Горняцкий под Рудным",
             "", "В поселке Горняцкий его знают все – от первоклассников до пенсионеров. " * 3]
    assert find_headline(lines) == ("Участковый, которого знает весь поселок", 0)
    # a site's tagline above the headline has no verb: the headline is the longer line
    lines = ["Новости Тараза и Жамбылской области", "",
             "В Таразе 40 выпускников полицейских вузов заступили на службу в патруль", "",
             "Текст статьи о выпускниках. " * 8]
    assert find_headline(lines)[1] == 2


def test_a_short_headline_in_capitals_under_a_masthead():
    text = ("В Жезказгане сгорел склад. " * 8).strip()
    assert find_headline(["ВЕЧЕРНИЙ УРАЛЬСК", "", "ПОЖАР В ЖЕЗКАЗГАНЕ", "", text]) == (
        "ПОЖАР В ЖЕЗКАЗГАНЕ", 2)
    assert find_headline(["ВЕЧЕРНИЙ УРАЛЬСК", "", text])[1] is None   # a masthead alone


def test_a_headline_in_capitals_over_its_deck_but_not_a_letterhead():
    body = "Текст статьи о новом пункте полиции в поселке. " * 4
    deck = "В Шахтинске открылся новый участковый пункт полиции"
    assert find_headline(["Регион", "", "СПОКОЙНЫЙ ПОСЕЛОК ПОД ОХРАНОЙ", "", deck, "", body]) == (
        "СПОКОЙНЫЙ ПОСЕЛОК ПОД ОХРАНОЙ", 2)
    assert find_headline(["НОВОСТИ ШАХТИНСКА И ОБЛАСТИ", "", deck, "", body]) == (deck, 2)
    for letterhead in ["УПРАВЛЕНИЕ ПОЛИЦИИ ГОРОДА ШАХТИНСКА", "ҚАРАҒАНДЫ ОБЛЫСЫ ПОЛИЦИЯ ДЕПАРТАМЕНТІ",
                       "ШАХТИНСК ҚАЛАСЫ ӘКІМДІГІ / АКИМАТ ГОРОДА ШАХТИНСКА",
                       "ҚАРАҒАНДЫ ОБЛЫСЫ ӘКІМДІГІНІҢ БАСПАСӨЗ ҚЫЗМЕТІ"]:
        assert find_headline([letterhead, "", "", deck, "", body]) == (deck, 3)


@pytest.mark.parametrize(("letterhead", "headline", "body"), [
    ("Департамент полиции Павлодарской области", "Рейд в Экибастузе",
     "Полицейские провели рейд в Экибастузе и проверили сорок автомобилей. " * 3),
    ("Павлодар облысы полиция департаменті", "Екібастұзда рейд",
     "Полиция қызметкерлері Екібастұзда рейд өткізіп, қырық көлікті тексерді. " * 3),
])
def test_a_bodys_full_name_over_a_short_headline_is_its_letterhead(letterhead, headline, body):
    assert find_headline([letterhead, "", headline, "", body]) == (headline, 2)


def test_a_press_services_name_over_a_release_is_not_its_headline():
    lines = ["Павлодар облысы полиция департаментінің баспасөз қызметі / Пресс-служба ДП "
             "Павлодарской области", "", "Ақсуда полицейлер жоғалған қарияны тапты", "",
             "Ақсу қаласында полиция қызметкерлері жоғалған қарияны тапты. " * 3]
    assert find_headline(lines) == ("Ақсуда полицейлер жоғалған қарияны тапты", 2)


def test_a_masthead_over_its_lower_case_tagline_is_no_wrapped_paragraph():
    lines = ["ЗВЕЗДА ПРИИРТЫШЬЯ", "общественно-политическая газета Павлодарской области", "",
             "Новости", "", "В Аксу открыли новую амбулаторию для жителей сел", "",
             "Текст статьи об амбулатории. " * 6]
    assert find_headline(lines) == ("В Аксу открыли новую амбулаторию для жителей сел", 5)


def test_a_weather_and_currency_bar_is_chrome():
    text = ("Павлодар +3° Экибастуз +1° USD 505,10 EUR 548,20\n\nВ Павлодаре открыли каток\n\n"
            + "Текст статьи о катке. " * 4)
    assert "USD" not in clean_text(text)


def test_a_short_headline_over_a_narrow_hard_wrapped_column():
    # a column of ~30 characters: its lines carry on mid-sentence, a masthead in capitals does not
    from clipper.ingest import extract_article
    text = ("Кража кабеля\n\nВчера в Павлодаре сотрудники\nполиции задержали двоих мужчин,\n"
            "подозреваемых в краже кабеля с\nтерритории завода. Похищенное\nизъято.\n")
    article = extract_article(text.encode(), "a.txt")
    assert article.title == "Кража кабеля"
    assert article.text.startswith("Вчера в Павлодаре") and article.regions


@pytest.mark.parametrize("rubric", ["ЗАКОН И ПОРЯДОК В НАШЕМ ГОРОДЕ",
                                    "КРИМИНАЛ И ПРОИСШЕСТВИЯ ЗА НЕДЕЛЮ"])
def test_a_rubric_in_capitals_over_the_headline_is_no_headline(rubric):
    headline = "В Экибастузе полицейские задержали угонщика дорогих автомобилей"
    body = "Текст статьи про угон автомобиля во дворе дома. " * 6
    assert find_headline([rubric, "", headline, "", body]) == (headline, 2)
    # capitals over a line that reads as no sentence are no headline over its deck either
    line = "Два новых участковых пункта для шахтерского города"
    assert find_headline(["ГОРОДОК ШАХТЕРОВ ПОД ПРИСМОТРОМ", "", line, "", body]) == (line, 2)


@pytest.mark.parametrize("line", [
    "Областная общественно-политическая газета", "Облыстық қоғамдық-саяси газеті",
    "Павлодар облыстық қоғамдық-саяси газеті", "Выходит с 1925 года", "1935 жылдан бастап шығады",
    "Рубрика: Происшествия", "за 05.03.2026", "Департамент полиции Северо-Казахстанской области"])
def test_a_mastheads_tagline_a_cards_field_and_a_letterhead_are_not_headlines(line):
    lines = [line, "", "Свой участковый в степном селе", "", "Текст статьи об участковом. " * 10]
    assert find_headline(lines)[0] == "Свой участковый в степном селе"


@pytest.mark.parametrize("headline", ["Районная газета отметила вековой юбилей в селе",
                                      "Караганда: полиция открыла новый пункт в микрорайоне"])
def test_a_headline_naming_a_paper_or_opening_with_a_place_stays(headline):
    lines = ["Новости", "", headline, "", "Текст статьи о событии в городе. " * 10]
    assert find_headline(lines)[0] == headline


def test_a_clipping_cards_fields_do_not_push_the_headline_out_of_the_head():
    lines = ["ДЕПАРТАМЕНТ ПОЛИЦИИ", "Пресс-служба", "", "ОБЗОР СМИ", "за 05.03.2026", "",
             "Рубрика: Криминал", "Тональность: нейтральная", "Жанр: заметка", "",
             "Мошенник обманул соседей на миллион", "", "Текст о мошеннике и соседях. " * 10]
    assert find_headline(lines)[0] == "Мошенник обманул соседей на миллион"


def test_a_digests_table_of_contents_is_dropped():
    text = ("СОДЕРЖАНИЕ\n1. «Степной край»: В районе задержали угонщиков ...... стр. 1\n"
            "2. Сайт.kz: Аким провел совещание ......... 3\n\n1. Полицейские провели рейд.")
    assert clean_text(text) == "1. Полицейские провели рейд."


def test_a_headline_about_a_paper_is_no_tagline():
    lines = ["Новости", "", "Закрылась старейшая районная газета области", "",
             "Текст статьи о газете. " * 10]
    assert find_headline(lines)[0] == "Закрылась старейшая районная газета области"


@pytest.mark.parametrize("bar", [
    "-5°C Семей   USD 501,10   EUR 560,20",
    "USD 499.10 ▼  EUR 570.30 ▲  RUB 6.12 ▼    Шымкент +14°",
    "ҚАЗ  РУС  ENG   Нашар көретіндерге арналған нұсқа"])
def test_a_weather_and_rates_bar_or_the_accessible_version_is_chrome(bar):
    assert clean_text(bar) == ""
    # a headline that opens with the weather still says something
    kept = "-40° в Петропавловске: занятия в школах отменены"
    assert clean_text(kept) == kept


def test_a_sites_address_is_neither_a_sentence_carried_on_nor_a_headline():
    lines = ["Степной вестник", "stepvestnik.kz", "", "В Аркалыке отремонтировали мост", "",
             "Текст статьи о мосте через реку. " * 8]
    assert find_headline(lines)[0] == "В Аркалыке отремонтировали мост"
    lines = ["Example.kz Мемлекеттік органдардың бірыңғай платформасы", "",
             "Қалада жаңа саябақ ашылды", "", "Саябақ туралы мәтін. " * 8]
    assert find_headline(lines)[0] == "Қалада жаңа саябақ ашылды"
    # a headline naming a site says what it did
    lines = ["Example.kz выяснил, сколько стоит ремонт дорог", "", "Текст статьи. " * 12]
    assert find_headline(lines)[0] == lines[0]


def test_a_pdf_page_head_imprint_page_number_and_wrapped_lead():
    text = ("Собственник: ТОО «Степь». Газета зарегистрирована в Министерстве информации РК. "
            "Свидетельство № 101-Г.\nстр. 4\nСТЕПНОЙ ВЕСТНИК\nРЕГИОН\n"
            "В Аркалыке открыли новую школу\n"
            "Школа на четыреста мест открылась в Аркалыке. Строители сдали здание к сроку и"
            "\nдаже раньше.\nТекст статьи о школе, которая открылась в городе. " * 2)
    lines = clean_text(text).split("\n")
    assert "стр. 4" not in lines and not lines[0].startswith("Собственник")
    # the lead's first line holds a sentence and the start of the next: no headline
    assert find_headline(lines)[0] == "В Аркалыке открыли новую школу"
    # a headline with a short second phrase is still one
    lines = ["Сенат вернул закон. Что дальше?", "", "Текст статьи о законе и Сенате. " * 8]
    assert find_headline(lines)[0] == lines[0]


def test_a_headline_wrapped_after_a_conjunction_goes_on_in_the_next_line():
    lines = ["Аким встретился с жителями Аркалыка и", "Торгая",
             "Аким области провел выездную встречу с жителями. " * 5]
    assert find_headline(lines) == ("Аким встретился с жителями Аркалыка и Торгая", 1)
    # a headline ending on a noun keeps its line, the lead under it stays the text
    lines = ["Аким встретился с жителями Аркалыка", "Торгай",
             "Аким области провел выездную встречу с жителями. " * 5]
    assert "Торгай" not in find_headline(lines)[0]


def test_a_social_posts_account_header_location_and_comments_are_not_the_post():
    from clipper.ingest import extract_article
    text = ("akimat_aksu_official\nПодтвержденный\nАксу, Казахстан\n"
            "akimat_aksu_official • Подписаться\n\n"
            "akimat_aksu_official В Аксу отремонтировали дорогу к станции. " + "Работы шли все лето. " * 8
            + "\n\nПресс-служба акимата города Аксу\n\n#Аксу\n2 дн.\n\n"
            "user_77 Молодцы!\n2 дн. Ответить\n")
    article = extract_article(text.encode(), "post.txt")
    assert article.title_derived
    assert article.title != "Аксу, Казахстан" and "Молодцы" not in article.text
    assert article.source == "Акимат города Аксу"
    # a headline naming a town and what happened there stays one
    lines = ["Аксу, Казахстан: дорогу отремонтировали досрочно", "", "Текст. " * 30]
    assert find_headline(lines)[0] == lines[0]
