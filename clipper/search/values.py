"""What a user types for a facet value, matched to the values the archive holds.

`region:Караганда` finds Карагандинская область (through the gazetteer), `official:Саденов`
finds Ержан Саденов (any word of the name, Kazakh letters folded), `source:kazinform` finds
Kazinform; tags and languages match ignoring case.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from clipper.ingest.extract.names import fold
from clipper.ingest.extract.regions import canonical_regions, find_regions

if TYPE_CHECKING:
    from clipper.search.facet_table import FacetTable

NATIONWIDE_WORDS = {"nationwide", "вся страна", "республика", "казахстан", "без региона"}


def resolve(field: str, typed: str, table: "FacetTable") -> list[str]:
    stored = table.stored_values(field)
    key = typed.casefold().strip()
    if key == "unknown" and field != "region":
        return ["unknown"]
    exact = [value for value in stored if value.casefold() == key]
    if field == "region":
        if key in NATIONWIDE_WORDS:
            return ["nationwide"]
        # "Абай", "Жетысу": the start of an official name, when the gazetteer is unsure
        return exact or find_regions(typed)[:1] or [
            value for value in canonical_regions() if value.casefold().startswith(key[:4])][:1]
    if field == "official":
        words = fold(typed).split()
        return exact or [value for value in stored
                         if all(w in fold(value).split() for w in words)]
    if field == "source":
        return exact or [value for value in stored if value.casefold().startswith(key)]
    return exact
