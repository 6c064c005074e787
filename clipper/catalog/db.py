"""Opening the catalog database and the one helper through which every write goes."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from clipper.catalog.migrations import SCHEMA_VERSION, migrate
from clipper.errors import ArchiveError


class Catalog:
    """A connection to `catalog.sqlite`, shared by the threads of one process under a lock.

    Writes go through `transaction()`; reads through `read()`, which holds the same lock so a
    worker thread and the window never interleave statements on the connection.
    """

    def __init__(self, path: Path, *, writable: bool = True):
        """`writable`: this process holds the archive's write lock, so it may migrate the schema."""
        self.path = path
        if not writable and not path.exists():
            raise ArchiveError(f"{path.parent} is not a Clipper archive (it has no catalog.sqlite)")
        try:
            self.conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA busy_timeout = 5000")
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not writable:
                version = self.conn.execute("PRAGMA user_version").fetchone()[0]
                if version != SCHEMA_VERSION:
                    raise ArchiveError(
                        f"{path}: the catalog has schema {version}, this Clipper reads "
                        f"{SCHEMA_VERSION}; open the archive for changes once to upgrade it")
            else:
                mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if mode.lower() != "wal":
                    # WAL needs shared memory (not on network drives): a rollback journal still
                    # keeps the catalog consistent, only slower for concurrent readers.
                    self.conn.execute("PRAGMA journal_mode = DELETE")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"{path}: the catalog cannot be opened ({exc})") from exc
        self._lock = threading.RLock()
        self._generation = 0

    @property
    def generation(self) -> tuple[int, int]:
        """Changes whenever this process or another commits to the catalog."""
        with self._lock:
            return self._generation, self.conn.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write: commits when the block exits cleanly, rolls back otherwise."""
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")
                self._generation += 1

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A consistent read: one snapshot for every statement in the block."""
        with self._lock:
            if self.conn.in_transaction:
                yield self.conn
                return
            self.conn.execute("BEGIN")
            try:
                yield self.conn
            finally:
                self.conn.execute("COMMIT")


def chunked(values: list, size: int = 500) -> Iterator[tuple[list, str]]:
    """`values` in chunks under SQLite's bound-parameter limit, each with its `?,?,…` marks."""
    for start in range(0, len(values), size):
        chunk = values[start:start + size]
        yield chunk, ",".join("?" * len(chunk))
