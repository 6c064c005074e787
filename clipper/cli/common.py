"""What every command shares: opening the archive, search filters as options, JSON output."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from clipper.errors import ArchiveLocked


def open_archive(folder: Path, *, write: bool):
    from clipper.archive import CATALOG, Archive

    if write:
        return Archive.open(folder)
    # A reader repairs a stale index if nobody else is writing; otherwise it reads alongside.
    if (folder / CATALOG).exists():
        try:
            return Archive.open(folder)
        except ArchiveLocked:
            pass
    return Archive.open(folder, write=False)


def add_filters(p: argparse.ArgumentParser) -> None:
    """The facet filters of a search, as options (`--region R --year 2025 ...`)."""
    p.add_argument("--region", dest="regions", action="append", default=[], metavar="R")
    p.add_argument("--official", dest="officials", action="append", default=[], metavar="O")
    p.add_argument("--source", dest="sources", action="append", default=[], metavar="S")
    p.add_argument("--tag", dest="tags", action="append", default=[], metavar="T")
    p.add_argument("--lang", dest="langs", action="append", default=[], metavar="L")
    p.add_argument("--year", dest="years", action="append", default=[], metavar="YYYY")
    p.add_argument("--tone", dest="tones", action="append", default=[], metavar="TONE",
                   help="positive, neutral, negative or none (негатив, позитив, нейтрал, нет)")
    p.add_argument("--starred", action="store_const", const="yes", help="only starred articles")
    p.add_argument("--unstarred", dest="starred", action="store_const", const="no",
                   help="only articles without a star")
    p.add_argument("--from", dest="date_from", type=parse_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=parse_date, metavar="YYYY-MM-DD")


def has_filters(args) -> bool:
    return any([getattr(args, "query", ""), args.regions, args.officials, args.sources,
                args.tags, args.langs, args.years, args.tones, args.starred, args.date_from,
                args.date_to])


def search_request(args, *, query: str, limit: int = 50, offset: int = 0,
                   sort: str = "relevance"):
    from clipper.search.request import SearchRequest

    return SearchRequest(query=query, regions=args.regions, officials=args.officials,
                         sources=args.sources, tags=args.tags, langs=args.langs,
                         years=args.years, tones=args.tones,
                         starred=[args.starred] if args.starred else [],
                         date_from=args.date_from, date_to=args.date_to,
                         sort=sort, limit=limit, offset=offset)


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» is not a date like 2025-12-31") from None


def parse_date_or_none(text: str) -> dt.date | None:
    return None if text.lower() == "none" else parse_date(text)


def non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"«{text}» is not a whole number ≥ 0")
    return value


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    print()


def print_items(items: list, args, line) -> int:
    """A listing: each item's `as_json()` with --json, else `line(item)` a line."""
    if args.json:
        print_json([item.as_json() for item in items])
    else:
        for item in items:
            print(line(item))
    return 0


def print_progress(progress, *, enabled: bool = True) -> None:
    if enabled and sys.stderr.isatty():
        print(f"\r{progress.done}/{progress.total}", end="", file=sys.stderr, flush=True)
