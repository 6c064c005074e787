"""The one whoosh schema, and the version that makes an older index rebuild itself."""

from __future__ import annotations

from whoosh.fields import ID, NUMERIC, TEXT, Schema

from clipper.index.analysis import exact_analyzer, stemming_analyzer

# Bump when the schema or the analysis changes: an index with another version is rebuilt.
SCHEMA_VERSION = 3

# Query field → index fields it searches (stemmed, exact).
FIELD_MAP = {
    None: (("title", "text"), ("title_exact", "text_exact")),
    "title": (("title",), ("title_exact",)),
    "text": (("text",), ("text_exact",)),
    "author": (("author",), ("author",)),
    "note": (("note",), ("note",)),
}
TEXT_FIELDS = ("title", "text")


def build_schema() -> Schema:
    stemming, exact = stemming_analyzer(), exact_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        # The catalog number, as a column: hit docnums map to articles without stored-field reads.
        num=NUMERIC(int, bits=64, stored=True, sortable=True),
        title=TEXT(analyzer=stemming, field_boost=2.0),
        text=TEXT(analyzer=stemming),
        title_exact=TEXT(analyzer=exact, field_boost=2.0),
        text_exact=TEXT(analyzer=exact),
        author=TEXT(analyzer=stemming),
        note=TEXT(analyzer=stemming),
    )
