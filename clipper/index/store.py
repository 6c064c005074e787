"""The whoosh index folder: open, create, write in batches, search, and say whether it is sound."""

from __future__ import annotations

import shutil
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import whoosh.index
from whoosh.qparser import MultifieldParser

from clipper.errors import QueryError
from clipper.index.schema import SCHEMA_VERSION, TEXT_FIELDS, build_schema
from clipper.index.snippets import Snippet, make_snippet

SENTINEL = "clipper-schema-version"


class IndexUnusable(Exception):
    """The index folder is missing, from another schema, or damaged: rebuild it from the catalog."""


@dataclass
class TextMatch:
    """Articles a text query matched, best first, and the index terms it matched on."""

    nums: list[int]
    terms: set[str] = field(default_factory=set)


class SearchIndex:
    def __init__(self, folder: Path):
        self.folder = folder
        self._ix = None
        self._searcher = None
        self._analyzer = build_schema()["text"].analyzer
        # The window searches while an import commits: a refresh must not swap the searcher
        # out from under a running query.
        self._lock = threading.RLock()

    # -- opening -------------------------------------------------------------------------------
    def open(self) -> None:
        """Open the index, or raise IndexUnusable saying why."""
        sentinel = self.folder / SENTINEL
        if not self.folder.is_dir() or not any(self.folder.glob("*.toc")):
            raise IndexUnusable(f"no index in {self.folder}")
        try:
            version = int(sentinel.read_text().strip())
        except (OSError, ValueError):
            version = None
        if version != SCHEMA_VERSION:
            raise IndexUnusable(f"index schema {version}, this Clipper needs {SCHEMA_VERSION}")
        try:
            self._ix = whoosh.index.open_dir(str(self.folder))
            self._searcher = self._ix.searcher()
            self._searcher.doc_count()
        except Exception as exc:  # whoosh raises many kinds on damaged files
            self.close()
            raise IndexUnusable(f"index damaged: {exc}") from exc

    @staticmethod
    def create(folder: Path) -> "SearchIndex":
        """An empty index in `folder` (which must not hold one)."""
        folder.mkdir(parents=True, exist_ok=True)
        whoosh.index.create_in(str(folder), build_schema())
        (folder / SENTINEL).write_text(str(SCHEMA_VERSION))
        index = SearchIndex(folder)
        index.open()
        return index

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        if self._ix is not None:
            self._ix.close()
            self._ix = None

    @staticmethod
    def replace(target: Path, built: Path) -> None:
        """Put the index built in `built` where `target` was, keeping the old one until it is in."""
        old = target.with_name(target.name + ".old")
        if old.exists():
            shutil.rmtree(old)
        if target.exists():
            target.rename(old)
        built.rename(target)
        if old.exists():
            shutil.rmtree(old, ignore_errors=True)

    # -- writing -------------------------------------------------------------------------------
    @contextmanager
    def batch(self) -> Iterator["IndexBatch"]:
        """One writer for many changes: committed when the block exits cleanly, else cancelled."""
        writer = self._ix.writer(limitmb=128)
        try:
            yield IndexBatch(writer)
        except BaseException:
            writer.cancel()
            raise
        else:
            with self._lock:
                writer.commit()
                self._refresh()

    def _refresh(self) -> None:
        # Not Searcher.refresh(): whoosh 2.7.5 reuses segment readers there and so misses
        # deletions committed to an existing segment (and fails outright on an empty index).
        old = self._searcher
        self._searcher = self._ix.searcher()
        old.close()

    # -- reading -------------------------------------------------------------------------------
    def doc_count(self) -> int:
        with self._lock:
            return self._searcher.doc_count()

    def doc_ids(self) -> set[str]:
        with self._lock:
            return {fields["id"] for fields in self._searcher.all_stored_fields()}

    def match(self, query_text: str) -> TextMatch:
        """Articles whose title or text match `query_text` (whoosh syntax for now), best first."""
        query = self._parse(query_text)
        with self._lock:
            searcher = self._searcher
            results = searcher.search(query, limit=None)
            column = searcher.reader().column_reader("num")
            nums = [column[docnum] for _score, docnum in results.top_n]
            terms = {
                text.decode("utf-8") if isinstance(text, bytes) else text
                for fieldname, text in query.existing_terms(searcher.reader(), phrases=True,
                                                            expand=True)
                if fieldname in TEXT_FIELDS
            }
        return TextMatch(nums, terms)

    def snippet(self, text: str, terms: set[str]) -> Snippet:
        return make_snippet(text, terms, self._analyzer)

    def _parse(self, query_text: str):
        parser = MultifieldParser(list(TEXT_FIELDS), self._ix.schema)
        try:
            return parser.parse(query_text)
        except Exception as exc:
            raise QueryError(f"cannot read the query «{query_text}»: {exc}") from exc


class IndexBatch:
    """Adds, replaces and removes documents inside one `SearchIndex.batch()`."""

    def __init__(self, writer):
        self._writer = writer

    def put(self, row: dict) -> None:
        self._writer.update_document(**row)

    def delete(self, article_id: str) -> None:
        self._writer.delete_by_term("id", article_id)
