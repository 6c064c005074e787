"""The import log: every file ever offered to the archive and what became of it."""

from __future__ import annotations

import sqlite3


def record(
    conn: sqlite3.Connection,
    *,
    at: str,
    path: str,
    status: str,
    content_hash: str | None = None,
    article: int | None = None,
    message: str | None = None,
) -> None:
    conn.execute(
        "INSERT INTO import_log(at, path, content_hash, status, article, message) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (at, path, content_hash, status, article, message),
    )


def recent(conn: sqlite3.Connection, limit: int = 100) -> list[dict]:
    rows = conn.execute(
        "SELECT at, path, status, message FROM import_log ORDER BY id DESC LIMIT ?", (limit,))
    return [dict(row) for row in rows]
