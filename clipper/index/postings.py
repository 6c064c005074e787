"""Terms' postings as numpy arrays, and BM25 over them: text matching that stays fast at 100k.

whoosh walks postings one Python call per document, which at 100,000 articles costs hundreds
of milliseconds for a common word. Its files keep postings in blocks of document numbers and
term frequencies; read block by block into arrays (cached per index version), a term's
documents are a mask and their BM25 scores a few vector operations.
"""

from __future__ import annotations

import math
from itertools import accumulate
from collections import OrderedDict

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.compat import loads
from whoosh.reading import TermNotFound
from whoosh.system import _INT_SIZE
from whoosh.util.numeric import byte_to_length


K1, B = 1.2, 0.75
_BYTE_LENGTHS = np.array([byte_to_length(b) for b in range(256)], dtype=np.float32)
FIELD_BOOST = {"title": 2.0, "title_exact": 2.0}
# The cache holds at most this many postings (12 bytes each: ~48 MB), least recently used out.
CACHED_POSTINGS = 4_000_000
CACHED_PHRASES = 64


class Postings:
    """Array postings over one searcher (one version of the index)."""

    def __init__(self, searcher):
        self.searcher = searcher
        self.reader = searcher.reader()
        self.doc_count = self.reader.doc_count_all()
        self._terms: OrderedDict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._cached = 0
        self._lengths: dict[str, np.ndarray] = {}
        self._phrases: OrderedDict[tuple, np.ndarray] = OrderedDict()

    def term(self, field: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(document numbers, term frequencies) of `text` in `field`; deleted documents left out."""
        key = (field, text)
        if key in self._terms:
            self._terms.move_to_end(key)
            return self._terms[key]
        docs, freqs = [], []
        for segment, offset in self.reader.leaf_readers():
            try:
                matcher = segment.postings(field, text)
            except TermNotFound:
                continue
            ids, tfs = _read_all(matcher)
            if segment.has_deletions():
                keep = np.array([not segment.is_deleted(int(d)) for d in ids], dtype=bool)
                ids, tfs = ids[keep], tfs[keep]
            docs.append(ids + offset)
            freqs.append(tfs)
        found = ((np.concatenate(docs), np.concatenate(freqs)) if docs
                 else (np.zeros(0, np.int64), np.zeros(0, np.float32)))
        self._terms[key] = found
        self._cached += len(found[0])
        while self._cached > CACHED_POSTINGS and len(self._terms) > 1:
            _key, (ids, _tfs) = self._terms.popitem(last=False)
            self._cached -= len(ids)
        return found

    def docs(self, field_terms: list[tuple[str, str]]) -> np.ndarray:
        """Documents holding any of the (field, term) pairs."""
        parts = [self.term(field, text)[0] for field, text in field_terms]
        if len(parts) == 1:
            return parts[0]
        present = np.zeros(self.doc_count, dtype=bool)  # a union without sorting
        for ids in parts:
            present[ids] = True
        return np.flatnonzero(present)

    def phrase_docs(self, fields: tuple[str, ...], words: list[str]) -> np.ndarray:
        """Documents where `words` stand one after another in any of `fields`.

        whoosh's span matcher walks every candidate in Python (300 ms at 100,000 articles for
        a two-word phrase). Here the candidates are the documents holding every word (arrays),
        only their positions are decoded, and a document matches when some start position p
        has word i at p + i: keys (document, p) intersected across the words."""
        key = (tuple(fields), tuple(words))
        if key in self._phrases:  # typing on after a phrase runs it again at every keystroke
            self._phrases.move_to_end(key)
            return self._phrases[key]
        present = np.zeros(self.doc_count, dtype=bool)
        for segment, offset in self.reader.leaf_readers():
            for field in fields:
                present[self._phrase_in(segment, field, words) + offset] = True
        found = self._phrases[key] = np.flatnonzero(present)
        if len(self._phrases) > CACHED_PHRASES:
            self._phrases.popitem(last=False)
        return found

    @staticmethod
    def _phrase_in(segment, field: str, words: list[str]) -> np.ndarray:
        postings = []
        for word in words:
            try:
                postings.append(_read_with_values(segment.postings(field, word)))
            except TermNotFound:
                return np.zeros(0, np.int64)
        candidates = postings[0][0]
        for ids, _values in postings[1:]:
            candidates = np.intersect1d(candidates, ids, assume_unique=True)
        if segment.has_deletions():
            candidates = np.array([d for d in candidates.tolist()
                                   if not segment.is_deleted(d)], dtype=np.int64)
        if not len(candidates):
            return candidates
        starts: set[int] | None = None  # document << 32 | start position
        docs = candidates.tolist()
        for i, (ids, values) in enumerate(postings):
            keys = set()
            for doc, at in zip(docs, np.searchsorted(ids, candidates).tolist()):
                base = (doc << 32) - i
                keys.update(base + p for p in accumulate(loads(values[at][_INT_SIZE:] + b".")))
            starts = keys if starts is None else starts & keys
            if not starts:
                return np.zeros(0, np.int64)
        return np.unique(np.fromiter((key >> 32 for key in starts), dtype=np.int64))

    def scores(self, field_terms: list[tuple[str, str]], docs: np.ndarray) -> np.ndarray:
        """BM25 (title terms count double) of each of `docs` for the (field, term) pairs."""
        total = np.zeros(len(docs), dtype=np.float64)
        if not len(docs):
            return total
        for field, text in field_terms:
            ids, tfs = self.term(field, text)
            if not len(ids):
                continue
            idf = math.log(1 + (self.doc_count - len(ids) + 0.5) / (len(ids) + 0.5))
            position = np.searchsorted(ids, docs)
            position[position >= len(ids)] = 0
            present = ids[position] == docs
            tf = np.where(present, tfs[position], 0.0)
            lengths = self.lengths(field)[docs]
            average = max(float(self.lengths(field).mean()), 1.0)
            part = idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths / average))
            total += FIELD_BOOST.get(field, 1.0) * part
        return total

    def lengths(self, field: str) -> np.ndarray:
        """Each document's length in `field` (whoosh keeps one byte per document)."""
        if field not in self._lengths:
            try:
                self._lengths[field] = self._column_lengths(field)
            except (AttributeError, KeyError, TypeError):  # another whoosh: one call a document
                self._lengths[field] = np.fromiter(
                    (self.reader.doc_field_length(d, field) or 0 for d in range(self.doc_count)),
                    dtype=np.float32, count=self.doc_count)
        return self._lengths[field]

    def _column_lengths(self, field: str) -> np.ndarray:
        """The length column read whole, segment by segment: one byte per document, decoded
        through whoosh's own 256-entry table."""
        parts = []
        for segment, _offset in self.reader.leaf_readers():
            column = segment._perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
            count = segment.doc_count_all()
            raw = np.zeros(count, dtype=np.uint8)
            if column is not None and column._count:
                data = column._dbfile.get(column._basepos, column._count)
                raw[:column._count] = np.frombuffer(data, dtype=np.uint8)[:count]
            parts.append(_BYTE_LENGTHS[raw])
        return np.concatenate(parts) if parts else np.zeros(0, np.float32)


