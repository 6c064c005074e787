"""Searching the demo archive as a press officer would: each row a query and what it finds."""

import datetime as dt
import re

import pytest

from clipper.errors import QueryError
from clipper.search.request import NATIONWIDE, UNKNOWN, SearchRequest
from conftest import REPO

PETROPAVLOVSK = "В Петропавловске пенсионеры за неделю отдали мошенникам 19 миллионов тенге"
URALSK = "Уральцев предупреждают о мошенниках, продающих уголь через интернет"
TEMIRTAU = "Полицейские Темиртау провели урок безопасности для школьников поселка Актау"
ASTANA_RU = "В Астане к морозам готовят пешеходные переходы и остановки"
AKORDA = "Глава государства принял министра"
EXTRA = {
    "akorda.txt": f"""{AKORDA}

Касым-Жомарт Токаев принял министра внутренних дел и заслушал доклад о криминогенной
обстановке в стране, сообщает пресс-служба Акорды.
""",
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    from clipper.archive import Archive

    folder = tmp_path_factory.mktemp("search")
    extra = folder / "extra"
    extra.mkdir()
    for name, text in EXTRA.items():
        (extra / name).write_text(text, encoding="utf-8")
    with Archive.open(folder / "archive") as opened:
        report = opened.import_paths([REPO / "archive" / "articles", extra])
        assert not report.failed
        yield opened


def found(archive, query, **filters):
    result = archive.search(SearchRequest(query=query, limit=100, **filters))
    return {hit.title for hit in result.hits}


@pytest.mark.parametrize(("query", "includes", "excludes"), [
    # every word form finds every other
    ("мошенники", {PETROPAVLOVSK, URALSK}, set()),
    ("мошенникам", {PETROPAVLOVSK, URALSK}, set()),
    ("мошенничество пенсионеры", {PETROPAVLOVSK}, {URALSK}),
    # ё and е, case
    ("КОВАЛЁВ", {TEMIRTAU}, set()),
    ("ковалев", {TEMIRTAU}, set()),
    # place names in any case, Kazakh endings on places and on Russian words
    ("Астане", {ASTANA_RU}, set()),
    ("Астанада", {ASTANA_RU}, set()),
    ("полициясы", {TEMIRTAU}, set()),
    # a hyphenated name as a whole and by its parts
    ("Касым-Жомарт", {AKORDA}, set()),
    ("Жомарт", {AKORDA}, set()),
    ("Токаева", {AKORDA}, set()),
    # operators
    ("мошенники -Петропавловск", {URALSK}, {PETROPAVLOVSK}),
    ("мошенники NOT Петропавловска", {URALSK}, {PETROPAVLOVSK}),
    ("Уральск OR Темиртау", {URALSK, TEMIRTAU}, {PETROPAVLOVSK}),
    ('"телефонным мошенникам"', {PETROPAVLOVSK}, {URALSK}),
    ("«телефонным мошенникам»", {PETROPAVLOVSK}, {URALSK}),
    ("мошен*", {PETROPAVLOVSK, URALSK}, set()),
    ("мошеники~", {PETROPAVLOVSK, URALSK}, set()),
    # fields
    ("title:уголь", {URALSK}, {PETROPAVLOVSK}),
    ("region:Караганда", {TEMIRTAU}, {URALSK}),
    ('region:"Западно-Казахстанская область"', {URALSK}, {TEMIRTAU}),
    ("official:Поляков", {PETROPAVLOVSK}, {URALSK}),
    ("source:северный", {PETROPAVLOVSK}, {URALSK}),
    ("date:2026-01", {URALSK}, {PETROPAVLOVSK}),
    ("date:[2025-11-01 TO 2025-11-30]", {PETROPAVLOVSK}, {URALSK}),
    ("lang:kk", set(), {URALSK, PETROPAVLOVSK}),
])
def test_query_finds_what_a_reader_would_expect(archive, query, includes, excludes):
    titles = found(archive, query)
    assert includes <= titles, f"missing: {includes - titles}"
    assert not excludes & titles, f"should not be there: {excludes & titles}"


def test_author_phrase_and_pinned_author(archive):
    assert ASTANA_RU in found(archive, 'author:"Елена Сорокина"')
    assert ASTANA_RU in found(archive, "author:!Сорокина")


def test_articles_without_an_outlet_can_be_chosen(archive):
    unknown = archive.search(SearchRequest(limit=0)).facets["source"][UNKNOWN]
    assert archive.search(SearchRequest(query="source:unknown", limit=0)).total == unknown
    assert archive.search(SearchRequest(sources=[UNKNOWN], limit=0)).total == unknown


def test_region_by_the_start_of_its_name(archive):
    assert archive.search(SearchRequest(query="region:Абай", limit=0)).total == \
        archive.search(SearchRequest(regions=["Абайская область"], limit=0)).total > 0


def test_pages_of_equally_relevant_articles_neither_repeat_nor_skip(archive):
    total = archive.search(SearchRequest(query="полиция", limit=0)).total
    seen = []
    for offset in range(0, total, 7):
        seen += [h.id for h in archive.search(SearchRequest(query="полиция", limit=7,
                                                            offset=offset)).hits]
    assert len(seen) == len(set(seen)) == total


def test_exact_form_pins_the_word_form(archive):
    assert PETROPAVLOVSK in found(archive, "!мошенникам")
    assert PETROPAVLOVSK not in found(archive, "!мошенникаммм")


def test_the_empty_query_lists_everything_newest_first(archive):
    result = archive.search(SearchRequest(sort="date", limit=100))
    assert result.total == archive.count()
    dates = [h.date for h in result.hits if h.date]
    assert dates == sorted(dates, reverse=True)
    assert [h.date for h in result.hits][-1] is None  # undated last


def test_oldest_first(archive):
    dates = [h.date for h in archive.search(SearchRequest(sort="date-asc", limit=100)).hits
             if h.date]
    assert dates == sorted(dates)


def test_facet_counts_describe_the_hits_and_drill_down(archive):
    everything = archive.search(SearchRequest(limit=0))
    assert sum(everything.facets["lang"].values()) == everything.total
    assert everything.facets["region"][NATIONWIDE] >= 1
    assert UNKNOWN in everything.facets["year"]  # undated articles are counted, not dropped
    chosen = archive.search(SearchRequest(query="region:Караганда", limit=0))
    # the region facet still shows the other regions' counts for the same (empty) text query
    assert chosen.facets["region"] == everything.facets["region"]
    assert sum(chosen.facets["lang"].values()) == chosen.total < everything.total


def test_chosen_values_within_a_facet_combine_with_or(archive):
    one = archive.search(SearchRequest(regions=["Алматы"], limit=0)).total
    other = archive.search(SearchRequest(regions=["Шымкент"], limit=0)).total
    both = archive.search(SearchRequest(regions=["Алматы", "Шымкент"], limit=0)).total
    assert both == one + other  # no article is about both in the demo archive


def test_relative_dates(archive):
    today = dt.date(2026, 1, 13)
    result = archive.engine().run(SearchRequest(query="date:неделя", limit=100), today=today)
    assert {h.title for h in result.hits} == {URALSK, "В порту Актау изъяли 40 килограммов "
                                                      "синтетических наркотиков"}


def test_snippet_marks_other_word_forms_of_the_query(archive):
    hit = archive.search(SearchRequest(query="мошенник", regions=["Северо-Казахстанская область"]))
    marked = re.findall(r"\[(\w+)\]", hit.hits[0].snippet.lower())
    assert marked and all(w.startswith("мошенник") for w in marked)
    assert set(marked) - {"мошенник"}  # forms the query did not spell out are marked too


def test_a_title_match_ranks_above_a_text_match(archive):
    titles = [h.title for h in archive.search(SearchRequest(query="уголь", limit=10)).hits]
    assert titles[0] == URALSK


def test_a_malformed_query_is_a_query_error(archive):
    with pytest.raises(QueryError, match="not closed"):
        archive.search(SearchRequest(query='"закон и порядок'))
