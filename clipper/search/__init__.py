"""Finding articles: requests, running them over index and catalog, facet counts."""

from clipper.search.request import FACETS, NATIONWIDE, UNKNOWN, SearchRequest, SearchResult
from clipper.search.run import matching_nums, run_search

__all__ = ["FACETS", "NATIONWIDE", "UNKNOWN", "SearchRequest", "SearchResult",
           "matching_nums", "run_search"]
