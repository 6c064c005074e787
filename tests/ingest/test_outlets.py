"""Outlets as a careful reader finds them in footers, mastheads, signatures and attributions
(invented examples of each shape; the labelled sets hold the real ones)."""

import pytest

from clipper.ingest import extract_article
from clipper.ingest.extract.outlet import find_outlet
from clipper.ingest.extract.outlet_names import from_capitals

RU = "Полицейские провели рейд на трассе и проверили водителей грузовых машин."
KK = "Полиция қызметкерлері трассада рейд өткізіп, жүк көліктерінің жүргізушілерін тексерді."


@pytest.mark.parametrize(("body", "head", "raw", "outlet"), [
    # a copyright sign with only the rights after it names nobody
    (KK, [], KK + "\n© 2025 Барлық құқықтар қорғалған.", None),
    (RU, [], RU + "\n© 2025. All rights reserved.", None),
    # a domain after the sign keeps its dot
    (RU, [], RU + "\n© uralweek.kz. При перепечатке ссылка обязательна.", "uralweek.kz"),
    # a long official name after the sign
    (RU, [], RU + "\n© 2025 Министерство здравоохранения Республики Казахстан",
     "Министерство здравоохранения Республики Казахстан"),
    # a bilingual footer: the name in the article's language
    (RU, [], RU + "\n© «Орал өңірі» – «Приуралье». Барлық құқықтар қорғалған.", "Приуралье"),
    (KK, [], KK + "\n© «Орал өңірі» – «Приуралье». Барлық құқықтар қорғалған.", "Орал өңірі"),
    # the owner company is not the outlet, whichever side of the name its form stands
    (KK, [], KK + "\nМеншік иесі: «Жайық медиа» ЖШС. Куәлік № 1234-Г.\n"
     "«Жайық үні» облыстық қоғамдық-саяси газеті", "Жайық үні"),
    # a logo giving only the domain, the footer the paper's name
    (RU, ["priuralie.kz"],
     RU + "\nОбщественно-политическая газета «Приуралье». Издается с 1918 года.", "Приуралье"),
    # a count of registered accidents is not a registration line
    (RU + "\nЗарегистрировано 12 ДТП на трассе «Урал».", [], "", None),
])
def test_footers_name_the_outlet_not_its_owner_or_its_rights(body, head, raw, outlet):
    assert find_outlet(body, head, raw) == outlet


@pytest.mark.parametrize(("head", "signature", "outlet"), [
    # an official portal hosts what the body that signs the release issues
    (["Судебная власть Республики Казахстан"], "Пресс-служба Атырауского областного суда",
     "Атырауский областной суд"),
    # a signature under the text is the release's own, the copyright line the site's
    ([], "Пресс-служба ДП ЗКО\n© 2025 Батыс Қазақстан облысы Полиция департаменті",
     "Департамент полиции Западно-Казахстанской области"),
    # a body's name holds no comma: a phone number or the preparer's name beside it is not it
    ([], "Пресс-служба прокуратуры Туркестанской области, тел.: 8 (7252) 00-00-00",
     "Прокуратура Туркестанской области"),
    ([], "Подготовил: Иван Петров, пресс-служба ДЧС Атырауской области",
     "Департамент по чрезвычайным ситуациям Атырауской области"),
])
def test_a_press_services_signature_names_the_body_that_issues_the_release(head, signature,
                                                                          outlet):
    assert find_outlet(RU, head, RU + "\n" + signature) == outlet


@pytest.mark.parametrize(("body", "head", "outlet"), [
    # datelines: a place, a full date and the agency; a paper's town in capitals and its name
    ("ОРАЛ, 5 марта 2026 — Kazinform. Спасатели укрепляют дамбу.", [], "Kazinform"),
    ("Oral, 5 naýryz 2026. Kazinform – Qutqarýshylar bógetti nyǵaıtýda.", [], "Kazinform"),
    ("АТЫРАУ, «Ак Жайык» — Спасатели укрепляют дамбу.", [], "Ақ Жайық"),
    ("ОРАЛ, «Приуралье» — Спасатели укрепляют дамбу. Газета «Приуралье» следит.", [],
     "Приуралье"),
    ("Кроме того, «Казводхоз» — главный подрядчик.", [], None),
    # a channel named like its city is the channel
    ("Дамбу укрепили, сообщает телеканал \"Атырау\".", [], "Телеканал «Атырау»"),
    ("Материал подготовлен для Vlast.kz", [], "Vlast.kz"),
    # Kazakh: a sentence opening with the press service that reported it
    ("Ақтөбе облысы полиция департаментінің баспасөз қызметі хабарлағандай, рейд өтті.", [],
     "Ақтөбе облысы полиция департаменті"),
    ("Мәтін.\nAqparat kózi: Pavlodar oblysy polısıa departamentiniń baspasóz qyzmeti", [],
     "Pavlodar oblysy polısıa departamenti"),
    # the site that names itself carries what the press service told it, in either script
    ("Reıd ótti, dep habarlaıdy Pavlodar oblysy polısıa departamentiniń baspasóz qyzmeti.",
     ["Kazinform"], "Kazinform"),
    # a monitoring card names the source above the headline, or in a labelled field
    ("Текст.", ["Источник: Уральская неделя (uralweek.kz)"], "Уральская неделя"),
    ("Текст.\nСМИ: «Уральская неделя»", [], "Уральская неделя"),
    ("Мәтін.\nБАҚ: «Орал өңірі»", [], "Орал өңірі"),
])
def test_attributions_and_datelines_name_the_outlet(body, head, outlet):
    assert find_outlet(body, head, body) == outlet


