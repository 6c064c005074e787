"""Regions an article concerns, not every region it names."""

import pytest

from clipper.ingest.extract.regions import find_regions


@pytest.mark.parametrize("biography", [
    "До назначения в столицу он девять лет работал в Павлодарской области.",
    "Кстати, в 2019 году Искалиев руководил отделом строительства в Атырауской области.",
    "В 2024 году, когда Жуманов еще служил в Абайской области, он руководил работами в Семее.",
    "Бұған дейін ол Павлодар облысында жұмыс істеген.",
])
def test_a_persons_past_post_is_no_region_of_the_article(biography):
    text = f"В Уральске открыли школу. Аким Уральска перерезал ленту. {biography}"
    assert find_regions(text) == ["Западно-Казахстанская область"]


def test_a_region_the_story_happens_in_still_counts_in_a_sentence_about_the_past():
    text = "В Уральске открыли школу. Ранее в Атырауской области открыли такую же школу."
    assert find_regions(text) == ["Западно-Казахстанская область", "Атырауская область"]


@pytest.mark.parametrize(("text", "region"), [
    ("Жительница Сатпаева получила пять лет.", "Улытауская область"),
    ("Предприниматель возит овощи в Семей.", "Абайская область"),
    ("Жители Курчатова остались без света.", "Абайская область"),
])
def test_towns_named_like_people_count_where_the_words_around_say_town(text, region):
    assert find_regions(text) == [region]


def test_a_street_named_after_a_person_is_no_town():
    assert find_regions("На улице Сатпаева в Уральске отремонтировали дорогу.") == [
        "Западно-Казахстанская область"]


def test_district_centres_map_to_their_region_and_words_like_them_do_not():
    from clipper.ingest.extract.regions import find_regions
    assert find_regions("В селе Шиели прошел сход граждан.") == ["Кызылординская область"]
    assert find_regions("В поселке Жетыбай открыли школу.") == ["Мангистауская область"]
    assert find_regions("Үржар ауданында жол салынды.") == ["Абайская область"]
    assert find_regions("Эмбарго отменили, а Меркель уехала.") == []
    assert find_regions("Келесі жылы жоспар бар.") == []


def test_a_place_naming_a_street_station_or_microdistrict_is_not_that_place():
    assert find_regions("На станции «Байконур» алматинского метро нашли ребёнка.") == ["Алматы"]
    assert find_regions("В Таразе в микрорайоне Астана заменят фонари.") == ["Жамбылская область"]
    assert find_regions("В Усть-Каменогорске закрыли улицу Семипалатинскую.") == [
        "Восточно-Казахстанская область"]


def test_an_astana_district_named_like_a_city_belongs_to_astana():
    assert find_regions("В Астане в районе Алматы открыли ЦОН.") == ["Астана"]
    assert find_regions("Астанада Алматы және Сарыарқа аудандарында рейд өтті.") == ["Астана"]
    # ...but a district of Алматы stays in Алматы
    assert find_regions("В Медеуском районе Алматы и Карасайском районе закрыли тропы.") == [
        "Алматы", "Алматинская область"]


def test_a_visitors_home_and_a_direction_do_not_count_beside_the_storys_place():
    text = ("В Туркестане прошёл Наурыз. На въездах в город со стороны Кентау и Шымкента "
            "дежурила полиция. Гость из Алматы похвалил порядок.")
    assert find_regions(text) == ["Туркестанская область"]


def test_an_agencys_dateline_city_is_not_the_region_of_nationwide_news():
    assert find_regions("АСТАНА, 5 марта 2025 — Kazinform. МВД изъяло три тонны наркотиков.") == []
    text = "АЛМАТЫ, 17 июн – Sputnik. Полицейские Жетысуской области задержали грузовик."
    assert find_regions(text) == ["Жетысуская область"]
    # a regional correspondent's city is the story's
    assert find_regions("Атырау, 5 ноября 2025 — В городе открыли каток.") == [
        "Атырауская область"]


def test_the_leads_first_place_is_the_main_region_when_counts_tie():
    text = ("Полиция Атырауской области задержала браконьеров. Рыбу везли в Актау. "
            "В Мангистауской области задержан скупщик. Дело ведёт ДП Атырауской области.")
    assert find_regions(text)[0] == "Атырауская область"


