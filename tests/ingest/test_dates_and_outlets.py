"""Publication dates and outlets in the shapes monitoring delivers."""

import datetime as dt

import pytest

from clipper.ingest.extract.date import find_byline_date, find_publication_date, parse_date_line
from clipper.ingest.extract.outlet import find_outlet


@pytest.mark.parametrize(("line", "date", "weekday"), [
    ("Суббота, 31 января, 2026", dt.date(2026, 1, 31), True),
    ("Пятница, 04 Апреля 2025", dt.date(2025, 4, 4), True),
    ("03.04.2025", dt.date(2025, 4, 3), False),
    ("7 декабря 2025 года", dt.date(2025, 12, 7), False),
    ("7 желтоқсан 2025", dt.date(2025, 12, 7), False),
    ("2026 жылғы 14 қаңтар", dt.date(2026, 1, 14), False),
    ("January 12, 2026", dt.date(2026, 1, 12), False),
    ("Опубликовано: 10.12.2025", dt.date(2025, 12, 10), False),
    ("25 ноября 2025, 14:20 | Экибастуз", dt.date(2025, 11, 25), False),
    ("02.12.2025 11:40", dt.date(2025, 12, 2), False),
    ("2026 жылғы 3 наурыз / 3 марта 2026 года", dt.date(2026, 3, 3), False),
    ("Қостанай қ., 2026 жылғы 11 қараша / г. Костанай, 11 ноября 2026 года",
     dt.date(2026, 11, 11), False),
    ("«11» марта 2026 г.", dt.date(2026, 3, 11), False),
    ("28 қазан 2026 жыл", dt.date(2026, 10, 28), False),
    ("June 3, 2026", dt.date(2026, 6, 3), False),
    ("Опубликовано: 12 октября 2026 в 14:20", dt.date(2026, 10, 12), False),
    ("Пятница, 13.03.2026", dt.date(2026, 3, 13), True),
    ("Пт, 13.03.2026 10:45", dt.date(2026, 3, 13), True),
    ("10:45, 13 марта 2026", dt.date(2026, 3, 13), False),
    ("2026 ж. 12 наурыз", dt.date(2026, 3, 12), False),
    ("Опубликовано: 08.07.2025 в 16:40 | Раздел: Происшествия | Просмотров: 642",
     dt.date(2025, 7, 8), False),
    # a newspaper's issue line, with and without the paper's name and page
    ("«Костанайские новости», № 58 (21457), 20 мая 2025 г., стр. 3", dt.date(2025, 5, 20), False),
    ("№ 112 (19876) 23 сентября 2025 г.", dt.date(2025, 9, 23), False),
    ("Газета «Индустриальная Караганда», №45, 15.07.2025", dt.date(2025, 7, 15), False),
    ("«Егемен Қазақстан» газеті, № 130, 15 шілде 2025 ж.", dt.date(2025, 7, 15), False),
    ("№ 45 от 15.07.2025", dt.date(2025, 7, 15), False),
    ("15.07.2025 ж.", dt.date(2025, 7, 15), False),
    ("July 15, 2025 at 10:30", dt.date(2025, 7, 15), False),
    ("Posted on July 15, 2025", dt.date(2025, 7, 15), False),   # "on" is no weekday
    ("Добавлено: 15.07.2025", dt.date(2025, 7, 15), False),
    ("15 июля 2025 — 10:30", dt.date(2025, 7, 15), False),
    ("Жарияланған уақыты: 15.07.2025, 10:30", dt.date(2025, 7, 15), False),
    # a place or an agency before the date, a full stop after it
    ("Петропавл. 9 октября 2026.", dt.date(2026, 10, 9), False),
    ("Экибастуз, 2 марта 2026 года.", dt.date(2026, 3, 2), False),
    ("Vlast.kz, 11 мая 2026, 08:05", dt.date(2026, 5, 11), False),
    ("Семей қ. 2026 жылғы 3 ақпан", dt.date(2026, 2, 3), False),
    ("Jan. 5, 2026", dt.date(2026, 1, 5), False),               # a month is no place
    ("от 04.06.2026", dt.date(2026, 6, 4), False),               # under a release's type
    ("9 May 2026 · 11:20 · Просмотров: 812", dt.date(2026, 5, 9), False),
    # Kazakh in the Latin alphabets of 2018 and 2021
    ("5 sáýir 2026, 10:00", dt.date(2026, 4, 5), False),
    ("2026 jylǵy 17 qarasha", dt.date(2026, 11, 17), False),
    ("8 şılde 2026", dt.date(2026, 7, 8), False),
    ("2026 jyly 3 naýryz", dt.date(2026, 3, 3), False),
    ("12-03-2026", dt.date(2026, 3, 12), False),
    ("15 сәуір 2026, 12:40 👁 2 317", dt.date(2026, 4, 15), False),   # a view counter after it
    ("12 марта 2026 13:45 Просмотров: 120", dt.date(2026, 3, 12), False),
    ("12.03.2026 10:15 (обновлено 13.03.2026)", dt.date(2026, 3, 12), False),
])
def test_date_lines_are_read(line, date, weekday):
    assert parse_date_line(line) == (date, weekday)


