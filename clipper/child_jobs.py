"""Long archive jobs (import, re-extraction, reindex, export) run in a child process.

Extraction and indexing are pure Python: in a thread of the window's process they hold the
GIL long enough to freeze the window (STACK-FACTS measured 1.2 s stalls), in a child process
they never do. The window lends the archive's write lock to the child, which opens the archive
itself, runs the job and reports over a queue:

    ("progress", done, total, current)   after each item
    ("done", result)                     the job's report (ImportReport, or a small dict)
    ("failed", message)                  a message a user can read; the traceback is in the log

Setting the `cancel` event stops the job at its next step, the same as closing its generator.
"""

from __future__ import annotations

import logging

from clipper.errors import ClipperError

log = logging.getLogger("clipper")

JOBS = ("import", "reextract", "reindex", "export")
READ_ONLY = {"export"}  # needs no write lock: it runs beside a window that keeps its own


def run_job(folder: str, job: str, args: tuple, events, cancel) -> None:
    """The child process's whole life: open, run `job`, report, close (target of a Process)."""
    from clipper.archive import Archive

    try:
        with Archive.open(folder, write=job not in READ_ONLY) as archive:
            steps, result = _start(archive, job, args)
            try:
                for step in steps:
                    events.put(("progress", step.done, step.total, step.current))
                    if cancel.is_set():
                        break
            finally:
                steps.close()
            events.put(("done", result()))
    except ClipperError as exc:
        events.put(("failed", str(exc)))
    except BaseException as exc:  # the child must always answer, or the window waits forever
        log.exception("background %s failed", job)
        events.put(("failed", f"unexpected error ({exc.__class__.__name__}: {exc}); "
                              f"details are in {folder}/clipper.log"))


def _start(archive, job: str, args: tuple):
    if job == "import":
        work = archive.import_job(args[0])
        return iter(work), lambda: work.report
    if job == "reextract":
        work = archive.reextract_job()
        return iter(work), lambda: {"changed": work.changed, "failed": list(work.failed)}
    if job == "reindex":
        steps = archive.reindex_job()
        return steps, lambda: {"indexed": archive.index.doc_count()}
    if job == "export":
        out, options = args
        work = archive.export_job(out, **options)
        return iter(work), lambda: {"path": str(work.path) if work.path else None,
                                    "count": work.count}
    raise ValueError(f"unknown job {job!r}; known: {', '.join(JOBS)}")
