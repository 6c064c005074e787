"""The one whoosh schema, and the version that makes an older index rebuild itself."""

from __future__ import annotations

from whoosh.fields import ID, NUMERIC, TEXT, Schema

from clipper.index.analysis import russian_analyzer

# Bump when the schema or the analysis changes: an index with another version is rebuilt.
SCHEMA_VERSION = 1

# Fields a query may name; title is worth more than body text.
TEXT_FIELDS = ("title", "text")


def build_schema() -> Schema:
    analyzer = russian_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        # The catalog number, as a column: hit docnums map to articles without stored-field reads.
        num=NUMERIC(int, bits=64, stored=True, sortable=True),
        title=TEXT(analyzer=analyzer, field_boost=2.0),
        text=TEXT(analyzer=analyzer),
        source=TEXT(analyzer=analyzer),
        author=TEXT(analyzer=analyzer),
    )
