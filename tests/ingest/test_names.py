"""Names as the press prints them, to the nominative `Имя Фамилия` a reader would file them under."""

import pytest

from clipper.ingest.extract.names import fold, parse_mention


@pytest.mark.parametrize(("printed", "nominative"), [
    ("Мурата Урумханова", "Мурат Урумханов"),        # genitive
    ("Ержаном Саденовым", "Ержан Саденов"),          # instrumental
    ("Нурлану Ахметову", "Нурлан Ахметов"),          # dative
    ("Каната Болатбекова", "Канат Болатбеков"),      # a first name the dictionary lacks
    ("Айгерим Сатпаевой", "Айгерим Сатпаева"),       # feminine, oblique
    ("Жанар Бекова", "Жанар Бекова"),                # feminine nominative, not a genitive
    ("Алия Сейдалиева", "Алия Сейдалиева"),
    ("Сергея Ковалёва", "Сергей Ковалёв"),           # ё kept
    ("Мейрам Жусупбеков", "Мейрам Жусупбеков"),      # a name the dictionary would "inflect"
    ("Татьяна ДЕМИДОВА", "Татьяна Демидова"),        # surname in capitals
    ("Касым-Жомарт Токаев", "Касым-Жомарт Токаев"),  # hyphenated first name
    ("Ирина Ким", "Ирина Ким"),                      # not a Russian-pattern surname
    ("Жан Арыстанұлы", "Жан Арыстанұлы"),            # Kazakh patronymic surname
])
def test_printed_name_is_filed_in_the_nominative(printed, nominative):
    assert parse_mention(printed.split()).full == nominative


def test_kazakh_case_ending_is_removed_from_the_surname_in_kazakh_text():
    assert parse_mention("Ерболат Тұрсынбековтың".split(), kazakh=True).full == \
        "Ерболат Тұрсынбеков"


def test_kazakh_feminine_surname_stays_as_printed_in_kazakh_text():
    assert parse_mention("Сәуле Оразбекова".split(), kazakh=True).full == "Сәуле Оразбекова"


@pytest.mark.parametrize(("printed", "last", "initials"), [
    (["Е.", "Саденов"], "Саденов", "Е."),
    (["Саденов", "Е.Ж."], "Саденов", "Е.Ж."),
    (["Саденова"], "Саденов", None),
])
def test_surname_with_initials_is_recognised(printed, last, initials):
    parts = parse_mention(printed)
    assert (parts.first, parts.last, parts.initials) == (None, last, initials)


def test_name_and_patronymic_without_surname():
    parts = parse_mention(["Мурат", "Жалелович"])
    assert (parts.first, parts.patronymic, parts.last) == ("Мурат", "Жалелович", None)


def test_kazakh_and_russian_spellings_fold_to_one_key():
    assert fold("Сәденов") == fold("Саденов")


def test_surname_first_name_and_a_kazakh_patronymic():
    parts = parse_mention(["Саденов", "Ержан", "Сатыбалдыулы"])
    assert (parts.first, parts.last) == ("Ержан", "Саденов")
    parts = parse_mention(["Сапаровой", "Айгуль", "Жанкызы"], case="datv")
    assert (parts.first, parts.last) == ("Айгуль", "Сапарова")
    # counter-example: first name, patronymic, surname keeps its order
    parts = parse_mention(["Ержан", "Сатыбалдыулы", "Саденов"])
    assert (parts.first, parts.last) == ("Ержан", "Саденов")
