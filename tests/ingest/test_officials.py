"""Who in an article is an official: one entry per person, whatever form the text names them in."""

from clipper.ingest.clean import clean_text
from clipper.ingest.extract.officials import _capitalised_runs, _other_case, find_officials


def test_later_mentions_by_initials_surname_and_patronymic_are_the_same_person():
    text = (
        "Совещание провел начальник департамента полиции Костанайской области полковник "
        "полиции Нурлан Ахметов. По словам Н. Ахметова, число краж снизилось. "
        "Ахметов Н.К. поручил усилить патрулирование. Нурлан Каримович также ответил на "
        "вопросы журналистов.")
    officials, roles = find_officials(text)
    assert officials == ["Нурлан Ахметов"]
    assert roles["Нурлан Ахметов"] == \
        "Начальник департамента полиции Костанайской области, полковник полиции"


def test_an_official_in_inflected_forms_only_is_named_in_the_nominative():
    text = ("Жители встретились с акимом района Даниялом Ермековым. "
            "По словам Ермекова, ремонт дороги завершат к осени.")
    officials, roles = find_officials(text)
    assert officials == ["Даниял Ермеков"]
    assert roles == {"Даниял Ермеков": "Аким района"}


def test_a_kazakh_spelling_of_the_same_surname_is_one_person():
    text = ("Заместитель акима области Бауыржан Сарсенбаев открыл новый ЦОН. "
            "Позже Бауыржан Сәрсенбаев ответил на вопросы жителей.")
    officials, _roles = find_officials(text)
    assert len(officials) == 1 and officials[0].endswith("енбаев")


def test_citizens_quoted_by_name_are_not_officials():
    text = ("«Я три часа ждала автобус», — рассказала пенсионерка Галина Петренко. "
            "Начальник управления пассажирского транспорта Арман Сеитов пообещал "
            "добавить рейсы.")
    officials, _roles = find_officials(text)
    assert officials == ["Арман Сеитов"]


def test_the_author_is_not_an_official():
    text = "Редактор Алия Нурланова побеседовала с акимом города Сериком Жумабаевым."
    officials, _roles = find_officials(text, author="Алия Нурланова")
    assert officials == ["Серик Жумабаев"]


def test_an_official_unknown_to_the_directory_is_found_by_the_role():
    text = "Пресс-секретарь Костанайского областного суда Жанар Бекова сообщила о приговоре."
    officials, roles = find_officials(text)
    assert officials == ["Жанар Бекова"]
    assert roles["Жанар Бекова"] == "Пресс-секретарь Костанайского областного суда"


def test_kazakh_text_role_before_the_name():
    text = ("Жоба жақсы нәтиже берді, — деді Астана қаласы полиция департаменті әкімшілік "
            "полиция басқармасының бастығы Нұржан Сейітов.")
    officials, roles = find_officials(text, lang="kk")
    assert officials == ["Нұржан Сейітов"]
    assert roles["Нұржан Сейітов"] == \
        "Астана қаласы полиция департаменті әкімшілік полиция басқармасының бастығы"


def test_no_people_no_officials():
    assert find_officials("Снег выпал в Астане. Движение на дорогах затруднено.") == ([], {})


def test_language_models_load_once_per_process():
    from clipper.ingest import extract_article
    from clipper.ingest.nlp import morph, ner

    for i in range(3):
        extract_article(f"Аким города Марат Ибраев {i} открыл школу.".encode(), f"{i}.txt")
    assert ner.cache_info().misses <= 1 and morph.cache_info().misses <= 1


def test_a_role_is_as_printed_even_when_it_says_only_the_city():
    text = "Автобусы закупят до конца года, сообщил заместитель акима города Арман Бекенов."
    _officials, roles = find_officials(text, regions=["Алматы"])
    assert roles == {"Арман Бекенов": "Заместитель акима города"}


def test_an_adjective_read_first_as_a_noun_stays_in_the_role():
    text = ("Проверку провели по поручению главного государственного инспектора труда "
            "Карагандинской области Ануара Смагулова.")
    _officials, roles = find_officials(text)
    assert roles == {
        "Ануар Смагулов": "Главный государственный инспектор труда Карагандинской области"}


def test_a_chief_sanitary_doctor_is_an_official_a_paediatrician_is_not():
    text = ("Главный санитарный врач области Ерлан Байжанов рекомендовал школам карантин. "
            "Педиатр городской поликлиники Наталья Рыбакова советует беречь детей.")
    assert find_officials(text)[0] == ["Ерлан Байжанов"]


def test_a_womans_name_the_dictionary_reads_as_a_mans_genitive():
    text = ("Руководитель управления физической культуры и спорта Астаны Дания Мусабекова "
            "рассказала о секциях.")
    assert find_officials(text)[0] == ["Дания Мусабекова"]


