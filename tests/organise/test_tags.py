"""Tags as a press officer uses them: on articles and results, in the panel, in search at once."""

import pytest

from clipper.errors import ClipperError, NotFound
from clipper.search.request import SearchRequest
from organise_helpers import demo, demo_template, facet, ids, titles  # noqa: F401 (fixtures)

FRAUD = "мошенники"
DTP = "ДТП"


def test_tagging_a_search_result_shows_in_the_next_search_without_reindexing(demo):
    fraud = ids(demo, FRAUD)
    index_version = demo.index.generation
    changes = demo.tags.add("мошенничество", fraud)
    assert changes.articles == frozenset(fraud) and changes.tags_changed
    assert changes.fields == {"tags"}
    assert facet(demo, "tag") == {"мошенничество": len(fraud)}
    assert set(ids(demo, tags=["мошенничество"])) == set(fraud)
    assert set(ids(demo, "tag:мошенничество")) == set(fraud)
    assert set(ids(demo, "tag:МОШЕННИЧЕСТВО")) == set(fraud)  # case does not make another tag
    assert demo.index.generation == index_version  # the index was not touched
    assert demo.get(fraud[0]).tags == ["мошенничество"]


def test_tagging_again_changes_nothing_and_says_so(demo):
    fraud = ids(demo, FRAUD)
    demo.tags.add("мошенничество", fraud[:2])
    changes = demo.tags.add("Мошенничество", fraud)
    assert changes.articles == frozenset(fraud[2:])
    assert [t.name for t in demo.tags.list()] == ["мошенничество"]


def test_removing_a_tag_from_a_selection(demo):
    fraud = ids(demo, FRAUD)
    demo.tags.add("мошенничество", fraud)
    changes = demo.tags.remove("мошенничество", fraud[:2])
    assert changes.articles == frozenset(fraud[:2])
    assert facet(demo, "tag") == {"мошенничество": len(fraud) - 2}
    assert set(ids(demo, "-tag:мошенничество")) >= set(fraud[:2])


def test_an_unknown_article_stops_the_whole_change(demo):
    fraud = ids(demo, FRAUD)
    with pytest.raises(NotFound, match="nosuchid"):
        demo.tags.add("мошенничество", [*fraud, "nosuchid"])
    assert demo.tags.list() == []
    assert facet(demo, "tag") == {}


def test_the_panel_lists_names_colours_and_counts(demo):
    demo.tags.add(DTP, ids(demo, DTP))
    demo.tags.add("мошенничество", ids(demo, FRAUD))
    demo.tags.create("Закон и Порядок", colour="#D04040")
    listed = {t.name: (t.colour, t.count) for t in demo.tags.list()}
    assert listed == {DTP: (None, 2), "мошенничество": (None, 5),
                      "Закон и Порядок": ("#d04040", 0)}
    demo.tags.recolour(DTP, "#3366cc")
    assert [t.colour for t in demo.tags.list() if t.name == DTP] == ["#3366cc"]
    demo.tags.recolour(DTP, None)
    assert [t.colour for t in demo.tags.list() if t.name == DTP] == [None]


def test_a_colour_must_be_a_colour(demo):
    demo.tags.create(DTP)
    with pytest.raises(ClipperError, match="#rrggbb"):
        demo.tags.recolour(DTP, "red")
    with pytest.raises(ClipperError, match="needs a name"):
        demo.tags.create("   ")


def test_renaming_keeps_the_articles_and_shows_in_search(demo):
    dtp = ids(demo, DTP)
    demo.tags.add("дтп", dtp)
    changes = demo.tags.rename("дтп", "Дорожные происшествия")
    assert changes.articles == frozenset(dtp)
    assert facet(demo, "tag") == {"Дорожные происшествия": 2}
    assert set(ids(demo, 'tag:"Дорожные происшествия"')) == set(dtp)
    assert ids(demo, "tag:дтп") == []
    demo.tags.rename("дорожные происшествия", "ДОРОЖНЫЕ ПРОИСШЕСТВИЯ")  # case only
    assert [t.name for t in demo.tags.list()] == ["ДОРОЖНЫЕ ПРОИСШЕСТВИЯ"]


def test_renaming_onto_another_tag_asks_for_a_merge(demo):
    demo.tags.create("ДТП")
    demo.tags.create("аварии")
    with pytest.raises(ClipperError, match="merge"):
        demo.tags.rename("аварии", "дтп")
    with pytest.raises(NotFound, match="нет такого|no tag «пожары»"):
        demo.tags.rename("пожары", "огонь")


def test_merging_tags_puts_every_article_under_one(demo):
    dtp, fraud = ids(demo, DTP), ids(demo, FRAUD)
    demo.tags.add("дтп", dtp)
    demo.tags.add("аварии", dtp[:1])
    demo.tags.add("мошенничество", fraud)
    changes = demo.tags.merge(["дтп", "аварии"], into="Закон и Порядок")
    assert changes.articles == frozenset(dtp)
    assert facet(demo, "tag") == {"мошенничество": 5, "Закон и Порядок": 2}
    assert {t.name for t in demo.tags.list()} == {"мошенничество", "Закон и Порядок"}
    demo.tags.merge(["Закон и Порядок"], into="мошенничество")  # into an existing tag
    assert facet(demo, "tag") == {"мошенничество": len(set(dtp) | set(fraud))}


def test_delete_says_first_how_many_articles_it_touches(demo):
    fraud = ids(demo, FRAUD)
    demo.tags.add("мошенничество", fraud)
    usage = demo.tags.usage("мошенничество")
    assert (usage.articles, usage.rules) == (5, 0)
    assert set(demo.tags.article_ids("мошенничество")) == set(fraud)
    changes = demo.tags.delete("мошенничество")
    assert changes.articles == frozenset(fraud)
    assert demo.tags.list() == [] and facet(demo, "tag") == {}
    assert all(demo.get(i).tags == [] for i in fraud)
    with pytest.raises(NotFound):
        demo.tags.usage("мошенничество")


def test_the_old_archive_tag_method_still_tags_and_untags(demo):
    dtp = ids(demo, DTP)
    assert demo.tag(DTP, dtp).count == 2
    assert demo.tag(DTP, dtp, remove=True).count == 2
    assert facet(demo, "tag") == {}


def test_facet_counts_follow_the_search_and_other_selections(demo):
    fraud = ids(demo, FRAUD)
    demo.tags.add("мошенничество", fraud)
    demo.tags.add("важное", fraud[:1] + ids(demo, DTP))
    # each facet is counted without its own selection: the other tags still show
    result = demo.search(SearchRequest(tags=["важное"], limit=0))
    assert result.total == 3
    assert result.facets["tag"] == {"мошенничество": 5, "важное": 3}
    assert titles(demo, "tag:важное tag:мошенничество") == {demo.get(fraud[0]).title}
