"""Import throughput and search latency on an archive of N variants of the demo articles.

    .venv/bin/python bench/import_speed.py [N]      (default 2000)

Each variant is a demo article with a unique paragraph inserted, so none is a duplicate.
Prints articles/s for import (extraction + catalog + index), and p50/p95 of a few searches.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from clipper.archive import Archive  # noqa: E402
from clipper.ingest.read import read_text  # noqa: E402
from clipper.search.request import SearchRequest  # noqa: E402

QUERIES = [
    SearchRequest(query="полиция"),
    SearchRequest(query="мошенничество пенсионеров"),
    SearchRequest(query="задержали", regions=["Алматы"]),
    SearchRequest(regions=["Карагандинская область"], sort="date"),
    SearchRequest(query="акимат", years=["2025"]),
    SearchRequest(),
]


def make_corpus(folder: Path, count: int) -> None:
    sources = sorted(p for p in (REPO / "archive" / "articles").rglob("*") if p.is_file())
    rng = random.Random(7)
    words = "проверка рейд участковый инспектор профилактика заявление жители район".split()
    for i in range(count):
        source = sources[i % len(sources)]
        read = read_text(source.read_bytes(), source.suffix.lower())
        body, encoding = read.text, read.encoding
        extra = " ".join(rng.choice(words) for _ in range(40)) + f" Выпуск {i}."
        # Mid-body: after the page tail (related news, footers) it would be cut as chrome.
        lines = body.splitlines()
        middle = len(lines) // 2
        text_out = "\n".join(lines[:middle] + ["", extra, ""] + lines[middle:])
        (folder / f"{i:06d}{source.suffix}").write_bytes(
            text_out.encode(encoding if encoding in ("cp1251", "koi8_r") else "utf-8"))


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        make_corpus(corpus, count)
        size = sum(p.stat().st_size for p in corpus.iterdir())
        with Archive.open(Path(tmp) / "archive") as archive:
            start = time.perf_counter()
            report = archive.import_paths([corpus])
            elapsed = time.perf_counter() - start
            print(f"import: {len(report.imported)} articles ({size / len(report.imported) / 1024:.1f} "
                  f"KB avg) in {elapsed:.1f} s = {len(report.imported) / elapsed:.0f} articles/s; "
                  f"failed {len(report.failed)}, duplicates {len(report.duplicates)}")
            index_bytes = sum(p.stat().st_size for p in (archive.folder / "index").iterdir())
            print(f"index size: {index_bytes / 1e6:.1f} MB")
            timings = []
            for _ in range(5):
                for request in QUERIES:
                    t = time.perf_counter()
                    archive.search(request)
                    timings.append((time.perf_counter() - t) * 1000)
            timings.sort()
            print(f"search (query + all facets + first page of 50), {len(timings)} runs: "
                  f"p50 {statistics.median(timings):.0f} ms, "
                  f"p95 {timings[int(len(timings) * 0.95) - 1]:.0f} ms")


if __name__ == "__main__":
    main()
