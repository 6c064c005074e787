"""What goes into a digest, whatever its format: which clippings, their order and groups, the
lead, the marked words and the cover's facts."""

import datetime as dt

import pytest

from clipper.errors import ExportFailure, NotFound
from clipper.export.digest import build_digest, clean, describe_selection
from clipper.export.options import DigestOptions
from clipper.search.request import SearchRequest

from clippings import clippings  # noqa: F401 (fixture)


def marked_words(clipping) -> list[str]:
    return [p.text[s:e] for p in clipping.paragraphs for s, e in p.marks]


def test_ids_keep_the_order_given(clippings):
    archive, ids = clippings
    chosen = [ids["kk"], ids["undated"], ids["ru"]]
    digest = build_digest(archive, ids=chosen)
    assert [c.article.id for c in digest.clippings] == chosen
    assert digest.criteria == ["Публикации отобраны вручную"]


def test_date_order_puts_the_newest_first_and_the_undated_last(clippings):
    archive, ids = clippings
    chosen = [ids["undated"], ids["ru"], ids["kk"], ids["nasty"]]
    digest = build_digest(archive, ids=chosen, options=DigestOptions(sort="date"))
    assert [c.article.id for c in digest.clippings] == [ids["kk"], ids["ru"], ids["nasty"],
                                                        ids["undated"]]


def test_a_search_exports_its_whole_result_and_says_so_on_the_cover(clippings):
    archive, ids = clippings
    request = SearchRequest(query="полиция", date_from=dt.date(2025, 10, 1), limit=1)
    digest = build_digest(archive, request=request, options=DigestOptions(sort="date"))
    found = archive.ids_matching(SearchRequest(query="полиция", date_from=dt.date(2025, 10, 1),
                                               sort="date"))
    assert len(found) > 1  # more than the request's page of one
    assert [c.article.id for c in digest.clippings] == found
    assert digest.criteria == ["Запрос: «полиция»", "Даты публикаций: с 01.10.2025"]


def test_the_cover_gives_the_period_count_and_undated_clippings(clippings):
    archive, ids = clippings
    digest = build_digest(archive, ids=[ids["ru"], ids["kk"], ids["undated"]],
                          now=dt.datetime(2025, 12, 10, 9, 30))
    assert digest.period == (dt.date(2025, 11, 14), dt.date(2025, 12, 3))
    assert digest.count == 3 and digest.undated == 1
    assert digest.generated == dt.datetime(2025, 12, 10, 9, 30)


def test_filters_are_described_in_words():
    request = SearchRequest(query="ДТП", regions=["Алматы", "nationwide"], langs=["kk"],
                            years=["unknown"], date_to=dt.date(2025, 12, 31))
    assert describe_selection(None, request) == [
        "Запрос: «ДТП»", "Регионы: Алматы, без привязки к региону", "Язык: казахский",
        "Годы: без даты", "Даты публикаций: по 31.12.2025"]
    assert describe_selection(None, SearchRequest()) == ["Все публикации архива"]


def test_grouping_by_region_files_each_clipping_once_under_its_main_region(clippings):
    archive, ids = clippings
    digest = build_digest(archive, ids=list(ids.values()),
                          options=DigestOptions(group_by="region"))
    headings = [g.heading for g in digest.groups]
    assert headings[:-1] == sorted(headings[:-1])
    assert "Алматы" in headings and "Павлодарская область" in headings
    assert sorted(c.article.id for c in digest.clippings) == sorted(ids.values())
    for group in digest.groups:
        for clipping in group.clippings:
            regions = clipping.article.regions
            assert group.heading == (regions[0] if regions else "Без привязки к региону")


def test_grouping_by_tag_puts_untagged_clippings_last(clippings):
    archive, ids = clippings
    digest = build_digest(archive, ids=[ids["nasty"], ids["kk"], ids["ru"]],
                          options=DigestOptions(group_by="tag"))
    assert [(g.heading, [c.article.id for c in g.clippings]) for g in digest.groups] == [
        ("ДТП", [ids["kk"]]), ("Закон и порядок", [ids["ru"]]), ("Без тегов", [ids["nasty"]])]


def test_lead_only_keeps_the_opening_paragraphs(clippings):
    archive, ids = clippings
    full = build_digest(archive, ids=[ids["ru"]]).clippings[0]
    lead = build_digest(archive, ids=[ids["ru"]],
                        options=DigestOptions(full_text=False)).clippings[0]
    assert len(full.paragraphs) == 3  # the file's lines are wrapped: joined again
    assert full.paragraphs[0].text.startswith("Сотрудники полиции Павлодарской области")
    assert full.paragraphs[0].text.endswith("выманивали коды из SMS.")
    # The first paragraph is short of a lead's 300 characters: the second completes it.
    assert [p.text for p in lead.paragraphs] == [p.text for p in full.paragraphs[:2]]


def test_words_the_search_matched_are_marked_in_every_form(clippings):
    archive, ids = clippings
    digest = build_digest(archive, ids=[ids["ru"]],
                          request=SearchRequest(query="задержать полиция"))
    assert marked_words(digest.clippings[0]) == ["полиции", "задержали", "задержанные",
                                                 "Полиция"]
    assert digest.criteria == ["Публикации отобраны вручную из результатов поиска",
                               "Запрос: «задержать полиция»"]


def test_nothing_is_marked_without_a_query(clippings):
    archive, ids = clippings
    digest = build_digest(archive, request=SearchRequest(regions=["Павлодарская область"]))
    assert [c.article.id for c in digest.clippings] == [ids["ru"]]
    assert marked_words(digest.clippings[0]) == []


def test_control_characters_never_reach_a_digest(clippings):
    archive, ids = clippings
    clipping = build_digest(archive, ids=[ids["undated"], ids["ru"]]).clippings
    assert clipping[0].title == "В Шымкенте открыли новый пункт полиции"
    assert clipping[1].article.note == "Проверить цифры: <ущерб> & «сроки»\nВторая строка заметки"
    assert clean("a\x00b\x1fc\ud800d\ufffe\r\ne\tf") == "abcd\ne f"


def test_an_article_without_text_is_kept_with_its_headline(clippings):
    archive, ids = clippings
    clipping = build_digest(archive, ids=[ids["empty"]]).clippings[0]
    assert clipping.title == "Заголовок публикации, чей текст потерян"
    assert clipping.paragraphs == []


def test_an_unknown_id_or_an_empty_result_is_refused(clippings):
    archive, ids = clippings
    with pytest.raises(NotFound, match="no-such-id"):
        build_digest(archive, ids=[ids["ru"], "no-such-id"])
    with pytest.raises(ExportFailure, match="nothing to export"):
        build_digest(archive, request=SearchRequest(query="несуществующееслово"))
    with pytest.raises(ExportFailure, match="grouping"):
        DigestOptions(group_by="colour")