@pytest.mark.parametrize(("head", "outlet"), [
    (["«Жайық үні» газеті"], "Жайық үні"),
    (["logo", "Новости Западного Казахстана"], None),     # an image's alt text and a tagline
    (["Oral +3°C | USD 507,10 | EUR 560,25", "ПРИУРАЛЬЕ • Новости • Регион • Спорт"],
     "Приуралье"),
])
def test_a_mastheads_name_is_not_its_tagline_weather_or_logo(head, outlet):
    assert find_outlet(RU, head, RU) == outlet


def test_a_photo_credit_is_no_signature():
    raw = RU + "\nФото: облыс әкімінің баспасөз қызметі"
    assert find_outlet(RU, [], raw) is None


def test_a_documents_page_header_names_the_body_that_issues_the_release():
    import io

    import docx

    from clipper.ingest import extract_article
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Пресс-служба Атырауского областного суда"
    document.sections[0].footer.paragraphs[0].text = "Пресс-служба Атырауского областного суда"
    document.add_paragraph("Житель Атырау осужден за мошенничество")
    document.add_paragraph(RU * 3)
    data = io.BytesIO()
    document.save(data)
    assert extract_article(data.getvalue(), "release.docx").source == "Атырауский областной суд"


@pytest.mark.parametrize(("body", "outlet"), [
    # a carrier named beside the press service it cites is the outlet
    ("Рейд прошел, передает Zakon.kz. Как сообщили в пресс-службе ДП Атырауской области, "
     "задержаны трое.", "Zakon.kz"),
    ("Об этом корреспонденту Vlast.kz сообщили в пресс-службе суда.", "Vlast.kz"),
    ("Трое задержаны, сообщили Orda.kz в пресс-службе ДП Алматы.", "Orda.kz"),
    # the body that told, named; an unnamed one is no outlet
    ("Об этом сообщили в департаменте полиции Павлодарской области.",
     "Департамент полиции Павлодарской области"),
    ("Как пояснили в управлении полиции города, подозреваемый задержан.", None),
    # Kazakh: a known outlet's reporter
    ("Бұл туралы ҚазАқпарат тілшісі хабарлайды.", "Kazinform"),
    ("Бұл туралы Kazinform агенттігінің тілшісі хабарлайды.", "Kazinform"),
    ("Рейд прошел, сообщает телеканал КТК.", "КТК"),
    ("ПАВЛОДАР, 12 марта. /Kazinform/ - Полицейские провели рейд.", "Kazinform"),
    ("Текст.\nТекст и фото: пресс-служба ДП ВКО",
     "Департамент полиции Восточно-Казахстанской области"),
    ("Рейд прошел, передает 24KZ.", None),      # a sentence is no site's name
    ("Об этом сообщает сайт polisia.kz.", "Министерство внутренних дел"),   # a domain in lower case
])
def test_carriers_and_the_bodies_they_cite(body, outlet):
    assert find_outlet(body, [], body) == outlet


