"""Commands that keep an archive healthy: reextract, reindex, check."""

from __future__ import annotations

from pathlib import Path

from clipper.cli.common import open_archive, print_progress


def register(commands) -> dict:
    commands.add_parser("reextract", help="run extraction again, keeping corrected fields")
    commands.add_parser("reindex", help="rebuild the search index from the catalog")
    commands.add_parser("check", help="do catalog, index and originals agree? exit 1 if not")
    return {"reextract": cmd_reextract, "reindex": cmd_reindex, "check": cmd_check}


def cmd_reextract(folder: Path, args, parser) -> int:
    with open_archive(folder, write=True) as archive:
        job = archive.reextract_job()
        for progress in job:
            print_progress(progress)
    print(f"\rre-extraction done: {job.changed} articles changed; corrected fields kept")
    for failure in job.failed:
        print(f"  failed: {failure['id']}: {failure['error']}")
    return 0


def cmd_reindex(folder: Path, args, parser) -> int:
    with open_archive(folder, write=True) as archive:
        for progress in archive.reindex_job():
            print_progress(progress)
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
