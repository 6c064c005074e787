"""Tags, tone, notes and stars live in the catalog: they survive reindex, re-import, re-extraction
and a crash in the middle of a change."""

import pytest

from clipper.archive import Archive
from clipper.catalog import tags as catalog_tags
from organise_helpers import (  # noqa: F401 (fixtures)
    DEMO_ARTICLES, demo, demo_template, facet, ids)

FRAUD = "мошенники"


def organise(archive):
    fraud = ids(archive, FRAUD)
    archive.tags.add("мошенничество", fraud)
    archive.set_tone(fraud[:3], "negative")
    archive.set_starred(fraud[:1])
    archive.set_note(fraud[0], "в дайджест на понедельник")
    return fraud


def marks(archive, article_ids):
    return {i: (a.tags, a.tone, a.note, a.starred) for i in article_ids
            for a in [archive.get(i)]}


def test_organising_survives_reindex(demo):
    fraud = organise(demo)
    before = marks(demo, fraud)
    demo.rebuild_index()
    assert marks(demo, fraud) == before
    assert ids(demo, "note:дайджест") == [fraud[0]]
    assert set(ids(demo, "tag:мошенничество tone:negative")) == set(fraud[:3])


def test_organising_survives_importing_the_same_files_again(demo):
    fraud = organise(demo)
    before = marks(demo, fraud)
    report = demo.import_paths([DEMO_ARTICLES])
    assert report.imported == [] and len(report.duplicates) >= 30
    assert marks(demo, fraud) == before


def test_organising_survives_reextraction(demo):
    fraud = organise(demo)
    before = marks(demo, fraud)
    job = demo.reextract_job()
    for _ in job:
        pass
    assert job.failed == []
    assert marks(demo, fraud) == before
    assert facet(demo, "starred") == {"no": demo.count() - 1, "yes": 1}


def test_organising_survives_closing_and_opening_the_archive(demo):
    fraud = organise(demo)
    before = marks(demo, fraud)
    folder = demo.folder
    demo.close()
    with Archive.open(folder) as again:
        assert marks(again, fraud) == before
        assert facet(again, "tone")["negative"] == 3


def test_a_crash_in_the_middle_of_a_bulk_tag_leaves_nothing_half_done(demo, monkeypatch):
    everything = ids(demo)
    real_add = catalog_tags.add

    def add_half_then_crash(conn, tag_id, nums):
        real_add(conn, tag_id, nums[: len(nums) // 2])
        raise RuntimeError("power cut")

    monkeypatch.setattr(catalog_tags, "add", add_half_then_crash)
    with pytest.raises(RuntimeError):
        demo.tags.add("в дайджест", everything)
    assert demo.tags.list() == []  # not even the new tag
    assert facet(demo, "tag") == {}
    assert all(demo.get(i).tags == [] for i in everything)


def test_a_crash_in_the_middle_of_an_undo_leaves_the_articles_as_they_were(demo, monkeypatch):
    fraud = organise(demo)
    snapshot = demo.organise_snapshot(fraud)
    demo.set_tone(fraud, "positive")
    demo.tags.remove("мошенничество", fraud)
    after = marks(demo, fraud)
    monkeypatch.setattr(catalog_tags, "add", lambda *a: (_ for _ in ()).throw(OSError("disk")))
    with pytest.raises(OSError):
        demo.restore(snapshot)
    assert marks(demo, fraud) == after
    assert facet(demo, "tone", FRAUD) == {"positive": 5}


def test_a_note_the_index_missed_is_indexed_on_the_next_start(demo, monkeypatch):
    article = ids(demo, FRAUD)[0]
    monkeypatch.setattr(demo, "catch_up_index", lambda: 0)  # the process dies before the index
    demo.set_note(article, "срочно министру")
    assert ids(demo, "note:министру") == []
    folder = demo.folder
    demo.close()
    with Archive.open(folder) as again:
        assert ids(again, "note:министру") == [article]
        assert again.check() == []


def test_show_json_carries_the_organised_fields(demo):
    fraud = organise(demo)
    details = demo.get(fraud[0]).details()
    assert (details["tags"], details["tone"], details["note"], details["starred"]) == (
        ["мошенничество"], "negative", "в дайджест на понедельник", True)