@pytest.mark.parametrize("line", ["В 2024 году преступность снизилась", "31.02.2025",
                                  "14 марта т.г. пройдут учения", "Просмотров: 2025"])
def test_lines_that_are_not_dates_are_not_read_as_dates(line):
    assert parse_date_line(line) is None


def test_header_line_date_is_the_publication_date_with_high_confidence():
    found = find_publication_date([" date 2025-12-07 РУ", "    Заголовок"])
    assert (found.date, found.origin, found.confidence) == (dt.date(2025, 12, 7), "header", 0.95)


def test_a_date_deep_in_the_body_is_not_the_publication_date():
    lines = ["Заголовок статьи"] + ["Длинный абзац текста о событиях. " * 5] * 14 + ["03.04.2025"]
    assert find_publication_date(lines) is None


@pytest.mark.parametrize("paragraph", [
    "Жанаозен, 7 июня 2026 года. В микрорайонах Рахат и Шанырак начали прокладку газа.",
    "УСТЬ-КАМЕНОГОРСК, 7 июня 2026 г. – Спасатели укрепляют дамбу на реке Ульба.",
    "Астана, 07.06.2026 – За неделю полицейские задержали 40 подростков.",
    "Шымкент, 7 маусым 2026 жыл – Қалада жаңа мектеп ашылды.",
    "Петропавл, 07.06.2026 ж. – Қалада жаңа мектеп ашылды.",
    "АКТОБЕ, 7 июня 2026 г. (Kazinform) – Спасатели укрепляют дамбу.",
    "Актобе. 7 июня 2026 года. Спасатели укрепляют дамбу.",
])
def test_dateline_opening_the_first_paragraph(paragraph):
    found = find_publication_date(["В Жанаозене подведут газ", "", paragraph])
    assert (found.date, found.origin) == (dt.date(2026, 6, 7), "dateline")


def test_an_event_date_inside_the_first_sentence_is_not_a_dateline():
    lines = ["Заголовок", "Вечером 7 июня 2026 года в Жанаозене произошла авария."]
    assert find_publication_date(lines) is None


def test_place_and_date_parted_by_spaces_as_word_letters_print_them():
    found = find_publication_date(["Заголовок", "г. Сарыагаш" + " " * 40 + "«11» марта 2026 г."])
    assert found.date == dt.date(2026, 3, 11)


@pytest.mark.parametrize("relative", ["Вчера, 18:40", "Сегодня, 09:15", "Кеше, 14:20",
                                      "2 часа назад"])
def test_a_relative_day_gives_no_date_and_no_later_line_stands_in(relative):
    lines = ["Заголовок", relative, "Текст статьи.", "09.11.2026"]
    assert find_publication_date(lines) is None


def test_related_news_after_the_article_do_not_date_it():
    lines = ["В Шымкенте установят посты", "Длинный абзац о постах контроля воздуха. " * 8,
             "Другие новости", "В Шымкенте отремонтируют 40 дворов  |  18.11.2026"]
    assert find_publication_date(lines) is None


