"""The export command: a digest (PDF, DOCX) or a table (CSV, XLSX) of chosen or found articles."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clipper.cli.common import add_filters, has_filters, open_archive, print_progress, \
    search_request
from clipper.export.options import DEFAULT_TITLE, FORMATS, GROUPINGS, ORDERS, DigestOptions


def register(commands) -> dict:
    p = commands.add_parser(
        "export", help="write a digest (pdf, docx) or a table (csv, xlsx) of articles",
        description="Export the articles given by --id (in that order), or every article a "
                    "search finds (--query and the filters; none: the whole archive).")
    p.add_argument("--format", choices=FORMATS,
                   help="default: what the --out file name ends in")
    p.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    p.add_argument("--id", dest="ids", action="append", default=[], metavar="ID")
    p.add_argument("--query", default="", help="export what this search finds; with --id, "
                                               "only marks its words in the text")
    add_filters(p)
    p.add_argument("--title", default=DEFAULT_TITLE, metavar="T",
                   help=f"the digest's title (default «{DEFAULT_TITLE}»)")
    p.add_argument("--organisation", default="", metavar="NAME",
                   help="printed on the cover and at the top of each page")
    p.add_argument("--group-by", choices=GROUPINGS, default="none")
    text = p.add_mutually_exclusive_group()
    text.add_argument("--full-text", dest="full_text", action="store_true", default=True,
                      help="each article's whole text (the default)")
    text.add_argument("--lead-only", dest="full_text", action="store_false",
                      help="each article's opening paragraphs only")
    p.add_argument("--sort", choices=ORDERS, default=None,
                   help="date: newest first (the default for a search); relevance: the "
                        "search's order, or the order the --id options give")
    return {"export": cmd_export}


def cmd_export(folder: Path, args, parser) -> int:
    facets = has_filters(argparse.Namespace(**{**vars(args), "query": ""}))
    if args.ids and facets:
        parser.error("--id exports exactly those articles: leave out the search filters "
                     "(--query may go with it, to mark its words)")
    request = search_request(args, query=args.query, limit=0,
                             sort="relevance" if args.sort == "relevance" else "date")
    options = DigestOptions(title=args.title, organisation=args.organisation,
                            group_by=args.group_by, full_text=args.full_text,
                            sort=args.sort if args.ids else args.sort or "date")
    with open_archive(folder, write=False) as archive:
        job = archive.export_job(args.out, format=args.format, ids=args.ids or None,
                                 request=request if not args.ids or args.query else None,
                                 options=options)
        for progress in job:
            print_progress(progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"wrote {job.count} articles to {job.path}")
    return 0