@pytest.mark.parametrize(("head", "raw", "outlet"), [
    (["Новости Уральска и ЗКО | Уральская неделя"], "", "Уральская неделя"),
    (["«ОРТАЛЫҚ ҚАЗАҚСТАН» ГАЗЕТІ"], "", "Орталық Қазақстан"),
    # an official site's bar: the ministry over the department, the department is the site's
    (["Министерство внутренних дел Республики Казахстан"], "",
     "Министерство внутренних дел Республики Казахстан"),
    (["Министерство внутренних дел Республики Казахстан", "Департамент полиции Атырауской области"],
     "", "Департамент полиции Атырауской области"),
    # a logo's bare domain, the footer's quoted name
    (["pavlodarnews.kz"], "\n© 2026 «Павлодар Ньюс». Все права защищены.", "Павлодар Ньюс"),
    # the site a reprint must name
    ([], "\nПри использовании материалов ссылка на ertisinfo.kz обязательна.", "ertisinfo.kz"),
    ([], "\nМатериалдарды көшіріп басқанда «Ertis info» сайтына сілтеме міндетті.", "Ertis info"),
])
def test_mastheads_and_footers_in_more_shapes(head, raw, outlet):
    assert find_outlet(RU, head, RU + raw) == outlet


def test_a_signatures_letters_are_the_body_the_text_spells_out():
    body = ("Батыс Қазақстан облысының прокуратурасы Бөрлі ауданында заңбұзушылық анықтады. "
            "Тексеру жалғасуда.")
    raw = body + "\nБҚО прокуратурасының баспасөз қызметі"
    assert find_outlet(body, [], raw) == "Батыс Қазақстан облысының прокуратурасы"
    # letters the text never spells out stay as printed
    assert find_outlet(KK, [], KK + "\nБҚО прокуратурасының баспасөз қызметі") \
        == "БҚО прокуратурасы"


@pytest.mark.parametrize(("body", "outlet"), [
    ("Рейд өтті, деп жазды «Ертіс» газеті.", "Ертіс"),
    ("Рейд өтті, деп хабарлайды Павлодар облысы ПД баспасөз қызметі.",
     "Павлодар облысы полиция департаменті"),
    ("Павлодар облысы ПД баспасөз қызметінің хабарлауынша, рейд өтті.",
     "Павлодар облысы полиция департаменті"),
    ("Бұл туралы ҚазАқпарат хабарлады.", "Kazinform"),
    ("Рейд өтті. Kazinform агенттігінің хабарлауынша, тексеру жалғасады.", "Kazinform"),
])
def test_kazakh_ways_of_naming_who_reports(body, outlet):
    assert find_outlet(body, [], body) == outlet


def test_a_sentence_naming_another_paper_is_no_footer():
    raw = RU + "\nОб этом ранее писала газета «Время»."
    assert find_outlet(RU, [], raw) is None


def test_a_monitoring_cards_client_is_not_the_outlet():
    assert find_outlet(RU, ["Мониторинг СМИ | ДП Алматинской области | Раздел: Криминал"], RU) \
        is None


def test_a_papers_masthead_carries_what_a_press_service_told_it():
    body = "Задержаны трое, сообщили в пресс-службе ДП Павлодарской области."
    assert find_outlet(body, ["ЗВЕЗДА ПРИИРТЫШЬЯ"], body) == "Звезда Прииртышья"
    # an official site's own bar does not carry: the press service is its own
    assert find_outlet(body, ["Департамент полиции Павлодарской области"], body) \
        == "Департамент полиции Павлодарской области"
    # a region's name above the headline is a rubric
    assert find_outlet(RU, ["Жетісу облысы / Жетысуская область"], RU) is None


def test_a_copied_articles_address_names_its_site():
    raw = RU + "\nhttps://www.uralweek.kz/2026/03/12/reid/"
    assert find_outlet(RU, [], raw) == "uralweek.kz"
    assert find_outlet(RU, ["https://tengrinews.kz/kazakhstan_news/reid-123/"], RU) \
        == "Tengrinews.kz"


def test_a_bilingual_release_is_filed_under_its_first_versions_body():
    kazakh = ("Жамбыл облысы полиция департаментінің баспасөз қызметі\n\n"
              "Тараз қаласында полиция қызметкерлері түнгі рейд өткізіп, 12 жүргізушіні анықтады. "
              "Рейд барысында жол ережесін бұзған жүргізушілерге айыппұл салынды.")
    russian = ("В Таразе полицейские провели ночной рейд и выявили 12 водителей-нарушителей. "
               "Нарушителей привлекли к административной ответственности.\n\n"
               "Пресс-служба ДП Жамбылской области")
    kazakh_first = extract_article(f"{kazakh}\n\n* * *\n\n{russian}".encode(), "release.txt")
    assert kazakh_first.lang == "mixed"
    assert kazakh_first.source == "Жамбыл облысы полиция департаменті"
    russian_first = extract_article(f"{russian}\n\n* * *\n\n{kazakh}".encode(), "release.txt")
    assert russian_first.source == "Департамент полиции Жамбылской области"


