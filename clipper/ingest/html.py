"""Web pages: the article's text and the page's own metadata, via trafilatura."""

from __future__ import annotations

import datetime as dt
import re

from clipper.errors import ImportFailure
from clipper.ingest.nlp import has_verb
from clipper.ingest.page_parts import page_parts

# Where pages state their publication date in markup; a date in visible text is the text's.
_PUBLISHED = re.compile(
    r"""(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|pubdate|"""
    r"""publish[-_]?date|date)["'][^>]*content\s*=\s*["'](\d{4}-\d{2}-\d{2})"""
    r"""|content\s*=\s*["'](\d{4}-\d{2}-\d{2})[^"']*["'][^>]*(?:property|itemprop)\s*=\s*"""
    r"""["'](?:article:published_time|datePublished)["']"""
    r"""|"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})"""
    r"""|<time[^>]+datetime\s*=\s*["'](\d{4}-\d{2}-\d{2})[^>]*pubdate""", re.IGNORECASE)
_LABEL = re.compile(r"^(?:автор(?:ы|\s+материала)?|текст|мәтін|фото|author|by)(?:\s*:\s*|\s+)",
                    re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w\-]+)""", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    return {"windows-1251": "cp1251", "win-1251": "cp1251", "koi8-r": "koi8_r"}.get(name, name)


def looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"\xef\xbb\xbf<!doctype html"))


def read_html(markup: str) -> tuple[str, dict]:
    """The article text (title first) and what the page says of itself: title, date, site."""
    import trafilatura  # costly to import; most imports are plain text

    try:
        document = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=True,
            favor_precision=True,
            # Dates only from the page's markup, never guessed from words in the body.
            date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception as exc:
        raise ImportFailure(f"the web page cannot be read: {exc}") from exc
    if document is None or not (document.text or "").strip():
        raise ImportFailure("no article text found in the web page")
    parts = page_parts(markup)
    author = _without_label(document.author or "") or next(
        filter(None, map(_without_label, parts.bylines)), None)
    title = parts.headline_in_title(document.title, document.sitename)
    if title and parts.headline and len(parts.headline) > len(title) \
            and parts.headline.lower().startswith(title.lower()):
        title = parts.headline  # "Трасса Атырау – Актобе закрыта", cut at its dash by the reader
    elif title and parts.title and parts.title.lower().startswith(title.lower()) \
            and _fold(parts.headline or "") != _fold(title) \
            and has_verb(parts.title[len(title):]):
        title = parts.headline_in_title(parts.title, document.sitename)  # the same, with no <h1>
    # the reader guesses a site name from the <title>'s last part: "Актобе закрыта" is not one
    site = None if document.sitename and has_verb(document.sitename) else document.sitename
    meta = {"title": title, "site": site, "author": author,
            # where a page without og:site_name names itself: <title>, logo, footer
            "site_lines": [n for n in (parts.title_site(title), *parts.brands) if n],
            "footer_lines": parts.footer}
    published = _published(markup) or parts.stated_date
    if published:
        meta["date"] = published
    elif parts.relative:
        meta["date_relative"] = True
    else:
        # Dates the page marks as such by its headline (origin as their text tells), then
        # the top bar's day, which is only the day the page was saved.
        meta["date_lines"] = parts.dates
        meta["page_lines"] = parts.top_texts
    text = _without_cell_bars(document.text)
    if title and not text.startswith(title):
        text = title + "\n\n" + text
    # trafilatura joins paragraphs with one newline; the text pipeline reads blank lines.
    return text.replace("\n", "\n\n"), meta


def _fold(text: str) -> str:
    """An <h1> printing just the cut title confirms the cut, whatever follows it in the <title>."""
    return " ".join(text.split()).lower()


def _without_cell_bars(text: str) -> str:
    """A table row as the reader prints it, "| | Закон и порядок |": its cells without the bars
    at its ends and without empty cells, as a page laid out in tables shows them."""
    lines = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            line = " | ".join(c.strip() for c in stripped.strip("|").split("|") if c.strip())
        lines.append(line)
    return "\n".join(lines)


def _published(markup: str) -> dt.date | None:
    m = _PUBLISHED.search(markup)
    if not m:
        return None
    try:
        return dt.date.fromisoformat(next(g for g in m.groups() if g))
    except ValueError:
        return None


def _without_label(text: str) -> str | None:
    """"Автор материала: Имя Фамилия", "Текст: Имя Фамилия, фото: …", "12.03.2026 · Автор: …"
    → the name."""
    parts = re.split(r"\s*[|·•]\s*", " ".join(text.split()))
    text = next((part for part in parts if _LABEL.match(part)), parts[0])
    text = re.split(r"\s*[,;|/·•]\s*", _LABEL.sub("", text))[0]
    return text if 1 < len(text.split()) <= 4 and not re.search(r"\d", text) else None