def test_kazakh_words_of_where_and_when_opening_the_sentence_are_not_the_role():
    text = ("Стансаның ашылуында облыс әкімінің орынбасары Дәурен Жұмағалиев су беру "
            "тәулік бойы болатынын айтты.")
    _officials, roles = find_officials(text, lang="kk")
    assert roles == {"Дәурен Жұмағалиев": "Облыс әкімінің орынбасары"}


def test_kazakh_state_prosecutor_function_is_left_out_of_the_post():
    text = ("Мемлекеттік айыптаушы, Орал қаласы прокурорының көмекшісі Айбек Қуанышев "
            "сотталушының кінәсі дәлелденгенін айтты.")
    officials, roles = find_officials(text, lang="kk")
    assert roles == {"Айбек Қуанышев": "Орал қаласы прокурорының көмекшісі"}


def test_a_procedural_function_before_the_name_or_the_post_is_left_out():
    text = ("Государственный обвинитель Нурлыбек Сагатов, прокурор Ауэзовского района, "
            "потребовал восемь лет лишения свободы.")
    _officials, roles = find_officials(text)
    assert roles == {"Нурлыбек Сагатов": "Прокурор Ауэзовского района"}
    text = ("Государственный обвинитель, прокурор Есильского района Астаны Даулет Омаров, "
            "просил девять лет.")
    _officials, roles = find_officials(text)
    assert roles == {"Даулет Омаров": "Прокурор Есильского района Астаны"}


def test_each_of_several_people_listed_keeps_their_own_role():
    text = ("В открытии приняли участие аким Экибастуза Нурлыбек Касымов, начальник городского "
            "отдела полиции полковник полиции Айбек Жунусов и депутат маслихата Ольга Рябова. "
            "Совещание провел начальник районного отдела полиции Арман Утепов, представители "
            "предприятий и сельские акимы.")
    _officials, roles = find_officials(text)
    assert roles["Нурлыбек Касымов"] == "Аким Экибастуза"
    assert roles["Айбек Жунусов"] == "Начальник городского отдела полиции, полковник полиции"
    assert roles["Арман Утепов"] == "Начальник районного отдела полиции"


def test_qualifiers_opening_the_sentence_belong_to_the_role_an_adverb_does_not():
    text = ("Первый заместитель министра внутренних дел Жанат Мукажанов доложил о реформе. "
            "Награды вручил лично начальник департамента полиции Талгат Кулмаханов. "
            "Представитель Национального банка Жанна Утегенова рассказала о курсе.")
    officials, roles = find_officials(text)
    assert roles["Жанат Мукажанов"] == "Первый заместитель министра внутренних дел"
    assert roles["Талгат Кулмаханов"] == "Начальник департамента полиции"
    assert roles["Жанна Утегенова"] == "Представитель Национального банка"


def test_kazakh_acting_post_and_sentence_openers():
    text = ("Қонаев қаласы әкімінің міндетін атқарушы Серік Жақыпов жағалауды аралады. "
            "Ал облыстық білім басқармасының басшысы Асқар Жұмабаев үйірмелер туралы айтты.")
    _officials, roles = find_officials(text, "kk")
    assert roles["Серік Жақыпов"] == "Қонаев қаласы әкімінің міндетін атқарушы"
    assert roles["Асқар Жұмабаев"] == "Облыстық білім басқармасының басшысы"


def test_more_posts_and_ranks_in_both_languages():
    russian = ("Школу открыл заведующий отделом образования акимата района Иван Петров. "
               "Вора задержал оперуполномоченный уголовного розыска старший лейтенант полиции "
               "Данияр Сейтов. Вице-премьер Серик Жумангарин провел совещание.")
    _officials, roles = find_officials(russian)
    assert roles == {
        "Иван Петров": "Заведующий отделом образования акимата района",
        "Данияр Сейтов": "Оперуполномоченный уголовного розыска, старший лейтенант полиции",
        "Серик Жумангарин": "Вице-премьер"}
    kazakh = ("Брифингте Алматы облысы полиция департаментінің аға инспекторы, полиция аға "
              "лейтенанты Айгерім Сейтова алаяқтық туралы айтты. Облыстық тергеу басқармасының "
              "тергеушісі, полиция капитаны Ержан Қалиев іс қозғалғанын айтты.")
    _officials, roles = find_officials(kazakh, "kk")
    assert roles == {
        "Айгерім Сейтова": "Алматы облысы полиция департаментінің аға инспекторы, полиция аға "
                           "лейтенанты",
        "Ержан Қалиев": "Облыстық тергеу басқармасының тергеушісі, полиция капитаны"}