def _read_with_values(matcher) -> tuple[np.ndarray, list]:
    """(document numbers, encoded values) of one segment's postings: the values of a
    positional field hold each document's positions."""
    if hasattr(matcher, "_next_block") and not matcher._byteids:
        ids, values = [], []
        while True:
            if matcher._values is None:
                matcher._read_values()
            ids.append(np.cumsum(np.asarray(matcher._data[0], dtype=np.int64)))
            values.extend(matcher._values)
            if matcher._lastblock:
                break
            matcher._next_block()
        return np.concatenate(ids), values
    ids, values = [], []
    while matcher.is_active():
        ids.append(matcher.id())
        values.append(matcher.value())
        matcher.next()
    return np.array(ids, dtype=np.int64), values


def _read_all(matcher) -> tuple[np.ndarray, np.ndarray]:
    if hasattr(matcher, "_next_block") and not matcher._byteids:
        # The on-disk block matcher: each block holds delta-coded ids and the weights (term
        # frequencies, or one number for all, or None for 1.0); decoded as arrays.
        ids, tfs = [], []
        while True:
            if matcher._data is None:
                matcher._read_data()
            deltas, weights = matcher._data[0], matcher._data[1]
            block = np.cumsum(np.asarray(deltas, dtype=np.int64))
            ids.append(block)
            if weights is None or isinstance(weights, float):
                tfs.append(np.full(len(block), 1.0 if weights is None else weights, np.float32))
            else:
                tfs.append(np.asarray(weights, dtype=np.float32))
            if matcher._lastblock:
                break
            matcher._next_block()
        return np.concatenate(ids), np.concatenate(tfs)
    ids, tfs = [], []  # postings inlined in the term info (rare words): a list matcher
    while matcher.is_active():
        ids.append(matcher.id())
        tfs.append(matcher.weight())
        matcher.next()
    return np.array(ids, dtype=np.int64), np.array(tfs, dtype=np.float32)
