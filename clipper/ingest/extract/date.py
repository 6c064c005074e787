"""Publication date: from the file's header or the lines around its headline, never from the body.

Contract: `find_publication_date(lines)` takes the file's lines (chrome included, since the page
header often carries the date) and returns a `FoundDate` or None; it never raises.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from clipper.ingest.clean import is_tail_marker
from clipper.ingest.extract.regions import is_place_name
from clipper.ingest.extract.vocabulary import month_numbers

HEADER = re.compile(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b", re.IGNORECASE)
NUMERIC = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:\s*(?:г\.?|года|ж\.?|жылы)?)?"
                     r"(?:[,\s]+(?:[–—-]\s+)?(?:в\s+)?\d{1,2}:\d{2}(?::\d{2})?)?$")
ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
WORDY = re.compile(
    r"^(?:(?P<weekday>[^\W\d]+),?\s+)?(?P<day>\d{1,2})\s+(?P<month>[^\W\d]+)\.?,?\s+(?P<year>\d{4})"
    r"(?:\s*(?:года|г\.?|ж\.?|жылы|жылғы|жыл|jyly|j\.))?(?:[,\s]+(?:[–—-]\s+)?(?:в\s+)?\d{1,2}:\d{2})?$")
ENGLISH = re.compile(
    r"^(?:(?P<weekday>[a-z]+),?\s+)?(?P<month>[a-z]+)\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"
    r"(?:[,\s]+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]m)?)?$")
KAZAKH_YEAR_FIRST = re.compile(
    r"^(?P<year>\d{4})\s+(?:жылғы|ж\.|jylǵy|jylğy|jyly|j\.)\s+(?P<day>\d{1,2})\s+(?P<month>[^\W\d]+)"
    r"(?:[,\s]+\d{1,2}:\d{2})?$")

# A line this long is the body's paragraph, no head line
_PARAGRAPH = 160
# How far into the file a page header or dateline may stand: past this it is the body talking.
HEAD_LINES = 12
# "Вчера, 18:40", "Сегодня в 09:15", "Кеше, 14:20": the article's day, but only relative to a
# day the file does not give. Nothing below it is the publication date; none is guessed.
RELATIVE = re.compile(r"^(?:(?:вчера|сегодня|позавчера|кеше|бүгін|yesterday|today)"
                      r"(?:[,\s]+(?:в\s+|at\s+)?\d{1,2}:\d{2})?"
                      r"|\d{1,2}\s+(?:мин|час|сағат|hour|min)\w*\.?\s+(?:назад|бұрын|ago))$",
                      re.IGNORECASE)
# "Жанаозен, 7 июня 2026 года. В микрорайонах…", "УСТЬ-КАМЕНОГОРСК, 5 августа 2026 г. – …":
# a dateline opening the first paragraph.
# The place is capitalised (checked in code: Latin Kazakh "Öskemen" too) and may be a region
# or district ("Алматинская область, 28 января 2025 года.").
_OPENING_DATELINE = re.compile(
    r"^(?:г\.\s*)?(?P<place>[^\W\d_][\w\-]*(?:\s+[^\W\d_][\w\-]*\.?)?)(?:\s+қ\.)?[,.]\s*"
    r"(?P<date>\d{1,2}\s+[^\W\d]+\s+\d{4}(?:\s*(?:года|г\.|ж\.|жылы|жыл))?"
    r"|\d{1,2}\.\d{1,2}\.\d{4}(?:\s*(?:г\.|ж\.))?"
    r"|\d{4}\s+жылғы\s+\d{1,2}\s+[^\W\d]+)\s*(?:\([^()\n]{2,30}\)\s*)?(?:[.,]|\s[–—-])\s")


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    origin: str  # header | dateline | page
    confidence: float


def find_publication_date(lines: list[str], today: dt.date | None = None) -> FoundDate | None:
    latest = (today or dt.date.today()) + dt.timedelta(days=1)
    head = _head(lines)
    for line in head[:2]:
        m = HEADER.match(line)
        if m:
            found = _valid(int(m[1]), int(m[2]), int(m[3]), latest)
            if found:
                return FoundDate(found, "header", 0.95)
    page = None
    digest = any(_DIGEST.search(line) for line in head[:3])
    for i, line in enumerate(head):
        if digest:
            # A media-monitoring digest names its own day ("на 24.10.2025 г.", "17 ноября
            # 2025 г.": when it was compiled) and, with each clipping, the outlet and the day it
            # printed it: that statement is the file's own about the article
            stated = _digest_source_date(line)
            if stated and stated <= latest:
                return FoundDate(stated, "header", 0.9)
            if _DIGEST_DAY.match(line) and is_short(line) and parse_date_line(line):
                continue
        if RELATIVE.match(line):
            return page
        parsed = parse_date_line(line) if is_short(line) else None
        if parsed is None:
            if page:
                # Under the top bar's day only a date line of its own is the article's: a
                # sentence opening with a date ("Напомним, 12 января 2025 года, …") recalls
                # another day, and at a paragraph the body has begun
                if len(line) >= _PARAGRAPH:
                    return page
                continue
            m = _OPENING_DATELINE.match(line)
            parsed = parse_date_line(m["date"]) if m and _is_place(m["place"]) else None
            if parsed is None or parsed[0] > latest:
                continue
            return FoundDate(parsed[0], "dateline", 0.8)
        date, has_weekday = parsed
        if date > latest:
            continue
        # A weekday-and-date line in a site header is the page's date, not proven the article's;
        # a printed issue's line ("№ 5 (1418) | Четверг, 5 февраля 2026 года") dates the issue.
        # The date printed by the headline further down ("30.01.2026 17:20") is the article's.
        if has_weekday and not any(_ISSUE.search(near) for near in head[max(0, i - 1):i + 2]):
            page = page or FoundDate(date, "page", 0.5)
            continue
        return FoundDate(date, "dateline", 0.8)
    return page


# Words beside a town's name that are no part of it: the region's, a town's ("Петропавл қ.")
_REGION_WORDS = frozenset({"область", "облысы", "обл.", "район", "ауданы", "қ.", "г."})


def _is_place(place: str) -> bool:
    """A dateline opens with a place the gazetteer knows ("Жанаозен", "Алматинская область"),
    not with a word that opens a sentence ("Напомним, 12 января 2025 года, …"). It names a
    town, so a town's name the gazetteer takes only with its context ("Семей", a plural of
    'семья' too) is read as "г. Семей"."""
    named = " ".join(word for word in place.split() if word not in _REGION_WORDS)
    return all(word[:1].isupper() for word in named.split()) and bool(named) \
        and (is_place_name(named) or is_place_name("г. " + named))


# "МОНИТОРИНГ СМИ", "ОБЗОР РЕГИОНАЛЬНЫХ СМИ", "БАҚ мониторингі": a press service's digest
# (the heading alone or parted by bars: "Мониторинг СМИ: читатели …" is a headline)
_DIGEST = re.compile(r"^(?:\w+\s+)?(?:(?:мониторинг|обзор|дайджест)\w*(?:\s+\w+)?\s+(?:сми|бақ)"
                     r"|(?:сми|бақ)\s+мониторинг\w*)\s*(?:[|·]|$)", re.IGNORECASE)
# "Источник: «Наша газета» (г. Костанай), 04.12.2025", "1. Знамя труда, № 84 (16021),
# 23.10.2025, стр. 2": the clipping's outlet, then its date
_DIGEST_SOURCE = re.compile(r"^(?:(?i:источник|дереккөз)\s*:\s*|\d{1,2}\.\s+)"
                            r"(?P<outlet>[^\d,:]{2,60}?),\s*(?P<date>.*\d{4}.*)$")


# The digest's day: a date alone or "за"/"на" one; a labelled one ("Дата публикации: …") and
# an issue's line ("№ 132 (21455), суббота, …") are the clipping's
_DIGEST_DAY = re.compile(r"^(?:(?:за|на|от)\s+)?\d", re.IGNORECASE)


def _digest_source_date(line: str) -> dt.date | None:
    m = _DIGEST_SOURCE.match(line)
    parsed = parse_date_line(m["date"]) if m and len(m["date"]) <= 60 else None
    return parsed[0] if parsed else None


def find_marked_date(texts: list[str], today: dt.date | None = None) -> FoundDate | None:
    """The first of the dates a web page marks as the article's, by its headline: printed with
    the article, so a dateline even with a weekday ("Пятница, 14 мая 2026, 10:15")."""
    return _first_date(texts, today, "dateline", 0.8)


def find_page_date(texts: list[str], today: dt.date | None = None) -> FoundDate | None:
    """The day a web page's top bar shows: the day it was saved, at best the publication's."""
    return _first_date(texts, today, "page", 0.5)


def _first_date(texts: list[str], today: dt.date | None, origin: str,
                confidence: float) -> FoundDate | None:
    latest = (today or dt.date.today()) + dt.timedelta(days=1)
    for text in texts:
        parsed = parse_date_line(text) if is_short(text) else None
        if parsed and parsed[0] <= latest:
            return FoundDate(parsed[0], origin, confidence)
    return None


def is_short(line: str) -> bool:
    """Short enough to be a date line: a date with a place, a label or a time, no sentence."""
    return len(line) <= (110 if "|" in line or " / " in line or " · " in line
                         or line.rstrip().endswith("]") else 60)


# A Telegram Desktop copy heads the post with its channel and time: "Прокуратура …,
# [12.09.2025 15:41]"; the post's own date, printed with it
_TELEGRAM_POST = re.compile(r"^[^\[\]]{2,90},\s*\[(?P<date>\d{1,2}\.\d{1,2}\.\d{4}"
                            r"(?:[ ,]+\d{1,2}:\d{2}(?::\d{2})?)?)\]$")


def is_date_line(line: str) -> bool:
    return bool(HEADER.match(line) or is_short(line) and parse_date_line(line)
                or _digest_source_date(line))


def _head(lines: list[str]) -> list[str]:
    """The first lines, up to a related-news list or comments; runs of spaces part items.
    A site's menu copied one item a line ("Главная", "Происшествия", "Life") does not bring
    the body nearer: only lines that say more count towards HEAD_LINES."""
    head, words, counted = [], 0, 0
    for raw in lines:
        line = _GAP.sub(" | ", raw.strip())
        if not line:
            continue
        if words > 40 and is_tail_marker(line):
            break
        head.append(line)
        words += len(line.split())
        counted += not _MENU_ITEM.match(line)
        if counted >= HEAD_LINES or len(head) >= _MOST_LINES:
            break
    return head


# A menu item: a word or two, no figure, no punctuation
_MENU_ITEM = re.compile(r"^[^\W\d_][\w\-]*(?:\s[^\W\d_][\w\-]*)?$")
# However long the menu, the head ends here
_MOST_LINES = 60


# A newspaper issue's number or page beside its date; a PDF's text layer parts them in lines
# (a Latin "N 91 (22384)" as a typewriter prints "№")
_ISSUE = re.compile(r"(?:№|\bN\b\.?)\s*\d+|^(?:стр\.|с\.)\s*\d+$|^\d+-бет$", re.IGNORECASE)
_GAP = re.compile(r"\s{3,}|\t+")


# "Опубликовано: 10.12.2025", "25 ноября 2025, 14:20 | Экибастуз": a label or a place around it.
_LABEL = re.compile(r"^(?:от(?=\s)|(?:сегодня|бүгін|today)(?=\s*:)|опубликовано|добавлено|дата публикации|дата|published(?:\s+on)?|"
                    r"posted(?:\s+on)?|жарияланды|жарияланған\s+(?:күні|уақыты)|жарияланған)\s*:?\s*", re.IGNORECASE)
_PLACE_TAIL = re.compile(r"\s*[|·•]\s*(?:[^|·•\d]+|\d{1,2}:\d{2})$")
_WEEKDAYS = (r"(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|дүйсенбі|"
             r"сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі|monday|tuesday|wednesday|"
             r"thursday|friday|saturday|sunday|пн|вт|ср|чт|пт|сб|вс|mon|tue|wed|thu|fri|sat|sun)")
# "г. Алматы, 16.01.2026", "Талдықорған қ., 2026 жылғы 22 қаңтар", "Дәулет ҚАЙЫРБЕКҰЛЫ,
# 09.10.2025" (the byline's name, each word capitalised), "Тараз. 14 ноября 2024.",
# "Көкшетау қ. 2025 жылғы 14 қараша": the press release's place; "Informburo.kz, 7 мая 2025":
# the agency's name.
_PLACE_HEAD = re.compile(rf"^(?!{_WEEKDAYS}\b)(?:г\.\s*)?(?P<place>[^\W\d_][\w\-]*(?:\.[a-z]+)?"
                         r"(?-i:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]*){0,2})"
                         r"(?:\s+қ\.,?\s*|[,.]\s*)(?=\d)", re.IGNORECASE)
_WEEKDAY_NAME = re.compile(rf"^{_WEEKDAYS}$", re.IGNORECASE)
_WEEKDAY_TAIL = re.compile(rf",\s*{_WEEKDAYS}$", re.IGNORECASE)
# "Пятница, 13.03.2026", "Пт, 13.03.2026": a weekday before a date in figures
_WEEKDAY_HEAD = re.compile(rf"^{_WEEKDAYS}\.?,?\s+(?=\d{{1,2}}[./])", re.IGNORECASE)
_TIME_HEAD = re.compile(r"^\d{1,2}:\d{2}\s*[,|]?\s*(?=\d)")  # "10:45, 13 марта 2026"
_QUOTED_DAY = re.compile(r"^[«\"](\d{1,2})[»\"]")
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
    the parts between bars are tried in turn, an update time never; so are the languages of
    "2026 жылғы 3 наурыз / 3 марта 2026 года".
    """
    post = _TELEGRAM_POST.match(line.strip())
    if post:
        line = post["date"]
    if "|" in line or " / " in line or " · " in line:
        for part in re.split(r"\||\s[/·]\s", line):
            if part.strip() and not _UPDATED.match(part):
                found = _parse_date_part(part)
                if found:
                    return found
        return None
    return _parse_date_part(line)


