"""Commands that organise articles: tags, tone, notes and stars (saved searches and rules are
in clipper/cli/saved.py, registered from here)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clipper.cli import saved
from clipper.cli.common import (add_filters, has_filters, open_archive, print_items, print_json,
                                search_request)
from clipper.errors import ClipperError
from clipper.model.tone import NO_TONE, tone_from_word


def register(commands) -> dict:
    tag = commands.add_parser("tag", help="tags: add, remove, rename, merge, delete, list, colour")
    actions = tag.add_subparsers(dest="tag_action", metavar="ACTION", required=True)
    for action, what in (("add", "add a tag to articles"), ("remove", "remove a tag")):
        p = actions.add_parser(action, help=what)
        p.add_argument("tag", metavar="TAG")
        _add_article_choice(p)
    p = actions.add_parser("rename", help="rename a tag (its articles keep it)")
    p.add_argument("old", metavar="OLD")
    p.add_argument("new", metavar="NEW")
    p.add_argument("--json", action="store_true")
    p = actions.add_parser("merge", help="put the articles of several tags under one")
    p.add_argument("tags", nargs="+", metavar="TAG")
    p.add_argument("--into", required=True, metavar="TAG")
    p.add_argument("--json", action="store_true")
    p = actions.add_parser("delete", help="delete a tag from every article (asks for --yes)")
    p.add_argument("tag", metavar="TAG")
    p.add_argument("--yes", action="store_true", help="delete even though articles carry it")
    p.add_argument("--json", action="store_true")
    p = actions.add_parser("list", help="every tag with its colour and article count")
    p.add_argument("--json", action="store_true")
    p = actions.add_parser("colour", aliases=["color"], help="set a tag's colour (#rrggbb|none)")
    p.add_argument("tag", metavar="TAG")
    p.add_argument("colour", metavar="#RRGGBB|none")

    p = commands.add_parser("tone", help="set the tone of articles (positive|neutral|negative|"
                                         "none, or негатив, позитив, нейтрал, нет)")
    p.add_argument("tone", metavar="TONE")
    _add_article_choice(p)

    for name, what in (("star", "star articles"), ("unstar", "take the star off articles")):
        _add_article_choice(commands.add_parser(name, help=what))

    p = commands.add_parser("note", help="the note on an article (searchable as note:)")
    p.add_argument("--id", dest="id", required=True, metavar="ID")
    p.add_argument("text", nargs="?", metavar="TEXT",
                   help="the note; \"\" removes it; without TEXT the note is printed")
    p.add_argument("--json", action="store_true")
    return {"tag": cmd_tag, "tone": cmd_tone, "star": cmd_star, "unstar": cmd_star,
            "note": cmd_note, **saved.register(commands)}


def _add_article_choice(p: argparse.ArgumentParser) -> None:
    p.add_argument("--id", dest="ids", action="append", default=[], metavar="ID")
    p.add_argument("--query", default="", help="every article this search finds")
    add_filters(p)
    p.add_argument("--json", action="store_true")


def chosen_ids(archive, args, parser) -> list[str]:
    """The articles a command acts on: --id ones, and every article the search finds."""
    if not args.ids and not has_filters(args):
        parser.error("say which articles: --id ID..., or a search (--query, --region, ...)")
    ids = list(args.ids)
    if has_filters(args):
        ids += archive.ids_matching(search_request(args, query=args.query, limit=0))
    return ids


def cmd_tag(folder: Path, args, parser) -> int:
    action = {"color": "colour"}.get(args.tag_action, args.tag_action)
    if action == "list":
        with open_archive(folder, write=False) as archive:
            tags = archive.tags.list()
        return print_items(tags, args, lambda t: f"{t.count:>7}  {t.colour or '':7}  {t.name}")
    with open_archive(folder, write=True) as archive:
        if action in ("add", "remove"):
            ids = chosen_ids(archive, args, parser)
            changes = (archive.tags.add(args.tag, ids) if action == "add"
                       else archive.tags.remove(args.tag, ids))
            said = f"tag «{args.tag}» {'added to' if action == 'add' else 'removed from'}"
        elif action == "rename":
            changes = archive.tags.rename(args.old, args.new)
            said = f"tag «{args.old}» renamed «{args.new}» on"
        elif action == "merge":
            changes = archive.tags.merge(args.tags, args.into)
            said = f"{', '.join(args.tags)} merged into «{args.into}» on"
        elif action == "delete":
            usage = archive.tags.usage(args.tag)
            if (usage.articles or usage.rules) and not args.yes:
                rules = (f" and {usage.rules} rule{'s' if usage.rules > 1 else ''}"
                         if usage.rules else "")
                print(f"clipper: tag «{args.tag}» is on {usage.articles} articles{rules}; "
                      "run again with --yes to delete it", file=sys.stderr)
                return 1
            changes = archive.tags.delete(args.tag)
            said = f"tag «{args.tag}» deleted from"
        else:
            colour = None if args.colour.lower() == "none" else args.colour
            archive.tags.recolour(args.tag, colour)
            print(f"tag «{args.tag}» colour {colour or 'default'}")
            return 0
    return _report(changes, args, said)


def cmd_tone(folder: Path, args, parser) -> int:
    tone = tone_from_word(args.tone)
    if tone is None:
        raise ClipperError(f"unknown tone «{args.tone}»: use positive, neutral, negative or none "
                           "(позитив, нейтрал, негатив, нет)")
    with open_archive(folder, write=True) as archive:
        changes = archive.set_tone(chosen_ids(archive, args, parser),
                                   None if tone == NO_TONE else tone)
    return _report(changes, args, f"tone {tone} set on")


def cmd_star(folder: Path, args, parser) -> int:
    starred = args.command == "star"
    with open_archive(folder, write=True) as archive:
        changes = archive.set_starred(chosen_ids(archive, args, parser), starred)
    return _report(changes, args, "starred" if starred else "star taken off")


def cmd_note(folder: Path, args, parser) -> int:
    if args.text is None:
        with open_archive(folder, write=False) as archive:
            note = archive.get(args.id).note
        if args.json:
            print_json({"id": args.id, "note": note})
        elif note:
            print(note)
        return 0
    with open_archive(folder, write=True) as archive:
        changes = archive.set_note(args.id, args.text)
    return _report(changes, args, "note set on" if args.text.strip() else "note removed from")


def _report(changes, args, said: str) -> int:
    if args.json:
        print_json({"changed": changes.count, "ids": sorted(changes.articles)})
    else:
        print(f"{said} {changes.count} articles")
    return 0
