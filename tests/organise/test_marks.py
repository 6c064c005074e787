"""Tone, star and note: set on one article or a selection, counted as facets, searched."""

import pytest

from clipper.errors import ClipperError, NotFound, QueryError
from organise_helpers import demo, demo_template, facet, ids, titles  # noqa: F401 (fixtures)

FRAUD = "мошенники"


def test_tone_on_a_selection_is_a_facet_and_a_filter(demo):
    fraud = ids(demo, FRAUD)
    total = demo.count()
    changes = demo.set_tone(fraud, "negative")
    assert changes.articles == frozenset(fraud) and changes.fields == {"tone"}
    assert facet(demo, "tone") == {"none": total - 5, "negative": 5}
    assert set(ids(demo, "tone:negative")) == set(fraud)
    assert set(ids(demo, tones=["negative"])) == set(fraud)
    assert len(ids(demo, "tone:none")) == total - 5
    assert demo.get(fraud[0]).tone == "negative"


@pytest.mark.parametrize("typed", ["негатив", "Негативный", "отрицательная", "теріс", "neg"])
def test_tone_in_russian_and_kazakh_words(demo, typed):
    fraud = ids(demo, FRAUD)
    demo.set_tone(fraud[:2], "negative")
    demo.set_tone(fraud[2:], "positive")
    assert set(ids(demo, f"tone:{typed}")) == set(fraud[:2])
    assert set(ids(demo, "тон:позитив")) == set(fraud[2:])


def test_a_tone_word_clipper_does_not_know_is_a_query_error(demo):
    with pytest.raises(QueryError, match="tone:хорошо-плохо|positive, neutral, negative"):
        ids(demo, "tone:зелёный")
    with pytest.raises(ClipperError, match="unknown tone «angry»"):
        demo.set_tone(ids(demo, FRAUD), "angry")


def test_clearing_a_tone(demo):
    fraud = ids(demo, FRAUD)
    demo.set_tone(fraud, "neutral")
    changes = demo.set_tone(fraud[:1], None)
    assert changes.articles == {fraud[0]}
    assert facet(demo, "tone")["neutral"] == 4
    assert demo.get(fraud[0]).tone is None
    assert demo.set_tone(fraud[:1], "none").count == 0  # "none" is no tone: already so


def test_a_tone_facet_counts_without_its_own_selection(demo):
    fraud = ids(demo, FRAUD)
    demo.set_tone(fraud[:3], "negative")
    demo.set_tone(fraud[3:], "positive")
    assert facet(demo, "tone", FRAUD, tones=["negative"]) == {"negative": 3, "positive": 2}


def test_stars_are_a_facet_and_a_filter(demo):
    fraud = ids(demo, FRAUD)
    assert demo.set_starred(fraud[:2]).articles == frozenset(fraud[:2])
    assert facet(demo, "starred") == {"no": demo.count() - 2, "yes": 2}
    assert set(ids(demo, "starred:yes")) == set(fraud[:2])
    assert set(ids(demo, "звезда:да")) == set(fraud[:2])
    assert set(ids(demo, starred=["yes"])) == set(fraud[:2])
    assert fraud[0] not in ids(demo, "starred:no")
    demo.set_starred(fraud[:1], False)
    assert ids(demo, "starred:yes") == [fraud[1]]
    assert demo.get(fraud[1]).starred and not demo.get(fraud[0]).starred
    with pytest.raises(QueryError, match="starred:yes"):
        ids(demo, "starred:maybe")


def test_a_note_is_found_by_note_at_once(demo):
    article = ids(demo, FRAUD)[0]
    changes = demo.set_note(article, "Показать министру: мошенничество с углём")
    assert changes.articles == {article} and changes.fields == {"note"}
    assert ids(demo, "note:министру") == [article]
    assert ids(demo, "заметка:мошенничества") == [article]  # any word form
    assert demo.get(article).note == "Показать министру: мошенничество с углём"
    assert demo.check() == []  # the index caught up from the outbox


def test_an_empty_note_removes_it(demo):
    article = ids(demo, FRAUD)[0]
    demo.set_note(article, "для дайджеста")
    assert demo.set_note(article, "   ").articles == {article}
    assert demo.get(article).note is None
    assert ids(demo, "note:дайджеста") == []
    assert demo.set_note(article, "").count == 0


def test_a_note_on_an_unknown_article(demo):
    with pytest.raises(NotFound, match="nosuchid"):
        demo.set_note("nosuchid", "текст")


def test_search_hits_carry_tags_tone_note_and_star(demo):
    article = ids(demo, FRAUD)[0]
    demo.tags.add("мошенничество", [article])
    demo.set_tone([article], "negative")
    demo.set_starred([article])
    demo.set_note(article, "в дайджест")
    hit = next(h for h in demo.search(query=FRAUD).hits if h.id == article)
    summary = hit.summary()
    assert (summary["tags"], summary["tone"], summary["note"], summary["starred"]) == (
        ["мошенничество"], "negative", "в дайджест", True)
    assert titles(demo, "tag:мошенничество tone:negative starred:yes note:дайджест") == {
        hit.title}
