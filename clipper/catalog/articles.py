"""Reading and writing articles in the catalog (with their regions, officials and tags)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Iterable, Iterator

from clipper.catalog.db import chunked
from clipper.model import Article, Extraction

_ARTICLE_COLUMNS = (
    "a.num, a.id, a.title, a.date, a.source, a.author, a.lang, a.original_name, a.content_hash, "
    "a.imported_at, a.title_derived, a.date_origin, a.date_confidence, a.roles, a.uncertain, "
    "a.corrected, m.tone AS tone, m.note AS note, coalesce(m.starred, 0) AS starred"
)
# An article and its marks (tone, star, note: catalog/marks.py), which it may not have.
_WITH_MARKS = "articles a LEFT JOIN article_marks m ON m.article = a.num"


def find_duplicate(conn: sqlite3.Connection, content_hash: str,
                   text_hash: str | None = None) -> str | None:
    """The id of an article with the same bytes or (given `text_hash`) the same text."""
    row = conn.execute(
        "SELECT id FROM articles WHERE content_hash = ? OR text_hash = ? LIMIT 1",
        (content_hash, text_hash),
    ).fetchone()
    return row[0] if row else None


def insert(
    conn: sqlite3.Connection,
    *,
    article_id: str,
    content_hash: str,
    text_hash: str,
    original_name: str,
    original_path: str,
    imported_at: str,
    extraction: Extraction,
) -> int:
    """Add one article and queue it for the index; returns its catalog number."""
    e = extraction
    cursor = conn.execute(
        """INSERT INTO articles (id, content_hash, text_hash, original_name, original_path,
               imported_at, encoding, raw_text, clean_text, title, title_derived, date,
               date_origin, date_confidence, source, author, lang, roles, uncertain)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            article_id, content_hash, text_hash, original_name, original_path, imported_at,
            e.encoding, e.raw_text, e.text, e.title, int(e.title_derived),
            e.date.isoformat() if e.date else None, e.date_origin, e.date_confidence,
            e.source, e.author, e.lang, json.dumps(e.roles, ensure_ascii=False),
            json.dumps(e.uncertain),
        ),
    )
    num = cursor.lastrowid
    conn.executemany(
        "INSERT OR IGNORE INTO article_regions(article, region, pos) VALUES (?, ?, ?)",
        [(num, region, pos) for pos, region in enumerate(e.regions)],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO article_officials(article, name, role, pos) VALUES (?, ?, ?, ?)",
        [(num, name, e.roles.get(name), pos) for pos, name in enumerate(e.officials)],
    )
    queue_for_index(conn, [article_id])
    return num


def queue_for_index(conn: sqlite3.Connection, article_ids: Iterable[str]) -> None:
    conn.executemany("INSERT INTO index_outbox(article_id) VALUES (?)",
                     [(i,) for i in article_ids])


def count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM articles").fetchone()[0]


def num_for_id(conn: sqlite3.Connection, article_id: str) -> int | None:
    row = conn.execute("SELECT num FROM articles WHERE id = ?", (article_id,)).fetchone()
    return row[0] if row else None


def nums_for_ids(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, int]:
    """Catalog numbers of the ids the catalog holds, in the order given."""
    ids = list(dict.fromkeys(ids))
    nums: dict[str, int] = {}
    for chunk, marks in chunked(ids):
        nums.update(conn.execute(f"SELECT id, num FROM articles WHERE id IN ({marks})", chunk))
    return {article_id: nums[article_id] for article_id in ids if article_id in nums}