def test_a_printed_issues_weekday_date_is_the_issues_not_a_site_headers():
    lines = ["ТОБОЛ-ЭКСПРЕСС", "№ 5 (1418)", "Четверг, 5 февраля 2026 года", "Стр. 3"]
    found = find_publication_date(lines)
    assert (found.date, found.origin) == (dt.date(2026, 2, 5), "dateline")
    assert find_publication_date(["Четверг, 5 февраля 2026 года"]).origin == "page"


def test_a_future_date_is_not_taken():
    assert find_publication_date(["01.01.2031"], today=dt.date(2026, 11, 23)) is None


def test_closing_byline_date():
    found = find_byline_date(["Текст статьи.", "Автор: Наталья Гончарова, 29 ноября 2025"])
    assert found.date == dt.date(2025, 11, 29) and found.origin == "dateline"


@pytest.mark.parametrize(("body", "head", "raw", "outlet"), [
    ("Сообщение, передает агентство Kazinform со ссылкой на Polisia.kz.", [], "", "Kazinform"),
    ("Об этом сообщает пресс-служба Акорды.", [], "", "Акорда"),
    ("Ущерб велик, передает корреспондент «Северного курьера».", [], "", "Северный курьер"),
    ("Рейд өткізілді, деп хабарлайды «Түркістан жаршысы».", [], "", "Түркістан жаршысы"),
    ("Текст.", ["Экибастуз-Экспресс"], "", "Экибастуз-Экспресс"),
    ("Текст.", ["КазПравда-онлайн | Регионы"], "", "КазПравда-онлайн"),
    ("Текст.", ["ВЕЧЕРНИЙ УРАЛЬСК"], "", "Вечерний Уральск"),
    ("Текст.", ["Караганда"], "", None),                    # the town under the weather
    ("Текст.", ["Происшествия"], "", None),                 # a rubric
    ("Текст.", [], "© 2011-2025 Сыр-Медиа. Все права защищены", "Сыр-Медиа"),
    ("Текст.", [], "Создано на платформе Alison CMS © 2011-2025. Авторские права", None),
    # agency datelines, with a date and in Kazakh
    ("Алматы. 3 ноября. КазТАГ – Анна Ковальчук. Акимат закупит автобусы.", [], "", "KazTAG"),
    ("ОРАЛ. ҚазАқпарат – Облыс орталығында аурухана салынады.", [], "", "Kazinform"),
    ("Астана. Весна – пора ремонта дорог.", [], "", None),
    ("АКТОБЕ, 15 июля 2025 г. (Kazinform) – Спасатели укрепляют дамбу.", [], "", "Kazinform"),
    ("АСТАНА. 18 ноября. ИНТЕРФАКС-КАЗАХСТАН – Тарифы вырастут.", [], "", "Интерфакс-Казахстан"),
    ("АСТАНА, 18 ноя — Sputnik. Тарифы вырастут.", [], "", "Sputnik Казахстан"),
    ("По информации портала Kapital.kz, рынок снесут.", [], "", "Kapital.kz"),
    ("По данным «Казгидромета», похолодает.", [], "", None),   # a body cited, not the outlet
    ("Текст.\nИсточник: пресс-служба акимата Карасайского района", [], "",
     "Акимат Карасайского района"),
    ("Бұл туралы «Ақ Жайық» газеті жазады.", [], "", "Ақ Жайық"),
    ("Бұл туралы Алматы облысы Төтенше жағдайлар департаментінің баспасөз қызметі хабарлады.",
     [], "", "Алматы облысы Төтенше жағдайлар департаменті"),
    ("Текст.", [], "Текст.\nОльга Денисова, «Приуралье»", "Приуралье"),
    ("Текст.", [],
     "Текст.\nПавлодар облысы ПД баспасөз қызметі / Пресс-служба ДП Павлодарской области",
     "Департамент полиции Павлодарской области"),
    ("Текст.", [], "Текст.\nПресс-служба УП Есильского района ДП г. Астаны",
     "Управление полиции Есильского района Департамента полиции города Астаны"),
    ("Текст.", [" date 2026-10-08 РУ"], "", None),         # a monitoring header, not a site
    ("Текст.", [], "Текст.\n— Lada.kz", "Lada.kz"),
    ("Текст.", [], "© 2026 ТОО «Медиакорпорация Тобол». Сетевое издание «Тобол-Инфо». "
                  "Свидетельство о постановке на учёт СМИ № 18044-СИ", "Тобол-Инфо"),
    ("Текст.", [], "Oral Times © 2012–2026. Свидетельство о постановке на учет", "Oral Times"),
    ("Изъято 4 кг, передает 24.kz со ссылкой на пресс-службу ДП.", [], "", "24.kz"),
    ("Тәртіп өзгереді, деп хабарлайды ІІМ баспасөз қызметі.", [], "", "ІІМ"),
    ("Мәтін.", [], "Мәтін.\nЖетісу облысы ПД баспасөз қызметі",
     "Жетісу облысы полиция департаменті"),
    ("Текст.\nИсточник: kursiv.media", [], "", "kursiv.media"),
    ("Мәтін.\nАқпарат көзі: Kazinform", [], "", "Kazinform"),
    ("По сообщению ИА «Новости-Казахстан», цены растут.", [], "", "Новости-Казахстан"),
    ("Мәтін.", [], "Мәтін.\nЖетісу облысы ПД баспасөз қызметі / Пресс-служба ДП области Жетісу",
     "Департамент полиции области Жетісу"),
    ("Приговор вынесен. Об этом Vlast.kz сообщили в пресс-службе суда.", [], "", "Vlast.kz"),
    ("Мәтін.\nДереккөз: Шымкент қаласы ПД баспасөз қызметі", [], "",
     "Шымкент қаласы полиция департаменті"),
    ("Мәтін.", [], "Мәтін.\n«Маңғыстау» газеті", "Маңғыстау"),
    ("Текст.", ["Пресс-служба Жамбылского областного суда"], "", "Жамбылский областной суд"),
    ("Текст.", ["ДП Костанайской области информирует"], "",
     "Департамент полиции Костанайской области"),
    ("Текст.", ["Published: 05 September 2025 | Author: admin | Views: 812"], "", None),
    ("Текст.", ["Общественно-политическая газета"], "", None),     # a logo's description
    ("Текст.", ["«Костанайские новости», № 58 (21457), 20 мая 2025 г., стр. 3"], "",
     "Костанайские новости"),
    ("Мәтін.", ["«Егемен Қазақстан» газеті, № 130, 15 шілде 2025 ж."], "", "Егемен Қазақстан"),
    ("Текст.", [], "Текст.\nПресс-служба ДП СКО · Просмотров: 356",
     "Департамент полиции Северо-Казахстанской области"),
    ("Текст.", ["АКИМАТ УЛЫТАУСКОЙ ОБЛАСТИ"], "", "Акимат Улытауской области"),
    ("Текст.", ["Официальный интернет-ресурс акимата Улытауской области"], "",
     "Акимат Улытауской области"),
    ("Мәтін.", ["Ақмола облысы әкімдігінің ресми сайты"], "", "Ақмола облысы әкімдігі"),
    # the site carries what a press service told it: the site is the outlet
    ("Задержаны трое, сообщили в пресс-службе ДП Алматы.", ["Tengrinews.kz"], "", "Tengrinews.kz"),
    ("Задержаны трое, сообщили в пресс-службе ДП Алматы.", [], "", "Департамент полиции Алматы"),
    ("Текст.", ["КОСТАНАЙСКИЕ НОВОСТИ"], "", "Костанайские новости"),
    ("Текст.", ["Новости Казахстана | Kazinform"], "", "Kazinform"),
    ("Текст.\nИсточник: https://www.zakon.kz/news/123", [], "", "Zakon.kz"),
    ("Мәтін. Бұл туралы облыстық полиция департаментінің баспасөз қызметі хабарлады.", [], "",
     "Облыстық полиция департаменті"),
])
def test_outlet_is_found_where_pages_name_it(body, head, raw, outlet):
    assert find_outlet(body, head, raw) == outlet


