"""Roles as a careful reader gives them: invented examples of each shape the rules know."""

from clipper.ingest.extract.kazakh_roles import kazakh_role
from clipper.ingest.extract.officials import find_officials
from clipper.ingest.extract.roles import clause_is_kazakh, role_before


def test_a_grade_opening_the_rank_stays_with_it():
    text = "Отличился старший лейтенант полиции Арман Сейтов, который вынес ребенка из огня."
    assert find_officials(text)[1] == {"Арман Сейтов": "Старший лейтенант полиции"}
    text = "Наградят младшего сержанта Марата Абенова и сержанта Ивана Носова."
    _officials, roles = find_officials(text)
    assert roles["Марат Абенов"] == "Младший сержант"
    assert roles["Иван Носов"] == "Сержант"


def test_adjectives_before_a_judge_agree_in_the_singular():
    text = "Приговор огласил районный судья Карина Бекова."
    assert find_officials(text)[1] == {"Карина Бекова": "Районный судья"}


def test_and_inside_a_body_name_does_not_end_the_role():
    text = ("По словам руководителя управления туризма и внешних связей города Марата "
            "Исенова, сезон открыт.")
    assert find_officials(text)[1] == {
        "Марат Исенов": "Руководитель управления туризма и внешних связей города"}


def test_a_short_quoted_name_inside_the_role():
    text = 'Сообщил начальник таможенного поста "Жибек жолы" майор Ерлан Досов.'
    assert find_officials(text)[1] == {
        "Ерлан Досов": "Начальник таможенного поста «Жибек жолы», майор"}


def test_an_official_named_by_initials_and_surname_only():
    text = "Обвинение поддерживал прокурор Сарыаркинского района Тулегенов А.С., он просил пять лет."
    assert find_officials(text) == (["А.С. Тулегенов"],
                                    {"А.С. Тулегенов": "Прокурор Сарыаркинского района"})
    # a first name with an initial is an anonymised defendant, not an official
    text = "Суд осудил бывшего руководителя отдела акимата Марата Б. к пяти годам."
    assert find_officials(text) == ([], {})


def test_name_patronymic_surname():
    text = "Директор областного ЦОНа Гульнар Маратовна Сейсенова рассказала о новых услугах."
    assert find_officials(text) == (["Гульнар Сейсенова"],
                                    {"Гульнар Сейсенова": "Директор областного ЦОНа"})


def test_a_former_or_retired_official_holds_no_post():
    text = "Ветеран, полковник полиции в отставке Борис Ли вручил награды молодым сотрудникам."
    assert find_officials(text) == ([], {})


def test_a_named_state_agency_is_public_a_private_agency_is_not():
    text = "Заместитель председателя Агентства по делам спорта Ерлан Куатов открыл турнир."
    assert find_officials(text)[0] == ["Ерлан Куатов"]
    text = "Директор рекламного агентства Ерлан Куатов открыл турнир."
    assert find_officials(text)[0] == []


def test_kazakh_sentence_words_before_the_role_are_left_out():
    text = ("Кездесу барысында аудан әкімінің орынбасары Серік Омаров жолдар туралы айтты. "
            "Қылмыстық істі аудандық сот судьясы Әсем Нұрова қарады.")
    _officials, roles = find_officials(text, lang="kk")
    assert roles["Серік Омаров"] == "Аудан әкімінің орынбасары"
    text = "Жиналысты өткізген облыс әкімінің орынбасары Нұрлан Бекұлы сөз сөйледі."
    assert find_officials(text, lang="kk")[1] == {"Нұрлан Бекұлы": "Облыс әкімінің орынбасары"}


def test_a_body_abbreviation_is_no_persons_name():
    text = ("Инспектор по делам несовершеннолетних Шуского ГОП капитан полиции Дана Ермекова "
            "провела беседу.")
    assert find_officials(text)[0] == ["Дана Ермекова"]


def test_a_mans_name_in_the_dative_the_dictionary_knows_only_as_a_womans():
    text = "Аким области поручил акиму Шетского района Ерику Касенову решить вопрос."
    assert find_officials(text)[0] == ["Ерик Касенов"]


def test_a_company_security_officer_is_not_an_official():
    text = "Представитель службы безопасности комбината Олег Панов рассказал о хищениях."
    assert find_officials(text) == ([], {})


def test_kazakh_object_of_a_verbal_noun_inside_a_body_name_stays():
    text = ("Облыстық жер қойнауын пайдалануды реттеу басқармасының басшысы Ерлан Сейітов "
            "жиында сөйледі.")
    assert find_officials(text, lang="kk")[1] == {"Ерлан Сейітов": (
        "Облыстық жер қойнауын пайдалануды реттеу басқармасының басшысы")}


