"""The facet clauses of a query, as the facet panel reads and writes them."""

import pytest

from clipper.search.clauses import selected, with_selection, without_facets


@pytest.mark.parametrize("query, expected", [
    ("Саденов region:Алматы", {"region": ["Алматы"]}),
    ('(region:Алматы OR region:"Карагандинская область") ДТП',
     {"region": ["Алматы", "Карагандинская область"]}),
    ("регион:Астана", {"region": ["Астана"]}),
    ("date:2025 date:[2025-01-01 TO 2025-03-31]",
     {"date": ["2025", "2025-01-01 TO 2025-03-31"]}),
    # negated, or'ed with words, or nested: not a filter the panel can show as ticked
    ("-region:Алматы", {}),
    ("NOT region:Алматы", {}),
    ("ДТП OR region:Алматы", {}),
    ("(ДТП region:Алматы)", {}),
    ("(region:Алматы OR tag:ДТП)", {}),
    ("Саденов", {}),
])
def test_the_panel_ticks_what_the_query_selects(query, expected):
    assert selected(query) == expected


def test_ticking_a_value_writes_its_clause_into_the_query():
    assert with_selection("Саденов", "region", ["Алматы"]) == "Саденов region:Алматы"


def test_a_second_value_of_the_same_facet_is_or_ed():
    text = with_selection("Саденов region:Алматы", "region", ["Алматы", "Астана"])
    assert text == "Саденов (region:Алматы OR region:Астана)"
    assert selected(text) == {"region": ["Алматы", "Астана"]}


def test_unticking_the_last_value_removes_the_clause_and_keeps_the_words():
    assert with_selection("Саденов region:Алматы преступность", "region", []) == \
        "Саденов преступность"


def test_values_with_spaces_are_quoted_so_the_query_still_parses():
    text = with_selection("", "region", ["Карагандинская область"])
    assert text == 'region:"Карагандинская область"'
    assert selected(text) == {"region": ["Карагандинская область"]}


def test_a_date_range_is_written_in_brackets():
    text = with_selection("ДТП", "date", ["2025-01-01 TO 2025-06-30"])
    assert text == "ДТП date:[2025-01-01 TO 2025-06-30]"


def test_other_facets_and_negated_clauses_are_left_alone():
    text = with_selection("ДТП -region:Алматы source:Kazinform", "source", [])
    assert text == "ДТП -region:Алматы"


def test_without_facets_leaves_the_words_searched_for():
    assert without_facets('ДТП region:Алматы (date:2024 OR date:2025) "закон и порядок"') == \
        'ДТП "закон и порядок"'


def test_review_yes_lists_articles_with_an_unsure_field_until_it_is_corrected(tmp_archive,
                                                                            article_file):
    from clipper.search.request import SearchRequest

    headless = article_file("no-headline.txt", "в Павлодаре полицейские в среду провели рейд на "
                            "рынках города и задержали двух торговцев контрафактом. Изъято "
                            "более трехсот единиц товара.")
    tmp_archive.import_paths([headless])
    unsure = tmp_archive.search(SearchRequest(query="review:yes")).hits
    assert len(unsure) == 1 and unsure[0].title.startswith("в Павлодаре полицейские")
    article = tmp_archive.get(unsure[0].id)
    assert article.uncertain == ["title"]  # a title derived from the lead is only a guess
    tmp_archive.correct(article.id, **{f: getattr(article, f) for f in article.uncertain
                                       if f in ("title", "date", "source", "author", "lang",
                                                "regions", "officials")})
    assert tmp_archive.search(SearchRequest(query="review:yes")).total == 0
    assert tmp_archive.search(SearchRequest(query="проверка:нет")).total == 1


def test_a_review_value_other_than_yes_or_no_says_what_to_write(tmp_archive):
    import pytest

    from clipper.errors import QueryError
    from clipper.search.request import SearchRequest

    with pytest.raises(QueryError, match="review:yes"):
        tmp_archive.search(SearchRequest(query="review:maybe"))


def test_typed_values_tick_the_stored_values_they_stand_for(tmp_archive, article_file):
    from conftest import ARTICLE_RU

    from clipper.search.clauses import chosen_values

    tmp_archive.import_paths([article_file("a.txt", ARTICLE_RU)])
    table = tmp_archive.engine().table
    chosen = chosen_values("ДТП region:Караганда date:2025 review:yes", table)
    assert chosen == {"region": ["Карагандинская область"], "date": ["2025"],
                      "review": ["yes"]}


def test_the_original_opens_as_a_copy_under_its_own_name(tmp_archive, article_file):
    from conftest import ARTICLE_RU

    path = article_file("Заметка о полиции.txt", ARTICLE_RU, encoding="cp1251")
    report = tmp_archive.import_paths([path])
    copy = tmp_archive.original_copy(tmp_archive.get(report.imported[0]))
    assert copy.name == "Заметка о полиции.txt"
    assert copy.read_bytes() == path.read_bytes()
