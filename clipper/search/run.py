"""Running a search: text match in the index, filters, facets, order and page in the catalog."""

from __future__ import annotations

import sqlite3

from clipper.catalog import Catalog, articles
from clipper.index import SearchIndex
from clipper.search.facets import count_values, filter_clauses
from clipper.search.request import FACETS, SearchRequest, SearchResult

_ORDER = {
    "date": "a.date IS NULL, a.date DESC, a.num DESC",
    "date-asc": "a.date IS NULL, a.date ASC, a.num ASC",
}


def run_search(catalog: Catalog, index: SearchIndex, request: SearchRequest) -> SearchResult:
    match = index.match(request.query) if request.query.strip() else None
    with catalog.read() as conn:
        _load_hits(conn, match.nums if match else None)
        nums = _select(conn, request, match is not None, request.limit, request.offset)
        total = _count(conn, request, match is not None)
        facets = {}
        for facet in FACETS:
            _fill_base(conn, request, match is not None, without=facet)
            facets[facet] = count_values(conn, facet)
        hits = articles.load(conn, nums)
        texts = articles.texts(conn, nums)
    terms = match.terms if match else set()
    for hit, num in zip(hits, nums):
        hit.snippet = index.snippet(texts.get(num, ""), terms).render()
    return SearchResult(total, hits, facets, terms)


def matching_nums(catalog: Catalog, index: SearchIndex, request: SearchRequest) -> list[int]:
    """Every article the request matches (no paging), in its order: for actions on a whole result."""
    match = index.match(request.query) if request.query.strip() else None
    with catalog.read() as conn:
        _load_hits(conn, match.nums if match else None)
        return _select(conn, request, match is not None, -1, 0)


def _load_hits(conn: sqlite3.Connection, nums: list[int] | None) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS hits (num INTEGER PRIMARY KEY, rank INTEGER)")
    conn.execute("DELETE FROM temp.hits")
    if nums:
        conn.executemany("INSERT OR IGNORE INTO temp.hits(num, rank) VALUES (?, ?)",
                         ((num, rank) for rank, num in enumerate(nums)))


def _from(request: SearchRequest, text_query: bool, without: str | None = None):
    clauses, params = filter_clauses(request, without)
    sql = "FROM articles a" + (" JOIN temp.hits h ON h.num = a.num" if text_query else "")
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    return sql, params


def _select(conn, request: SearchRequest, text_query: bool, limit: int, offset: int) -> list[int]:
    sql, params = _from(request, text_query)
    if request.sort == "relevance" and text_query:
        order = "h.rank"
    else:
        order = _ORDER.get(request.sort, _ORDER["date"])
    rows = conn.execute(f"SELECT a.num {sql} ORDER BY {order} LIMIT ? OFFSET ?",
                        params + [limit, offset])
    return [row[0] for row in rows]


def _count(conn, request: SearchRequest, text_query: bool) -> int:
    sql, params = _from(request, text_query)
    return conn.execute(f"SELECT count(*) {sql}", params).fetchone()[0]


def _fill_base(conn, request: SearchRequest, text_query: bool, without: str) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS base (num INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM temp.base")
    sql, params = _from(request, text_query, without)
    conn.execute(f"INSERT INTO temp.base(num) SELECT a.num {sql}", params)
