"""Publication date: from the file's header or the lines around its headline, never from the body.

Contract: `find_publication_date(lines)` takes the file's lines (chrome included, since the page
header often carries the date) and returns a `FoundDate` or None; it never raises.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from clipper.ingest.extract.vocabulary import month_numbers

HEADER = re.compile(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b", re.IGNORECASE)
NUMERIC = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:\s*(?:г\.?|года)?)?(?:[,\s]+\d{1,2}:\d{2}(?::\d{2})?)?$")
ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
WORDY = re.compile(
    r"^(?:(?P<weekday>[^\W\d]+),?\s+)?(?P<day>\d{1,2})\s+(?P<month>[^\W\d]+)\.?,?\s+(?P<year>\d{4})"
    r"(?:\s*(?:года|г\.?|ж\.?|жылы|жылғы))?(?:[,\s]+(?:в\s+)?\d{1,2}:\d{2})?$")
ENGLISH = re.compile(
    r"^(?:(?P<weekday>[a-z]+),?\s+)?(?P<month>[a-z]+)\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"
    r"(?:[,\s]+\d{1,2}:\d{2}(?:\s*[ap]m)?)?$")
KAZAKH_YEAR_FIRST = re.compile(
    r"^(?P<year>\d{4})\s+жылғы\s+(?P<day>\d{1,2})\s+(?P<month>[^\W\d]+)"
    r"(?:[,\s]+\d{1,2}:\d{2})?$")

# How far into the file a page header or dateline may stand: past this it is the body talking.
HEAD_LINES = 12


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    origin: str  # header | dateline | page
    confidence: float


def find_publication_date(lines: list[str], today: dt.date | None = None) -> FoundDate | None:
    latest = (today or dt.date.today()) + dt.timedelta(days=1)
    head = [line.strip() for line in lines if line.strip()][:HEAD_LINES]
    for line in head[:2]:
        m = HEADER.match(line)
        if m:
            found = _valid(int(m[1]), int(m[2]), int(m[3]), latest)
            if found:
                return FoundDate(found, "header", 0.95)
    for line in head:
        if len(line) > (110 if "|" in line else 60):
            continue
        parsed = parse_date_line(line)
        if parsed is None:
            continue
        date, has_weekday = parsed
        if date > latest:
            continue
        # A weekday-and-date line in a site header is the page's date, not proven the article's.
        return FoundDate(date, "page", 0.5) if has_weekday else FoundDate(date, "dateline", 0.8)
    return None


# "Опубликовано: 10.12.2025", "25 ноября 2025, 14:20 | Экибастуз": a label or a place around it.
_LABEL = re.compile(r"^(?:опубликовано|дата публикации|дата|published|posted|жарияланды|"
                    r"жарияланған күні)\s*:?\s*", re.IGNORECASE)
_PLACE_TAIL = re.compile(r"\s*[|·•]\s*(?:[^|·•\d]+|\d{1,2}:\d{2})$")
_WEEKDAYS = (r"(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|дүйсенбі|"
             r"сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі|monday|tuesday|wednesday|"
             r"thursday|friday|saturday|sunday)")
# "г. Алматы, 16.01.2026", "Талдықорған қ., 2026 жылғы 22 қаңтар": the press release's place.
_PLACE_HEAD = re.compile(rf"^(?!{_WEEKDAYS}\b)(?:г\.\s*)?[А-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]+(?:\s+қ\.)?,"
                         r"\s*(?=\d)", re.IGNORECASE)
_WEEKDAY_TAIL = re.compile(rf",\s*{_WEEKDAYS}$", re.IGNORECASE)
_BYLINE_DATE = re.compile(r",\s*([^,]*\d{4}[^,]*)$")


def find_byline_date(lines: list[str], today: dt.date | None = None) -> FoundDate | None:
    """A date closing the byline at the end: "Автор: Наталья Гончарова, 29 ноября 2025"."""
    latest = (today or dt.date.today()) + dt.timedelta(days=1)
    for line in [line.strip() for line in lines if line.strip()][-3:]:
        if len(line) > 90:
            continue
        m = _BYLINE_DATE.search(line)
        parsed = parse_date_line(m.group(1)) if m else parse_date_line(line)
        if parsed and parsed[0] <= latest:
            return FoundDate(parsed[0], "dateline", 0.7)
    return None


_UPDATED = re.compile(r"^\s*(?:обновлено|изменено|updated|жаңартылды)", re.IGNORECASE)
_COMMA_PLACE = re.compile(r",\s*(?:г\.\s*)?[А-ЯЁA-ZӘҒҚҢӨҰҮҺІ][^\d,]*$")


def parse_date_line(line: str) -> tuple[dt.date, bool] | None:
    """A line that is a date and nothing else → (date, whether it names a weekday).

    "Kokshetau | 18.12.2025 | 10:15", "Опубликовано: 18.09.2025 | Обновлено: 19.09.2025":
    the parts between bars are tried in turn, an update time never.
    """
    if "|" in line:
        for part in line.split("|"):
            if part.strip() and not _UPDATED.match(part):
                found = _parse_date_part(part)
                if found:
                    return found
        return None
    return _parse_date_part(line)


def _parse_date_part(line: str) -> tuple[dt.date, bool] | None:
    text = _PLACE_TAIL.sub("", _PLACE_HEAD.sub("", _LABEL.sub("", line.strip())))
    weekday_after = bool(_WEEKDAY_TAIL.search(text))
    text = _WEEKDAY_TAIL.sub("", text)
    if not weekday_after:
        text = _COMMA_PLACE.sub("", text)  # "5 ноября 2025 года, Атырау"
    text = text.lower().replace("ё", "е")
    months = month_numbers()
    m = NUMERIC.match(text)
    if m:
        return _pair(int(m[3]), int(m[2]), int(m[1]), False)
    m = ISO.match(text)
    if m:
        return _pair(int(m[1]), int(m[2]), int(m[3]), False)
    for pattern in (WORDY, ENGLISH, KAZAKH_YEAR_FIRST):
        m = pattern.match(text)
        if m and m["month"] in months:
            weekday = m.groupdict().get("weekday") or weekday_after
            return _pair(int(m["year"]), months[m["month"]], int(m["day"]), bool(weekday))
    return None


def _pair(year: int, month: int, day: int, weekday: bool) -> tuple[dt.date, bool] | None:
    date = _valid(year, month, day, None)
    return (date, weekday) if date else None


def _valid(year: int, month: int, day: int, latest: dt.date | None) -> dt.date | None:
    if not 1990 <= year <= 2100:
        return None
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if latest and date > latest:
        return None
    return date
