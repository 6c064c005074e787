"""Finding articles again: words in any form, facet filters with drill-down counts, snippets."""

import datetime as dt

import pytest

from clipper.errors import QueryError
from clipper.search.request import NATIONWIDE, UNKNOWN, SearchRequest


@pytest.fixture
def seeded(tmp_archive, seeds_dir):
    tmp_archive.import_paths([seeds_dir])
    return tmp_archive


def titles(result):
    return sorted(hit.title for hit in result.hits)


def test_a_word_finds_articles_in_any_of_its_forms(seeded):
    # «преступность» is printed as преступности / преступностью in the articles
    result = seeded.search(query="преступность")
    assert "Преступность в Алматы снизилась на 13%" in titles(result)
    assert "Министр внутренних дел РК встретился с жителями Карагандинской области" in titles(result)


def test_all_words_must_match(seeded):
    assert titles(seeded.search(query="Темиртау полиция")) == [
        "Министр внутренних дел РК встретился с жителями Карагандинской области"]


def test_words_in_no_article_find_nothing(seeded):
    assert seeded.search(query="космодром").total == 0


def test_region_filter_finds_the_articles_of_that_region(seeded):
    result = seeded.search(regions=["Алматы"])
    assert titles(result) == ["Полиция Алматы меняет формат работы",
                              "Преступность в Алматы снизилась на 13%"]


def test_nationwide_articles_are_counted_and_can_be_chosen(seeded):
    result = seeded.search()
    assert result.facets["region"][NATIONWIDE] == 1
    assert seeded.search(regions=[NATIONWIDE]).total == 1


def test_facet_counts_describe_the_current_search(seeded):
    result = seeded.search(query="полиция")
    assert sum(result.facets["lang"].values()) == result.total
    assert result.facets["region"]["Алматы"] == 2


def test_choosing_a_region_still_counts_the_other_regions(seeded):
    result = seeded.search(regions=["Алматы"])
    assert result.total == 2
    assert result.facets["region"]["Жетысуская область"] == 1  # drill-down
    assert result.facets["year"] == {"2025": 1, UNKNOWN: 1}  # other facets follow the choice


def test_values_within_a_facet_combine_with_or_and_across_facets_with_and(seeded):
    either = seeded.search(regions=["Алматы", "Жетысуская область"])
    assert either.total == 3
    both = seeded.search(regions=["Алматы", "Жетысуская область"], years=["2025"])
    assert titles(both) == ["Преступность в Алматы снизилась на 13%", "Укрепляя связи"]


def test_source_and_date_filters(seeded):
    assert titles(seeded.search(sources=["Kazinform"])) == ["Преступность в Алматы снизилась на 13%"]
    in_2026 = seeded.search(date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 12, 31))
    assert titles(in_2026) == ["Министр внутренних дел РК встретился с жителями Карагандинской области"]


def test_undated_articles_are_counted_as_unknown_year(seeded):
    assert seeded.search().facets["year"][UNKNOWN] == 2


def test_sort_by_date_puts_newest_first_and_undated_last(seeded):
    dates = [hit.date for hit in seeded.search(sort="date").hits]
    known = [d for d in dates if d]
    assert known == sorted(known, reverse=True)
    assert dates[-2:] == [None, None]


def test_paging_returns_the_next_hits(seeded):
    first = seeded.search(sort="date", limit=2)
    second = seeded.search(sort="date", limit=2, offset=2)
    assert first.total == second.total == 5
    assert not {h.id for h in first.hits} & {h.id for h in second.hits}


def test_snippet_marks_the_matched_word_form(seeded):
    result = seeded.search(query="преступность", regions=["Алматы"])
    snippet = result.hits[0].snippet
    assert "[преступностью]" in snippet or "[Преступность]" in snippet


def test_tagged_articles_are_found_by_tag_at_once(seeded):
    ids = [hit.id for hit in seeded.search(regions=["Алматы"]).hits]
    changes = seeded.tag("Закон и Порядок", ids)
    assert changes.count == 2
    result = seeded.search(tags=["закон и порядок"])
    assert sorted(h.id for h in result.hits) == sorted(ids)
    assert result.facets["tag"] == {"Закон и Порядок": 2}
    assert seeded.tag("Закон и Порядок", ids).count == 0  # already tagged: nothing changes
    assert seeded.tag("закон и порядок", ids[:1], remove=True).count == 1
    assert seeded.search(tags=["Закон и Порядок"]).total == 1


def test_show_returns_the_clean_text_without_page_chrome(seeded):
    hit = seeded.search(query="Темиртау").hits[0]
    article = seeded.get(hit.id)
    assert article.text.startswith("По ряду показателей уровень преступности")
    for chrome in ("back to top", "No menu items", "Лента новостей", "ОСТАВЬТЕ ОТВЕТ",
                   "Булекпаев"):
        assert chrome not in article.text
    assert article.original_name == "001_45c18a9a8300adbf.txt"


def test_a_malformed_request_says_what_is_wrong(seeded):
    with pytest.raises(QueryError, match="after"):
        seeded.search(date_from=dt.date(2026, 1, 2), date_to=dt.date(2026, 1, 1))
    with pytest.raises(QueryError, match="sort"):
        SearchRequest(sort="popularity")
