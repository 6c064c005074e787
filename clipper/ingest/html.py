"""Web pages: the article's text and the page's own metadata, via trafilatura."""

from __future__ import annotations

import datetime as dt
import re

from clipper.errors import ImportFailure

# Where pages state their publication date in markup; a date in visible text is the text's.
_PUBLISHED = re.compile(
    r"""(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|pubdate|"""
    r"""publish[-_]?date|date)["'][^>]*content\s*=\s*["'](\d{4}-\d{2}-\d{2})"""
    r"""|content\s*=\s*["'](\d{4}-\d{2}-\d{2})[^"']*["'][^>]*(?:property|itemprop)\s*=\s*"""
    r"""["'](?:article:published_time|datePublished)["']"""
    r"""|"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})"""
    r"""|<time[^>]+datetime\s*=\s*["'](\d{4}-\d{2}-\d{2})[^>]*pubdate""", re.IGNORECASE)
_BYLINE_CLASS = re.compile(r"author|byline", re.IGNORECASE)
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
    meta = {"title": document.title, "site": document.sitename,
            "author": document.author or _byline(markup)}
    published = _published(markup)
    if published:
        meta["date"] = published
    text = document.text
    if document.title and not text.startswith(document.title):
        text = document.title + "\n\n" + text
    # trafilatura joins paragraphs with one newline; the text pipeline reads blank lines.
    return text.replace("\n", "\n\n"), meta


def _published(markup: str) -> dt.date | None:
    m = _PUBLISHED.search(markup)
    if not m:
        return None
    try:
        return dt.date.fromisoformat(next(g for g in m.groups() if g))
    except ValueError:
        return None


def _byline(markup: str) -> str | None:
    """The text of an element a page marks as its author: rel/itemprop/class "author"."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(markup)
    except Exception:
        return None
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("meta", "link", "script"):
            continue
        marks = " ".join(filter(None, (element.get("class"), element.get("rel"),
                                       element.get("itemprop"))))
        if marks and _BYLINE_CLASS.search(marks):
            text = " ".join(element.text_content().split())
            text = re.sub(r"^(?:автор|текст|author|by)\s*:?\s*", "", text, flags=re.IGNORECASE)
            if 1 < len(text.split()) <= 4 and not re.search(r"\d", text):
                return text
    return None
