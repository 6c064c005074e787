"""What a digest holds, whatever its format: which clippings, in what groups and order, which
words to mark, and the facts on its cover.

A digest is built from explicit article ids (kept in the order given) or from a search's whole
result. Every string in it is already cleaned of characters no document format may hold, so the
writers only lay it out.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from clipper.catalog import articles as catalog_articles
from clipper.errors import ClipperError, ExportFailure, NotFound
from clipper.export.options import DEFAULT_TITLE, DigestOptions
from clipper.index import Snippet
from clipper.model import Article
from clipper.search.request import SearchRequest
from clipper.search.run import highlights

if TYPE_CHECKING:
    from clipper.archive import Archive

log = logging.getLogger(__name__)

# A lead is the opening paragraphs up to about this many characters (whole paragraphs).
LEAD_CHARS = 300

# What a group is called when an article has no value for the grouping.
_NO_VALUE = {"date": "Без даты", "region": "Без привязки к региону",
             "official": "Без упоминания должностных лиц", "source": "Источник не указан",
             "tag": "Без тегов"}
TONES = {"positive": "позитивная", "neutral": "нейтральная", "negative": "негативная"}
LANGS = {"ru": "русский", "kk": "казахский", "mixed": "смешанный"}
# How the cover names each search filter; filters added later show under their own name.
_FILTER_LABELS = {"region": "Регионы", "official": "Должностные лица", "source": "Источники",
                  "tag": "Теги", "lang": "Язык", "year": "Годы", "tone": "Тональность",
                  "starred": "Отмеченные"}

# Characters that XML 1.0 (so DOCX and XLSX) cannot hold, and that no reader wants in a PDF:
# C0 controls but tab and newline, lone surrogates, U+FFFE and U+FFFF.
# A line break inside a sentence: the line does not end in . ! ? … : ; or a closing quote and
# the next line goes on in lower case.
_WRAP = re.compile(r"(?<=[^\s.!?…:;»\"”)])[ \t]*\n[ \t]*(?=[a-zа-яёәғқңөұүһі])")
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean(text: str | None) -> str:
    """`text` with the characters no document format may hold removed ('' for None)."""
    if not text:
        return ""
    return _INVALID.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))


@dataclass
class Clipping:
    """One article as the digest shows it: its paragraphs (full text or lead), words marked."""

    article: Article
    paragraphs: list[Snippet]
    title: str  # the headline, or a stand-in when the article has none

    def describe(self) -> str:
        """The article as an error message names it."""
        return f"{self.article.id} «{self.title[:80]}»"


@dataclass
class Group:
    heading: str | None  # None: the digest is not grouped
    clippings: list[Clipping]


@dataclass
class Digest:
    title: str
    organisation: str
    generated: dt.datetime
    period: tuple[dt.date, dt.date] | None  # the first and last dates among the clippings
    criteria: list[str]  # how the clippings were chosen, in words, one line each
    groups: list[Group]
    full_text: bool
    undated: int = 0  # clippings without a date (the period does not count them)
    group_by: str = "none"
    grouped: bool = field(init=False)

    def __post_init__(self) -> None:
        self.grouped = any(group.heading is not None for group in self.groups)

    @property
    def clippings(self) -> list[Clipping]:
        return [clipping for group in self.groups for clipping in group.clippings]

    @property
    def count(self) -> int:
        return sum(len(group.clippings) for group in self.groups)


def build_digest(archive: "Archive", *, ids: list[str] | None = None,
                 request: SearchRequest | None = None,
                 options: DigestOptions = DigestOptions(),
                 now: dt.datetime | None = None) -> Digest:
    """The digest of `ids` (in that order), or of every article `request` finds.

    With both, the ids are the clippings and the request only says which words to mark and
    what the cover tells about the search they were picked from."""
    if ids is None and request is None:
        raise ExportFailure("say what to export: article ids or a search")
    if ids is not None:
        ids = list(dict.fromkeys(ids))
        found = _load(archive, ids)
        if options.sort == "date":
            found = newest_first(found)
        # "relevance" keeps the given order: a selection is already in its result's order.
    else:
        sort = {"date": "date", "relevance": "relevance", None: request.sort}[options.sort]
        ordered = SearchRequest(**{**vars(request), "sort": sort, "limit": 0, "offset": 0})
        found = _load(archive, archive.ids_matching(ordered))
    if not found:
        raise ExportFailure("there is nothing to export: no article was chosen or found")
    query = request.query if request is not None else ""
    clippings = [_clipping(article, options.full_text, query) for article in found]
    dates = [c.article.date for c in clippings if c.article.date]
    return Digest(
        title=clean(options.title).strip() or DEFAULT_TITLE,
        organisation=clean(options.organisation).strip(),
        generated=now or dt.datetime.now().replace(microsecond=0),
        period=(min(dates), max(dates)) if dates else None,
        criteria=describe_selection(ids, request),
        groups=group_clippings(clippings, options.group_by),
        group_by=options.group_by,
        full_text=options.full_text,
        undated=len(clippings) - len(dates),
    )


def _load(archive: "Archive", ids: list[str]) -> list[Article]:
    with archive.catalog.read() as conn:
        nums = catalog_articles.nums_for_ids(conn, ids)
        missing = [i for i in ids if i not in nums]
        if missing:
            raise NotFound(f"no article with id {', '.join(missing[:5])} in {archive.folder}")
        return catalog_articles.load(conn, [nums[i] for i in ids], with_text=True)


def newest_first(found: list[Article]) -> list[Article]:
    """Newest first, undated last; articles of one day keep their order."""
    dated = sorted((a for a in found if a.date), key=lambda a: a.date, reverse=True)
    return dated + [a for a in found if not a.date]


def _clipping(article: Article, full_text: bool, query: str) -> Clipping:
    for name in ("title", "source", "author", "note", "tone", "original_name"):
        setattr(article, name, clean(getattr(article, name)) or None)
    for name in ("regions", "officials", "tags"):
        setattr(article, name, [clean(v) for v in getattr(article, name) if clean(v)])
    text = clean(article.text)
    # The words the search matched, on stems, as the search's own snippets mark them.
    spans = highlights(text, query) if query.strip() and text else []
    paragraphs = split_paragraphs(text, spans)
    if not full_text:
        paragraphs = lead(paragraphs)
    title = article.title or (paragraphs[0].text[:120] if paragraphs else "") or "Без заголовка"
    return Clipping(article, paragraphs, title.strip())


def split_paragraphs(text: str, spans: list[tuple[int, int]]) -> list[Snippet]:
    """The paragraphs of `text` with the marked spans that fall inside each. Clean text keeps
    a paragraph a line, but some files arrive wrapped at a fixed width: a line break before a
    lower-case word, after a line that does not end a sentence, is a wrap, not a paragraph."""
    text = _WRAP.sub(lambda m: " " * len(m.group()), text)  # same length: spans stay put
    paragraphs, start, i = [], 0, 0
    spans = sorted(spans)
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            offset = start + (len(line) - len(line.lstrip()))
            limit = offset + len(stripped)
            while i < len(spans) and spans[i][1] <= offset:
                i += 1
            marks = [(s - offset, e - offset) for s, e in spans[i:]
                     if s >= offset and e <= limit]
            paragraphs.append(Snippet(stripped, marks))
        start += len(line) + 1
    return paragraphs


def lead(paragraphs: list[Snippet]) -> list[Snippet]:
    """The opening paragraphs, whole, until they reach LEAD_CHARS."""
    taken, size = [], 0
    for paragraph in paragraphs:
        if size >= LEAD_CHARS:
            break
        taken.append(paragraph)
        size += len(paragraph.text)
    return taken


def group_clippings(clippings: list[Clipping], group_by: str) -> list[Group]:
    """Groups in a reader's order (dates newest first, other values alphabetical, the group
    without a value last); each clipping is filed once, under its first value (the main
    region, the first official named), and keeps its place in the overall order."""
    if group_by == "none":
        return [Group(None, clippings)]
    groups: dict[object, list[Clipping]] = {}
    for clipping in clippings:
        groups.setdefault(_group_key(clipping.article, group_by), []).append(clipping)
    keys = [k for k in groups if k is not None]
    keys.sort(key=(lambda d: -d.toordinal()) if group_by == "date" else
              (lambda v: v.lower().replace("ё", "е")))
    ordered = [Group(format_date(k) if group_by == "date" else k, groups[k]) for k in keys]
    if None in groups:
        ordered.append(Group(_NO_VALUE[group_by], groups[None]))
    return ordered


def _group_key(article: Article, group_by: str):
    if group_by == "date":
        return article.date
    if group_by == "source":
        return article.source or None
    values = {"region": article.regions, "official": article.officials,
              "tag": article.tags}[group_by]
    return values[0] if values else None


def describe_selection(ids: list[str] | None, request: SearchRequest | None) -> list[str]:
    """How the clippings were chosen, in the digest's words: one line each."""
    lines = []
    if ids is not None:
        lines.append("Публикации отобраны вручную" +
                     (" из результатов поиска" if request and _has_criteria(request) else ""))
    if request is not None:
        if request.query.strip():
            lines.append(f"Запрос: «{clean(request.query).strip()}»")
        for facet, values in request.selections().items():
            if values:
                shown = ", ".join(clean(_value_in_words(facet, str(v))) for v in values)
                lines.append(f"{_FILTER_LABELS.get(facet, facet)}: {shown}")
        if request.date_from or request.date_to:
            since = f"с {format_date(request.date_from)}" if request.date_from else ""
            until = f"по {format_date(request.date_to)}" if request.date_to else ""
            lines.append(f"Даты публикаций: {' '.join(p for p in (since, until) if p)}")
        if ids is None and not _has_criteria(request):
            lines.append("Все публикации архива")
    return lines


