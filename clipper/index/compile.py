"""Text clauses of a query (words, phrases) as whoosh queries over the stemmed and exact fields."""

from __future__ import annotations

from whoosh import query as wq

from clipper.index.analysis import exact_analyzer, query_stem
from clipper.index.schema import FIELD_MAP
from clipper.search.query import Phrase, Word


def to_whoosh(node: Word | Phrase) -> wq.Query:
    stemmed_fields, exact_fields = FIELD_MAP[node.field]
    stems_only = stemmed_fields == exact_fields  # author, note: no exact-form field
    if isinstance(node, Phrase):
        words = [query_stem(w) if stems_only else exact_form(w) for w in node.words]
        return _any(wq.Phrase(field, words) for field in exact_fields)
    form = exact_form(node.text)
    if node.exact:
        return _any(wq.Term(field, query_stem(node.text) if stems_only else form)
                    for field in exact_fields)
    if node.prefix:
        return _any(wq.Prefix(field, form) for field in exact_fields)
    if node.fuzzy:
        distance = 1 if len(form) <= 6 else 2
        return _any(wq.FuzzyTerm(field, form, maxdist=distance, prefixlength=1)
                    for field in exact_fields)
    return _any(wq.Term(field, query_stem(node.text)) for field in stemmed_fields)


def stem_of(node: Word) -> str:
    return query_stem(node.text)


def exact_form(word: str) -> str:
    """A word as the exact-form fields hold it: lower case, ё as е."""
    tokens = [t.text for t in exact_analyzer()(word)]
    return tokens[0] if tokens else word.lower()


def _any(queries) -> wq.Query:
    queries = list(queries)
    return queries[0] if len(queries) == 1 else wq.Or(queries)
