"""The `clipper` command: argparse over the same Archive the window uses; no logic of its own."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from pathlib import Path

from clipper import __version__
from clipper.errors import ArchiveLocked, ClipperError
from clipper.paths import resolve_archive_dir

log = logging.getLogger("clipper")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clipper", description="Clipper: a press-clipping archive.")
    parser.add_argument("--archive", metavar="DIR",
                        help="archive folder (default: $CLIPPER_ARCHIVE, else your data folder)")
    parser.add_argument("--version", action="version", version=f"clipper {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser("import", help="import article files and folders (recursively)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    p = commands.add_parser("search", help="find articles")
    p.add_argument("query", nargs="?", default="", metavar="QUERY")
    _add_filters(p)
    p.add_argument("--sort", choices=["relevance", "date", "date-asc"], default="relevance")
    p.add_argument("--limit", type=_non_negative, default=20)
    p.add_argument("--offset", type=_non_negative, default=0)
    p.add_argument("--explain", action="store_true",
                   help="say what was searched: stems, the word forms they matched, filters")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("show", help="one article with its text")
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("tag", help="add or remove a tag on articles")
    p.add_argument("action", choices=["add", "remove"])
    p.add_argument("tag", metavar="TAG")
    p.add_argument("--id", dest="ids", action="append", default=[], metavar="ID")
    p.add_argument("--query", default="", help="tag every article this search finds")
    _add_filters(p)
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("edit", help="correct an article's fields (kept by reextract)",
                            argument_default=argparse.SUPPRESS)
    p.add_argument("id", metavar="ID")
    p.add_argument("--title")
    p.add_argument("--date", type=_date_or_none, metavar="YYYY-MM-DD|none")
    p.add_argument("--source")
    p.add_argument("--author")
    p.add_argument("--lang", choices=["ru", "kk", "mixed"])
    p.add_argument("--region", dest="regions", action="append", metavar="R",
                   help="repeat for several; `--region none` for a nationwide article")
    p.add_argument("--official", dest="officials", action="append", metavar="O",
                   help="repeat for several; `--official none` for none")
    p.add_argument("--json", action="store_true", default=False)

    commands.add_parser("reextract", help="run extraction again, keeping corrected fields")
    commands.add_parser("reindex", help="rebuild the search index from the catalog")
    commands.add_parser("check", help="do catalog, index and originals agree? exit 1 if not")
    commands.add_parser("gui", help="open the window (what `clipper` alone does)")
    return parser


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--region", dest="regions", action="append", default=[], metavar="R")
    p.add_argument("--official", dest="officials", action="append", default=[], metavar="O")
    p.add_argument("--source", dest="sources", action="append", default=[], metavar="S")
    p.add_argument("--tag", dest="tags", action="append", default=[], metavar="T")
    p.add_argument("--lang", dest="langs", action="append", default=[], metavar="L")
    p.add_argument("--year", dest="years", action="append", default=[], metavar="YYYY")
    p.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» is not a date like 2025-12-31") from None


def _date_or_none(text: str) -> dt.date | None:
    return None if text.lower() == "none" else _date(text)


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"«{text}» is not a whole number ≥ 0")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    folder = resolve_archive_dir(args.archive)
    command = args.command or "gui"
    _route_log(folder)
    try:
        if command == "gui":
            from clipper.ui.app import run_app  # Qt is loaded only for the window

            return run_app(folder)
        return COMMANDS[command](folder, args, parser)
    except ClipperError as exc:
        print(f"clipper: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # `clipper search | head`: the reader went away; that is not an error of ours.
        sys.stdout = open(os.devnull, "w")
        return 0
    except KeyboardInterrupt:
        print("clipper: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # never a traceback on the user's screen
        log.exception("unexpected error in `clipper %s`", command)
        print(f"clipper: unexpected error ({exc.__class__.__name__}: {exc}); "
              f"details are in {folder / 'clipper.log'}", file=sys.stderr)
        return 1


def _route_log(folder: Path) -> None:
    """Unexpected errors go to the archive's log file, never as a traceback on the screen."""
    from clipper.archive import log_to

    logging.getLogger("clipper").addHandler(logging.NullHandler())
    if folder.is_dir():
        try:
            log_to(folder / "clipper.log")
        except OSError:
            pass


def _open(folder: Path, *, write: bool):
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


