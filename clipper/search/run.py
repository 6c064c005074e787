"""Running a search: the query tree as masks over the facet table, text clauses via the index.

Every clause of the query (and every filter chosen beside it) becomes a boolean mask over the
archive's articles; the hits are their AND. Each facet is counted under every clause but its
own, so choosing Алматы still shows how many hits the other regions have.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from clipper.catalog import Catalog, articles
from clipper.errors import QT_TRANSLATE_NOOP, QueryError
from clipper.index import SearchIndex
from clipper.index.snippets import matched_spans
from clipper.search.facet_table import NATIONWIDE, UNKNOWN, FacetTable
from clipper.search.query import (And, DateRange, Everything, Facet, Not, Or, Phrase, Word,
                                  parse)
from clipper.search.request import FACETS, SearchRequest, SearchResult
from clipper.search.values import resolve

# Which clauses a facet's own counts leave out.
_OWN_CLAUSES = {"year": "date", "month": "date"}


class Engine:
    """A search over one catalog, index and facet table."""

    def __init__(self, catalog: Catalog, index: SearchIndex, table: FacetTable):
        self.catalog, self.index, self.table = catalog, index, table
        doc_rows = table.rows_of(index.docnum_nums())
        self.doc_rows = doc_rows  # document number → table row (-1: none)
        self.row_docs = np.full(table.size, -1, dtype=np.int64)
        present = np.flatnonzero(doc_rows >= 0)
        self.row_docs[doc_rows[present]] = present

    def run(self, request: SearchRequest, today: dt.date | None = None) -> SearchResult:
        tree = parse(request.query, today)
        clauses = _conjuncts(tree) + _flag_clauses(request)
        masks = [self.mask(clause) for clause in clauses]
        hits = _all(masks, self.table)
        facets = {}
        for facet in FACETS:
            own = _OWN_CLAUSES.get(facet, facet)
            kept = [m for c, m in zip(clauses, masks) if _facet_of(c) != own]
            facets[facet] = self.table.counts(facet, _all(kept, self.table))
        positives = [c for clause in clauses for c in _positive_text(clause)]
        ordered = self._order(hits, positives, request)
        rows = ordered[request.offset:request.offset + request.limit]
        nums = self.table.nums[rows].tolist()
        with self.catalog.read() as conn:
            found = articles.load(conn, nums)
            texts = articles.texts(conn, nums)
        self.add_snippets(found, [texts.get(num, "") for num in nums], positives)
        return SearchResult(len(ordered), found, facets, positives=positives,
                            order=self.table.nums[ordered])

    def add_snippets(self, found: list, texts: list[str], positives: list) -> None:
        """Each article's snippet: the passage of its text where the search words stand."""
        marks, starts = _marker(positives)
        for hit, text in zip(found, texts):
            hit.snippet = self.index.snippet(text, marks, starts).render()

    def highlights(self, text: str, request: SearchRequest) -> list[tuple[int, int]]:
        return highlights(text, request.query)

    def mask(self, node) -> np.ndarray:
        table = self.table
        if isinstance(node, Everything):
            return table.everything()
        if isinstance(node, And):
            return _all([self.mask(item) for item in node.items], table)
        if isinstance(node, Or):
            result = np.zeros(table.size, dtype=bool)
            for item in node.items:
                result |= self.mask(item)
            return result
        if isinstance(node, Not):
            return ~self.mask(node.item)
        if isinstance(node, (Word, Phrase)):
            rows = self.doc_rows[self.index.docs(node)]
            return table.mask_of_rows(rows)
        if isinstance(node, DateRange):
            return table.date_mask(node.start, node.end)
        if isinstance(node, Facet):
            if node.field in ("year", "month"):
                column = table.years if node.field == "year" else table.months
                if node.value == UNKNOWN:
                    return table.dates == 0
                key = node.value.replace("-", "")
                return column == int(key) if key.isdigit() else np.zeros(table.size, bool)
            if node.field == "review":
                return self._review_mask(node.value)
            return table.mask_for(node.field, resolve(node.field, node.value, table))
        raise TypeError(f"unknown query node {node!r}")

    def _review_mask(self, value: str) -> np.ndarray:
        """`review:yes`: articles with a field extraction was unsure of and nobody corrected."""
        with self.catalog.read() as conn:
            nums = articles.needing_review(conn)
        mask = self.table.mask_of_rows(self.table.rows_of(np.asarray(nums, dtype=np.int64)))
        if value.casefold() in ("yes", "да", "иә", "1", "true"):
            return mask
        if value.casefold() in ("no", "нет", "жоқ", "0", "false"):
            return ~mask
        raise QueryError(QT_TRANSLATE_NOOP(
            "QueryError", "«review:{value}»: write review:yes or review:no"), value=value)

    def matching(self, request: SearchRequest) -> np.ndarray:
        """Which articles a request matches, as a mask over the table's rows (no order)."""
        clauses = _conjuncts(parse(request.query)) + _flag_clauses(request)
        return _all([self.mask(clause) for clause in clauses], self.table)

    def all_nums(self, request: SearchRequest) -> list[int]:
        """Every article the request matches, in its order: for actions on a whole result."""
        clauses = _conjuncts(parse(request.query)) + _flag_clauses(request)
        hits = _all([self.mask(clause) for clause in clauses], self.table)
        positives = [leaf for clause in clauses for leaf in _positive_text(clause)]
        return self.table.nums[self._order(hits, positives, request)].tolist()

    def _order(self, hits, positives, request) -> np.ndarray:
        rows = np.flatnonzero(hits)
        if request.sort != "relevance" or not positives:
            return self.table.newest_first(rows, descending=request.sort != "date-asc")
        docs = self.row_docs[rows]
        indexed = docs >= 0
        scores = np.zeros(len(rows))
        if indexed.any():
            scores[indexed] = self.index.scores(positives, docs[indexed])
        # One fixed order, so pages never repeat or skip: relevance, then the newer, then number.
        order = np.lexsort((-self.table.nums[rows], -self.table.dates[rows],
                            -np.round(scores, 6)))
        return rows[order]