def test_where_someone_came_from_in_kazakh_is_a_passing_mention():
    text = ("Сәтбаев қаласында полиция күдіктіні ұстады. Күдікті Қарағанды облысынан келген. "
            "Сәтбаев қалалық полиция басқармасы тергеу жүргізуде.")
    assert find_regions(text) == ["Улытауская область"]


def test_a_city_district_name_is_the_city_when_the_text_is_not_about_astana():
    text = "Полицейские Жетысуской области остановили грузовик на трассе в районе Алматы."
    assert find_regions(text) == ["Жетысуская область", "Алматы"]


def test_a_regional_datelines_city_counts_beside_other_places():
    text = "Актобе, 5 марта 2026 года. Полицейские задержали жителя Алматы за кражу."
    assert "Актюбинская область" in find_regions(text)


@pytest.mark.parametrize("passing", [
    "Среди пострадавших — житель Астаны.",
    "Подрядчик, зарегистрированный в Шымкенте, получил аванс.",
    "Похищенный скот планировали вывезти на продажу в Атырау.",
    "Многие жители посёлка работают в Астане.",
    "Летом сюда приезжают туристы, в основном из Алматы, Караганды и Усть-Каменогорска.",
    "Семья ехала из Караганды к родственникам.",
    "Опыт Павлодара предложили перенять.",
    "Қаза тапқандар – Алматы қаласының тұрғындары.",
])
def test_where_people_live_come_from_or_goods_go_is_not_a_region_of_the_story(passing):
    text = f"В Кокшетау полиция провела рейд. {passing} Полиция Кокшетау продолжает проверку."
    assert find_regions(text) == ["Акмолинская область"]


def test_a_place_where_the_story_happens_still_counts_beside_those():
    text = ("В Кокшетау полиция провела рейд. В Астане полицейские задержали подозреваемого. "
            "Полиция Кокшетау продолжает проверку.")
    assert find_regions(text) == ["Акмолинская область", "Астана"]


def test_names_listed_after_a_microdistrict_word_are_microdistricts():
    text = ("В Жанаозене полиция усилила патрули в микрорайонах Шугыла, Рахат и Аксу. "
            "Полиция Жанаозена работает круглосуточно.")
    assert find_regions(text) == ["Мангистауская область"]


def test_an_agency_dateline_without_a_date_is_still_the_agencys_city():
    assert find_regions("АСТАНА. KAZINFORM — Органы прокуратуры вернули государству "
                        "10 млрд тенге.") == []


@pytest.mark.parametrize("passing", [
    "К проверке привлечены специалисты, прибывшие из Алматы.",
    "Для работ из Караганды прибыла бригада.",
    "Нарколог, приехавший на слушания из Усть-Каменогорска, выступил.",
    "Головной офис подрядчика находится в Атырау.",
    "Автобусы собраны на заводе в Алматы.",
    "Нефть планировали вывезти в сторону Актобе.",
    "Туристер Қарағандыдан, Астанадан және шетелдерден келген.",
    "Начальник департамента, ранее возглавлявший полицию Костанайской области, выступил.",
])
def test_arrivals_offices_factories_and_former_posts_are_passing(passing):
    text = f"В Кокшетау полиция провела рейд. {passing} Полиция Кокшетау продолжает проверку."
    assert find_regions(text) == ["Акмолинская область"]


def test_a_kazakh_place_name_that_is_also_a_word_needs_its_capital():
    assert find_regions("Ақтауда балықшылар құтқарылды.") == ["Мангистауская область"]
    assert find_regions("Көкшетауда жиын өтті. Халықтың сенімін ақтау керек.") == [
        "Акмолинская область"]


def test_two_oblasts_sharing_one_noun_are_oblasts():
    text = "Полицейские Алматинской и Жетысуской областей усилили патрули на трассе."
    assert find_regions(text) == ["Алматинская область", "Жетысуская область"]


def test_astana_districts_listed_together_are_astanas():
    text = "В Астане прошли рейды. Рейды пройдут также в районах Сарыарка и Алматы."
    assert find_regions(text) == ["Астана"]


def test_a_person_from_a_place_is_passing_but_a_unit_from_it_acts():
    text = "В Кокшетау прошла акция. Посмотрите на историю пенсионерки из Павлодара."
    assert find_regions(text) == ["Акмолинская область"]
    text = "В Кокшетау задержали курьера. Полицейские работали с коллегами из Павлодарской области."
    assert find_regions(text) == ["Акмолинская область", "Павлодарская область"]
