"""Facet filters as SQL over the catalog, and counts per value for the current hits.

Each facet is counted without its own selection (drill-down): choosing Алматы still shows how
many hits the other regions have. Tags live here, not in the index, so a tag change shows at once.
"""

from __future__ import annotations

from clipper.catalog.tags import tag_key
from clipper.search.request import NATIONWIDE, UNKNOWN, SearchRequest

# facet → SQL for the set of article numbers carrying any of the chosen values
_MEMBERSHIP = {
    "region": "SELECT article FROM article_regions WHERE region IN ({marks})",
    "official": "SELECT article FROM article_officials WHERE name IN ({marks})",
    "tag": "SELECT at.article FROM article_tags at JOIN tags t ON t.id = at.tag "
           "WHERE t.key IN ({marks})",
}
_COLUMN = {
    "source": "a.source",
    "lang": "a.lang",
    "year": "substr(a.date, 1, 4)",
}
# facet → query counting values over the article numbers in temp table `base`
_COUNTS = {
    "region": f"SELECT coalesce(r.region, '{NATIONWIDE}'), count(DISTINCT b.num) FROM base b "
              "LEFT JOIN article_regions r ON r.article = b.num GROUP BY 1",
    "official": "SELECT o.name, count(*) FROM base b JOIN article_officials o "
                "ON o.article = b.num GROUP BY 1",
    "tag": "SELECT t.name, count(*) FROM base b JOIN article_tags at ON at.article = b.num "
           "JOIN tags t ON t.id = at.tag GROUP BY 1",
    "source": f"SELECT coalesce(a.source, '{UNKNOWN}'), count(*) FROM base b "
              "JOIN articles a ON a.num = b.num GROUP BY 1",
    "year": f"SELECT coalesce(substr(a.date, 1, 4), '{UNKNOWN}'), count(*) FROM base b "
            "JOIN articles a ON a.num = b.num GROUP BY 1",
    "month": f"SELECT coalesce(substr(a.date, 1, 7), '{UNKNOWN}'), count(*) FROM base b "
             "JOIN articles a ON a.num = b.num GROUP BY 1",
    "lang": f"SELECT coalesce(a.lang, '{UNKNOWN}'), count(*) FROM base b "
            "JOIN articles a ON a.num = b.num GROUP BY 1",
}


def filter_clauses(request: SearchRequest, without: str | None = None) -> tuple[list[str], list]:
    """WHERE clauses (over `articles a`) for every selection but facet `without`'s own."""
    clauses, params = [], []
    for facet, values in request.selections().items():
        if not values or facet == without:
            continue
        marks = ",".join("?" * len(values))
        if facet in _MEMBERSHIP:
            membership = f"a.num IN ({_MEMBERSHIP[facet].format(marks=marks)})"
            if facet == "region" and NATIONWIDE in values:
                membership = (f"({membership} OR a.num NOT IN "
                              "(SELECT article FROM article_regions))")
            clauses.append(membership)
        else:
            column = _COLUMN[facet]
            if UNKNOWN in values:
                clauses.append(f"({column} IN ({marks}) OR {column} IS NULL)")
            else:
                clauses.append(f"{column} IN ({marks})")
        params.extend([tag_key(v) for v in values] if facet == "tag" else values)
    if request.date_from:
        clauses.append("a.date >= ?")
        params.append(request.date_from.isoformat())
    if request.date_to:
        clauses.append("a.date <= ?")
        params.append(request.date_to.isoformat())
    return clauses, params


def count_values(conn, facet: str) -> dict[str, int]:
    """Counts for `facet` over temp table `base`, most frequent first."""
    rows = conn.execute(_COUNTS[facet]).fetchall()
    return dict(sorted(((value, n) for value, n in rows if n), key=lambda vn: (-vn[1], vn[0])))