def test_kazakh_in_latin_script():
    text = ("Qostanaı oblysy polısıa departamenti jol polısıasy basqarmasynyń bastyǵy polısıa "
            "podpolkovnıgi Erlan Sársenov reıd qorytyndysyn aıtty. Sharaǵa Rýdnyı qalasy "
            "ákiminiń orynbasary Aıgúl Omarova da qatysty. Birlestik tóraǵasy Dana Ospanova "
            "balalarǵa sabaq ótkizdi.")
    officials, roles = find_officials(text, lang="ru")
    assert officials == ["Erlan Sársenov", "Aıgúl Omarova"]
    assert roles == {
        "Erlan Sársenov": ("Qostanaı oblysy polısıa departamenti jol polısıasy basqarmasynyń "
                           "bastyǵy, polısıa podpolkovnıgi"),
        "Aıgúl Omarova": "Rýdnyı qalasy ákiminiń orynbasary"}


def test_initials_before_a_surname_are_not_read_after_the_word_before():
    text = "Иск рассмотрела судья районного суда г. Семей К. Токтарова."
    assert find_officials(text) == (["К. Токтарова"],
                                    {"К. Токтарова": "Судья районного суда г. Семей"})


def test_a_role_does_not_reach_back_over_another_persons_name():
    text = "Прокурор района Берик Сагын и его заместитель Айдос Омаров приняли граждан."
    assert find_officials(text)[1] == {"Берик Сагын": "Прокурор района"}


def test_a_kazakh_surname_ner_left_off():
    text = "Бұл туралы аудандық полиция бөлімінің баспасөз хатшысы Салтанат Әзірбек хабарлады."
    assert find_officials(text, lang="kk")[0] == ["Салтанат Әзірбек"]


def test_kazakh_press_secretary_of_the_ministry():
    text = "ІІМ баспасөз хатшысы Ерлан Сәрсенов мәлімдеме жасады."
    assert find_officials(text, lang="kk")[1] == {"Ерлан Сәрсенов": "ІІМ баспасөз хатшысы"}


def test_an_apposition_between_dashes_ends_at_the_dash():
    text = "Ерлан Сеитов – заместитель акима города Кокшетау – открыл совещание."
    assert find_officials(text)[1] == {"Ерлан Сеитов": "Заместитель акима города Кокшетау"}


def test_a_kazakh_rank_alone_is_the_role_and_a_court_is_a_state_body():
    text = "Полиция майоры Ерлан Сейтов тұрғындармен кездесті."
    assert find_officials(text, lang="kk")[1] == {"Ерлан Сейтов": "Полиция майоры"}
    text = "Атырау облыстық сотының төрағасы Марат Нұров есеп берді."
    assert find_officials(text, lang="kk")[1] == {"Марат Нұров": "Атырау облыстық сотының төрағасы"}


def test_a_womans_name_in_an_oblique_case_the_dictionary_does_not_know():
    text = "По словам руководителя отдела образования Дании Сейтовой, ремонт завершен."
    assert find_officials(text)[0] == ["Дания Сейтова"]


def test_a_kazakh_chief_sanitary_doctor_is_an_official_a_hospital_doctor_is_not():
    text = "Қаланың бас санитарлық дәрігері Айжан Серікова ескерту жасады."
    assert find_officials(text, lang="kk")[0] == ["Айжан Серікова"]
    text = "Аудандық аурухананың дәрігері Айжан Серікова ескерту жасады."
    assert find_officials(text, lang="kk")[0] == []


def test_two_posts_of_one_person_joined_by_a_dash():
    text = ("По словам заместителя начальника ДП области – начальника криминальной полиции "
            "полковника полиции Андрея Белова, задержаны трое.")
    assert find_officials(text)[1] == {"Андрей Белов": (
        "Заместитель начальника ДП области – начальник криминальной полиции, полковник полиции")}


def test_kazakh_role_after_a_quote_with_an_abbreviated_body_and_a_time_word():
    text = "Жыл басынан бері 120 жол апаты тіркелді, деді облыстық ПД бастығы Ерлан Сейітов."
    assert find_officials(text, lang="kk")[1] == {"Ерлан Сейітов": "Облыстық ПД бастығы"}
    text = "Бүгін аудан әкімі Ерлан Сейітов жиын өткізді."
    assert find_officials(text, lang="kk")[1] == {"Ерлан Сейітов": "Аудан әкімі"}