def load(conn: sqlite3.Connection, nums: list[int], *, with_text: bool = False) -> list[Article]:
    """Articles for catalog numbers, in the order given; unknown numbers are left out."""
    if not nums:
        return []
    columns = _ARTICLE_COLUMNS + (", a.clean_text" if with_text else "")
    rows: dict[int, sqlite3.Row] = {}
    regions: dict[int, list[str]] = {}
    officials: dict[int, list[str]] = {}
    tags: dict[int, list[str]] = {}
    # Chunks keep each statement under SQLite's bound-parameter limit.
    for start in range(0, len(nums), 500):
        chunk = nums[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT {columns} FROM {_WITH_MARKS} WHERE a.num IN ({marks})",
                                chunk):
            rows[row["num"]] = row
        for num, region in conn.execute(
            f"SELECT article, region FROM article_regions WHERE article IN ({marks}) "
            "ORDER BY article, pos", chunk):
            regions.setdefault(num, []).append(region)
        for num, name in conn.execute(
            f"SELECT article, name FROM article_officials WHERE article IN ({marks}) "
            "ORDER BY article, pos", chunk):
            officials.setdefault(num, []).append(name)
        for num, name in conn.execute(
            f"SELECT at.article, t.name FROM article_tags at JOIN tags t ON t.id = at.tag "
            f"WHERE at.article IN ({marks}) ORDER BY at.article, t.name", chunk):
            tags.setdefault(num, []).append(name)
    articles = []
    for num in nums:
        row = rows.get(num)
        if row is None:
            continue
        articles.append(Article(
            id=row["id"],
            title=row["title"],
            date=dt.date.fromisoformat(row["date"]) if row["date"] else None,
            source=row["source"],
            author=row["author"],
            lang=row["lang"] or "",
            regions=regions.get(num, []),
            officials=officials.get(num, []),
            tags=tags.get(num, []),
            text=row["clean_text"] if with_text else "",
            original_name=row["original_name"],
            content_hash=row["content_hash"],
            imported_at=row["imported_at"],
            title_derived=bool(row["title_derived"]),
            date_origin=row["date_origin"],
            date_confidence=row["date_confidence"],
            roles=json.loads(row["roles"]),
            uncertain=json.loads(row["uncertain"]),
            corrected=json.loads(row["corrected"]),
            tone=row["tone"],
            note=row["note"],
            starred=bool(row["starred"]),
        ))
    return articles


def ids_of(conn: sqlite3.Connection, nums: list[int]) -> list[str]:
    """Article ids for catalog numbers, in the order given."""
    ids: dict[int, str] = {}
    for start in range(0, len(nums), 500):
        chunk = nums[start:start + 500]
        marks = ",".join("?" * len(chunk))
        ids.update(conn.execute(f"SELECT num, id FROM articles WHERE num IN ({marks})", chunk))
    return [ids[n] for n in nums if n in ids]


