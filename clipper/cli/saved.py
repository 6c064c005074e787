"""Commands for saved searches and the rules that tag what they find."""

from __future__ import annotations

import argparse
from pathlib import Path

from clipper.cli.common import (add_filters, has_filters, open_archive, print_items,
                                print_json, search_request)
from clipper.errors import ClipperError
from clipper.model.tone import NO_TONE, tone_from_word
from clipper.search.request import SORTS


def register(commands) -> dict:
    p = commands.add_parser("saved", help="saved searches: list, add, remove")
    actions = p.add_subparsers(dest="saved_action", metavar="ACTION", required=True)
    p = actions.add_parser("list", help="the saved searches")
    p.add_argument("--json", action="store_true")
    p = actions.add_parser("add", help="save a search (query, filters, sort) under a name")
    p.add_argument("name", metavar="NAME")
    p.add_argument("query", nargs="?", default="", metavar="QUERY")
    add_filters(p)
    p.add_argument("--sort", choices=SORTS, default="relevance")
    p.add_argument("--replace", action="store_true", help="replace a saved search of that name")
    p = actions.add_parser("remove", help="forget a saved search")
    p.add_argument("name", metavar="NAME")

    p = commands.add_parser("rules", help="rules: a saved search's matches get a tag or tone")
    actions = p.add_subparsers(dest="rules_action", metavar="ACTION", required=True)
    p = actions.add_parser("list", help="the rules, in the order they apply")
    p.add_argument("--json", action="store_true")
    p = actions.add_parser("add", help="add a rule: --saved NAME and --tag T and/or --tone X")
    p.add_argument("--saved", required=True, metavar="NAME", help="the saved search")
    p.add_argument("--tag", metavar="TAG", help="the tag its matches get")
    p.add_argument("--tone", metavar="TONE", help="the tone its matches get, if they have none")
    p.add_argument("--json", action="store_true")
    p = actions.add_parser("remove", help="remove a rule by its number")
    p.add_argument("id", type=int, metavar="ID")
    p = actions.add_parser("apply", help="apply every rule to the whole archive")
    p.add_argument("--dry-run", action="store_true", help="only say how many articles change")
    p.add_argument("--json", action="store_true")
    return {"saved": cmd_saved, "rules": cmd_rules}


def cmd_saved(folder: Path, args, parser) -> int:
    if args.saved_action == "list":
        with open_archive(folder, write=False) as archive:
            searches = archive.saved_searches.list()
        return print_items(searches, args, lambda s: f"{s.name}: {describe(s)}")
    with open_archive(folder, write=True) as archive:
        if args.saved_action == "add":
            request = search_request(args, query=args.query, sort=args.sort)
            archive.saved_searches.add(args.name, request, replace=args.replace)
            print(f"saved «{args.name}»: {describe(archive.saved_searches.get(args.name))}")
        else:
            archive.saved_searches.remove(args.name)
            print(f"saved search «{args.name}» removed")
    return 0


def describe(search) -> str:
    """A saved search on one line: the query, then each filter as its option would say it."""
    parts = [search.query] if search.query else []
    parts += [f"{facet}: {', '.join(values)}" for facet, values in search.filters.items()]
    if search.date_from or search.date_to:
        parts.append(f"from {search.date_from or '…'} to {search.date_to or '…'}")
    return "; ".join(parts or ["every article"]) + f" (sorted by {search.sort})"


def cmd_rules(folder: Path, args, parser) -> int:
    action = args.rules_action
    if action == "list":
        with open_archive(folder, write=False) as archive:
            rules = archive.rules.list()
        return print_items(rules, args, lambda rule: f"{rule.id:>4}  {_rule_words(rule)}")
    with open_archive(folder, write=True) as archive:
        if action == "add":
            tone = _tone(args.tone) if args.tone else None
            [rule_id] = archive.rules.add(args.saved, tag=args.tag, tone=tone).rules
            rule = next(r for r in archive.rules.list() if r.id == rule_id)
            if args.json:
                print_json(rule.as_json())
            else:
                print(f"rule {rule_id}: {_rule_words(rule)}")
        elif action == "remove":
            archive.rules.remove(args.id)
            print(f"rule {args.id} removed")
        else:
            previews = archive.rules.preview()
            changes = None if args.dry_run else archive.rules.apply()
            if args.json:
                data = {"rules": [p.as_json() for p in previews]}
                if changes is not None:
                    data.update(changed=changes.count, ids=sorted(changes.articles))
                print_json(data)
                return 0
            for preview in previews:
                verb = "would change" if args.dry_run else "changed"
                print(f"{preview.rule.id:>4}  {_rule_words(preview.rule)}: finds "
                      f"{preview.matches}, {verb} {preview.changes}")
            if changes is not None:
                print(f"{changes.count} articles changed")
    return 0


def _tone(word: str) -> str:
    tone = tone_from_word(word)
    if tone is None or tone == NO_TONE:
        raise ClipperError(f"unknown tone «{word}»: a rule gives positive, neutral or negative")
    return tone


def _rule_words(rule) -> str:
    gives = [f"tag «{rule.tag}»"] if rule.tag else []
    gives += [f"tone {rule.tone}"] if rule.tone else []
    return f"«{rule.saved_search}» → {' and '.join(gives)}"


def saved_request(archive, args, parser):
    """`search --saved NAME [QUERY]`: the saved search, narrowed by QUERY, with its own page."""
    if has_filters(argparse.Namespace(**{**vars(args), "query": ""})):
        parser.error("--saved runs a search as it was saved: narrow it with a QUERY, or save "
                     "another search for other filters")
    request = archive.saved_searches.get(args.saved).request(limit=args.limit,
                                                              offset=args.offset)
    if args.query:
        request.query = f"({request.query}) {args.query}" if request.query else args.query
    if args.sort:
        request.sort = args.sort
    return request
