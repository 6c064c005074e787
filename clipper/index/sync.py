"""Keeping the index in step with the catalog: drain the outbox, or rebuild from scratch."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterator

from clipper.catalog import Catalog, articles, outbox
from clipper.changes import Progress
from clipper.index.store import SearchIndex

BATCH = 500


def catch_up(catalog: Catalog, index: SearchIndex) -> int:
    """Apply queued catalog changes to the index; idempotent, so a crash midway is replayed."""
    applied = 0
    while True:
        with catalog.read() as conn:
            up_to, ids = outbox.pending(conn, BATCH)
            rows = list(articles.index_rows(conn, ids))
        if not ids:
            return applied
        present = {row["id"] for row in rows}
        with index.batch() as batch:
            for row in rows:
                batch.put(row)
            for article_id in ids:
                if article_id not in present:
                    batch.delete(article_id)
        with catalog.transaction() as conn:
            outbox.acknowledge(conn, up_to)
        applied += len(ids)


def rebuild(catalog: Catalog, folder: Path, before_swap=lambda: None) -> Iterator[Progress]:
    """Build a fresh index beside `folder` from the catalog, then swap it in.

    Stopping the generator early cancels the new index and leaves the old one as it was.
    """
    building = folder.with_name(folder.name + ".building")
    if building.exists():
        shutil.rmtree(building)
    with catalog.read() as conn:
        total = articles.count(conn)
        queued_until = conn.execute("SELECT coalesce(max(seq), 0) FROM index_outbox").fetchone()[0]
    fresh = SearchIndex.create(building)
    swapped = False
    try:
        done, after = 0, 0
        yield Progress(0, total, "")
        with fresh.batch() as batch:
            while True:
                with catalog.read() as conn:
                    rows = list(articles.index_rows_after(conn, after, BATCH))
                if not rows:
                    break
                for row in rows:
                    batch.put(row)
                after = rows[-1]["num"]
                done += len(rows)
                yield Progress(done, total, rows[-1]["title"])
        fresh.close()
        before_swap()  # the old index served searches until now; it closes only for the swap
        SearchIndex.replace(folder, building)
        swapped = True
        with catalog.transaction() as conn:
            outbox.acknowledge(conn, queued_until)
    finally:
        fresh.close()
        if not swapped and building.exists():
            shutil.rmtree(building, ignore_errors=True)
