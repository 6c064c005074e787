"""The `clipper` command: argparse over the same Archive the window uses; no logic of its own.

Each module of this package adds its commands with `register(commands)`, which returns
the functions that run them by name.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from clipper import __version__
from clipper.cli import articles, export, maintenance, organise
from clipper.errors import ClipperError
from clipper.paths import resolve_archive_dir

log = logging.getLogger("clipper")

COMMAND_MODULES = [articles, organise, export, maintenance]


def build_parser() -> tuple[argparse.ArgumentParser, dict]:
    parser = argparse.ArgumentParser(
        prog="clipper", description="Clipper: a press-clipping archive.")
    parser.add_argument("--archive", metavar="DIR",
                        help="archive folder (default: $CLIPPER_ARCHIVE, else your data folder)")
    parser.add_argument("--version", action="version", version=f"clipper {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    runners: dict = {}
    for module in COMMAND_MODULES:
        runners.update(module.register(commands))
    commands.add_parser("gui", help="open the window (what `clipper` alone does)")
    return parser, runners


def main(argv: list[str] | None = None) -> int:
    parser, runners = build_parser()
    args = parser.parse_args(argv)
    folder = resolve_archive_dir(args.archive)
    command = args.command or "gui"
    _route_log(folder)
    try:
        if command == "gui":
            from clipper.ui.app import run_app  # Qt is loaded only for the window

            return run_app(folder)
        return runners[command](folder, args, parser)
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
