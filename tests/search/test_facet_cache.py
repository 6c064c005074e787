"""The facet table saved beside the catalog: used while the catalog is unchanged, never after."""

import numpy as np

from clipper.archive import Archive
from clipper.search import facet_cache
from clipper.search.facet_table import FacetTable
from clipper.search.request import SearchRequest


def same(a: FacetTable, b: FacetTable) -> bool:
    if not all(np.array_equal(x, y) for x, y in ((a.nums, b.nums), (a.dates, b.dates),
                                                  (a.years, b.years), (a.months, b.months))):
        return False
    for field in a.single:
        if a.single[field].vocabulary != b.single[field].vocabulary or \
                not np.array_equal(a.single[field].codes, b.single[field].codes):
            return False
    for field in a.multi:
        x, y = a.multi[field], b.multi[field]
        if x.vocabulary != y.vocabulary or not all(
                np.array_equal(p, q) for p, q in ((x.codes, y.codes), (x.owners, y.owners),
                                                  (x.counts, y.counts))):
            return False
    return True


def test_a_reopened_archive_reads_the_saved_table_and_it_matches_the_catalog(tmp_path,
                                                                            article_file):
    from conftest import ARTICLE_RU

    folder = tmp_path / "archive"
    with Archive.open(folder) as archive:
        archive.import_paths([article_file("a.txt", ARTICLE_RU)])
        archive.tag("ДТП", archive.ids_matching(SearchRequest()))
        archive.search(SearchRequest())  # reads the table, and saves it
    cache = folder / facet_cache.FILE
    assert cache.is_file()
    with Archive.open(folder, write=False) as archive:
        with archive.catalog.read() as conn:
            fresh = FacetTable.load(conn)
            saved = facet_cache.read(cache, facet_cache.catalog_version(conn))
        assert saved is not None and same(saved, fresh)
        assert archive.search(SearchRequest()).facets["tag"] == {"ДТП": 1}


def test_any_change_to_facet_values_makes_the_saved_table_stale(tmp_path, article_file):
    from conftest import ARTICLE_RU

    folder = tmp_path / "archive"
    with Archive.open(folder) as archive:
        archive.import_paths([article_file("a.txt", ARTICLE_RU)])
        archive.search(SearchRequest())
        with archive.catalog.read() as conn:
            before = facet_cache.catalog_version(conn)
        article_id = archive.ids_matching(SearchRequest())[0]
        for change in (lambda: archive.tag("ДТП", [article_id]),
                       lambda: archive.set_tone([article_id], "negative"),
                       lambda: archive.correct(article_id, source="Другая газета"),
                       lambda: archive.correct(article_id, regions=["Алматы"]),
                       lambda: archive.tags.rename("ДТП", "Аварии")):
            change()
            with archive.catalog.read() as conn:
                after = facet_cache.catalog_version(conn)
            assert after > before
            assert facet_cache.read(folder / facet_cache.FILE, after) is None
            before = after
    with Archive.open(folder, write=False) as archive:
        facets = archive.search(SearchRequest()).facets
    assert facets["tag"] == {"Аварии": 1} and facets["region"] == {"Алматы": 1}
    assert facets["source"] == {"Другая газета": 1} and facets["tone"] == {"negative": 1}


def test_a_damaged_cache_file_is_read_again_from_the_catalog(tmp_path, article_file):
    from conftest import ARTICLE_RU

    folder = tmp_path / "archive"
    with Archive.open(folder) as archive:
        archive.import_paths([article_file("a.txt", ARTICLE_RU)])
        archive.search(SearchRequest())
    (folder / facet_cache.FILE).write_bytes(b"not a numpy file")
    with Archive.open(folder, write=False) as archive:
        assert archive.search(SearchRequest()).total == 1
