"""The one function that turns a file's bytes into an article record."""

from __future__ import annotations

from clipper.errors import ImportFailure
from clipper.ingest.clean import clean_text
from clipper.ingest.extract.author import byline_name, find_author
from clipper.ingest.extract.date import (find_byline_date, find_marked_date, find_page_date,
                                         find_publication_date, is_date_line)
from clipper.ingest.extract.headline import find_headline, head_lines
from clipper.ingest.extract.language import detect_language
from clipper.ingest.extract.officials import find_officials
from clipper.ingest.extract.outlet import find_outlet_and_certainty
from clipper.ingest.extract.regions import find_regions
from clipper.ingest.read import read_text
from clipper.model import Extraction

# What a folder import picks up; a file named explicitly is tried whatever its name.
SUPPORTED_SUFFIXES = frozenset({".txt", ".text", ".docx", ".html", ".htm", ".pdf", ""})

# Below this a date is shown but flagged for the user to confirm.
CONFIDENT = 0.7


def extract_article(data: bytes, name: str) -> Extraction:
    """Read and understand one file. Raises ImportFailure (with the reason) when it is no article."""
    suffix = _suffix(name)
    if suffix in (".doc", ".rtf"):
        raise ImportFailure(f"{suffix} files are not supported: save the article as .docx or .txt")
    read = read_text(data, suffix)
    raw_lines = read.text.split("\n")
    meta = read.meta
    found_date = None if meta.get("date_relative") else (
        find_marked_date(meta.get("date_lines", [])) or find_publication_date(raw_lines))
    cleaned = clean_text(read.text).split("\n")
    # A date printed with the article (a closing byline's) beats the site header's day.
    if found_date is None or found_date.origin == "page":
        found_date = find_byline_date(cleaned) or found_date or find_page_date(
            meta.get("page_lines", []))
    lines, datelines = _without_date_lines(cleaned)
    title, title_line = find_headline(lines)
    author, byline = find_author(lines, [i for i, _ in head_lines(lines)], datelines)
    if byline is not None:
        lines = lines[:byline] + lines[byline + 1:]
        if title_line is not None and byline < title_line:
            title_line -= 1
    body_lines = lines[title_line + 1:] if title_line is not None else lines
    while body_lines and not body_lines[0]:
        body_lines = body_lines[1:]
    body = "\n".join(body_lines)
    source, source_stated = find_outlet_and_certainty(
        body, _lines_above(lines, title_line) + datelines + meta.get("site_lines", [])
        + ([meta["site"]] if meta.get("site") else []),
        "\n".join([read.text, *meta.get("footer_lines", [])]))
    if not body.strip():
        raise ImportFailure("no article text found in the file (only page menus or a headline)")
    extraction = Extraction(
        raw_text=read.text,
        text=body,
        encoding=read.encoding,
        title=title,
        title_derived=title_line is None,
        source=source,
        author=author,
        lang=detect_language(body),
        # A dateline's place ("5 ноября 2025 года, Атырау") counts when the text names none.
        regions=find_regions(body, title, " ".join(datelines)),
        warnings=list(read.warnings),
    )
    extraction.officials, extraction.roles = find_officials(
        body, extraction.lang, extraction.author, extraction.regions)
    _apply_page_metadata(extraction, read.meta)
    if found_date and extraction.date is None:
        extraction.date = found_date.date
        extraction.date_origin = found_date.origin
        extraction.date_confidence = found_date.confidence
    if extraction.date and extraction.date_confidence < CONFIDENT:
        extraction.uncertain.append("date")
    if extraction.title_derived:
        extraction.uncertain.append("title")
    if extraction.source and not source_stated and not read.meta.get("site"):
        extraction.uncertain.append("source")
    return extraction


def _apply_page_metadata(extraction: Extraction, meta: dict) -> None:
    """A web page's own title, date and site name beat what the text alone suggests."""
    if meta.get("date"):
        extraction.date, extraction.date_origin, extraction.date_confidence = (
            meta["date"], "header", 0.9)
    if meta.get("site") and not extraction.source:
        extraction.source = meta["site"]
    if meta.get("author") and not extraction.author:
        # "Материал подготовил Тимур Ахметов", "Ержан Қасымов · Қаралды: 687"
        extraction.author = byline_name(meta["author"])
    if meta.get("title") and extraction.title_derived:
        extraction.title, extraction.title_derived = meta["title"], False


def _lines_above(lines: list[str], title_line: int | None) -> list[str]:
    """The page's head above the headline, where a site prints its own name (with no
    headline, the short lines before the first paragraph: a channel's name over its post)."""
    if title_line is None:
        return [line for _i, line in head_lines(lines)]
    return [line for line in lines[:title_line] if line]


def _suffix(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def _without_date_lines(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines without the header and date lines at the top (metadata, not article text),
    and those date lines."""
    out, dropped, seen = [], [], 0
    for line in lines:
        if line and seen < 12:
            seen += 1
            if is_date_line(line):
                dropped.append(line)
                continue
        out.append(line)
    return out, dropped