def test_a_quoted_name_after_a_town_is_a_paper_only_when_known_or_called_one():
    body = ("ШЫМКЕНТ, «Безопасный двор» — так называется проект, который полиция города "
            "запустила в микрорайонах. Участковые обходят дворы вместе с жителями.")
    assert find_outlet(body, []) is None
    body = ("ШЫМКЕНТ, «Южный вестник» — Участковые обходят дворы вместе с жителями. "
            "Подписаться на газету «Южный вестник» можно на почте.")
    assert find_outlet(body, []) == "Южный вестник"


DIGEST_ARTICLE = ("В Сарыагаше полицейские задержали угонщика автомобиля.\n\n"
                  "Подозреваемый доставлен в отдел полиции, начато расследование.\n\nАнна ЛИ")


@pytest.mark.parametrize(("head", "outlet"), [
    # a press service's digest names the paper it reprints: its source label, its issue line,
    # the paper's name over the bare issue line
    ("МОНИТОРИНГ СМИ\nПресс-служба ДП Туркестанской области\n\nИсточник: «Южный вестник», "
     "03.03.2026", "Южный вестник"),
    ("Обзор региональных СМИ\nДП Туркестанской области\n\n1. Южный вестник, № 21 (1234), "
     "03.03.2026, стр. 2", "Южный вестник"),
    ("МОНИТОРИНГ СМИ\n\nДП Туркестанской области\n\nЮжный вестник\n\n№ 21 (1234), 3 марта 2026",
     "Южный вестник"),
    ("БАҚ мониторингі\nТүркістан облысы ПД\n\nБасылым: «Оңтүстік Қазақстан»",
     "Оңтүстік Қазақстан"),
    # no digest: the release's own head names its body
    ("Пресс-служба ДП Туркестанской области", "Департамент полиции Туркестанской области"),
])
def test_a_media_digest_is_filed_under_the_paper_it_reprints(head, outlet):
    data = (head + "\n\nВ Сарыагаше задержан угонщик\n\n" + DIGEST_ARTICLE).encode()
    assert extract_article(data, "x.txt").source == outlet


@pytest.mark.parametrize(("head", "outlet"), [
    # a Kazakh body's name in capitals: the place keeps its capitals
    (["ЖАМБЫЛ ОБЛЫСЫНЫҢ ӘКІМДІГІ"], "Жамбыл облысының әкімдігі"),
    (["ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ДЕНСАУЛЫҚ САҚТАУ МИНИСТРЛІГІ"],
     "Қазақстан Республикасы Денсаулық сақтау министрлігі"),
    # a Russian one in capitals, over the release's kind
    (["ДЕПАРТАМЕНТ ПО ЧРЕЗВЫЧАЙНЫМ СИТУАЦИЯМ АКТЮБИНСКОЙ ОБЛАСТИ", "Сообщение для прессы"],
     "Департамент по чрезвычайным ситуациям Актюбинской области"),
    # a channel's name over its forwarded post
    (["Департамент полиции Актюбинской области, [03.03.2026 10:15]"],
     "Департамент полиции Актюбинской области"),
    # a paper named after its town, over its tagline; the town under the weather is not it
    (["Кокшетау +12", "ЖАҢА АРҚА", "облыстық қоғамдық-саяси газет"], "Жаңа Арқа"),
    (["ТАРАЗ", "Областная общественно-политическая газета"], "Тараз"),
    # the search box and a rubric are not the site; a view counter is not either
    (["Поиск по сайту", "Закон и порядок", "Жана Арка"], "Жана Арка"),
    # a name with a two-digit number and no sign is a site's, not the weather
    (["Караганда 24"], "Караганда 24"),
])
def test_mastheads_over_the_headline(head, outlet):
    assert find_outlet(RU, head) == outlet


def test_a_name_in_capitals_keeps_the_places_capital_only():
    assert from_capitals("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АКТЮБИНСКОЙ ОБЛАСТИ".split()) \
        == "Управление образования Актюбинской области"
    assert from_capitals("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ ОБЛАСТИ".split()) == "Управление образования области"


RU_LONG = ("В Костанайской области полицейские провели рейд на трассах и проверили более двухсот "
           "водителей грузовых машин.")
KK_LONG = ("Қостанай облысында полиция қызметкерлері трассаларда рейд өткізіп, екі жүзден астам "
           "жүк көлігінің жүргізушісін тексерді.")


