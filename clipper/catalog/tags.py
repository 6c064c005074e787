"""Tags in the catalog: names, and which articles carry them."""

from __future__ import annotations

import datetime as dt
import sqlite3

from clipper.errors import ClipperError


def tag_key(name: str) -> str:
    """How tag names compare: case and spacing do not make another tag."""
    return " ".join(name.split()).casefold()


def ensure(conn: sqlite3.Connection, name: str) -> int:
    """The id of tag `name`, created if the archive has no such tag yet."""
    clean = " ".join(name.split())
    if not clean:
        raise ClipperError("a tag needs a name")
    found = find(conn, clean)
    if found is not None:
        return found
    return conn.execute(
        "INSERT INTO tags(name, key, created_at) VALUES (?, ?, ?)",
        (clean, tag_key(clean), dt.datetime.now().isoformat(timespec="seconds")),
    ).lastrowid


def find(conn: sqlite3.Connection, name: str) -> int | None:
    row = conn.execute("SELECT id FROM tags WHERE key = ?", (tag_key(name),)).fetchone()
    return row[0] if row else None


def add(conn: sqlite3.Connection, tag_id: int, nums: list[int]) -> list[int]:
    """Tag the articles; returns those that did not carry the tag before."""
    changed = []
    for num in nums:
        cursor = conn.execute(
            "INSERT OR IGNORE INTO article_tags(article, tag) VALUES (?, ?)", (num, tag_id))
        if cursor.rowcount:
            changed.append(num)
    return changed


def remove(conn: sqlite3.Connection, tag_id: int, nums: list[int]) -> list[int]:
    changed = []
    for num in nums:
        cursor = conn.execute(
            "DELETE FROM article_tags WHERE article = ? AND tag = ?", (num, tag_id))
        if cursor.rowcount:
            changed.append(num)
    return changed
