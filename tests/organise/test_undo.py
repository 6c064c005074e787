"""Undo and redo in the window rest on two calls: a snapshot before the change, a restore after."""

from organise_helpers import demo, demo_template, facet, ids  # noqa: F401 (fixtures)

FRAUD = "мошенники"


def state(archive, article_ids):
    return {i: (a.tags, a.tone, a.note, a.starred)
            for i in article_ids for a in [archive.get(i)]}


def test_undoing_a_bulk_tag_puts_every_article_back(demo):
    everything = ids(demo)
    fraud = ids(demo, FRAUD)
    demo.tags.add("мошенничество", fraud[:2])
    before = state(demo, everything)
    snapshot = demo.organise_snapshot(everything)
    demo.tags.add("мошенничество", everything)
    changes = demo.restore(snapshot)
    assert changes.articles == frozenset(everything) - set(fraud[:2])
    assert changes.fields == {"tags"}
    assert state(demo, everything) == before
    assert facet(demo, "tag") == {"мошенничество": 2}


def test_undo_then_redo_of_a_tone_change(demo):
    fraud = ids(demo, FRAUD)
    demo.set_tone(fraud[:1], "positive")
    before = state(demo, fraud)
    undo = demo.organise_snapshot(fraud)
    demo.set_tone(fraud, "negative")
    after = state(demo, fraud)
    redo = demo.organise_snapshot(fraud)  # taken before undoing: what redo puts back
    demo.restore(undo)
    assert state(demo, fraud) == before
    assert facet(demo, "tone") == {"none": demo.count() - 1, "positive": 1}
    demo.restore(redo)
    assert state(demo, fraud) == after
    assert facet(demo, "tone")["negative"] == 5


def test_undoing_a_tag_delete_brings_the_tag_back_with_its_colour(demo):
    fraud = ids(demo, FRAUD)
    demo.tags.create("мошенничество", colour="#aa0000")
    demo.tags.add("мошенничество", fraud)
    demo.tags.add("в дайджест", fraud[:1])
    snapshot = demo.organise_snapshot(demo.tags.article_ids("мошенничество"))
    demo.tags.delete("мошенничество")
    demo.restore(snapshot)
    assert {(t.name, t.colour, t.count) for t in demo.tags.list()} == {
        ("мошенничество", "#aa0000", 5), ("в дайджест", None, 1)}
    assert set(ids(demo, "tag:мошенничество")) == set(fraud)


def test_undoing_a_mixed_bulk_edit_restores_notes_stars_and_tones(demo):
    fraud = ids(demo, FRAUD)
    demo.set_note(fraud[0], "старая заметка")
    demo.set_starred(fraud[1:3])
    before = state(demo, fraud)
    snapshot = demo.organise_snapshot(fraud)
    demo.set_note(fraud[0], "новая заметка")
    demo.set_note(fraud[4], "ещё одна")
    demo.set_starred(fraud, False)
    demo.set_tone(fraud, "neutral")
    demo.tags.add("проверить", fraud)
    changes = demo.restore(snapshot)
    assert changes.fields == {"tags", "tone", "note", "starred"}
    assert state(demo, fraud) == before
    assert ids(demo, "note:старая") == [fraud[0]]
    assert ids(demo, "note:новая") == [] and ids(demo, "note:одна") == []
    assert set(ids(demo, "starred:yes")) == set(fraud[1:3])
    assert demo.check() == []


def test_restoring_an_unchanged_snapshot_changes_nothing(demo):
    fraud = ids(demo, FRAUD)
    snapshot = demo.organise_snapshot(fraud)
    assert snapshot.count == 5
    assert demo.restore(snapshot).count == 0