def test_a_substantivised_adjective_role_goes_to_the_nominative():
    text = "Инспекторы вместе с участковым Ерланом Сейтовым проверили дворы."
    assert find_officials(text)[1] == {"Ерлан Сейтов": "Участковый"}


def test_sports_federations_and_business_chambers_are_not_state_bodies():
    text = ("Президент федерации бокса Ерлан Сейтов вручил медали. Руководитель палаты "
            "предпринимателей области Марат Беков выступил.")
    assert find_officials(text) == ([], {})


def test_a_bilingual_release_reads_each_half_in_its_own_language_and_names_as_its_first():
    text = ("Қала полиция департаментінің бастығы полиция генерал-майоры Ерлан Сәрсенов рейд "
            "өткізді.\n\n* * *\n\nНачальник департамента полиции города генерал-майор полиции "
            "Ерлан Сарсенов провел рейд.")
    assert find_officials(text, lang="mixed") == (["Ерлан Сәрсенов"], {
        "Ерлан Сәрсенов": "Қала полиция департаментінің бастығы, полиция генерал-майоры"})
    russian_first = text.split("\n\n* * *\n\n")[::-1]
    assert find_officials("\n\n* * *\n\n".join(russian_first), lang="mixed") == (
        ["Ерлан Сарсенов"],
        {"Ерлан Сарсенов": "Начальник департамента полиции города, генерал-майор полиции"})


def test_the_head_of_state_is_a_public_post():
    text = "Глава государства Касым-Жомарт Токаев подписал указ."
    assert find_officials(text)[1] == {"Касым-Жомарт Токаев": "Глава государства"}
    text = "Мемлекет басшысы Қасым-Жомарт Тоқаев жарлыққа қол қойды."
    assert find_officials(text, lang="kk")[1] == {"Қасым-Жомарт Тоқаев": "Мемлекет басшысы"}


def test_a_bare_agency_is_the_state_agency_the_text_named():
    text = "Председатель агентства недвижимости «Мой дом» Арман Жумабеков рассказал о ценах."
    assert find_officials(text) == ([], {})
    text = ("Контроль ведет Агентство по регулированию и развитию финансового рынка. "
            "Председатель агентства Арман Жумабеков рассказал о проверках.")
    assert find_officials(text)[0] == ["Арман Жумабеков"]
    text = "Председатель агентства Арман Жумабеков рассказал о ценах на квартиры."
    assert find_officials(text) == ([], {})


def test_the_presiding_judges_part_in_the_hearing_is_left_out():
    text = "Дело рассмотрел председательствующий судья районного суда Марат Ибраев."
    assert role_before(text, text.index("Марат")) == "Судья районного суда"
    # counter-example: an adjective of the post stays
    text = "Выступил первый заместитель акима района Марат Ибраев."
    assert role_before(text, text.index("Марат")) == "Первый заместитель акима района"


def test_a_kazakh_rank_without_kazakh_letters_after_a_kazakh_post_reads_as_kazakh():
    text = "Жиын өтті.\n\nОблыс ПД бастығы, полиция генерал-майоры Бауыржан Сейітов айтты."
    assert clause_is_kazakh(text, text.index("Бауыржан"))
    text = "Начальник ДП области, генерал-майор полиции Бауыржан Сейитов сообщил."
    assert not clause_is_kazakh(text, text.index("Бауыржан"))


def test_a_kazakh_role_keeps_the_name_of_its_district_and_country():
    assert kazakh_role("Жиынға Талдықорған ауданының әкімі".split()) == \
        "Талдықорған ауданының әкімі"
    assert kazakh_role("Қазақстан Республикасының Ішкі істер министрі".split()) == \
        "Қазақстан Республикасының Ішкі істер министрі"
    assert kazakh_role("Рейдке Атырау облысы прокурорының орынбасары".split()) == \
        "Атырау облысы прокурорының орынбасары"
    # counter-example: where it happened is no part of the role
    assert kazakh_role("Стансаның ашылуында облыс әкімінің орынбасары".split()) == \
        "Облыс әкімінің орынбасары"


def test_a_participle_naming_a_court_is_part_of_the_role():
    words = "Істі Атырау облысы бойынша мамандандырылған ауданаралық соттың судьясы".split()
    assert kazakh_role(words) == \
        "Атырау облысы бойынша мамандандырылған ауданаралық соттың судьясы"
    # counter-example: a participle of the sentence is not
    assert kazakh_role("Отырысты өткізген аудан әкімі".split()) == "Аудан әкімі"
    assert kazakh_role("Іс-шараны облыстық полиция департаменті бастығының орынбасары".split()) \
        == "Облыстық полиция департаменті бастығының орынбасары"