def test_the_date_by_the_headline_beats_the_site_headers_day_above_it():
    lines = ["Понедельник, 9 марта 2026", "Главная / Общество", "В Сарани открыли каток",
             "06.03.2026 11:40", "В Сарани открыли новый каток у школы № 3."]
    found = find_publication_date(lines)
    assert (found.date, found.origin) == (dt.date(2026, 3, 6), "dateline")
    # below the body's first paragraph a date is another article's: the header's day stands
    lines = lines[:3] + ["Жители микрорайона Молодежный просили построить каток несколько лет, "
                         "и в этом году акимат выделил на него деньги из местного бюджета, а "
                         "школа взяла на себя заливку льда.", "Другие новости города", "04.03.2026"]
    found = find_publication_date(lines)
    assert (found.date, found.origin) == (dt.date(2026, 3, 9), "page")


def test_a_closing_byline_date_beats_the_site_headers_day():
    from clipper.ingest import extract_article
    text = ("Четверг, 12 марта 2026\n\nВ Сарани открыли каток\n\n"
            + "В Сарани открыли новый каток у школы, на открытие пришли сотни жителей. " * 3
            + "\n\nИван Петров, 11 марта 2026")
    article = extract_article(text.encode(), "a.txt")
    assert (article.date, article.date_origin) == (dt.date(2026, 3, 11), "dateline")


