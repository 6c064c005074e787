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