def texts(conn: sqlite3.Connection, nums: list[int]) -> dict[int, str]:
    found = {}
    for start in range(0, len(nums), 500):
        chunk = nums[start:start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(conn.execute(
            f"SELECT num, clean_text FROM articles WHERE num IN ({marks})", chunk).fetchall())
    return found


def index_rows(conn: sqlite3.Connection, ids: list[str] | None = None) -> Iterator[dict]:
    """What the search index holds of each article, streamed from a cursor (never all at once)."""
    sql = f"SELECT {_INDEX_COLUMNS} FROM {_WITH_MARKS}"
    params: list = []
    if ids is not None:
        if not ids:
            return
        marks = ",".join("?" * len(ids))
        sql += f" WHERE a.id IN ({marks})"
        params = list(ids)
    for row in conn.execute(sql + " ORDER BY a.num", params):
        yield _index_row(row)


def index_rows_after(conn: sqlite3.Connection, after_num: int, limit: int) -> list[dict]:
    """The next `limit` articles after catalog number `after_num`: a rebuild reads in chunks."""
    rows = conn.execute(
        f"SELECT {_INDEX_COLUMNS} FROM {_WITH_MARKS} "
        "WHERE a.num > ? ORDER BY a.num LIMIT ?", (after_num, limit))
    return [_index_row(row) for row in rows]


_INDEX_COLUMNS = "a.num, a.id, a.title, a.clean_text, a.author, m.note AS note"


def _index_row(row: sqlite3.Row) -> dict:
    """What the search index holds of an article: its words, stemmed and as printed."""
    title, text = row["title"] or "", row["clean_text"]
    return {
        "num": row["num"],
        "id": row["id"],
        "title": title,
        "text": text,
        "title_exact": title,
        "text_exact": text,
        "author": row["author"] or "",
        "note": row["note"] or "",
    }


def all_ids(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT id FROM articles")}


# Fields a user can correct, and how each is stored.
CORRECTABLE = ("title", "date", "source", "author", "lang", "regions", "officials")



def extracted_fields(conn: sqlite3.Connection, num: int) -> dict:
    """An article's fields as re-extraction produces them, to tell what would change."""
    row = conn.execute(
        "SELECT raw_text, clean_text, encoding, title, title_derived, date, date_origin, "
        "date_confidence, source, author, lang, roles, uncertain FROM articles WHERE num = ?",
        (num,)).fetchone()
    fields = dict(row)
    fields["title_derived"] = bool(fields["title_derived"])
    fields["date"] = dt.date.fromisoformat(fields["date"]) if fields["date"] else None
    fields["roles"] = json.loads(fields["roles"])
    fields["uncertain"] = json.loads(fields["uncertain"])
    fields["regions"] = [r for (r,) in conn.execute(
        "SELECT region FROM article_regions WHERE article = ? ORDER BY pos", (num,))]
    fields["officials"] = [o for (o,) in conn.execute(
        "SELECT name FROM article_officials WHERE article = ? ORDER BY pos", (num,))]
    return fields


def write_fields(conn: sqlite3.Connection, num: int, values: dict, *,
                 correction: bool) -> None:
    """Store field values; a user's `correction` is remembered so re-extraction leaves it be."""
    row = conn.execute("SELECT id, corrected, uncertain, roles FROM articles WHERE num = ?",
                       (num,)).fetchone()
    corrected, uncertain = json.loads(row["corrected"]), json.loads(row["uncertain"])
    roles = json.loads(row["roles"])
    for field, value in values.items():
        if field in ("regions", "officials"):
            table, column = (("article_regions", "region") if field == "regions"
                             else ("article_officials", "name"))
            conn.execute(f"DELETE FROM {table} WHERE article = ?", (num,))
            if field == "regions":
                conn.executemany(
                    "INSERT OR IGNORE INTO article_regions(article, region, pos) VALUES (?, ?, ?)",
                    [(num, v, pos) for pos, v in enumerate(value)])
            else:
                # a role belongs to a listed official: those no longer listed lose theirs
                roles = {name: role for name, role in values.get("roles", roles).items()
                         if name in value}
                conn.executemany(
                    "INSERT OR IGNORE INTO article_officials(article, name, role, pos) "
                    "VALUES (?, ?, ?, ?)",
                    [(num, v, roles.get(v), pos) for pos, v in enumerate(value)])
        elif field == "date":
            conn.execute("UPDATE articles SET date = ? WHERE num = ?",
                         (value.isoformat() if value else None, num))
        elif field in ("title", "source", "author", "lang", "clean_text", "raw_text",
                       "date_origin", "date_confidence", "encoding"):
            conn.execute(f"UPDATE articles SET {field} = ? WHERE num = ?", (value, num))
        elif field == "title_derived":
            conn.execute("UPDATE articles SET title_derived = ? WHERE num = ?", (int(value), num))
        elif field == "roles":
            roles = value
        elif field == "uncertain":
            uncertain = list(value)
        if correction and field in CORRECTABLE:
            if field not in corrected:
                corrected.append(field)
            if field in uncertain:
                uncertain.remove(field)
    if correction and "title" in values:
        conn.execute("UPDATE articles SET title_derived = 0 WHERE num = ?", (num,))
    if correction and "date" in values:
        conn.execute("UPDATE articles SET date_origin = 'user', date_confidence = 1 "
                     "WHERE num = ?", (num,))
    conn.execute("UPDATE articles SET corrected = ?, uncertain = ?, roles = ? WHERE num = ?",
                 (json.dumps(corrected), json.dumps(uncertain),
                  json.dumps(roles, ensure_ascii=False), num))
    queue_for_index(conn, [row["id"]])


def needing_review(conn: sqlite3.Connection) -> list[int]:
    """Articles with a field extraction was unsure of that the user has not corrected yet."""
    found = []
    for num, uncertain, corrected in conn.execute(
            "SELECT num, uncertain, corrected FROM articles WHERE uncertain != '[]'"):
        if set(json.loads(uncertain)) - set(json.loads(corrected)):
            found.append(num)
    return found
