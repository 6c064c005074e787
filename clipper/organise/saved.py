"""`archive.saved_searches`: searches kept under a name for the sidebar, re-run in one click."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import TYPE_CHECKING

from clipper.catalog.tags import tag_key
from clipper.changes import Changes
from clipper.errors import ClipperError, NotFound
from clipper.search.request import SearchRequest
from clipper.search.saved import SavedSearch

if TYPE_CHECKING:
    from clipper.archive import Archive


class SavedSearches:
    def __init__(self, archive: "Archive"):
        self._archive = archive

    def list(self) -> list[SavedSearch]:
        """By name, as the sidebar lists them."""
        with self._archive.catalog.read() as conn:
            rows = conn.execute("SELECT name, query, filters, sort FROM saved_searches").fetchall()
        return sorted((SavedSearch.from_row(*row) for row in rows),
                      key=lambda s: tag_key(s.name))

    def get(self, name: str) -> SavedSearch:
        with self._archive.catalog.read() as conn:
            return find(conn, name)

    def add(self, name: str, request: SearchRequest, *, replace: bool = False) -> Changes:
        """Keep `request` (its query, filters, period and sort) under `name`; an existing name is
        refused unless `replace`."""
        clean = " ".join(name.split())
        if not clean:
            raise ClipperError("a saved search needs a name")
        search = SavedSearch.of(clean, request)
        with self._archive.organising(()) as edit:
            existing = _id(edit.conn, clean)
            if existing is not None and not replace:
                raise ClipperError(f"there is already a saved search "
                                   f"«{find(edit.conn, clean).name}»")
            values = (clean, tag_key(clean), search.query, search.filters_json(), search.sort)
            if existing is None:
                edit.conn.execute(
                    "INSERT INTO saved_searches(name, key, query, filters, sort, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (*values, dt.datetime.now().isoformat(timespec="seconds")))
            else:
                edit.conn.execute("UPDATE saved_searches SET name = ?, key = ?, query = ?, "
                                  "filters = ?, sort = ? WHERE id = ?", (*values, existing))
        return Changes(saved_searches=frozenset([clean]))

    def remove(self, name: str) -> Changes:
        """A saved search that a rule uses stays until the rule is removed."""
        with self._archive.organising(()) as edit:
            search_id = _id(edit.conn, name)
            if search_id is None:
                raise NotFound(f"there is no saved search «{name}»")
            rules = [r for (r,) in edit.conn.execute(
                "SELECT id FROM rules WHERE saved_search = ? ORDER BY id", (search_id,))]
            if rules:
                raise ClipperError(f"the saved search «{name}» is used by rule "
                                   f"{', '.join(map(str, rules))}: remove the rule first")
            found = find(edit.conn, name)
            edit.conn.execute("DELETE FROM saved_searches WHERE id = ?", (search_id,))
        return Changes(saved_searches=frozenset([found.name]))


def find(conn: sqlite3.Connection, name: str) -> SavedSearch:
    row = conn.execute("SELECT name, query, filters, sort FROM saved_searches WHERE key = ?",
                       (tag_key(name),)).fetchone()
    if row is None:
        raise NotFound(f"there is no saved search «{name}»")
    return SavedSearch.from_row(*row)


def _id(conn: sqlite3.Connection, name: str) -> int | None:
    row = conn.execute("SELECT id FROM saved_searches WHERE key = ?", (tag_key(name),)).fetchone()
    return row[0] if row else None


def retag(conn: sqlite3.Connection, old_names: list[str], new_name: str) -> None:
    """Saved searches filtering on renamed or merged tags filter on the new name."""
    old_keys = {tag_key(n) for n in old_names}
    for search_id, name, query, filters, sort in conn.execute(
            "SELECT id, name, query, filters, sort FROM saved_searches").fetchall():
        search = SavedSearch.from_row(name, query, filters, sort)
        tags = search.filters.get("tag", [])
        if not any(tag_key(t) in old_keys for t in tags):
            continue
        kept = [t for t in tags if tag_key(t) not in old_keys]
        search.filters["tag"] = kept + ([new_name] if tag_key(new_name) not in map(
            tag_key, kept) else [])
        conn.execute("UPDATE saved_searches SET filters = ? WHERE id = ?",
                     (search.filters_json(), search_id))
