"""Commands that organise articles: tags."""

from __future__ import annotations

from pathlib import Path

from clipper.cli.common import add_filters, has_filters, open_archive, print_json, search_request


def register(commands) -> dict:
    p = commands.add_parser("tag", help="add or remove a tag on articles")
    p.add_argument("action", choices=["add", "remove"])
    p.add_argument("tag", metavar="TAG")
    p.add_argument("--id", dest="ids", action="append", default=[], metavar="ID")
    p.add_argument("--query", default="", help="tag every article this search finds")
    add_filters(p)
    p.add_argument("--json", action="store_true")
    return {"tag": cmd_tag}


def cmd_tag(folder: Path, args, parser) -> int:
    if not args.ids and not has_filters(args):
        parser.error("say which articles: --id ID..., or a search (--query, --region, ...)")
    with open_archive(folder, write=True) as archive:
        ids = list(args.ids)
        if has_filters(args):
            ids += archive.ids_matching(search_request(args, query=args.query, limit=0))
        changes = archive.tag(args.tag, ids, remove=args.action == "remove")
    if args.json:
        print_json({"changed": changes.count, "ids": sorted(changes.articles)})
    else:
        verb = "added to" if args.action == "add" else "removed from"
        print(f"tag «{args.tag}» {verb} {changes.count} articles")
    return 0
