"""Saved searches re-run as saved; rules tag what a saved search finds, on import and on demand."""

import datetime as dt

import pytest

from clipper.errors import ClipperError, NotFound, QueryError
from clipper.search.request import SearchRequest
from organise_helpers import demo, demo_template, facet, ids  # noqa: F401 (fixtures)

FRAUD = "мошенники"
NEW_ARTICLE = """ date 2026-02-10
В Костанае задержали телефонных мошенников

Полиция Костанайской области задержала двух мошенников, которые звонили пенсионерам от имени
банка. Ущерб превысил 3 миллиона тенге, сообщает пресс-служба ДП.
"""


def test_a_saved_search_keeps_query_filters_period_and_sort(demo):
    request = SearchRequest(query=FRAUD, regions=["Алматы"], tones=["none"],
                            date_from=dt.date(2025, 1, 1), sort="date", limit=7)
    changes = demo.saved_searches.add("Мошенничество в Алматы", request)
    assert changes.saved_searches == {"Мошенничество в Алматы"}
    saved = demo.saved_searches.get("мошенничество в алматы")
    again = saved.request(limit=50)
    assert (again.query, again.regions, again.tones, again.date_from, again.sort) == (
        FRAUD, ["Алматы"], ["none"], dt.date(2025, 1, 1), "date")
    assert demo.search(again).total == demo.search(request).total > 0
    assert [s.name for s in demo.saved_searches.list()] == ["Мошенничество в Алматы"]


def test_saved_search_names_are_unique_and_queries_must_parse(demo):
    demo.saved_searches.add("ДТП", SearchRequest(query="ДТП"))
    with pytest.raises(ClipperError, match="already a saved search «ДТП»"):
        demo.saved_searches.add("дтп", SearchRequest(query="авария"))
    demo.saved_searches.add("дтп", SearchRequest(query="авария"), replace=True)
    assert demo.saved_searches.get("ДТП").query == "авария"
    with pytest.raises(QueryError):
        demo.saved_searches.add("сломанный", SearchRequest(query="(ДТП"))
    with pytest.raises(NotFound, match="no saved search «пожары»"):
        demo.saved_searches.get("пожары")


def test_removing_a_saved_search(demo):
    demo.saved_searches.add("ДТП", SearchRequest(query="ДТП"))
    assert demo.saved_searches.remove("дтп").saved_searches == {"ДТП"}
    assert demo.saved_searches.list() == []


def test_preview_then_apply_a_rule_over_the_archive(demo):
    fraud = ids(demo, FRAUD)
    demo.tags.add("мошенничество", fraud[:1])
    demo.saved_searches.add("Мошенники", SearchRequest(query=FRAUD))
    rule = demo.rules.add("Мошенники", tag="мошенничество", tone="negative")
    assert len(rule.rules) == 1
    [preview] = demo.rules.preview()
    assert (preview.matches, preview.changes) == (5, 5)  # one has the tag, none a tone
    assert (preview.rule.tag, preview.rule.tone) == ("мошенничество", "negative")
    assert facet(demo, "tone") == {"none": demo.count()}  # a preview changes nothing
    changes = demo.rules.apply()
    assert changes.articles == frozenset(fraud) and changes.fields == {"tags", "tone"}
    assert facet(demo, "tag") == {"мошенничество": 5}
    assert set(ids(demo, "tone:negative")) == set(fraud)
    assert [p.changes for p in demo.rules.preview()] == [0]
    assert demo.rules.apply().count == 0


def test_a_rule_never_overrides_a_tone_someone_chose(demo):
    fraud = ids(demo, FRAUD)
    demo.set_tone(fraud[:1], "positive")
    demo.saved_searches.add("Мошенники", SearchRequest(query=FRAUD))
    demo.rules.add("Мошенники", tone="negative")
    assert [p.changes for p in demo.rules.preview()] == [4]
    demo.rules.apply()
    assert demo.get(fraud[0]).tone == "positive"
    assert facet(demo, "tone", FRAUD) == {"negative": 4, "positive": 1}


def test_rules_apply_to_imported_articles(demo, article_file):
    demo.saved_searches.add("Мошенники", SearchRequest(query=FRAUD))
    demo.rules.add("Мошенники", tag="мошенничество")
    report = demo.import_paths([article_file("kostanay.txt", NEW_ARTICLE)])
    assert len(report.imported) == 1 and report.by_rules == 1
    assert demo.get(report.imported[0]).tags == ["мошенничество"]
    # on import a rule looks at the new articles only
    assert facet(demo, "tag") == {"мошенничество": 1}


def test_a_rule_that_cannot_run_does_not_stop_an_import(demo, article_file):
    demo.saved_searches.add("Мошенники", SearchRequest(query=FRAUD))
    demo.rules.add("Мошенники", tag="мошенничество")
    with demo.catalog.transaction() as conn:  # a saved search written by a future Clipper
        conn.execute("UPDATE saved_searches SET query = '(мошенники'")
    report = demo.import_paths([article_file("kostanay.txt", NEW_ARTICLE)])
    assert len(report.imported) == 1 and report.by_rules == 0
    assert any("rules not applied" in w["warning"] for w in report.warnings)


def test_rules_need_a_saved_search_and_something_to_give(demo):
    with pytest.raises(NotFound, match="no saved search «Мошенники»"):
        demo.rules.add("Мошенники", tag="мошенничество")
    demo.saved_searches.add("Мошенники", SearchRequest(query=FRAUD))
    with pytest.raises(ClipperError, match="a tag or a tone"):
        demo.rules.add("Мошенники")
    with pytest.raises(ClipperError, match="unknown tone"):
        demo.rules.add("Мошенники", tone="none")
    with pytest.raises(NotFound, match="no rule 99"):
        demo.rules.remove(99)


def test_a_saved_search_a_rule_uses_stays_until_the_rule_goes(demo):
    demo.saved_searches.add("Мошенники", SearchRequest(query=FRAUD))
    [rule_id] = demo.rules.add("Мошенники", tag="мошенничество").rules
    with pytest.raises(ClipperError, match=f"used by rule {rule_id}"):
        demo.saved_searches.remove("Мошенники")
    demo.rules.remove(rule_id)
    demo.saved_searches.remove("Мошенники")
    assert demo.rules.list() == [] and demo.saved_searches.list() == []


def test_renamed_and_merged_tags_follow_into_rules_and_saved_searches(demo):
    demo.tags.create("дтп")
    demo.saved_searches.add("Помеченные", SearchRequest(tags=["дтп"]))
    demo.saved_searches.add("ДТП", SearchRequest(query="ДТП"))
    demo.rules.add("ДТП", tag="дтп")
    demo.tags.rename("дтп", "Аварии")
    assert demo.saved_searches.get("Помеченные").filters == {"tag": ["Аварии"]}
    assert [r.tag for r in demo.rules.list()] == ["Аварии"]
    demo.tags.merge(["Аварии"], into="Закон и Порядок")
    assert demo.saved_searches.get("Помеченные").filters == {"tag": ["Закон и Порядок"]}
    assert [r.tag for r in demo.rules.list()] == ["Закон и Порядок"]


def test_deleting_a_tag_takes_the_rules_that_only_gave_it(demo):
    demo.saved_searches.add("ДТП", SearchRequest(query="ДТП"))
    demo.rules.add("ДТП", tag="дтп")
    demo.rules.add("ДТП", tag="дтп", tone="negative")
    assert demo.tags.usage("дтп").rules == 2
    changes = demo.tags.delete("дтп")
    assert len(changes.rules) == 2
    assert [(r.tag, r.tone) for r in demo.rules.list()] == [(None, "negative")]