def highlights(text: str, query: str) -> list[tuple[int, int]]:
    """[start, end) of every word in `text` the query's search words matched (on stems): what
    the reader and the digests mark. Needs no index, so it never waits for a running search."""
    positives = [leaf for clause in _conjuncts(parse(query)) for leaf in _positive_text(clause)]
    marks, starts = _marker(positives)
    return matched_spans(text, marks, starts)


def _all(masks: list[np.ndarray], table: FacetTable) -> np.ndarray:
    result = table.everything()
    for mask in masks:
        result &= mask
    return result


def _conjuncts(tree) -> list:
    if isinstance(tree, Everything):
        return []
    return list(tree.items) if isinstance(tree, And) else [tree]


def _flag_clauses(request: SearchRequest) -> list:
    clauses = []
    for field, values in request.selections().items():
        if values:
            facets = [Facet(field, v) for v in values]
            clauses.append(facets[0] if len(facets) == 1 else Or(tuple(facets)))
    if request.date_from or request.date_to:
        clauses.append(DateRange(request.date_from, request.date_to))
    return clauses


def _facet_of(clause) -> str | None:
    """The facet a top-level clause selects on alone, if it does (its drill-down group)."""
    if isinstance(clause, DateRange) or isinstance(clause, Facet) and clause.field in (
            "year", "month"):
        return "date"
    if isinstance(clause, Facet):
        return clause.field
    if isinstance(clause, Or):
        fields = {_facet_of(item) for item in clause.items}
        return fields.pop() if len(fields) == 1 else None
    return None


def _positive_text(node) -> list:
    """Text clauses that must match (not under a NOT): they rank the hits and mark snippets."""
    if isinstance(node, (Word, Phrase)):
        return [node]
    if isinstance(node, (And, Or)):
        return [leaf for item in node.items for leaf in _positive_text(item)]
    return []


def _marker(positives: list):
    """Whether a word (lower-case form, search stem) matched, and what such words begin with."""
    if not positives:
        return None, ()
    from clipper.index.compile import stem_of

    stems, forms, prefixes = set(), set(), []
    for node in positives:
        if isinstance(node, Phrase):
            forms.update(w.lower().replace("ё", "е") for w in node.words)
        elif node.prefix:
            prefixes.append(node.text.lower().replace("ё", "е"))
        elif node.exact:
            forms.add(node.text.lower().replace("ё", "е"))
        else:
            stems.add(stem_of(node))

    def marks(form: str, word_stems: tuple) -> bool:
        return (any(s in stems for s in word_stems) or form in forms
                or any(form.startswith(p) for p in prefixes))

    return marks, [*stems, *forms, *prefixes]


__all__ = ["Engine", "NATIONWIDE", "UNKNOWN"]
