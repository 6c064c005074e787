"""A saved search: a query with its facet filters, period and sort, kept under a name."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from clipper.search.query import parse
from clipper.search.request import SORTS, SearchRequest

# SearchRequest's list of chosen values for each facet a saved search keeps.
_SELECTION_FIELDS = {"region": "regions", "official": "officials", "source": "sources",
                     "tag": "tags", "lang": "langs", "year": "years", "tone": "tones",
                     "starred": "starred"}


@dataclass(frozen=True)
class SavedSearch:
    name: str
    query: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)  # facet → chosen values
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sort: str = "relevance"

    @classmethod
    def of(cls, name: str, request: SearchRequest) -> "SavedSearch":
        """What of a request is saved: not its page (limit, offset)."""
        parse(request.query)  # a query that cannot run is refused now, not at each re-run
        filters = {facet: list(values) for facet, values in request.selections().items()
                   if values}
        return cls(name, request.query, filters, request.date_from, request.date_to,
                   request.sort)

    def request(self, *, limit: int = 50, offset: int = 0) -> SearchRequest:
        """The search to run again, as it was saved."""
        chosen = {_SELECTION_FIELDS[facet]: list(values) for facet, values in self.filters.items()
                  if facet in _SELECTION_FIELDS}
        return SearchRequest(query=self.query, date_from=self.date_from, date_to=self.date_to,
                             sort=self.sort if self.sort in SORTS else "relevance",
                             limit=limit, offset=offset, **chosen)

    def filters_json(self) -> str:
        data = dict(self.filters)
        if self.date_from:
            data["date_from"] = self.date_from.isoformat()
        if self.date_to:
            data["date_to"] = self.date_to.isoformat()
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_row(cls, name: str, query: str, filters_json: str, sort: str) -> "SavedSearch":
        data = json.loads(filters_json)
        start, end = data.pop("date_from", None), data.pop("date_to", None)
        return cls(name, query, data, start and dt.date.fromisoformat(start),
                   end and dt.date.fromisoformat(end), sort)

    def as_json(self) -> dict:
        return {"name": self.name, "query": self.query, "filters": self.filters,
                "date_from": self.date_from.isoformat() if self.date_from else None,
                "date_to": self.date_to.isoformat() if self.date_to else None,
                "sort": self.sort}
