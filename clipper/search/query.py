"""The query language a press officer types, parsed into a small tree of query objects.

    Саденов преступность          all words must match, in any word form
    ДТП OR авария                 either (OR, ИЛИ; binds tighter than the spaces between words)
    NOT учения, -учения           without (NOT, НЕ)
    "закон и порядок"             the exact phrase; «ёлочки» and „лапки“ too
    задерж*   !задержан   зодержан~   a prefix (3+ letters), this word form only, typo-tolerant
    title: text: author: source: region: official: tag: lang: tone: starred: note:   one field
    date:2025  date:2025-12  date:2025-12-07  date:[2025-01-01 TO 2025-06-30]
    date:сегодня вчера неделя месяц год (today yesterday week month year)
    ( … )                         grouping

`parse(text)` returns the tree or raises QueryError with a short message saying what is wrong.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from clipper.errors import QT_TRANSLATE_NOOP, QueryError

TEXT_FIELDS = ("title", "text", "author", "note")
FACET_FIELDS = ("region", "official", "source", "tag", "lang", "tone", "starred", "review")
FIELDS = TEXT_FIELDS + FACET_FIELDS + ("date",)
_FIELD_ALIASES = {"проверка": "review", "заголовок": "title", "текст": "text", "автор": "author", "источник": "source",
                  "сми": "source", "регион": "region", "область": "region", "персона": "official",
                  "тег": "tag", "метка": "tag", "язык": "lang", "дата": "date", "тон": "tone",
                  "заметка": "note", "star": "starred", "звезда": "starred",
                  "важное": "starred"}
_QUOTES = {'"': '"', "«": "»", "„": "“", "“": "”", "”": "”"}
_OR = {"OR", "ИЛИ"}
_NOT = {"NOT", "НЕ"}
MIN_PREFIX = 3


@dataclass(frozen=True)
class Word:
    text: str
    field: str | None = None  # None: headline and text
    exact: bool = False  # !слово: this word form only
    prefix: bool = False  # слов*
    fuzzy: bool = False  # слово~


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    field: str | None = None


@dataclass(frozen=True)
class Facet:
    field: str  # one of FACET_FIELDS
    value: str


@dataclass(frozen=True)
class DateRange:
    start: dt.date | None  # inclusive; None: open
    end: dt.date | None


@dataclass(frozen=True)
class And:
    items: tuple


@dataclass(frozen=True)
class Or:
    items: tuple


@dataclass(frozen=True)
class Not:
    item: object


@dataclass(frozen=True)
class Everything:
    """The empty query: every article (filters still apply)."""


def parse(text: str, today: dt.date | None = None) -> object:
    tokens = _tokenize(text)
    if not tokens:
        return Everything()
    parser = _Parser(tokens, today or dt.date.today())
    tree = parser.conjunction()
    if parser.position < len(tokens):
        raise QueryError(QT_TRANSLATE_NOOP("QueryError",
                                           "a closing bracket «)» has no opening one"))
    return tree


# -- tokens ----------------------------------------------------------------------------------
@dataclass
class _Token:
    kind: str  # word | phrase | field | open | close | or | not | minus
    value: object = None
    field: str | None = None
    start: int = 0  # where the token stands in the typed text, so a clause can be edited there
    end: int = 0


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n, start_of_token = 0, len(text), 0
    while i < n:
        if tokens and not tokens[-1].end:
            tokens[-1].start, tokens[-1].end = start_of_token, i
        start_of_token = i
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            tokens.append(_Token("open" if ch == "(" else "close"))
            i += 1
        elif ch in _QUOTES:
            phrase, i = _quoted(text, i)
            tokens.append(_Token("phrase", phrase))
        elif ch == "-" and i + 1 < n and not text[i + 1].isspace() and (
                i == 0 or text[i - 1].isspace() or text[i - 1] == "("):
            tokens.append(_Token("minus"))
            i += 1
        else:
            start = i
            while i < n and not text[i].isspace() and text[i] not in "()" + "".join(_QUOTES):
                if text[i] == ":" and _field_name(text[start:i]):
                    break
                i += 1
            word = text[start:i]
            if i < n and text[i] == ":" and _field_name(word):
                value, i = _field_value(text, i + 1, _field_name(word))
                tokens.append(_Token("field", value, _field_name(word)))
            elif word in _OR:
                tokens.append(_Token("or"))
            elif word in _NOT:
                tokens.append(_Token("not"))
            elif word:
                tokens.append(_Token("word", word))
    if tokens and not tokens[-1].end:
        tokens[-1].start, tokens[-1].end = start_of_token, i
    return tokens


def tokens_with_spans(text: str) -> list[_Token]:
    """The tokens of a query with where each stands in `text` (raises QueryError like parse)."""
    return _tokenize(text)


def _field_name(word: str) -> str | None:
    low = word.lower()
    return low if low in FIELDS else _FIELD_ALIASES.get(low)


def _quoted(text: str, i: int) -> tuple[str, int]:
    close = _QUOTES[text[i]]
    end = text.find(close, i + 1)
    if end < 0 and close in "“”":
        end = max(text.find("“", i + 1), text.find("”", i + 1))
    if end < 0:
        raise QueryError(QT_TRANSLATE_NOOP("QueryError", "a quotation mark {mark} is not closed"),
                         mark=text[i])
    return text[i + 1:end], end + 1


def _field_value(text: str, i: int, field: str) -> tuple[object, int]:
    n = len(text)
    if i >= n or text[i].isspace():
        raise QueryError(QT_TRANSLATE_NOOP(
            "QueryError", "«{field}:» needs a value right after the colon, e.g. {field}:…"),
            field=field)
    if text[i] in _QUOTES:
        value, i = _quoted(text, i)
        return ("phrase", value), i
    if text[i] == "[":
        end = text.find("]", i)
        if end < 0:
            raise QueryError(QT_TRANSLATE_NOOP("QueryError", "a range «[» is not closed with «]»"))
        return ("range", text[i + 1:end]), end + 1
    start = i
    while i < n and not text[i].isspace() and text[i] not in "()":
        i += 1
    return ("word", text[start:i]), i


# -- grammar ---------------------------------------------------------------------------------
class _Parser:
    def __init__(self, tokens: list[_Token], today: dt.date):
        self.tokens = tokens
        self.position = 0
        self.today = today

    def peek(self) -> _Token | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.position]
        self.position += 1
        return token

    def conjunction(self) -> object:
        items = []
        while (token := self.peek()) is not None and token.kind != "close":
            if token.kind == "or":
                raise QueryError(QT_TRANSLATE_NOOP("QueryError", "OR needs a word on each side"))
            items.append(self.disjunction())
        if not items:
            raise QueryError(QT_TRANSLATE_NOOP("QueryError", "empty brackets «()»"))
        return items[0] if len(items) == 1 else And(tuple(items))

    def disjunction(self) -> object:
        items = [self.unary()]
        while (token := self.peek()) is not None and token.kind == "or":
            self.take()
            following = self.peek()
            if following is None or following.kind in ("close", "or"):
                raise QueryError(QT_TRANSLATE_NOOP("QueryError", "OR needs a word on each side"))
            items.append(self.unary())
        return items[0] if len(items) == 1 else Or(tuple(items))

    def unary(self) -> object:
        token = self.take()
        if token.kind in ("not", "minus"):
            following = self.peek()
            if following is None or following.kind in ("close", "or"):
                raise QueryError(QT_TRANSLATE_NOOP("QueryError",
                                                   "NOT (or «-») needs a word after it"))
            return Not(self.unary())
        if token.kind == "open":
            inner = self.conjunction()
            if self.peek() is None:
                raise QueryError(QT_TRANSLATE_NOOP("QueryError", "a bracket «(» is not closed"))
            self.take()
            return inner
        if token.kind == "close":
            raise QueryError(QT_TRANSLATE_NOOP("QueryError",
                                           "a closing bracket «)» has no opening one"))
        if token.kind == "phrase":
            return _phrase(token.value, None)
        if token.kind == "field":
            return _field(token.field, token.value, self.today)
        return _word(token.value, None)


def _word(raw: str, field: str | None) -> object:
    exact = raw.startswith("!")
    text = raw[1:] if exact else raw
    prefix, fuzzy = text.endswith("*"), text.endswith("~")
    text = text.rstrip("*~")
    if text.startswith("*") or "*" in text:
        raise QueryError(QT_TRANSLATE_NOOP(
            "QueryError", "«{word}»: a * may only end a word (prefix search)"), word=raw)
    if not re.search(r"\w", text):
        raise QueryError(QT_TRANSLATE_NOOP(
            "QueryError", "«{word}» has no letters or digits to search for"), word=raw)
    if prefix and len(text) < MIN_PREFIX:
        raise QueryError(QT_TRANSLATE_NOOP(
            "QueryError", "«{word}»: a prefix needs at least {count} letters before the *"),
            word=raw, count=MIN_PREFIX)
    parts = re.findall(r"\w+(?:-\w+)*", text)
    domain = re.fullmatch(r"[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", text)  # zakon.kz stays one word
    if len(parts) > 1 and not prefix and not fuzzy and not domain:
        # "Е.Саденов", "ДП/УП": a word with punctuation inside is its words, all of them
        return And(tuple(Word(p, field, exact) for p in parts))
    return Word(text, field, exact, prefix, fuzzy)


def _phrase(text: str, field: str | None) -> object:
    words = tuple(re.findall(r"\w+(?:-\w+)*", text))
    if not words:
        raise QueryError(QT_TRANSLATE_NOOP("QueryError", "an empty phrase «» finds nothing"))
    # Quotes mean the forms as typed, for one word as for several.
    return Word(words[0], field, exact=True) if len(words) == 1 else Phrase(words, field)


def _field(field: str, value: tuple[str, str], today: dt.date) -> object:
    kind, text = value
    if field == "date":
        if kind == "range":
            return _date_range(text)
        return _date_value(text, today)
    if kind == "range":
        raise QueryError(QT_TRANSLATE_NOOP(
            "QueryError", "«{field}:» takes a value, not a range [ … ]"), field=field)
    if field in FACET_FIELDS:
        return Facet(field, " ".join(text.split()))
    return _phrase(text, field) if kind == "phrase" else _word(text, field)


_RELATIVE = {"сегодня": 0, "today": 0, "вчера": 1, "yesterday": 1, "неделя": 7, "week": 7,
             "месяц": 30, "month": 30, "год": 365, "year": 365}


def _date_value(text: str, today: dt.date) -> DateRange:
    low = text.lower()
    if low in _RELATIVE:
        days = _RELATIVE[low]
        if days == 1:
            day = today - dt.timedelta(days=1)
            return DateRange(day, day)
        return DateRange(today - dt.timedelta(days=days) if days else today, today)
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text)
    if not m:
        raise QueryError(QT_TRANSLATE_NOOP(
            "QueryError", "«date:{value}»: write a date as 2025, 2025-12 or 2025-12-07, or "
                          "сегодня, вчера, неделя, месяц"), value=text)
    year, month, day = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    if month == 0 or day == 0:
        raise QueryError(QT_TRANSLATE_NOOP("QueryError", "«date:{value}» is not a real date"),
                         value=text)
    try:
        if day:
            date = dt.date(year, month, day)
            return DateRange(date, date)
        if month:
            start = dt.date(year, month, 1)
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            return DateRange(start, following - dt.timedelta(days=1))
        return DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31))
    except ValueError:
        raise QueryError(QT_TRANSLATE_NOOP("QueryError", "«date:{value}» is not a real date"),
                         value=text) from None


def _date_range(text: str) -> DateRange:
    parts = re.split(r"\s+(?:TO|ПО|-)\s+|\s*\.\.\s*", text.strip(), maxsplit=1,
                     flags=re.IGNORECASE)
    if len(parts) != 2:
        raise QueryError(QT_TRANSLATE_NOOP(
            "QueryError", "a date range looks like date:[2025-01-01 TO 2025-06-30]"))
    bounds = []
    for part in parts:
        part = part.strip()
        if part in ("*", ""):
            bounds.append(None)
            continue
        try:
            bounds.append(dt.date.fromisoformat(part))
        except ValueError:
            raise QueryError(QT_TRANSLATE_NOOP(
                "QueryError", "«{value}» in the date range is not a date like 2025-06-30"),
                value=part) from None
    if bounds[0] and bounds[1] and bounds[0] > bounds[1]:
        raise QueryError(QT_TRANSLATE_NOOP(
            "QueryError", "the date range is empty: {start} is after {end}"),
            start=bounds[0], end=bounds[1])
    return DateRange(bounds[0], bounds[1])
