"""What a user asks of a search, and what comes back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from clipper.errors import QT_TRANSLATE_NOOP, QueryError
from clipper.model import Article

from clipper.search.facet_table import NATIONWIDE, UNKNOWN  # noqa: F401 (part of this API)
FACETS = ("region", "official", "source", "tag", "year", "month", "lang", "tone", "starred")
SORTS = ("relevance", "date", "date-asc")


@dataclass
class SearchRequest:
    query: str = ""
    regions: list[str] = field(default_factory=list)
    officials: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    langs: list[str] = field(default_factory=list)
    years: list[str] = field(default_factory=list)
    tones: list[str] = field(default_factory=list)  # positive, neutral, negative, none
    starred: list[str] = field(default_factory=list)  # yes, no
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sort: str = "relevance"
    limit: int = 50
    offset: int = 0

    def __post_init__(self) -> None:
        if self.sort not in SORTS:
            raise QueryError(f"unknown sort «{self.sort}»: use one of {', '.join(SORTS)}")
        if self.limit < 0 or self.offset < 0:
            raise QueryError("limit and offset cannot be negative")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise QueryError(QT_TRANSLATE_NOOP(
                "QueryError", "the period is empty: {start} is after {end}"),
                start=self.date_from, end=self.date_to)

    def selections(self) -> dict[str, list[str]]:
        """Facet name → chosen values (values within one facet combine with OR)."""
        return {"region": self.regions, "official": self.officials, "source": self.sources,
                "tag": self.tags, "lang": self.langs, "year": self.years, "tone": self.tones,
                "starred": self.starred}


@dataclass
class SearchResult:
    total: int
    hits: list[Article]
    facets: dict[str, dict[str, int]]
    positives: list = field(default_factory=list)  # the text clauses that had to match
    order: object = None  # every hit's article number, in the result's order (numpy array)

    def as_json(self) -> dict:
        return {"total": self.total, "hits": [hit.summary() for hit in self.hits],
                "facets": self.facets}