@pytest.mark.parametrize("paragraph", [
    "Павлодарская область, 7 июня 2026 года. Полицейские провели рейд на трассе.",
    "Ekibastuz, 7 maýsym 2026. Polısıa reıd ótkizdi.",
])
def test_a_region_or_a_latin_place_opens_a_dateline(paragraph):
    found = find_publication_date(["Рейд на трассе", "", paragraph])
    assert (found.date, found.origin) == (dt.date(2026, 6, 7), "dateline")


def test_a_sentence_opening_with_lower_case_words_is_no_dateline():
    lines = ["Заголовок", "", "Жители города, 5 марта 2026 года, вышли на субботник."]
    assert find_publication_date(lines) is None


def test_kazakh_in_latin_letters_is_kazakh():
    from clipper.ingest.extract.language import detect_language
    assert detect_language("Pavlodar qalasynda polısıa qyzmetkerleri túngi reıd ótkizdi, "
                           "onyń barysynda júrgizýshiler tekserildi.") == "kk"
    assert detect_language("Pavlodar qalasynda polisiia qyzmetkerlerı tüngı reid ötkızdı, "
                           "onyñ barysynda jürgızuşıler tekserıldı.") == "kk"


def test_a_russian_report_quoting_kazakh_speakers_is_russian():
    from clipper.ingest.extract.language import detect_language
    text = ("В Медеуском районе полицейские провели акцию «Қарттарымызды алаяқтардан қорғайық» "
            "и раздали памятки пенсионерам.\n"
            "– Қарттарымызды алаяқтардан қорғау – біздің басты міндетіміз, – сказал начальник "
            "районного управления полиции.\n"
            "– Маған «немереңіз жол апатына түсті, ақша керек» деп хабарласты. Жүрегім тоқтап "
            "қала жаздады, – рассказала она.\n"
            "Акция продлится до конца месяца и охватит соседние районы города.")
    assert detect_language(text) == "ru"
    halves = ("Талдықорғанда полиция мен жастардың облыстық форумы өтті, жастар өз "
              "ұсыныстарын айтты.\nВ Талдыкоргане прошел областной форум полицейских и "
              "молодежи, молодые люди высказали свои предложения.")
    assert detect_language(halves) == "mixed"


