"""Search speed at scale, against SQLite FTS5 over the same corpus in the same run.

    .venv/bin/python bench/search_speed.py 10000
    .venv/bin/python bench/search_speed.py 100000

Builds (once; reused from bench/.work/) an archive of N synthetic articles (bench/corpus.py),
timing the index build; times the full import pipeline on 1,000 article files; then, in a fresh
process holding only the open archive, runs 20 fixed queries 5 times each and prints p50/p95 of
query + all facet counts + first page of 50, the prefix query's p95, and peak resident memory.
The same 20 queries run against an FTS5 table (unicode61, stems as prefixes, GROUP BY facets).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
WORK = REPO / "bench" / ".work"

# (clipper query, extra filters, FTS5 MATCH or None, SQL condition on d (docs) or None)
QUERIES = [
    ("полиция", {}, "полиц*", None),
    ("мошенничество", {}, "мошенничеств*", None),
    ("преступность", {}, "преступн*", None),
    ("Саденов", {}, "саденов*", None),
    ("ДТП OR авария", {}, "дтп OR авари*", None),
    ('"телефонных мошенников"', {}, '"телефонных мошенников"', None),
    ("задерж*", {}, "задерж*", None),
    ("мошенничество -пенсионеры", {}, "мошенничеств* NOT пенсионер*", None),
    ("title:наркотиков", {}, "title: наркотик*", None),
    ("region:Алматы", {}, None, "d.num IN (SELECT num FROM regions WHERE region = 'Алматы')"),
    ("region:Караганда полиция", {}, "полиц*",
     "d.num IN (SELECT num FROM regions WHERE region = 'Карагандинская область')"),
    ("date:2024", {}, None, "d.date BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("date:[2023-01-01 TO 2023-06-30] кражи", {}, "краж*",
     "d.date BETWEEN '2023-01-01' AND '2023-06-30'"),
    ("official:Саденов", {}, None,
     "d.num IN (SELECT num FROM officials WHERE name LIKE '%Саденов%')"),
    ("source:Kazinform", {}, None, "d.source = 'Kazinform'"),
    ("lang:kk", {}, None, "d.lang = 'kk'"),
    ("аким", {}, "аким*", None),
    ("полиция region:Шымкент date:2025", {}, "полиц*",
     "d.num IN (SELECT num FROM regions WHERE region = 'Шымкент') "
     "AND d.date BETWEEN '2025-01-01' AND '2025-12-31'"),
    ("", {}, None, None),
    ("мошенничество", {"regions": ["Алматы", "Астана"]}, "мошенничеств*",
     "d.num IN (SELECT num FROM regions WHERE region IN ('Алматы', 'Астана'))"),
]
PREFIX_QUERY = 6


def build(count: int) -> Path:
    from bench.corpus import articles
    from clipper.archive import Archive
    from clipper.catalog import articles as catalog_articles
    from clipper.model import Extraction

    folder = WORK / f"archive-{count}"
    if (folder / "built").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    with Archive.open(folder) as archive:
        started = time.perf_counter()
        batch = []
        for article in articles(count):
            batch.append(article)
            if len(batch) == 2000:
                _insert(archive, batch, catalog_articles, Extraction)
                batch = []
        _insert(archive, batch, catalog_articles, Extraction)
        catalog_seconds = time.perf_counter() - started
        started = time.perf_counter()
        archive.rebuild_index()
        index_seconds = time.perf_counter() - started
    (folder / "built").write_text(json.dumps({
        "catalog_seconds": catalog_seconds, "index_seconds": index_seconds}))
    return folder


def _insert(archive, batch, catalog_articles, Extraction) -> None:
    now = dt.datetime.now().isoformat(timespec="seconds")
    with archive.catalog.transaction() as conn:
        for a in batch:
            digest = hashlib.sha256(a["id"].encode()).hexdigest()
            extraction = Extraction(raw_text=a["text"], text=a["text"], encoding="utf-8",
                                    title=a["title"], date=a["date"], source=a["source"],
                                    lang=a["lang"], regions=a["regions"],
                                    officials=a["officials"], roles=a["roles"])
            catalog_articles.insert(conn, article_id=a["id"], content_hash=digest,
                                    text_hash=digest, original_name=a["id"] + ".txt",
                                    original_path="", imported_at=now, extraction=extraction)


def import_throughput(files: int = 1000) -> tuple[float, float]:
    from bench.corpus import articles, as_file
    from clipper.archive import Archive

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "files"
        corpus.mkdir()
        size = 0
        for article in articles(files, seed=99):
            text = as_file(article)
            size += len(text.encode())
            (corpus / f"{article['id']}.txt").write_text(text, encoding="utf-8")
        with Archive.open(Path(tmp) / "archive") as archive:
            archive.import_paths([Path(tmp) / "warm"])  # nothing there: loads nothing
            started = time.perf_counter()
            report = archive.import_paths([corpus])
            seconds = time.perf_counter() - started
        return len(report.imported) / seconds, size / files / 1024


def measure(folder: Path) -> dict:
    """In this process: open the archive, run the queries, report times and peak memory."""
    from clipper.archive import Archive
    from clipper.search.request import SearchRequest

    started = time.perf_counter()
    archive = Archive.open(folder, write=False)
    archive.search(SearchRequest(query="полиция", limit=50))  # the facet table, a warm searcher
    opened = time.perf_counter() - started
    timings: dict[int, list[float]] = {i: [] for i in range(len(QUERIES))}
    totals = {}
    for _round in range(5):
        for i, (query, filters, _m, _c) in enumerate(QUERIES):
            started = time.perf_counter()
            result = archive.search(SearchRequest(query=query, limit=50, **filters))
            timings[i].append((time.perf_counter() - started) * 1000)
            totals[i] = result.total
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"timings": timings, "totals": totals, "rss_mb": rss, "open_s": opened}


def fts5(folder: Path) -> dict:
    db_path = folder / "fts5.sqlite"
    if not db_path.exists():
        source = sqlite3.connect(folder / "catalog.sqlite")
        db = sqlite3.connect(db_path)
        db.executescript("""
            CREATE TABLE docs(num INTEGER PRIMARY KEY, date TEXT, source TEXT, lang TEXT);
            CREATE TABLE regions(num INTEGER, region TEXT);
            CREATE TABLE officials(num INTEGER, name TEXT);
            CREATE INDEX regions_num ON regions(num); CREATE INDEX regions_region ON regions(region);
            CREATE INDEX officials_num ON officials(num);
            CREATE VIRTUAL TABLE fts USING fts5(title, text, tokenize='unicode61');
        """)
        db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?)",
                       source.execute("SELECT num, date, source, lang FROM articles"))
        db.executemany("INSERT INTO regions VALUES (?, ?)",
                       source.execute("SELECT article, region FROM article_regions"))
        db.executemany("INSERT INTO officials VALUES (?, ?)",
                       source.execute("SELECT article, name FROM article_officials"))
        db.executemany("INSERT INTO fts(rowid, title, text) VALUES (?, ?, ?)",
                       source.execute("SELECT num, title, clean_text FROM articles"))
        db.commit()
        db.close()
    db = sqlite3.connect(db_path)
    timings: dict[int, list[float]] = {i: [] for i in range(len(QUERIES))}
    totals = {}
    for _round in range(5):
        for i, (_q, _f, match, condition) in enumerate(QUERIES):
            started = time.perf_counter()
            totals[i] = _fts5_query(db, match, condition)
            timings[i].append((time.perf_counter() - started) * 1000)
    return {"timings": timings, "totals": totals}


def _fts5_query(db: sqlite3.Connection, match: str | None, condition: str | None) -> int:
    """Hits, the first page of 50 and the same facet counts, as one would with FTS5 alone."""
    db.execute("DROP TABLE IF EXISTS temp.hits")
    where = [condition] if condition else []
    if match:
        db.execute("CREATE TEMP TABLE hits AS SELECT d.num, fts.rank AS rank FROM fts "
                   "JOIN docs d ON d.num = fts.rowid WHERE fts MATCH ?"
                   + "".join(f" AND {c}" for c in where), (match,))
    else:
        db.execute("CREATE TEMP TABLE hits AS SELECT d.num, 0 AS rank FROM docs d"
                   + (" WHERE " + " AND ".join(where) if where else ""))
    total = db.execute("SELECT count(*) FROM hits").fetchone()[0]
    db.execute("SELECT h.num FROM hits h JOIN docs d ON d.num = h.num "
               "ORDER BY h.rank, d.date DESC LIMIT 50").fetchall()
    for sql in ("SELECT r.region, count(*) FROM hits h JOIN regions r ON r.num = h.num GROUP BY 1",
                "SELECT o.name, count(*) FROM hits h JOIN officials o ON o.num = h.num GROUP BY 1",
                "SELECT d.source, count(*) FROM hits h JOIN docs d ON d.num = h.num GROUP BY 1",
                "SELECT substr(d.date, 1, 4), count(*) FROM hits h JOIN docs d ON d.num = h.num "
                "GROUP BY 1",
                "SELECT substr(d.date, 1, 7), count(*) FROM hits h JOIN docs d ON d.num = h.num "
                "GROUP BY 1",
                "SELECT d.lang, count(*) FROM hits h JOIN docs d ON d.num = h.num GROUP BY 1"):
        db.execute(sql).fetchall()
    return total


def _percentiles(timings: dict[int, list[float]]) -> tuple[float, float]:
    flat = sorted(t for values in timings.values() for t in values)
    return statistics.median(flat), flat[max(0, int(len(flat) * 0.95) - 1)]


def main(argv: list[str]) -> None:
    if argv and argv[0] == "--measure":
        print(json.dumps(measure(Path(argv[1]))))
        return
    count = int(argv[0]) if argv else 10_000
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    started = time.perf_counter()
    folder = build(count)
    built = json.loads((folder / "built").read_text())
    from clipper.archive import Archive

    Archive.open(folder).close()  # a catalog built by an older Clipper is migrated first
    index_bytes = sum(p.stat().st_size for p in (folder / "index").iterdir())
    print(f"archive of {count:,} articles in {folder} "
          f"(built now: {time.perf_counter() - started:.0f} s)")
    print(f"index build: {count / built['index_seconds']:.0f} articles/s "
          f"({built['index_seconds']:.0f} s); index size {index_bytes / 1e6:.0f} MB")
    rate, size = import_throughput()
    print(f"import (read, extract, catalog, index), 1,000 files of {size:.1f} KB: "
          f"{rate:.0f} articles/s")
    measured = json.loads(subprocess.run(
        [sys.executable, __file__, "--measure", str(folder)], capture_output=True, text=True,
        check=True).stdout.strip().splitlines()[-1])
    ours = {int(k): v for k, v in measured["timings"].items()}
    theirs = fts5(folder)
    p50, p95 = _percentiles(ours)
    f50, f95 = _percentiles(theirs["timings"])
    prefix95 = sorted(ours[PREFIX_QUERY])[-1]
    print(f"open + first search: {measured['open_s']:.2f} s; peak memory of the searching "
          f"process: {measured['rss_mb']:.0f} MB")
    print(f"{'query':45} {'hits':>7} {'clipper ms':>11} {'fts5 ms':>8}")
    for i, (query, filters, _m, _c) in enumerate(QUERIES):
        label = query + (f"  + {filters}" if filters else "") or "(everything)"
        print(f"{label[:45]:45} {measured['totals'][str(i)]:>7} "
              f"{statistics.median(ours[i]):>11.0f} {statistics.median(theirs['timings'][i]):>8.0f}")
    print(f"clipper: p50 {p50:.0f} ms, p95 {p95:.0f} ms (query + all facets + first page of 50); "
          f"prefix query p95 {prefix95:.0f} ms")
    print(f"fts5:    p50 {f50:.0f} ms, p95 {f95:.0f} ms; ratio clipper/fts5 at p95: {p95 / f95:.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
