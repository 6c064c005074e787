"""Web pages: the article's text and the page's own metadata, via trafilatura."""

from __future__ import annotations

import datetime as dt
import re

from clipper.errors import ImportFailure

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
    meta = {"title": document.title, "site": document.sitename, "author": document.author}
    if document.date:
        try:
            meta["date"] = dt.date.fromisoformat(document.date[:10])
        except ValueError:
            pass
    text = document.text
    if document.title and not text.startswith(document.title):
        text = document.title + "\n\n" + text
    # trafilatura joins paragraphs with one newline; the text pipeline reads blank lines.
    return text.replace("\n", "\n\n"), meta