def _value_in_words(facet: str, value: str) -> str:
    if value == "unknown":
        return {"source": "источник не указан", "year": "без даты"}.get(facet, "не указано")
    if value == "nationwide":
        return "без привязки к региону"
    return {"lang": LANGS, "tone": TONES}.get(facet, {}).get(value, value)


def _has_criteria(request: SearchRequest) -> bool:
    return bool(request.query.strip() or any(request.selections().values())
                or request.date_from or request.date_to)


def format_date(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def format_period(digest: Digest) -> str:
    if digest.period is None:
        return "даты не указаны"
    first, last = digest.period
    text = format_date(first) if first == last else \
        f"с {format_date(first)} по {format_date(last)}"
    return text + (f" (и без даты: {digest.undated})" if digest.undated else "")


def cover_facts(digest: Digest) -> list[tuple[str, str]]:
    """The cover's facts under the title, as (label, value); the value may have several lines."""
    return [("Период", format_period(digest)),
            ("Отбор", "\n".join(line[:300] for line in digest.criteria) or "—"),
            ("Публикаций", str(digest.count)),
            ("Сформирован", digest.generated.strftime("%d.%m.%Y, %H:%M"))]


def metadata_lines(article: Article) -> list[tuple[str, str]]:
    """The clipping's facts under its headline, as (label, value); empty ones left out."""
    pairs = [("Источник", article.source or ""), ("Дата", format_date(article.date)),
             ("Автор", article.author or ""), ("Регионы", ", ".join(article.regions)),
             ("Должностные лица", ", ".join(article.officials)),
             ("Теги", ", ".join(article.tags)),
             ("Тональность", TONES.get(article.tone or "", article.tone or "")),
             ("Заметка", article.note or "")]
    return [(label, value) for label, value in pairs if value]


def failure(clipping: Clipping, exc: BaseException) -> ExportFailure:
    """The error that names the article a writer could not lay out (an unexpected error's
    traceback goes to the log: it is our fault, not the article's)."""
    if not isinstance(exc, ClipperError):
        log.error("export failed on article %s", clipping.article.id, exc_info=exc)
    return ExportFailure(f"cannot export article {clipping.describe()}: "
                         f"{exc if isinstance(exc, ClipperError) else repr(exc)}")
