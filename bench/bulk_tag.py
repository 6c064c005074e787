"""Organising at scale: a tag, a tone and a star on every article, undo, and the next search.

    .venv/bin/python bench/bulk_tag.py          # 10,000 articles (the issue's target: < 5 s)
    .venv/bin/python bench/bulk_tag.py 2000

Builds the synthetic archive once with bench/search_speed.py's builder (bench/.work/archive-N),
copies it to bench/.work/bulk-tag-N so every run starts from the same untagged archive, then
times in one process: tagging all N (ids of the whole result, the catalog transaction, the
facet table patched), the next search with its facet counts, tone on all, stars on all, undo of
all three (one restore), and a tag delete. For comparison it times reading the facet table whole,
what every change cost before the patch path.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.search_speed import WORK, build  # noqa: E402


def timed(label: str, action, figures: list):
    started = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - started
    figures.append((label, seconds))
    return result


def main(count: int) -> None:
    from clipper.archive import Archive
    from clipper.search.facet_table import FacetTable
    from clipper.search.request import SearchRequest

    source = build(count)
    folder = WORK / f"bulk-tag-{count}"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(source, folder)
    figures: list[tuple[str, float]] = []
    everything = SearchRequest(limit=50)
    with Archive.open(folder) as archive:
        timed("first search (reads the facet table whole)",
              lambda: archive.search(everything), figures)
        with archive.catalog.read() as conn:
            timed("facet table read whole, for comparison", lambda: FacetTable.load(conn),
                  figures)
        ids = timed("ids of the whole result", lambda: archive.ids_matching(everything), figures)
        assert len(ids) == count
        snapshot = timed("undo snapshot of all", lambda: archive.organise_snapshot(ids), figures)
        changes = timed(f"tag {count:,} articles", lambda: archive.tags.add("Закон и Порядок",
                                                                            ids), figures)
        assert changes.count == count
        table, nums = archive.engine().table, archive.engine().table.nums
        with archive.catalog.read() as conn:
            timed(f"  of which: facet table patched for {count:,}",
                  lambda: table.patched(conn, nums, {"tag", "tone", "starred"}), figures)
        result = timed("next search, tag facet and filter",
                       lambda: archive.search(SearchRequest(tags=["Закон и Порядок"])), figures)
        assert result.total == count and result.facets["tag"] == {"Закон и Порядок": count}
        timed(f"tone on {count:,} articles", lambda: archive.set_tone(ids, "negative"), figures)
        timed(f"star on {count:,} articles", lambda: archive.set_starred(ids), figures)
        result = timed("next search, tone filter",
                       lambda: archive.search(SearchRequest(query="tone:негатив")), figures)
        assert result.total == count
        undone = timed("undo tag + tone + star (one restore)", lambda: archive.restore(snapshot),
                       figures)
        assert undone.count == count
        result = timed("next search after undo", lambda: archive.search(everything), figures)
        assert result.facets["tag"] == {} and result.facets["tone"] == {"none": count}
        archive.tags.add("временный", ids)
        timed(f"delete a tag on {count:,} articles", lambda: archive.tags.delete("временный"),
              figures)
    shutil.rmtree(folder, ignore_errors=True)
    print(f"bulk organising on {count:,} synthetic articles (bench/bulk_tag.py {count})")
    for label, seconds in figures:
        print(f"  {label:<48} {seconds * 1000:9.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