def test_a_sentence_recalling_another_day_is_no_dateline():
    lines = ["Суббота, 31 января 2026", "", "Пожар на складе", "", "Огонь потушили за час.", "",
             "Напомним, 12 января 2025 года, в Караганде сгорели два склада с мебелью."]
    found = find_publication_date(lines)
    assert (found.date, found.origin) == (dt.date(2026, 1, 31), "page")
    # without the top bar: a dateline opens with a place, not with a word of the sentence
    assert find_publication_date(lines[2:]) is None


@pytest.mark.parametrize(("line", "date", "weekday"), [
    ("№ 41 (9120) Пятница, 6 марта 2026 года", dt.date(2026, 3, 6), True),   # issue, weekday
    ("Сегодня: среда, 4 марта 2026", dt.date(2026, 3, 4), True),              # a top bar's day
    ("Асель НУРЛАНОВА, 02.03.2026", dt.date(2026, 3, 2), False),             # byline and date
    ("Акимат района Байтерек, [05.03.2026 09:12]", dt.date(2026, 3, 5), False),  # Telegram copy
])
def test_more_date_line_shapes(line, date, weekday):
    assert parse_date_line(line) == (date, weekday)


@pytest.mark.parametrize("line", ["по словам водителя, 02.03.2026",   # no name: words in small
                                  "Сегодня, 4 марта 2026 года, в районе прошел рейд"])
def test_a_sentence_around_a_date_is_no_date_line(line):
    assert parse_date_line(line) is None


def test_a_long_menu_does_not_hide_the_date_under_the_headline():
    menu = ["Сайт.kz", "Главная", "Новости", "Статьи", "Спорт", "Авто", "Бизнес", "Life", "Tech",
            "Еще", "Происшествия", "Общество", "Регионы"]
    found = find_publication_date(menu + ["", "В селе открыли новую школу", "", "3 марта 2026, 10:15",
                                          "", "В селе открыли школу на 300 мест. " * 6])
    assert (found.date, found.origin) == (dt.date(2026, 3, 3), "dateline")
    # twelve lines that say something still end the head: the body's dates are not looked at
    said = [f"Строка номер {n} шапки" for n in range(12)]
    assert find_publication_date(said + ["3 марта 2026, 10:15"]) is None


def test_a_monitoring_digest_dates_the_clipping_not_itself():
    digest = ["ОБЗОР СМИ", "Пресс-служба акимата", "за 06.03.2026", "",
              "Источник: «Вечерний город», 05.03.2026", "", "В городе отремонтируют мост", ""]
    found = find_publication_date(digest)
    assert (found.date, found.origin) == (dt.date(2026, 3, 5), "header")
    numbered = ["МОНИТОРИНГ СМИ", "на 06.03.2026 г.", "", "2. Новая газета, № 12 (345), 04.03.2026, стр. 3"]
    assert find_publication_date(numbered).date == dt.date(2026, 3, 4)
    # the same source line outside a digest stays what it was; a digest's own day alone is no date
    assert find_publication_date(["МОНИТОРИНГ СМИ", "06.03.2026", "", "Текст без даты"]) is None
    assert find_publication_date(["Отчет", "06.03.2026"]).date == dt.date(2026, 3, 6)


def test_a_headline_about_monitoring_is_no_digest():
    lines = ["Мониторинг СМИ: казахстанцы стали больше читать новости", "12.03.2026", "",
             "Текст статьи о чтении новостей. " * 8]
    assert find_publication_date(lines).date == dt.date(2026, 3, 12)


@pytest.mark.parametrize("line", ["N 14 (20871)   Пятница, 3 октября 2025 г.",
                                  "№ 77 (12 004)  •  Пятница, 3 октября 2025 г."])
def test_an_issue_line_with_a_weekday_dates_the_article(line):
    found = find_publication_date(["ГАЗЕТА", line, "", "Заголовок", "", "Текст. " * 30])
    assert (found.date, found.origin) == (dt.date(2025, 10, 3), "dateline")
    # a site's top bar with a weekday stays the page's day
    found = find_publication_date(["Пятница, 3 октября 2025 г.", "", "Заголовок", "", "Текст. " * 30])
    assert found.origin == "page"