def cmd_import(folder: Path, args, parser) -> int:
    with _open(folder, write=True) as archive:
        job = archive.import_job(args.paths)
        show_progress = sys.stderr.isatty() and not args.json
        for progress in job:
            if show_progress:
                print(f"\r{progress.done}/{progress.total}", end="", file=sys.stderr, flush=True)
        if show_progress:
            print(file=sys.stderr)
        report = job.report
    if args.json:
        _print_json(report.as_json())
    else:
        print(f"imported {len(report.imported)}, duplicates {len(report.duplicates)}, "
              f"failed {len(report.failed)}")
        for failure in report.failed:
            print(f"  failed: {failure['path']}: {failure['error']}")
        for warning in report.warnings:
            print(f"  warning: {warning['path']}: {warning['warning']}")
    return 1 if report.failed and not report.imported and not report.duplicates else 0


def _request(args, *, query: str, limit: int = 50, offset: int = 0, sort: str = "relevance"):
    from clipper.search.request import SearchRequest

    return SearchRequest(query=query, regions=args.regions, officials=args.officials,
                         sources=args.sources, tags=args.tags, langs=args.langs,
                         years=args.years, date_from=args.date_from, date_to=args.date_to,
                         sort=sort, limit=limit, offset=offset)


def cmd_search(folder: Path, args, parser) -> int:
    from clipper.search.explain import explain

    request = _request(args, query=args.query, limit=args.limit, offset=args.offset,
                       sort=args.sort)
    with _open(folder, write=False) as archive:
        result = archive.search(request)
        explained = explain(archive.engine(), request) if args.explain else None
    if args.json:
        data = result.as_json()
        if explained is not None:
            data["explain"] = explained
        _print_json(data)
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
    with _open(folder, write=False) as archive:
        article = archive.get(args.id)
    if args.json:
        _print_json(article.details())
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


def cmd_tag(folder: Path, args, parser) -> int:
    filters = any([args.query, args.regions, args.officials, args.sources, args.tags,
                   args.langs, args.years, args.date_from, args.date_to])
    if not args.ids and not filters:
        parser.error("say which articles: --id ID..., or a search (--query, --region, ...)")
    with _open(folder, write=True) as archive:
        ids = list(args.ids)
        if filters:
            ids += archive.ids_matching(_request(args, query=args.query, limit=0))
        changes = archive.tag(args.tag, ids, remove=args.action == "remove")
    if args.json:
        _print_json({"changed": changes.count, "ids": sorted(changes.articles)})
    else:
        verb = "added to" if args.action == "add" else "removed from"
        print(f"tag «{args.tag}» {verb} {changes.count} articles")
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
    with _open(folder, write=True) as archive:
        archive.correct(args.id, **values)
        article = archive.get(args.id)
    if args.json:
        _print_json(article.details())
    else:
        print(f"corrected {', '.join(values)} of {args.id}")
    return 0


def cmd_reextract(folder: Path, args, parser) -> int:
    with _open(folder, write=True) as archive:
        job = archive.reextract_job()
        for progress in job:
            if sys.stderr.isatty():
                print(f"\r{progress.done}/{progress.total}", end="", file=sys.stderr, flush=True)
    print(f"\rre-extraction done: {job.changed} articles changed; corrected fields kept")
    for failure in job.failed:
        print(f"  failed: {failure['id']}: {failure['error']}")
    return 0


def cmd_reindex(folder: Path, args, parser) -> int:
    with _open(folder, write=True) as archive:
        for progress in archive.reindex_job():
            if sys.stderr.isatty():
                print(f"\r{progress.done}/{progress.total}", end="", file=sys.stderr, flush=True)
        count = archive.index.doc_count()
    print(f"\rindex rebuilt: {count} articles")
    return 0


def cmd_check(folder: Path, args, parser) -> int:
    from clipper.archive import Archive

    with Archive.open(folder, write=False) as archive:
        problems = archive.check()
        count = archive.count()
    if problems:
        for problem in problems:
            print(f"problem: {problem}")
        print("run `clipper reindex` to rebuild the index from the catalog")
        return 1
    print(f"ok: {count} articles; catalog, index and originals agree")
    return 0


def _print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    print()


COMMANDS = {
    "import": cmd_import,
    "search": cmd_search,
    "show": cmd_show,
    "tag": cmd_tag,
    "edit": cmd_edit,
    "reextract": cmd_reextract,
    "reindex": cmd_reindex,
    "check": cmd_check,
}
