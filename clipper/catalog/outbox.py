"""The index outbox: catalog changes the search index has not caught up with yet."""

from __future__ import annotations

import sqlite3


def pending(conn: sqlite3.Connection, limit: int = 1000) -> tuple[int, list[str]]:
    """The highest sequence number taken and the distinct articles up to it, oldest first."""
    rows = conn.execute(
        "SELECT seq, article_id FROM index_outbox ORDER BY seq LIMIT ?", (limit,)).fetchall()
    if not rows:
        return 0, []
    seen: dict[str, None] = {}
    for _seq, article in rows:
        seen[article] = None
    return rows[-1][0], list(seen)


def acknowledge(conn: sqlite3.Connection, up_to_seq: int) -> None:
    conn.execute("DELETE FROM index_outbox WHERE seq <= ?", (up_to_seq,))


def size(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM index_outbox").fetchone()[0]


def clear(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM index_outbox")
