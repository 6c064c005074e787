"""An organising change patches the facet table for the articles it touched; the patched table
counts exactly what a table read whole from the catalog counts."""

import numpy as np

from clipper.search.facet_table import FacetTable
from clipper.search.request import FACETS
from organise_helpers import demo, demo_template, facet, ids  # noqa: F401 (fixtures)

FRAUD = "мошенники"


def assert_same_as_a_fresh_read(archive):
    patched = archive.engine().table
    with archive.catalog.read() as conn:
        fresh = FacetTable.load(conn)
    rng = np.random.default_rng(7)
    masks = [fresh.everything(), rng.random(fresh.size) < 0.5, rng.random(fresh.size) < 0.2]
    for mask in masks:
        for name in FACETS:
            assert patched.counts(name, mask) == fresh.counts(name, mask), name
    for field, values in [("tag", ["мошенничество", "дтп"]), ("tone", ["negative", "none"]),
                          ("starred", ["yes"]), ("starred", ["no"])]:
        assert (patched.mask_for(field, values) == fresh.mask_for(field, values)).all()


def test_organising_changes_never_read_the_whole_table_again(demo, monkeypatch):
    everything, fraud, dtp = ids(demo), ids(demo, FRAUD), ids(demo, "ДТП")
    reads = []

    class CountedReads(FacetTable):
        @classmethod
        def load(cls, conn):
            reads.append(1)
            return FacetTable.load(conn)

    monkeypatch.setattr("clipper.search.live.FacetTable", CountedReads)
    snapshot = demo.organise_snapshot(everything)
    demo.tags.add("мошенничество", fraud)
    demo.tags.add("дтп", dtp + fraud[:1])
    demo.set_tone(fraud[:2], "negative")
    demo.set_tone(dtp, "positive")
    demo.set_starred(everything[::3])
    assert facet(demo, "tag") == {"мошенничество": 5, "дтп": 3}
    assert facet(demo, "tone", tags=["дтп"]) == {"positive": 2, "negative": 1}
    demo.tags.rename("дтп", "Аварии")
    demo.tags.merge(["Аварии"], into="мошенничество")
    demo.set_starred(everything[::6], False)
    demo.tags.remove("мошенничество", fraud[3:])
    assert_same_as_a_fresh_read(demo)
    demo.restore(snapshot)
    assert facet(demo, "tag") == {} and facet(demo, "tone") == {"none": len(everything)}
    assert reads == []
    assert_same_as_a_fresh_read(demo)


def test_any_other_catalog_change_reads_the_table_again(demo):
    article = ids(demo, FRAUD)[0]
    demo.tags.add("мошенничество", [article])
    demo.correct(article, source="Новое издание")
    assert facet(demo, "source", tags=["мошенничество"]) == {"Новое издание": 1}
    assert_same_as_a_fresh_read(demo)


def test_a_tag_after_another_unsearched_change_is_still_counted_right(demo):
    article = ids(demo, FRAUD)[0]
    demo.correct(article, source="Новое издание")  # the table is now stale: no patch on it
    demo.tags.add("мошенничество", [article])
    assert facet(demo, "source", tags=["мошенничество"]) == {"Новое издание": 1}
    assert_same_as_a_fresh_read(demo)


def test_a_reader_in_another_window_sees_a_tag_at_its_next_search(demo):
    from clipper.archive import Archive

    fraud = ids(demo, FRAUD)
    with Archive.open(demo.folder, write=False) as reader:
        assert facet(reader, "tag") == {}
        demo.tags.add("мошенничество", fraud)
        demo.set_tone(fraud[:2], "negative")
        assert facet(reader, "tag") == {"мошенничество": 5}
        assert facet(reader, "tone", FRAUD) == {"negative": 2, "none": 3}
