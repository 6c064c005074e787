"""The search engine over an archive as it is now, kept in step with the catalog and the index.

The facet table (every article's facet values) is read again only after a catalog change that
was not patched in; an organising change patches it for the articles it touched (a tag on
10,000 articles: milliseconds, where a read of 100,000 takes a second). A new index version
makes a new engine over the same table.
"""

from __future__ import annotations

import threading
import time

from clipper.catalog import Catalog
from clipper.index import SearchIndex
from clipper.search import facet_cache
from clipper.search.facet_table import FacetTable
from clipper.search.run import Engine


FOREIGN_CHANGES_EVERY = 3.0  # seconds


class LiveEngine:
    def __init__(self, catalog: Catalog, may_save=lambda: True, importing=lambda: False):
        """`may_save()`: whether this process may write the saved facet table now (only the
        archive's writer does: a reader may sit on a read-only share, and while an import in
        another process changes the catalog, saving at every search would only cost time)."""
        self.catalog = catalog
        self._may_save = may_save
        self._importing = importing  # this process lent its write lock to an import
        self._table: FacetTable | None = None
        self._table_key = None  # the catalog generation the table shows
        self._engine: Engine | None = None
        self._engine_key = None
        self._lock = threading.Lock()
        self._cache_path = catalog.path.parent / facet_cache.FILE
        self._saved_version = None
        self._read_at = 0.0

    def engine(self, index: SearchIndex) -> Engine:
        with self._lock:
            with self.catalog.read() as conn:
                generation = self.catalog.generation
                if self._table is None or (generation != self._table_key
                                           and not self._foreign_change_can_wait(generation)):
                    self._table, self._table_key = self._read_table(conn), generation
                    self._read_at = time.monotonic()
            key = (index.generation, id(index))
            if self._engine is None or self._engine.table is not self._table or \
                    key != self._engine_key:
                self._engine, self._engine_key = Engine(self.catalog, index, self._table), key
            return self._engine

    def _foreign_change_can_wait(self, generation) -> bool:
        """Our import (in a child process) commits article after article: its articles show within
        a few seconds rather than the table being read again at every keystroke (a second at
        100,000 articles). This process's own changes always show at once."""
        if not self._importing():  # nobody of ours is importing: show every change now
            return False
        own_changes_seen = generation[0] == self._table_key[0]
        return own_changes_seen and time.monotonic() - self._read_at < FOREIGN_CHANGES_EVERY

    def _read_table(self, conn) -> FacetTable:
        """The saved table when the catalog has not changed since it was saved, else a fresh
        read (saved for the next start)."""
        version = facet_cache.catalog_version(conn)
        table = facet_cache.read(self._cache_path, version)
        if table is None:
            table = FacetTable.load(conn)
            if self._may_save():
                facet_cache.write(self._cache_path, table, version)
                self._saved_version = version
        else:
            self._saved_version = version
        return table

    def save(self) -> None:
        """On closing: save the table as organising patched it, if it is the catalog's now, so
        the next start need not read it again."""
        with self._lock:
            if self._table is None or not self._may_save():
                return
            with self.catalog.read() as conn:
                if self.catalog.generation != self._table_key:
                    return  # a change it has not seen: the next start reads the catalog
                version = facet_cache.catalog_version(conn)
            if version != self._saved_version:
                facet_cache.write(self._cache_path, self._table, version)
                self._saved_version = version

    def patch(self, before, nums: set[int], fields: set[str]) -> None:
        """After one committed transaction that began at catalog generation `before` and changed
        `fields` (tag, tone, starred) of articles `nums` and nothing else the table holds."""
        with self._lock:
            if self._table is None or self._table_key != before:
                return  # not read yet, or stale anyway: the next search reads it whole
            with self.catalog.read() as conn:
                after = self.catalog.generation
                if after != (before[0] + 1, before[1]):
                    return  # another change came in between: read it whole
                if nums and fields:
                    self._table = self._table.patched(conn, nums, fields)
                self._table_key = after