def test_a_latin_script_judge_and_a_transport_police_body():
    text = ("Būl turaly Almaty oblysy boiynşa audanaralyq sottyñ sudiasy Erlan Baiğabylov mälım "
            "ettı. Sot jūmysy jalğasady, jäne bız osylai ıstei beremız.")
    assert find_officials(text, "kk")[1] == {
        "Erlan Baiğabylov": "Almaty oblysy boiynşa audanaralyq sottyñ sudiasy"}
    assert find_officials("Начальник ЛОП на станции Арман Сеитов сообщил.")[1] == {
        "Арман Сеитов": "Начальник ЛОП на станции"}
    # counter-example: an engineer of a firm is no official
    assert find_officials("Инженер ТОО «Жол» Арман Сеитов сообщил.")[0] == []


def test_a_rank_printed_as_an_apposition_after_the_name_goes_with_the_post():
    text = "Начальник ДП области Иван Петров, полковник полиции, сообщил о раскрытии."
    assert find_officials(text)[1] == {"Иван Петров": "Начальник ДП области, полковник полиции"}
    text = ("Облыс ТЖД бастығы Руслан Ахметов, азаматтық қорғау полковнигі, жағдайды "
            "түсіндірді.")
    assert find_officials(text, "kk")[1] == {
        "Руслан Ахметов": "Облыс ТЖД бастығы, азаматтық қорғау полковнигі"}
    # counter-examples: a retired rank, and what is no rank
    text = "Аким района Иван Петров, полковник полиции в отставке, сообщил."
    assert find_officials(text)[1] == {"Иван Петров": "Аким района"}
    text = "Аким района Иван Петров, житель села, сообщил."
    assert find_officials(text)[1] == {"Иван Петров": "Аким района"}


def test_about_this_opening_a_kazakh_sentence_is_no_part_of_the_role():
    text = "Бұл туралы облыстық полиция департаментінің басшысы Айгүл Сапарова мәлімдеді."
    assert find_officials(text, "kk")[1] == {
        "Айгүл Сапарова": "Облыстық полиция департаментінің басшысы"}


def test_the_human_rights_commissioner_is_an_official_a_firms_attorney_is_not():
    assert find_officials("Уполномоченный по правам человека Артур Ахметов приехал.")[1] == {
        "Артур Ахметов": "Уполномоченный по правам человека"}
    assert find_officials("Уполномоченный представитель ТОО «Жол» Артур Ахметов приехал.")[0] \
        == []


def test_a_with_inside_a_bodys_name_and_a_possessive_before_the_post():
    text = "Как сообщил руководитель отдела по связям с общественностью ДП Айбек Сейтказин, всё."
    assert find_officials(text)[1] == {
        "Айбек Сейтказин": "Руководитель отдела по связям с общественностью ДП"}
    text = ("Начальник ДП области Ерлан Сарсенов и его заместитель полковник полиции Данияр "
            "Абдиев приняли участие.")
    assert find_officials(text)[1]["Данияр Абдиев"] == "Заместитель, полковник полиции"
    # counter-example: a meeting with others before the role is not the role
    text = "На встрече с председателями КСК начальник управления ЖКХ Айбек Сейтказин ответил."
    assert find_officials(text)[1] == {"Айбек Сейтказин": "Начальник управления ЖКХ"}


def test_a_plural_adjective_before_a_rank_is_the_many_not_the_one_named():
    text = ("Патрульные полицейские сержант полиции Арман Жумин и младший сержант полиции "
            "Олег Носов задержали водителя.")
    assert find_officials(text)[1] == {"Арман Жумин": "Сержант полиции",
                                      "Олег Носов": "Младший сержант полиции"}
    # counter-example: a singular one qualifies the post
    text = "Первый заместитель акима области Арман Жумин сообщил."
    assert find_officials(text)[1] == {"Арман Жумин": "Первый заместитель акима области"}
    text = "Заведующая отделом образования Айгуль Сеитова сообщила."
    assert find_officials(text)[1] == {"Айгуль Сеитова": "Заведующая отделом образования"}


def test_a_role_governed_by_another_persons_noun_is_not_the_named_persons():
    text = "Адвокат сотрудника полиции Ирина Гуляева назвала решение законным."
    assert find_officials(text) == ([], {})
    assert find_officials("Жена акима района Ирина Гуляева открыла выставку.") == ([], {})
    # counter-examples: the name agrees with the role, or the noun is no person's
    text = "Выступление министра Ивана Петрова длилось час."
    assert find_officials(text)[1] == {"Иван Петров": "Министр"}
    text = "По словам начальника отдела Ивана Петрова, всё спокойно."
    assert find_officials(text)[1] == {"Иван Петров": "Начальник отдела"}
    assert find_officials("Полицейский Иван Петров вынес ребенка из огня.")[1] == {
        "Иван Петров": "Полицейский"}


