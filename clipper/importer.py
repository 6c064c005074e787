"""Importing files and folders: originals kept first, then extraction, catalog, and index."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from clipper.catalog import articles, import_log
from clipper.changes import Progress
from clipper.errors import QT_TRANSLATE_NOOP, ClipperError, ImportFailure
from clipper.ingest import SUPPORTED_SUFFIXES, extract_article
from clipper.model import ImportReport

if TYPE_CHECKING:
    from clipper.archive import Archive

log = logging.getLogger(__name__)

# Index writes are batched: one whoosh commit per this many imported files.
FLUSH_EVERY = 200


class ImportJob:
    """Iterate it for Progress; stopping early (closing the iterator) is the cancel.

    `report` says what became of every file, whether the job ran to the end or not.
    """

    def __init__(self, archive: "Archive", paths: Iterable[str | os.PathLike]):
        self.archive = archive
        self.paths = [Path(p) for p in paths]
        self.report = ImportReport()

    def __iter__(self) -> Iterator[Progress]:
        files = self._collect()
        total, pending = len(files), 0
        finished = False
        try:
            for done, path in enumerate(files):
                yield Progress(done, total, str(path))
                self._import_one(path)
                pending += 1
                if pending >= FLUSH_EVERY:
                    self.archive.catch_up_index()
                    pending = 0
            finished = True
            yield Progress(total, total, "")
        finally:
            self.report.cancelled = not finished
            # Whatever reached the catalog reaches the index, cancelled or not.
            self.archive.catch_up_index()
            self._apply_rules()

    def run(self) -> ImportReport:
        for _ in self:
            pass
        return self.report

    def _apply_rules(self) -> None:
        """The archive's rules over the articles this import brought (they need the index)."""
        if not self.report.imported:
            return
        try:
            changes = self.archive.rules.apply(self.report.imported)
        except ClipperError as exc:  # the articles are in; a rule that cannot run is reported
            log.warning("rules not applied after an import: %s", exc)
            self.report.warnings.append({"path": "", "warning": f"rules not applied: {exc}"})
        else:
            self.report.by_rules = changes.count

    def _collect(self) -> list[Path]:
        files: list[Path] = []
        for path in self.paths:
            if path.is_dir():
                for root, dirs, names in os.walk(path):
                    dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                    for name in sorted(names):
                        candidate = Path(root) / name
                        if name.startswith("."):
                            continue
                        if candidate.suffix.lower() in SUPPORTED_SUFFIXES:
                            files.append(candidate)
                        else:
                            self.report.skipped.append(str(candidate))
            elif path.exists():
                files.append(path)
            else:
                self._fail_with(path, ImportFailure(QT_TRANSLATE_NOOP(
                    "ImportFailure", "no such file or folder")), None)
        return files

    def _import_one(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            self._fail_with(path, ImportFailure(QT_TRANSLATE_NOOP(
                "ImportFailure", "cannot read the file: {reason}"),
                reason=exc.strerror or exc), None)
            return
        content_hash = hashlib.sha256(data).hexdigest()
        if data:
            # The original is kept before anything reads it: nothing imported is ever lost.
            self.archive.originals.store(content_hash, path.suffix, data)
        with self.archive.catalog.read() as conn:
            duplicate = articles.find_duplicate(conn, content_hash)
        if duplicate:
            self._duplicate(path, content_hash, duplicate)
            return
        try:
            extraction = extract_article(data, path.name)
        except ImportFailure as exc:
            self._fail_with(path, exc, content_hash)
            return
        except Exception as exc:  # a bug must cost one file, not the batch
            log.exception("extraction failed on %s", path)
            self._fail(path, f"unexpected error while reading it ({exc.__class__.__name__}: "
                             f"{exc}); details are in the archive's log", content_hash)
            return
        fingerprint = _fingerprint(f"{extraction.title or ''}\n{extraction.text}")
        text_hash = hashlib.sha256(fingerprint.encode("utf-8")).hexdigest()
        now = dt.datetime.now().isoformat(timespec="seconds")
        with self.archive.catalog.transaction() as conn:
            duplicate = articles.find_duplicate(conn, content_hash, text_hash)
            if duplicate:
                import_log.record(conn, at=now, path=str(path), status="duplicate",
                                  content_hash=content_hash, message=f"same text as {duplicate}")
            else:
                article_id = _new_id(conn, content_hash)
                num = articles.insert(
                    conn, article_id=article_id, content_hash=content_hash, text_hash=text_hash,
                    original_name=path.name, original_path=str(path.resolve()), imported_at=now,
                    extraction=extraction)
                import_log.record(conn, at=now, path=str(path), status="imported",
                                  content_hash=content_hash, article=num,
                                  message="; ".join(extraction.warnings) or None)
        if duplicate:
            self.report.duplicates.append({"path": str(path), "id": duplicate})
            return
        self.report.imported.append(article_id)
        for warning in extraction.warnings:
            self.report.warnings.append({"path": str(path), "warning": warning})

    def _duplicate(self, path: Path, content_hash: str, duplicate: str) -> None:
        self.report.duplicates.append({"path": str(path), "id": duplicate})
        with self.archive.catalog.transaction() as conn:
            import_log.record(conn, at=_now(), path=str(path), status="duplicate",
                              content_hash=content_hash, message=f"same file as {duplicate}")

    def _fail_with(self, path: Path, exc: ClipperError, content_hash: str | None) -> None:
        self._fail(path, str(exc), content_hash, exc)

    def _fail(self, path: Path, reason: str, content_hash: str | None,
              exc: ClipperError | None = None) -> None:
        failure = {"path": str(path), "error": reason}
        if exc is not None:  # the message's template, for the window to show translated
            failure["template"] = exc.template
            failure["values"] = {k: str(v) for k, v in exc.values.items()}
        self.report.failed.append(failure)
        with self.archive.catalog.transaction() as conn:
            import_log.record(conn, at=_now(), path=str(path), status="failed",
                              content_hash=content_hash, message=reason)


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _fingerprint(text: str) -> str:
    """The text as duplicates are judged: case, ё/е and spacing do not make a new article."""
    return " ".join(text.lower().replace("ё", "е").split())


def _new_id(conn, content_hash: str) -> str:
    for length in (12, 16, 64):
        candidate = content_hash[:length]
        if articles.num_for_id(conn, candidate) is None:
            return candidate
    raise RuntimeError("content hash collision")  # pragma: no cover - needs a SHA-256 collision