# A newspaper's issue line: "«Костанайские новости», № 58 (21457), 20 мая 2025 г., стр. 3",
# "№ 112 (19876) 23 сентября 2025 г.", "№ 212 (30 125) • Среда, 5 ноября 2025 г.": the paper's
# name, number and page around the date
_ISSUE_HEAD = re.compile(r"^(?:(?i:газета\s+)?«[^»]{2,40}»(?:\s+(?i:газеті))?,?\s*)?"
                         r"(?:№|N\b\.?)\s*\d+(?:\s*\(\d[\d\s]*\))?(?:[,\s]+(?i:от))?[,\s•]+"
                         rf"(?=\d|(?i:{_WEEKDAYS})\b)")  # "№ 9 (22841) Вторник, 27 января …"
_PAGE_TAIL = re.compile(r"[,\s]+(?:стр\.|с\.)\s*\d+$|[,\s]+\d+-бет$", re.IGNORECASE)
# "15 сәуір 2025, 12:40 👁 2 317", "12 марта 2026 13:45 Просмотров: 120", "(обновлено …)": the
# view counter or the update after the date
_COUNTER_TAIL = re.compile(r"[\s,|·•]+(?:(?:👁|просмотр\w*|views?|қаралды|қаралым\w*)[:\s]*\d[\d\s]*"
                           r"|\((?:обновлено|изменено|updated|жаңартылды)[^()]*\))$", re.IGNORECASE)