def test_a_quoted_kazakh_award_leaves_a_russian_role_russian():
    text = ("Медалью «Қазақстан полициясына 30 жыл» награжден старший инспектор отдела полиции "
            "города Талгара капитан полиции Марат Абенов.")
    assert find_officials(text)[1] == {
        "Марат Абенов": "Старший инспектор отдела полиции города Талгара, капитан полиции"}
    # counter-example: a Kazakh clause stays Kazakh
    text = "Медальді облыстық полиция департаментінің бастығы Марат Абенов тапсырды."
    assert find_officials(text, "kk")[1] == {
        "Марат Абенов": "Облыстық полиция департаментінің бастығы"}


def test_a_post_joined_to_its_speciality_by_a_hyphen_is_a_role():
    text = "Грамоты получили следователь-криминалист майор полиции Олег Носов и другие."
    assert find_officials(text)[1] == {"Олег Носов": "Следователь-криминалист, майор полиции"}
    text = "Слово дали эксперту-криминалисту майору полиции Олегу Носову."
    assert find_officials(text)[1] == {"Олег Носов": "Майор полиции"}
    # counter-example: "вице-" does not decline
    assert find_officials("Слово дали вице-министру финансов Олегу Носову.")[1] == {
        "Олег Носов": "Вице-министр финансов"}


def test_a_kazakh_award_or_pronoun_before_the_role_is_the_sentences():
    text = ("«Ерен еңбегі үшін» медалі жол полициясы бөлімінің инспекторы, полиция лейтенанты "
            "Асқар Бекұлына табысталды.")
    assert find_officials(text, "kk")[1] == {
        "Асқар Бекұлы": "Жол полициясы бөлімінің инспекторы, полиция лейтенанты"}
    text = "Пара беру үшін ол аудандық полиция бөлімінің тергеушісі Асқар Бекұлына ақша ұсынған."
    assert find_officials(text, "kk")[1] == {
        "Асқар Бекұлы": "Аудандық полиция бөлімінің тергеушісі"}
    # counter-example: a role opening its sentence keeps its first word
    text = "Ол туралы аудандық мәслихат хатшысы Гүлмира Асанова айтты."
    assert find_officials(text, "kk")[1] == {"Гүлмира Асанова": "Аудандық мәслихат хатшысы"}
    text = "Облыс ПД-ның ресми өкілі Гүлмира Асанова мәлімдеді."
    assert find_officials(text, "kk")[1] == {"Гүлмира Асанова": "Облыс ПД-ның ресми өкілі"}


def test_a_plural_post_before_several_names_is_each_ones_post():
    text = "Депутаты маслихата Айдос Сарым, Ерлан Саиров и Ирина Ким внесли поправки."
    assert find_officials(text)[1] == {"Айдос Сарым": "Депутат маслихата",
                                      "Ерлан Саиров": "Депутат маслихата",
                                      "Ирина Ким": "Депутат маслихата"}
    # counter-example: a singular post is the first person's only
    text = "Аким района Иван Петров и Олег Носов, житель села, встретились."
    assert find_officials(text)[0] == ["Иван Петров"]


def test_a_kazakh_district_court_and_department_are_state_bodies_a_hospital_is_not():
    text = "Аудандық сот төрағасы Бақыт Сейітқұлов азаматтарды қабылдады."
    assert find_officials(text, "kk")[1] == {"Бақыт Сейітқұлов": "Аудандық сот төрағасы"}
    text = "Аудандық білім бөлімінің басшысы Бақыт Сейітқұлов айтты."
    assert find_officials(text, "kk")[0] == ["Бақыт Сейітқұлов"]
    text = "Аудандық аурухана бөлімінің меңгерушісі Бақыт Сейітқұлов айтты."
    assert find_officials(text, "kk")[0] == []


def test_a_graded_rank_after_the_post_and_a_comma_goes_with_the_post():
    text = "Прокурор района, младший советник юстиции Айдар Сеитов поддержал обвинение."
    assert find_officials(text)[1] == {
        "Айдар Сеитов": "Прокурор района, младший советник юстиции"}
    # counter-example: a grade heading a post is the post's
    text = "Собрались жители, старший участковый инспектор Айдар Сеитов выступил."
    assert find_officials(text)[1] == {"Айдар Сеитов": "Старший участковый инспектор"}
