"""The index is a cache of the catalog: rebuilt on demand, repaired on start, checked on request."""

import shutil

from clipper.archive import Archive


def test_deleted_index_is_rebuilt_with_the_same_results(tmp_archive, seeds_dir):
    tmp_archive.import_paths([seeds_dir])
    before = [h.id for h in tmp_archive.search(query="министр полиция").hits]
    folder = tmp_archive.folder
    tmp_archive.close()
    shutil.rmtree(folder / "index")
    with Archive.open(folder) as archive:
        archive.rebuild_index()
        assert [h.id for h in archive.search(query="министр полиция").hits] == before
        assert archive.check() == []


def test_check_finds_a_damaged_index(tmp_archive, seeds_dir):
    tmp_archive.import_paths([seeds_dir])
    assert tmp_archive.check() == []
    folder = tmp_archive.folder
    tmp_archive.close()
    for toc in (folder / "index").glob("*.toc"):
        toc.write_bytes(b"\x00garbage")
    with Archive.open(folder, write=False) as archive:
        problems = archive.check()
    assert problems and "index" in problems[0]


def test_check_finds_articles_missing_from_the_index(tmp_archive, seeds_dir):
    tmp_archive.import_paths([seeds_dir])
    victim = tmp_archive.search().hits[0].id
    with tmp_archive.index.batch() as batch:
        batch.delete(victim)
    problems = tmp_archive.check()
    assert problems == [f"1 articles are not in the search index (e.g. {victim})"]


def test_changes_queued_before_a_crash_reach_the_index_on_next_open(tmp_archive, seeds_dir):
    tmp_archive.import_paths([seeds_dir])
    folder = tmp_archive.folder
    victim = tmp_archive.search(query="Темиртау").hits[0].id
    # A crash after the catalog commit but before the index commit: the entry is gone from
    # the index and its outbox row is still waiting.
    with tmp_archive.index.batch() as batch:
        batch.delete(victim)
    with tmp_archive.catalog.transaction() as conn:
        conn.execute("INSERT INTO index_outbox(article_id) VALUES (?)", (victim,))
    tmp_archive.close()
    with Archive.open(folder) as archive:
        assert [h.id for h in archive.search(query="Темиртау").hits] == [victim]
        assert archive.check() == []


def test_an_index_from_another_schema_version_is_rebuilt(tmp_archive, seeds_dir):
    tmp_archive.import_paths([seeds_dir])
    folder = tmp_archive.folder
    tmp_archive.close()
    (folder / "index" / "clipper-schema-version").write_text("0")
    with Archive.open(folder) as archive:
        assert archive.search(query="Темиртау").total == 1


def test_a_cancelled_rebuild_leaves_the_old_index_working(tmp_archive, seeds_dir):
    tmp_archive.import_paths([seeds_dir])
    job = tmp_archive.reindex_job()
    next(job)
    job.close()
    assert tmp_archive.search(query="Темиртау").total == 1
    assert not (tmp_archive.folder / "index.building").exists()