def test_a_rank_before_the_name_and_the_post_after_it_read_post_then_rank():
    russian = "Подполковник полиции Иван Петров, начальник отдела полиции Жезказгана, рассказал."
    assert find_officials(russian)[1] == {
        "Иван Петров": "Начальник отдела полиции Жезказгана, подполковник полиции"}
    kazakh = ("Полиция полковнигі Нұрлан Сәрсенов, облыстық ПД бастығының орынбасары, жиналысты "
              "өткізді.")
    assert find_officials(kazakh, "kk")[1] == {
        "Нұрлан Сәрсенов": "Облыстық ПД бастығының орынбасары, полиция полковнигі"}
    bracketed = "Иван Петров (начальник отдела полиции) рассказал о рейде."
    assert find_officials(bracketed)[1] == {"Иван Петров": "Начальник отдела полиции"}


def test_acting_and_deputy_posts_printed_short_and_the_parliaments_chambers():
    text = ("Встречу провел и.о. акима района Иван Петров. Замакима района Асем Нурова открыла "
            "школу. Спикер Мажилиса Ерлан Кошанов и глава региона Марат Сеитов выступили.")
    _officials, roles = find_officials(text)
    assert roles == {"Иван Петров": "И.о. акима района", "Асем Нурова": "Замакима района",
                     "Ерлан Кошанов": "Спикер Мажилиса", "Марат Сеитов": "Глава региона"}


def test_a_rank_alone_gives_way_to_the_post_given_later():
    text = ("Майор полиции Ерлан Ахметов служит в поселке. – Участковый – это не только "
            "протоколы, – говорит участковый инспектор полиции майор полиции Ерлан Ахметов.")
    assert find_officials(text)[1] == {
        "Ерлан Ахметов": "Участковый инспектор полиции, майор полиции"}


def test_a_police_employee_is_an_official_a_bank_employee_is_not():
    text = ("Нарушителя задержал сотрудник полиции сержант полиции Иван Петров. Кассу спасла "
            "сотрудник банка Евгения Мельник. Сотрудники криминальной полиции под руководством "
            "начальника отдела полиции Даурена Касымова задержали вора.")
    _officials, roles = find_officials(text)
    assert roles == {"Иван Петров": "Сотрудник полиции, сержант полиции",
                     "Даурен Касымов": "Начальник отдела полиции"}


def test_kazakh_text_keeps_its_own_spelling_and_and_parts_two_people():
    text = ("Алматы облысының әкімі Марат Сұлтанғазиевтің айтуынша, жолдар жөнделеді. "
            "Полиция департаментінің бастығы Айгүл Сейітова мен прокурор Ерлан Нұров қатысты.")
    officials, roles = find_officials(text, "kk")
    assert officials[0] == "Марат Сұлтанғазиев"
    assert roles["Ерлан Нұров"] == "Прокурор"


def test_a_directory_role_stops_before_the_persons_own_name():
    from clipper.ingest.extract.directory import Official
    known = Official("Маулен Ашимбаев", ("Председатель Сената",))
    assert known.role_in("Отметил председатель Сената Маулен Ашимбаев.") == "Председатель Сената"


def test_a_role_does_not_reach_back_over_a_person_named_with_a_role_of_their_own():
    text = ("Мәжіліс депутаты Серік Жұмабеков Ауыл шаруашылығы министрі Нұрлан Оспановқа "
            "сауал жолдады.")
    officials, roles = find_officials(text, "kk")
    assert roles["Нұрлан Оспанов"] == "Ауыл шаруашылығы министрі"
    # counter-example: a place in the role is no person, the role runs over it
    officials, roles = find_officials("Выступил аким Конаева Нуржан Байтемиров.")
    assert roles["Нуржан Байтемиров"] == "Аким Конаева"


def test_a_ministrys_abbreviation_and_a_kazakh_vice_minister_make_officials():
    officials, roles = find_officials(
        "Официальный представитель МЧС Арман Касенов напомнил о правилах на льду.")
    assert roles == {"Арман Касенов": "Официальный представитель МЧС"}
    officials, roles = find_officials(
        "Жиын өтті.\nТЖ вице-министрі Бекзат Нұрланов құтқарушылар туралы айтты.", "kk")
    assert roles == {"Бекзат Нұрланов": "ТЖ вице-министрі"}
    # counter-example: a representative of a firm is no official
    assert find_officials("Представитель компании Арман Касенов пояснил.")[0] == []


def test_each_capitalised_run_of_a_long_name_span_is_its_own_mention():
    text = ("Салтанатқа Қарағанды облысы полиция департаментінің бастығы Ерлан Қасымов пен "
            "Шахтинск қаласының әкімі Дәурен Нұрғалиев қатысты.")
    officials, roles = find_officials(text, "kk")
    assert roles["Дәурен Нұрғалиев"] == "Шахтинск қаласының әкімі"
    assert "Ерлан Қасымов" in officials
    # the shape NER gives such a sentence at times
    span = "Ерлан Қасымов пен Шахтинск қаласының әкімі Дәурен"
    assert [words for _, _, words in _capitalised_runs([(10, 10 + len(span), span)])] == [
        ["Ерлан", "Қасымов"], ["Шахтинск"], ["Дәурен"]]


