"""One organising change in progress: its transaction and the articles it touched."""

from __future__ import annotations

import sqlite3
from typing import Iterable

from clipper.catalog import articles
from clipper.errors import NotFound


class Edit:
    """Handed out by `Archive.organising()`. Whatever the block records in `nums` is what the
    facet table reads again when the transaction has committed."""

    def __init__(self, conn: sqlite3.Connection, folder):
        self.conn = conn
        self.nums: set[int] = set()
        self._folder = folder

    def nums_for(self, article_ids: Iterable[str]) -> dict[str, int]:
        """Catalog numbers of the ids; an id the archive does not hold stops the whole change."""
        ids = list(dict.fromkeys(article_ids))
        found = articles.nums_for_ids(self.conn, ids)
        missing = [i for i in ids if i not in found]
        if missing:
            raise NotFound(f"no article with id {', '.join(missing[:5])} in {self._folder}")
        return found

    def touched(self, nums: Iterable[int]) -> None:
        self.nums.update(nums)

    def ids_of(self, nums: Iterable[int]) -> frozenset[str]:
        return frozenset(articles.ids_of(self.conn, sorted(set(nums))))