def _parse_date_part(line: str) -> tuple[dt.date, bool] | None:
    line = _COUNTER_TAIL.sub("", _PAGE_TAIL.sub("", _ISSUE_HEAD.sub("", line.strip())))
    text = _LABEL.sub("", line)
    place = _PLACE_HEAD.match(text)
    if place and place["place"].lower() not in month_numbers():  # "Jan. 5, 2026" has none
        text = text[place.end():]
    text = _PLACE_TAIL.sub("", text).rstrip(" .")
    # "«11» марта 2026 г.", as official letters print the day
    text = _QUOTED_DAY.sub(r"\1", _TIME_HEAD.sub("", text))
    weekday_before = bool(_WEEKDAY_HEAD.match(text))
    text = _WEEKDAY_HEAD.sub("", text)
    weekday_after = bool(_WEEKDAY_TAIL.search(text)) or weekday_before
    text = _WEEKDAY_TAIL.sub("", text)
    if not weekday_after:
        text = _COMMA_PLACE.sub("", text)  # "5 ноября 2025 года, Атырау"
    text = text.lower().replace("ё", "е")
    months = month_numbers()
    m = NUMERIC.match(text)
    if m:
        return _pair(int(m[4]), int(m[3]), int(m[1]), weekday_after)
    m = ISO.match(text)
    if m:
        return _pair(int(m[1]), int(m[2]), int(m[3]), weekday_after)
    for pattern in (WORDY, ENGLISH, KAZAKH_YEAR_FIRST):
        m = pattern.match(text)
        if m and m["month"] in months:
            # "Posted on July 15": a word before the date that names no weekday
            named = m.groupdict().get("weekday")
            weekday = bool(named and _WEEKDAY_NAME.match(named)) or weekday_after
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
