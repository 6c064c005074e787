"""The facet filters written in a query, found and edited where they stand in the text.

The window keeps the facet panel and the query text in step both ways: ticking a region writes
`region:Алматы` into the query, and typing that clause ticks the region. A facet filter is a
top-level clause of the query (ANDed with the rest, not negated): `region:Алматы`,
`(region:Алматы OR region:Астана)`, `date:2025`, `(date:2024 OR date:2025-03)`,
`date:[2025-01-01 TO 2025-06-30]`. Anything else stays the user's text, untouched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clipper.search.query import tokens_with_spans

# Facets the panel selects by writing a clause; years and months are written as `date:`.
PANEL_FIELDS = ("region", "official", "source", "tag", "lang", "tone", "starred", "review",
                "date")


@dataclass(frozen=True)
class FacetClause:
    field: str  # a facet field, or "date"
    values: tuple[str, ...]  # as typed (for date: 2025, 2025-03, or "2025-01-01 TO 2025-06-30")
    start: int
    end: int


def facet_clauses(text: str) -> list[FacetClause]:
    """The top-level facet clauses of `text`, in order (raises QueryError on a malformed query)."""
    tokens = tokens_with_spans(text)
    found, depth, i = [], 0, 0
    while i < len(tokens):
        token = tokens[i]
        before = tokens[i - 1] if i else None
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        negated = before is not None and before.kind in ("not", "minus")
        joined = (before is not None and before.kind == "or") or (
            after is not None and after.kind == "or")
        if token.kind == "open" and depth == 0 and not negated:
            group = _or_group(tokens, i)
            if group is not None:
                field, values, end = group
                following = tokens[end + 1] if end + 1 < len(tokens) else None
                if not (following is not None and following.kind == "or"):
                    found.append(FacetClause(field, values, token.start, tokens[end].end))
                    i = end + 1
                    continue
        if token.kind == "open":
            depth += 1
        elif token.kind == "close":
            depth -= 1
        elif (token.kind == "field" and depth == 0 and not negated and not joined
              and token.field in PANEL_FIELDS):
            found.append(FacetClause(token.field, (token.value[1],), token.start, token.end))
        i += 1
    return found


def selected(text: str) -> dict[str, list[str]]:
    """Field → the values the query's facet clauses select (as typed)."""
    chosen: dict[str, list[str]] = {}
    for clause in facet_clauses(text):
        values = chosen.setdefault(clause.field, [])
        values.extend(v for v in clause.values if v not in values)
    return chosen


def chosen_values(text: str, table) -> dict[str, list[str]]:
    """Field → the values of `table` (a FacetTable) the query's facet clauses select, as the
    facet panel ticks them: `region:Караганда` ticks Карагандинская область. Dates and review
    are not values of the table: they stay as typed."""
    from clipper.search.values import resolve

    chosen = {}
    for field, typed in selected(text).items():
        if field in ("date", "review"):
            chosen[field] = typed
        else:
            chosen[field] = list(dict.fromkeys(
                value for t in typed for value in (resolve(field, t, table) or [t])))
    return chosen


def with_selection(text: str, field: str, values: list[str]) -> str:
    """`text` with the facet clauses of `field` replaced by one selecting `values`
    (no values: the clauses removed)."""
    kept, cut = [], 0
    for clause in facet_clauses(text):
        if clause.field == field:
            kept.append(text[cut:clause.start])
            cut = clause.end
    rest = _tidy("".join(kept) + text[cut:])
    clause = format_clause(field, values)
    return f"{rest} {clause}".strip() if clause else rest


def without_facets(text: str) -> str:
    """`text` with every facet clause taken out: the words the user searches for."""
    kept, cut = [], 0
    for clause in facet_clauses(text):
        kept.append(text[cut:clause.start])
        cut = clause.end
    return _tidy("".join(kept) + text[cut:])


def format_clause(field: str, values: list[str]) -> str:
    parts = [f"{field}:{_value(field, v)}" for v in values]
    if not parts:
        return ""
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def _value(field: str, value: str) -> str:
    if field == "date" and " TO " in value:
        return f"[{value}]"
    if re.search(r"[\s()\"«»„“”:\[\]]", value) or not value:
        return "«" + value.replace("»", "") + "»" if '"' in value else f'"{value}"'
    return value


def _or_group(tokens, i: int):
    """`( f:a OR f:b … )` starting at tokens[i], all one panel field:
    (field, values, index of the closing bracket), else None."""
    values, field, j = [], None, i + 1
    while j < len(tokens):
        token = tokens[j]
        if token.kind != "field" or token.field not in PANEL_FIELDS:
            return None
        if field not in (None, token.field):
            return None
        field = token.field
        values.append(token.value[1])
        following = tokens[j + 1] if j + 1 < len(tokens) else None
        if following is None:
            return None
        if following.kind == "close":
            return field, tuple(values), j + 1
        if following.kind != "or":
            return None
        j += 2
    return None


def _tidy(text: str) -> str:
    return re.sub(r"\s{2,}", " ", text).strip()
