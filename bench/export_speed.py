"""Export speed: a digest of N clippings as PDF, DOCX, CSV and XLSX.

    .venv/bin/python bench/export_speed.py [N]      (default 200; targets: PDF < 10 s, DOCX < 5 s)

The clippings are N synthetic articles (bench/corpus.py: 2–6 KB, Russian with ~10% Kazakh),
built once into bench/.work/archive-N by the search benchmark's builder. The digest is grouped
by region, full text, newest first, with the words of a query marked (what makes a digest
slow: many paragraphs, marked runs, a long table of contents). Prints seconds and file size
per format, each the best of two runs.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.search_speed import build  # noqa: E402
from clipper.archive import Archive  # noqa: E402
from clipper.export.options import DigestOptions  # noqa: E402
from clipper.export.job import ExportJob  # noqa: E402
from clipper.search.request import SearchRequest  # noqa: E402

TARGETS = {"pdf": 10.0, "docx": 5.0}
MARKED = SearchRequest(query="полиция OR мошенничество OR задержали")


def main(count: int) -> None:
    folder = build(count)
    Archive.open(folder).close()  # a catalog built by an older Clipper is migrated first
    options = DigestOptions(title="Мониторинг СМИ: бенчмарк", organisation="Clipper",
                            group_by="region", sort="date")
    with Archive.open(folder, write=False) as archive, tempfile.TemporaryDirectory() as tmp:
        ids = archive.ids_matching(SearchRequest(sort="date"))[:count]
        size_kb = sum(len(archive.get(i).text.encode()) for i in ids[:50]) / min(50, len(ids))
        print(f"{len(ids)} clippings, {size_kb / 1024:.1f} KB of text each on average")
        for fmt in ("pdf", "docx", "csv", "xlsx"):
            best = None
            for _ in range(2):
                out = Path(tmp) / f"digest.{fmt}"
                started = time.perf_counter()
                ExportJob(archive, out, ids=ids, request=MARKED, options=options).run()
                seconds = time.perf_counter() - started
                best = seconds if best is None else min(best, seconds)
            target = f" (target < {TARGETS[fmt]:.0f} s)" if fmt in TARGETS else ""
            print(f"{fmt:5} {best:6.2f} s  {out.stat().st_size / 1024:8.0f} KB{target}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
