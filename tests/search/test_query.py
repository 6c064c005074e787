"""The query language: what a press officer types and what Clipper understands by it."""

import datetime as dt

import pytest

from clipper.errors import QueryError
from clipper.search.query import (And, DateRange, Everything, Facet, Not, Or, Phrase, Word,
                                  parse)

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(("typed", "understood"), [
    ("", Everything()),
    ("Саденов", Word("Саденов")),
    ("Саденов преступность", And((Word("Саденов"), Word("преступность")))),
    ("ДТП OR авария", Or((Word("ДТП"), Word("авария")))),
    ("ДТП ИЛИ авария", Or((Word("ДТП"), Word("авария")))),
    ("полиция ДТП OR авария", And((Word("полиция"), Or((Word("ДТП"), Word("авария")))))),
    ("полиция -учения", And((Word("полиция"), Not(Word("учения"))))),
    ("полиция NOT учения", And((Word("полиция"), Not(Word("учения"))))),
    ('"закон и порядок"', Phrase(("закон", "и", "порядок"))),
    ("«закон и порядок»", Phrase(("закон", "и", "порядок"))),
    ("„закон и порядок“", Phrase(("закон", "и", "порядок"))),
    ("задерж*", Word("задерж", prefix=True)),
    ("!задержан", Word("задержан", exact=True)),
    ("зодержан~", Word("зодержан", fuzzy=True)),
    ("Касым-Жомарт", Word("Касым-Жомарт")),
    ("title:преступность", Word("преступность", field="title")),
    ('title:"снизилась на 13"', Phrase(("снизилась", "на", "13"), field="title")),
    ("region:Алматы", Facet("region", "Алматы")),
    ('region:"Карагандинская область"', Facet("region", "Карагандинская область")),
    ("регион:Алматы", Facet("region", "Алматы")),
    ("official:Саденов", Facet("official", "Саденов")),
    ("source:Kazinform tag:ДТП", And((Facet("source", "Kazinform"), Facet("tag", "ДТП")))),
    ("lang:kk", Facet("lang", "kk")),
    ("(ДТП OR авария) -учения", And((Or((Word("ДТП"), Word("авария"))),
                                      Not(Word("учения"))))),
    ("date:2025", DateRange(dt.date(2025, 1, 1), dt.date(2025, 12, 31))),
    ("date:2025-12", DateRange(dt.date(2025, 12, 1), dt.date(2025, 12, 31))),
    ("date:2024-02", DateRange(dt.date(2024, 2, 1), dt.date(2024, 2, 29))),
    ("date:2025-12-07", DateRange(dt.date(2025, 12, 7), dt.date(2025, 12, 7))),
    ("date:[2025-01-01 TO 2025-06-30]", DateRange(dt.date(2025, 1, 1), dt.date(2025, 6, 30))),
    ("date:[2025-01-01 TO *]", DateRange(dt.date(2025, 1, 1), None)),
    ("date:сегодня", DateRange(TODAY, TODAY)),
    ("date:вчера", DateRange(dt.date(2026, 11, 22), dt.date(2026, 11, 22))),
    ("date:неделя", DateRange(dt.date(2026, 11, 16), TODAY)),
    ("date:month", DateRange(dt.date(2026, 10, 24), TODAY)),
    ("zakon.kz", Word("zakon.kz")),
    ('"полиции"', Word("полиции", exact=True)),
    ("10:00", And((Word("10"), Word("00")))),  # a colon that names no field joins words
    ("Е.Саденов", And((Word("Е"), Word("Саденов")))),
    ("date:[2025-01-01 to 2025-06-30]", DateRange(dt.date(2025, 1, 1), dt.date(2025, 6, 30))),
])
def test_typed_query_is_understood(typed, understood):
    assert parse(typed, today=TODAY) == understood


@pytest.mark.parametrize(("typed", "message"), [
    ('"закон и порядок', "not closed"),
    ("«закон", "not closed"),
    ("(ДТП OR авария", "not closed"),
    ("ДТП)", "no opening"),
    ("OR авария", "each side"),
    ("ДТП OR", "each side"),
    ("полиция NOT", "needs a word"),
    ("за*", "at least 3 letters"),
    ("*ция", "only end a word"),
    ("region:", "needs a value"),
    ("date:вчерась", "write a date"),
    ("date:2025-13", "not a real date"),
    ("date:2025-00", "not a real date"),
    ("date:[2025-06-30 TO 2025-01-01]", "empty"),
    ("date:[2025-01-01", "not closed"),
    ("date:[вчера TO сегодня]", "not a date"),
    ('""', "finds nothing"),
    ("()", "empty brackets"),
])
def test_malformed_query_says_what_is_wrong(typed, message):
    with pytest.raises(QueryError, match=message):
        parse(typed, today=TODAY)