def test_a_bare_surname_and_an_inflected_one_are_two_people():
    text = ("Жезқазған қалалық полиция басқармасының бастығы, полиция полковнигі Ержан Сейітов "
            "Қанатовтың ерлігін атап өтті.")
    officials, roles = find_officials(text, "kk")
    assert roles["Ержан Сейітов"] == \
        "Жезқазған қалалық полиция басқармасының бастығы, полиция полковнигі"
    assert _other_case("Сейітов", "Қанатовтың")
    # counter-examples: one name, or a surname and a patronymic
    assert not _other_case("Сейітов", "Қанатова")
    assert not _other_case("Сейітов", "Қанатұлы")


def test_a_kazakh_first_name_broken_from_its_surname_by_a_line_end():
    text = ("Начальник отдела полиции района подполковник полиции Жандос\n"
            "Сериков рассказал о работе пункта.")
    assert find_officials(text)[1] == {
        "Жандос Сериков": "Начальник отдела полиции района, подполковник полиции"}
    # counter-example: a known word before a surname-shaped one is no first name
    assert find_officials("Жители Абайского Сапарбеков переулка собрались.")[0] == []


def test_an_official_named_only_in_the_papers_contents_box_is_not_the_articles():
    body = ("Участковый инспектор полиции капитан полиции Олжас Рахимов рассказал, как "
            "работает новый пункт полиции в микрорайоне. " * 4)
    text = (f"{body}\n\nВ НОМЕРЕ:\nАким района Ерлан Байжанов открыл новую школу – стр. 2\n"
            "Спорт: итоги сезона – стр. 8")
    assert find_officials(clean_text(text))[0] == ["Олжас Рахимов"]
    # counter-example: a sentence about the issue is the article's
    text = f"{body}\nВ номере газеты аким района Ерлан Байжанов ответил читателям."
    assert "Ерлан Байжанов" in find_officials(clean_text(text))[0]


def test_officials_in_headlines_listed_with_their_date_or_page_are_not_the_articles():
    text = ("Приговор огласила судья Айгерим Касенова.\n\nСудьи провели прием граждан 12.11.2025\n"
            "Председатель областного суда Канат Мусабеков встретился с ветеранами 07.11.2025\n"
            "Аким области Асхат Нуржанов проверил ход отопительного сезона – стр. 2")
    assert find_officials(text)[0] == ["Айгерим Касенова"]
    # counter-examples: a signature line (no verb), a sentence ending in a date
    assert find_officials("Работы завершены.\n\nАким района Иван Петров 12.03.2025")[0] == [
        "Иван Петров"]
    text = "Работы завершены. Начальник ДП Сергей Сидоров сообщил об этом 12.03.2025"
    assert find_officials(text)[0] == ["Сергей Сидоров"]
    # a quoted headline, then its page, with no dash between
    text = ("Приговор огласила судья Айгерим Касенова.\n\n"
            "Министр энергетики Марат Исаев: «Тарифы не вырастут»   стр. 4")
    assert find_officials(text)[0] == ["Айгерим Касенова"]


def test_one_person_in_both_versions_of_a_bilingual_text_is_named_once():
    text = ("Аудан әкімі Нұрлан Бейсенқұлов тұрғындармен кездесті.\n\n"
            "Аким района Нурлан Бейсенкулов встретился с жителями.")
    assert find_officials(text, "mixed") == (["Нұрлан Бейсенқұлов"], {
        "Нұрлан Бейсенқұлов": "Аудан әкімі"})
    text = ("Аудан әкімі Гүлім Өмірова тұрғындармен кездесті.\n\n"
            "Аким района Гулим Умирова встретилась с жителями.")
    assert find_officials(text, "mixed")[0] == ["Гүлім Өмірова"]
    # counter-example: two people spelt alike in one language stay two
    text = "Аким района Нурлан Бекенов и депутат маслихата Нурлан Бекенев встретились."
    assert len(find_officials(text)[0]) == 2


def test_a_comma_inside_a_bodys_name_does_not_cut_the_role():
    text = "Об этом сообщил председатель Комитета связи, информатизации и цифровизации Асан Исаев."
    assert find_officials(text)[1] == {
        "Асан Исаев": "Председатель Комитета связи, информатизации и цифровизации"}
    # counter-example: a comma before people who are not the role's
    text = "На встрече с акимом района, жителями села Асан Исаев выступил."
    assert find_officials(text) == ([], {})
