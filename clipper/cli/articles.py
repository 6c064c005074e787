"""Commands about articles: import, search, show, edit."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clipper.cli.common import (add_filters, non_negative, open_archive, parse_date_or_none,
                                print_json, search_request)
from clipper.cli.saved import saved_request


def register(commands) -> dict:
    p = commands.add_parser("import", help="import article files and folders (recursively)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    p = commands.add_parser("search", help="find articles")
    p.add_argument("query", nargs="?", default="", metavar="QUERY")
    add_filters(p)
    p.add_argument("--sort", choices=["relevance", "date", "date-asc"])
    p.add_argument("--saved", metavar="NAME",
                   help="run a saved search (a QUERY given as well narrows it)")
    p.add_argument("--limit", type=non_negative, default=20)
    p.add_argument("--offset", type=non_negative, default=0)
    p.add_argument("--explain", action="store_true",
                   help="say what was searched: stems, the word forms they matched, filters")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("show", help="one article with its text")
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("edit", help="correct an article's fields (kept by reextract)",
                            argument_default=argparse.SUPPRESS)
    p.add_argument("id", metavar="ID")
    p.add_argument("--title")
    p.add_argument("--date", type=parse_date_or_none, metavar="YYYY-MM-DD|none")
    p.add_argument("--source")
    p.add_argument("--author")
    p.add_argument("--lang", choices=["ru", "kk", "mixed"])
    p.add_argument("--region", dest="regions", action="append", metavar="R",
                   help="repeat for several; `--region none` for a nationwide article")
    p.add_argument("--official", dest="officials", action="append", metavar="O",
                   help="repeat for several; `--official none` for none")
    p.add_argument("--json", action="store_true", default=False)
    return {"import": cmd_import, "search": cmd_search, "show": cmd_show, "edit": cmd_edit}


def cmd_import(folder: Path, args, parser) -> int:
    with open_archive(folder, write=True) as archive:
        job = archive.import_job(args.paths)
        show_progress = sys.stderr.isatty() and not args.json
        for progress in job:
            if show_progress:
                print(f"\r{progress.done}/{progress.total}", end="", file=sys.stderr, flush=True)
        if show_progress:
            print(file=sys.stderr)
        report = job.report
    if args.json:
        print_json(report.as_json())
    else:
        print(f"imported {len(report.imported)}, duplicates {len(report.duplicates)}, "
              f"failed {len(report.failed)}")
        for failure in report.failed:
            print(f"  failed: {failure['path']}: {failure['error']}")
        for warning in report.warnings:
            print(f"  warning: {warning['path']}: {warning['warning']}")
    return 1 if report.failed and not report.imported and not report.duplicates else 0


def cmd_search(folder: Path, args, parser) -> int:
    from clipper.search.explain import explain

    with open_archive(folder, write=False) as archive:
        request = (saved_request(archive, args, parser) if args.saved else search_request(
            args, query=args.query, limit=args.limit, offset=args.offset,
            sort=args.sort or "relevance"))
        result = archive.search(request)
        explained = explain(archive.engine(), request) if args.explain else None
    if args.json:
        data = result.as_json()
        if explained is not None:
            data["explain"] = explained
        print_json(data)
        return 0
    if explained is not None:
        print("searched for:")
        for line in explained:
            print(f"  {line}")
    print(f"{result.total} articles")
    for hit in result.hits:
        date = hit.date.isoformat() if hit.date else "----------"
        print(f"{hit.id}  {date}  {hit.title or '(no headline)'}")
        where = " · ".join(filter(None, [hit.source, ", ".join(hit.regions)]))
        if where:
            print(f"{'':14}{'':12}{where}")
        if hit.snippet:
            print(f"{'':26}{hit.snippet}")
    return 0


def cmd_show(folder: Path, args, parser) -> int:
    with open_archive(folder, write=False) as archive:
        article = archive.get(args.id)
    if args.json:
        print_json(article.details())
        return 0
    print(article.title or "(no headline)")
    print(f"date: {article.date or 'unknown'} ({article.date_origin})   source: "
          f"{article.source or 'unknown'}   author: {article.author or 'unknown'}   "
          f"lang: {article.lang}")
    print(f"regions: {', '.join(article.regions) or 'nationwide'}   officials: "
          f"{', '.join(article.officials) or '-'}   tags: {', '.join(article.tags) or '-'}")
    print(f"original: {article.original_name}")
    print()
    print(article.text)
    return 0


def cmd_edit(folder: Path, args, parser) -> int:
    given = vars(args)  # options not given are absent (argparse.SUPPRESS)
    values = {f: given[f] or None for f in ("title", "date", "source", "author", "lang")
              if f in given}
    for field in ("regions", "officials"):
        if field in given:
            values[field] = [] if given[field] == ["none"] else given[field]
    if not values:
        parser.error("say what to correct: --title, --date, --source, --author, --lang, "
                     "--region or --official")
    with open_archive(folder, write=True) as archive:
        archive.correct(args.id, **values)
        article = archive.get(args.id)
    if args.json:
        print_json(article.details())
    else:
        print(f"corrected {', '.join(values)} of {args.id}")
    return 0
