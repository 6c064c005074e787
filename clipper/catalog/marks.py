"""An article's marks in the catalog: its tone, its star and the user's note.

They live in `article_marks`, one narrow row per marked article (none: no tone, no star, no
note), so marking thousands of articles never rewrites their texts.
"""

from __future__ import annotations

import sqlite3

from clipper.catalog.articles import queue_for_index
from clipper.catalog.db import chunked

# Each mark as read for an article that may have no row (LEFT JOIN article_marks m).
_VALUE = {"tone": "m.tone", "note": "m.note", "starred": "coalesce(m.starred, 0)"}
_MARKED = "FROM articles a LEFT JOIN article_marks m ON m.article = a.num"


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
    return _where(conn, "m.tone IS NULL", nums)


def read(conn: sqlite3.Connection, nums: list[int]) -> dict[int, tuple[str, str | None,
                                                                    str | None, bool]]:
    """num → (id, tone, note, starred) for the articles the catalog holds."""
    found = {}
    for chunk, marks in chunked(nums):
        for num, article_id, tone, note, starred in conn.execute(
                f"SELECT a.num, a.id, {_VALUE['tone']}, {_VALUE['note']}, {_VALUE['starred']} "
                f"{_MARKED} WHERE a.num IN ({marks})", chunk):
            found[num] = (article_id, tone, note, bool(starred))
    return found


def _where(conn: sqlite3.Connection, condition: str, nums: list[int], *params) -> list[int]:
    found: list[int] = []
    for chunk, marks in chunked(sorted(set(nums))):
        found += [n for (n,) in conn.execute(
            f"SELECT a.num {_MARKED} WHERE {condition} AND a.num IN ({marks})",
            [*params, *chunk])]
    return found


def _set(conn: sqlite3.Connection, column: str, nums: list[int], value) -> list[int]:
    changed = _where(conn, f"{_VALUE[column]} IS NOT ?", nums, value)
    conn.executemany(
        f"INSERT INTO article_marks(article, {column}) VALUES (?, ?) "
        f"ON CONFLICT(article) DO UPDATE SET {column} = excluded.{column}",
        [(num, value) for num in changed])
    return changed