def test_a_bilingual_release_without_a_separator_is_signed_by_its_first_version():
    body = "\n\n".join([RU_LONG, RU_LONG, "Пресс-служба акимата Костанайской области",
                        "ҚОСТАНАЙ ОБЛЫСЫНЫҢ ӘКІМДІГІ", KK_LONG, KK_LONG,
                        "Қостанай облысы әкімдігінің баспасөз қызметі"])
    assert find_outlet(body, [], body) == "Акимат Костанайской области"
    # one paragraph in the other language opening a text is no version of it
    quoted = "\n\n".join([RU_LONG, KK_LONG, KK_LONG + " Бұл туралы Ult.kz тілшісі жазады."])
    assert find_outlet(quoted, [], quoted) == "Ult.kz"
    # paragraphs alternating their languages make no first version: the closing signature
    alternating = "\n\n".join([RU_LONG, KK_LONG, RU_LONG, KK_LONG,
                               "Қостанай облысы әкімдігінің баспасөз қызметі"])
    assert find_outlet(alternating, [], alternating) == "Қостанай облысы әкімдігі"


@pytest.mark.parametrize(("text", "outlet"), [
    (KK_LONG, "Қостанай облысы полиция департаменті"),
    (RU_LONG, "Департамент полиции Костанайской области"),
])
def test_a_signature_on_two_lines_in_two_languages_gives_the_articles(text, outlet):
    body = "\n\n".join([text, "Қостанай облысы полиция департаментінің баспасөз қызметі\n"
                              "Пресс-служба Департамента полиции Костанайской области"])
    assert find_outlet(body, [], body) == outlet


@pytest.mark.parametrize(("head", "signature", "outlet"), [
    # the letterhead names the signing body itself, in full
    (["ҚОСТАНАЙ ОБЛЫСЫНЫҢ ӘКІМДІГІ"], "Қостанай облысы әкімдігінің баспасөз қызметі",
     "Қостанай облысының әкімдігі"),
    (["ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ЭНЕРГЕТИКА МИНИСТРЛІГІ"], "ҚР ЭМ баспасөз қызметі",
     "Қазақстан Республикасы Энергетика министрлігі"),
    # a ministry's portal carrying a department's release: the department
    (["Министерство внутренних дел Республики Казахстан"],
     "Пресс-служба ДП Костанайской области", "Департамент полиции Костанайской области"),
    # an akim's press service is his akimat's; the akim's office keeps its name
    ([], "Пресс-служба акима Костанайской области", "Акимат Костанайской области"),
    ([], "Пресс-служба аппарата акима Костанайской области",
     "Аппарат акима Костанайской области"),
    ([], "Қостанай облысы әкімінің баспасөз қызметі", "Қостанай облысы әкімдігі"),
])
def test_the_signing_body(head, signature, outlet):
    body = RU_LONG + "\n\n" + signature
    assert find_outlet(body, head, body) == outlet


def test_a_language_subdomain_is_the_same_site_and_an_abbreviation_keeps_its_capitals():
    from clipper.ingest.extract.outlet_names import canonical_outlet, from_capitals
    assert canonical_outlet("rus.tengrinews.kz") == canonical_outlet("tengrinews.kz") == "Tengrinews.kz"
    assert canonical_outlet("kaz.example.kz") is None  # an unknown site stays unknown
    assert from_capitals(["ДЧС", "ВКО"]) == "ДЧС ВКО"
    assert from_capitals(["РУДНЫЙ", "АЛТАЙ"]) == "Рудный Алтай"
    # the ministry as the text names it, with the country or without
    assert canonical_outlet("Пресс-служба МВД РК") == "Министерство внутренних дел Республики Казахстан"
    assert canonical_outlet("Пресс-служба МВД") == "Министерство внутренних дел"
    assert find_outlet("Рейды прошли по всей стране, сообщает пресс-служба МВД РК.\n\nТекст.") \
        == "Министерство внутренних дел Республики Казахстан"
    assert find_outlet("Рейды прошли по всей стране, сообщает пресс-служба МВД.\n\nТекст.") \
        == "Министерство внутренних дел"


@pytest.mark.parametrize(("logo", "footer", "outlet"), [
    ("kostnews.kz", "© 2025 «Костанайские новости». Все права защищены.", "Костанайские новости"),
    ("zk-info.kz", "© 2025 «Западный Край». Все права защищены.", "Западный Край"),
    # the footer names another edition than the one the address spells: the site keeps its own
    ("stepinfo.kz", "© 2025 «Наш Район». Все права защищены.", "stepinfo.kz"),
])
def test_a_footer_name_replaces_the_logo_address_only_where_the_address_spells_it(logo, footer,
                                                                                 outlet):
    assert find_outlet(RU, [logo], RU + "\n" + footer) == outlet
