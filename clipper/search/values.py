"""What a user types for a facet value, matched to the values the archive holds.

`region:Караганда` finds Карагандинская область (through the gazetteer), `official:Саденов`
finds Ержан Саденов (any word of the name, Kazakh letters folded), `source:kazinform` finds
Kazinform; tags and languages match ignoring case.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from clipper.errors import QT_TRANSLATE_NOOP, QueryError
from clipper.ingest.extract.names import fold
from clipper.ingest.extract.regions import canonical_regions, find_regions
from clipper.model.tone import tone_from_word

if TYPE_CHECKING:
    from clipper.search.facet_table import FacetTable

NATIONWIDE_WORDS = {"nationwide", "вся страна", "республика", "казахстан", "без региона"}


_YES = {"yes", "y", "true", "1", "да", "иә", "starred", "со звездой"}
_NO = {"no", "n", "false", "0", "нет", "жоқ", "none", "без звезды"}


def resolve(field: str, typed: str, table: "FacetTable") -> list[str]:
    key = typed.casefold().strip()
    if field == "tone":
        tone = tone_from_word(key)
        if tone is None:
            raise QueryError(QT_TRANSLATE_NOOP(
                "QueryError", "«tone:{value}»: a tone is positive, neutral, negative or none "
                              "(позитив, нейтрал, негатив, нет)"), value=typed)
        return [tone]
    if field == "starred":
        if key in _YES or key in _NO:
            return ["yes" if key in _YES else "no"]
        raise QueryError(QT_TRANSLATE_NOOP(
            "QueryError", "«starred:{value}»: say starred:yes or starred:no (да, нет)"),
            value=typed)
    stored = table.stored_values(field)
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
