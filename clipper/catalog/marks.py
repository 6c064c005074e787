"""An article's marks in the catalog: its tone, its star and the user's note."""

from __future__ import annotations

import sqlite3

from clipper.catalog.articles import queue_for_index
from clipper.catalog.db import chunked


def set_tone(conn: sqlite3.Connection, nums: list[int], tone: str | None) -> list[int]:
    """Give the articles `tone` (None: not judged); returns those whose tone it changed."""
    return _set(conn, "tone", nums, tone)


def set_starred(conn: sqlite3.Connection, nums: list[int], starred: bool) -> list[int]:
    return _set(conn, "starred", nums, int(starred))


def set_note(conn: sqlite3.Connection, num: int, note: str | None) -> bool:
    """The note is searchable (`note:`), so a changed note is queued for the index."""
    changed = _set(conn, "note", [num], note)
    if changed:
        queue_for_index(conn, [conn.execute("SELECT id FROM articles WHERE num = ?",
                                            (num,)).fetchone()[0]])
    return bool(changed)


def untoned(conn: sqlite3.Connection, nums: list[int]) -> list[int]:
    """Which of the articles nobody has given a tone yet."""
    found: list[int] = []
    for chunk, marks in chunked(sorted(set(nums))):
        found += [n for (n,) in conn.execute(
            f"SELECT num FROM articles WHERE tone IS NULL AND num IN ({marks})", chunk)]
    return found


def read(conn: sqlite3.Connection, nums: list[int]) -> dict[int, tuple[str, str | None,
                                                                    str | None, bool]]:
    """num → (id, tone, note, starred) for the articles the catalog holds."""
    found = {}
    for chunk, marks in chunked(nums):
        for num, article_id, tone, note, starred in conn.execute(
                f"SELECT num, id, tone, note, starred FROM articles WHERE num IN ({marks})",
                chunk):
            found[num] = (article_id, tone, note, bool(starred))
    return found


def _set(conn: sqlite3.Connection, column: str, nums: list[int], value) -> list[int]:
    changed: list[int] = []
    for chunk, marks in chunked(sorted(set(nums))):
        changed += [n for (n,) in conn.execute(
            f"SELECT num FROM articles WHERE {column} IS NOT ? AND num IN ({marks})",
            [value, *chunk])]
    for chunk, marks in chunked(changed):
        conn.execute(f"UPDATE articles SET {column} = ? WHERE num IN ({marks})", [value, *chunk])
    return changed
