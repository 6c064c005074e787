"""The whoosh index folder: open, create, write in batches, search, and say whether it is sound."""

from __future__ import annotations

import shutil
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import numpy as np
import whoosh.index

from clipper.index.analysis import index_stems
from clipper.index.analysis import query_stem
from clipper.index.compile import exact_form, stem_of, to_whoosh
from clipper.index.postings import Postings
from clipper.index.schema import FIELD_MAP, SCHEMA_VERSION, build_schema
from clipper.search.query import Phrase
from clipper.index.snippets import Snippet, make_snippet

SENTINEL = "clipper-schema-version"


class IndexUnusable(Exception):
    """The index folder is missing, from another schema, or damaged: rebuild it from the catalog."""


class SearchIndex:
    def __init__(self, folder: Path):
        self.folder = folder
        self._ix = None
        self._searcher = None
        self._docnum_nums: np.ndarray | None = None
        self._postings_cache: Postings | None = None
        self.generation = 0  # changes whenever the searcher sees a new version of the index
        # The window searches while an import commits: a refresh must not swap the searcher
        # out from under a running query, and whoosh allows one writer at a time.
        self._lock = threading.RLock()
        self._write_lock = threading.Lock()

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
            self._docnum_nums = None
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
        """One writer for many changes: committed when the block exits cleanly, else cancelled.
        Writers from several threads (an import, a correction) take turns."""
        with self._write_lock:
            # compound=False: whoosh reads a compound segment file whole into memory when it
            # opens it (1.2 GB for 100,000 articles); separate files are read as needed.
            writer = self._ix.writer(limitmb=128, compound=False)
            try:
                yield IndexBatch(writer)
            except BaseException:
                writer.cancel()
                raise
            else:
                with self._lock:
                    writer.commit()
                    self._refresh()

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Hold the searcher still: no commit swaps it while the block runs."""
        with self._lock:
            yield

    def refresh_if_stale(self) -> None:
        """Another process wrote the index: look at its newest version."""
        with self._lock:
            if self._ix is not None and self._ix.latest_generation() != \
                    self._searcher.reader().generation():
                self._refresh()

    def _refresh(self) -> None:
        # Not Searcher.refresh(): whoosh 2.7.5 reuses segment readers there and so misses
        # deletions committed to an existing segment (and fails outright on an empty index).
        old = self._searcher
        self._searcher = self._ix.searcher()
        self._docnum_nums = None
        self.generation += 1
        old.close()

    # -- reading -------------------------------------------------------------------------------
    def doc_count(self) -> int:
        with self._lock:
            return self._searcher.doc_count()

    def doc_ids(self) -> set[str]:
        with self._lock:
            return {fields["id"] for fields in self._searcher.all_stored_fields()}

    def docnum_nums(self) -> np.ndarray:
        """The catalog number of every document number (-1 for a deleted document)."""
        with self._lock:
            if self._docnum_nums is None:
                reader = self._searcher.reader()
                parts = [self._segment_nums(segment) for segment, _offset in
                         reader.leaf_readers()]
                self._docnum_nums = (np.concatenate(parts) if parts
                                     else np.zeros(0, dtype=np.int64))
            return self._docnum_nums

    @staticmethod
    def _segment_nums(segment) -> np.ndarray:
        count = segment.doc_count_all()
        if count == 0:  # an empty reader has no columns at all
            return np.zeros(0, dtype=np.int64)
        try:  # the "num" column read whole: whoosh's sortable form, value + 2**63, big-endian
            column = segment.column_reader("num", translate=False)
            data = column._dbfile.get(column._basepos, column._count * 8)
            nums = (np.frombuffer(data, dtype=">u8") - np.uint64(2 ** 63)).astype(np.int64)
            nums = nums[:count]
            if count and nums[0] != segment.column_reader("num")[0]:
                raise ValueError("another column encoding")
        except (AttributeError, TypeError, ValueError):  # another whoosh: one call a document
            column = segment.column_reader("num")
            nums = np.fromiter((column[d] for d in range(count)), dtype=np.int64, count=count)
        if segment.has_deletions():
            deleted = segment.deleted_docs_set  # a property in whoosh 2.7.5
            deleted = deleted() if callable(deleted) else deleted
            nums[np.fromiter(deleted, dtype=np.int64)] = -1
        return nums

    def docs(self, node) -> np.ndarray:
        """Document numbers a text clause (Word or Phrase) matches."""
        with self._lock:
            if isinstance(node, Phrase):  # word order: positions of the exact-form fields
                stemmed, exact = FIELD_MAP[node.field]
                words = [query_stem(w) if stemmed == exact else exact_form(w)
                         for w in node.words]
                return self._postings().phrase_docs(exact, words)
            return self._postings().docs(self._field_terms(node))

    def scores(self, nodes: list, docnums: np.ndarray) -> np.ndarray:
        """BM25 of each of `docnums` for the text clauses `nodes`."""
        with self._lock:
            terms = [pair for node in nodes for pair in self._field_terms(node)]
            return self._postings().scores(terms, docnums)

    def _postings(self) -> Postings:
        if self._postings_cache is None or self._postings_cache.searcher is not self._searcher:
            self._postings_cache = Postings(self._searcher)
        return self._postings_cache

    def _field_terms(self, node) -> list[tuple[str, str]]:
        """The (field, term) pairs a clause stands for; prefixes and typos expanded."""
        stemmed, exact = FIELD_MAP[node.field]
        stems_only = stemmed == exact  # author, note: no exact-form field
        if isinstance(node, Phrase):
            return [(f, query_stem(w) if stems_only else exact_form(w))
                    for f in exact for w in node.words]
        if node.exact:
            return [(f, query_stem(node.text) if stems_only else exact_form(node.text))
                    for f in exact]
        if node.prefix or node.fuzzy:
            query = to_whoosh(node)
            reader = self._searcher.reader()
            pairs = []
            for part in getattr(query, "subqueries", [query]):
                for field, term in part.expanded_terms(reader):
                    pairs.append((field, term.decode("utf-8") if isinstance(term, bytes)
                                  else term))
            return pairs
        return [(f, stem_of(node)) for f in FIELD_MAP[node.field][0]]

    def word_forms(self, stem: str, limit: int = 8) -> list[tuple[str, int]]:
        """Word forms in the archive filed under `stem`, most frequent first: for --explain."""
        forms: dict[str, int] = {}
        with self._lock:
            reader = self._searcher.reader()
            for field in ("text_exact", "title_exact"):
                for term in reader.expand_prefix(field, stem[:3]):
                    word = term.decode("utf-8") if isinstance(term, bytes) else term
                    if stem in index_stems(word):
                        forms[word] = forms.get(word, 0) + reader.doc_frequency(field, word)
        return sorted(forms.items(), key=lambda wf: (-wf[1], wf[0]))[:limit]

    def expansions(self, node, limit: int = 8) -> list[tuple[str, int]]:
        """Words in the archive a prefix or typo-tolerant clause stands for, most frequent first."""
        forms: dict[str, int] = {}
        with self._lock:
            reader = self._searcher.reader()
            for field, word in self._field_terms(node):
                forms[word] = forms.get(word, 0) + reader.doc_frequency(field, word)
        return sorted(forms.items(), key=lambda wf: (-wf[1], wf[0]))[:limit]

    def snippet(self, text: str, marks, starts=()) -> Snippet:
        return make_snippet(text, marks, starts=starts)


class IndexBatch:
    """Adds, replaces and removes documents inside one `SearchIndex.batch()`."""

    def __init__(self, writer):
        self._writer = writer

    def put(self, row: dict) -> None:
        self._writer.update_document(**row)

    def delete(self, article_id: str) -> None:
        self._writer.delete_by_term("id", article_id)
