"""The Archive: the one door through which the CLI, the window and the tests reach an archive folder.

An archive folder holds `catalog.sqlite` (the truth), `originals/` (every imported file's bytes),
`index/` (the search index, rebuilt from the catalog whenever it is missing, stale or damaged)
and a lock file. `articles/`, when present, is the archive's inbox of files to import first.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Iterable, Iterator

from clipper.archive_lock import WriteLock
from clipper.catalog import Catalog, articles, outbox
from clipper.changes import Changes, Progress
from clipper.errors import ArchiveError, ClipperError, NotFound
from clipper.export.job import ExportJob
from clipper.export.options import DigestOptions
from clipper.importer import ImportJob
from clipper.ingest.extract.regions import canonical_regions
from clipper.index import IndexUnusable, SearchIndex, catch_up, rebuild
from clipper.model import Article, ImportReport
from clipper.organise import marks, snapshot
from clipper.organise.edit import Edit
from clipper.organise.rules import Rules
from clipper.organise.saved import SavedSearches
from clipper.organise.snapshot import OrganiseSnapshot
from clipper.organise.tags import Tags
from clipper.originals import Originals
from clipper.reextract import ReextractJob
from clipper.search.live import FOREIGN_CHANGES_EVERY, LiveEngine
from clipper.search.request import SearchRequest, SearchResult
from clipper.search.run import Engine

CATALOG = "catalog.sqlite"
INDEX = "index"
ORIGINALS = "originals"
INBOX = "articles"
LOG = "clipper.log"

log = logging.getLogger("clipper")


class Archive:
    """An open archive. `Archive.open(folder)` for changes (takes the write lock), or
    `Archive.open(folder, write=False)` to read alongside a process that writes."""

    def __init__(self, folder: Path, catalog: Catalog, index: SearchIndex,
                 lock: WriteLock | None):
        self.folder = folder
        self.catalog = catalog
        self.index = index
        self.originals = Originals(folder / ORIGINALS)
        self._lock = lock
        self.index_problem: str | None = None
        self._live = LiveEngine(catalog, may_save=lambda: self.writable,
                                importing=lambda: self._lent)
        self._lent = False
        self._index_checked = 0.0
        # The organising parts, in the user's words (GUIDE practice 1).
        self.tags = Tags(self)
        self.saved_searches = SavedSearches(self)
        self.rules = Rules(self)

    # -- opening and closing ------------------------------------------------------------------
    @classmethod
    def open(cls, folder: str | os.PathLike, *, write: bool = True) -> "Archive":
        folder = Path(folder)
        lock = None
        if write:
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ArchiveError(f"cannot create the archive folder {folder}: {exc}") from exc
            lock = WriteLock(folder).acquire()
            log_to(folder / LOG)
        elif not folder.is_dir():
            raise ArchiveError(f"there is no archive at {folder}")
        try:
            catalog = Catalog(folder / CATALOG, writable=write)
        except BaseException:
            if lock:
                lock.release()
            raise
        archive = cls(folder, catalog, SearchIndex(folder / INDEX), lock)
        try:
            archive.index.open()
        except IndexUnusable as exc:
            if write:
                if (folder / INDEX).exists():
                    log.warning("rebuilding the index of %s: %s", folder, exc)
                archive.rebuild_index()
            else:
                archive.index_problem = str(exc)
        if write:
            archive.catch_up_index()
            if not archive.index_problem and archive.index.doc_count() != archive.count():
                # An index older than the catalog (a power cut after whoosh's unsynced write):
                # the outbox is already clear, so only a rebuild brings it back in step.
                log.warning("index of %s out of step with the catalog: rebuilding", folder)
                archive.rebuild_index()
        return archive

    @property
    def writable(self) -> bool:
        return self._lock is not None

    def lend_write_lock(self) -> None:
        """Let another process write (an import running in a child process, so its work never
        stalls this one); this archive reads alongside until `take_back_write_lock()`."""
        self._require_write()
        self._lock.release()
        self._lock = None
        self._lent = True

    def take_back_write_lock(self) -> None:
        """After the other process is done. The index it wrote is picked up by the next search
        (on the searching thread); only changes it left queued (it crashed) are applied here."""
        self._lock = WriteLock(self.folder).acquire()
        self._lent = False
        with self.catalog.read() as conn:
            queued = outbox.size(conn)
        if queued:
            self.index.refresh_if_stale()
            self.catch_up_index()

    def close(self) -> None:
        try:
            self._live.save()
        except Exception:  # derived data: never a reason not to close
            log.exception("the facet table of %s was not saved", self.folder)
        self.index.close()
        self.catalog.close()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- importing ----------------------------------------------------------------------------
    def import_job(self, paths: Iterable[str | os.PathLike]) -> ImportJob:
        """A job to iterate for progress; its `report` tells what became of each file."""
        self._require_write()
        return ImportJob(self, paths)

    def import_paths(self, paths: Iterable[str | os.PathLike]) -> ImportReport:
        return self.import_job(paths).run()

    @property
    def inbox(self) -> Path | None:
        """The archive's own folder of files to import, if it has one (the demo archive does)."""
        folder = self.folder / INBOX
        return folder if folder.is_dir() else None

    # -- reading ------------------------------------------------------------------------------
    def count(self) -> int:
        with self.catalog.read() as conn:
            return articles.count(conn)

    def search(self, request: SearchRequest | None = None, **criteria) -> SearchResult:
        """Articles for a query in the query language and facet filters, with facet counts."""
        with self.index.reading():  # an import's commit waits until this search is done
            return self.engine().run(request or SearchRequest(**criteria))

    def engine(self) -> Engine:
        """The search engine over the archive as it is now (see LiveEngine)."""
        self._require_index()
        # The index lock first, then the engine's: the order every path takes them in (a
        # search holds the index while it runs), so two threads never wait on each other.
        with self.index.reading():
            # Another process may have committed since; while one imports, its new index
            # versions are opened every few seconds, not at every keystroke.
            if not self._lent or \
                    time.monotonic() - self._index_checked > FOREIGN_CHANGES_EVERY:
                self.index.refresh_if_stale()
                self._index_checked = time.monotonic()
            return self._live.engine(self.index)

    def get(self, article_id: str) -> Article:
        with self.catalog.read() as conn:
            num = articles.num_for_id(conn, article_id)
            found = articles.load(conn, [num], with_text=True) if num is not None else []
        if not found:
            raise NotFound(f"no article with id {article_id} in {self.folder}")
        return found[0]

    def rows(self) -> "Rows":
        """A reader of article rows through a connection of its own (see Rows)."""
        return Rows(self.folder / CATALOG)

    def original_path(self, article: Article) -> Path | None:
        return self.originals.find(article.content_hash)

    def original_copy(self, article: Article) -> Path | None:
        """A copy of the article's original under its own file name, in a fresh temporary
        folder: the store names files by content, and a copy opens in the right application."""
        path = self.original_path(article)
        if path is None:
            return None
        copy = Path(tempfile.mkdtemp(prefix="clipper-original-")) / (
            Path(article.original_name or "original").name or "original")
        shutil.copyfile(path, copy)
        return copy

    # -- organising ---------------------------------------------------------------------------
    def ids_matching(self, request: SearchRequest) -> list[str]:
        with self.index.reading():
            nums = self.engine().all_nums(request)
        with self.catalog.read() as conn:
            return articles.ids_of(conn, nums)

    def tag(self, tag: str, article_ids: Iterable[str], *, remove: bool = False) -> Changes:
        """Add (or remove) a tag on articles; one transaction, so all change or none."""
        if remove:
            return self.tags.remove(tag, article_ids)
        return self.tags.add(tag, article_ids)

    def set_tone(self, article_ids: Iterable[str], tone: str | None) -> Changes:
        """positive, neutral or negative; None clears it. One transaction for all the articles."""
        return marks.set_tone(self, article_ids, tone)

    def set_starred(self, article_ids: Iterable[str], starred: bool = True) -> Changes:
        return marks.set_starred(self, article_ids, starred)

    def set_note(self, article_id: str, text: str | None) -> Changes:
        """The note on one article (empty removes it); `note:` finds it at once."""
        return marks.set_note(self, article_id, text)

    def organise_snapshot(self, article_ids: Iterable[str]) -> OrganiseSnapshot:
        """The tags, tone, note and star of these articles now: for undo (see `restore`)."""
        with self.catalog.read() as conn:
            return snapshot.take(conn, list(articles.nums_for_ids(conn, article_ids).values()))

    def restore(self, taken: OrganiseSnapshot) -> Changes:
        """Put the snapshot's articles back as they were, in one transaction."""
        with self.organising(("tag", "tone", "starred", "note")) as edit:
            return snapshot.restore(edit, taken)

    @contextmanager
    def organising(self, fields: Iterable[str]) -> Iterator[Edit]:
        """One organising transaction (for the parts in clipper/organise/). After it commits the
        facet table is patched for the articles it touched in the facet `fields` (tag, tone,
        starred) rather than read again whole, and a changed note reaches the index."""
        self._require_write()
        with self.catalog.transaction() as conn:
            before = self.catalog.generation
            edit = Edit(conn, self.folder)
            yield edit
        self._live.patch(before, edit.nums, set(fields))
        if "note" in fields:
            self.catch_up_index()

    # -- exporting ----------------------------------------------------------------------------
    def export_job(self, out: str | os.PathLike, *, format: str | None = None,
                   ids: list[str] | None = None, request: SearchRequest | None = None,
                   options: DigestOptions | None = None) -> ExportJob:
        """A digest (pdf, docx) or table (csv, xlsx) of `ids` in their order, or of everything
        `request` finds (with `ids` too, the request only marks its words). Iterate it for
        Progress; closing it early cancels, and a cancel or failure leaves no file at `out`."""
        return ExportJob(self, out, format=format, ids=ids, request=request, options=options)

    # -- correcting and re-extracting ----------------------------------------------------------
    def correct(self, article_id: str, **values) -> Changes:
        """Set fields as the user corrects them; re-extraction never overwrites them after."""
        self._require_write()
        unknown = set(values) - set(articles.CORRECTABLE)
        if unknown:
            raise ClipperError(f"these fields cannot be corrected: {', '.join(sorted(unknown))}")
        if "lang" in values and values["lang"] not in ("ru", "kk", "mixed"):
            raise ClipperError(f"unknown language «{values['lang']}»: use ru, kk or mixed")
        if "regions" in values:
            known = set(canonical_regions())
            strange = [r for r in values["regions"] if r not in known]
            if strange:
                raise ClipperError(f"unknown region «{strange[0]}»: use an official name such "
                                   "as «Карагандинская область» or «Алматы»")
        with self.catalog.transaction() as conn:
            num = articles.num_for_id(conn, article_id)
            if num is None:
                raise NotFound(f"no article with id {article_id} in {self.folder}")
            articles.write_fields(conn, num, values, correction=True)
        self.catch_up_index()
        return Changes(articles=frozenset([article_id]))

    def reextract_job(self) -> ReextractJob:
        """Extraction run again on every original; corrected fields are kept as they are."""
        self._require_write()
        return ReextractJob(self)

    # -- the index ----------------------------------------------------------------------------
    def catch_up_index(self) -> int:
        return catch_up(self.catalog, self.index) if self.writable else 0

    def reindex_job(self) -> Iterator[Progress]:
        """Rebuild `index/` from the catalog; closing the iterator early keeps the old index."""
        self._require_write()
        swapped = []

        def swap() -> None:
            self.index.close()
            swapped.append(True)

        try:
            yield from rebuild(self.catalog, self.folder / INDEX, swap)
        finally:
            if swapped or self.index_problem:
                self.index = SearchIndex(self.folder / INDEX)
                self.index.open()
                self.index_problem = None

    def rebuild_index(self) -> None:
        for _ in self.reindex_job():
            pass

    def check(self) -> list[str]:
        """What differs between catalog, index and originals; an empty list means all agree."""
        problems = []
        with self.catalog.read() as conn:
            catalog_ids = articles.all_ids(conn)
            queued = outbox.size(conn)
            hashes = [row[0] for row in conn.execute("SELECT content_hash FROM articles")]
            integrity = conn.execute("PRAGMA quick_check").fetchone()[0]
        if integrity != "ok":
            problems.append(f"the catalog is damaged: {integrity}")
        if self.index_problem:
            problems.append(f"the search index cannot be used: {self.index_problem}")
        else:
            try:
                index_ids = self.index.doc_ids()
            except Exception as exc:  # a damaged segment surfaces only when read
                index_ids = None
                problems.append(f"the search index cannot be read: {exc}")
            if index_ids is not None:
                missing, extra = catalog_ids - index_ids, index_ids - catalog_ids
                if missing:
                    problems.append(f"{len(missing)} articles are not in the search index "
                                    f"(e.g. {', '.join(sorted(missing)[:3])})")
                if extra:
                    problems.append(f"{len(extra)} index entries have no article in the catalog "
                                    f"(e.g. {', '.join(sorted(extra)[:3])})")
        if queued:
            problems.append(f"{queued} catalog changes are waiting to reach the search index")
        lost = sum(1 for h in hashes if self.originals.find(h) is None)
        if lost:
            problems.append(f"{lost} articles have no original file in {ORIGINALS}/")
        return problems

    # -- guards -------------------------------------------------------------------------------
    def _require_write(self) -> None:
        if not self.writable:
            raise ArchiveError(f"the archive {self.folder} was opened read-only")

    def _require_index(self) -> None:
        if self.index_problem:
            raise ArchiveError(
                f"the search index of {self.folder} needs rebuilding ({self.index_problem}): "
                "run `clipper reindex`")


class Rows:
    """Article rows by number or id through a read-only connection of their own, so the window
    shows rows and texts without waiting for a search that holds the archive's connection."""

    def __init__(self, path: Path):
        self._catalog = Catalog(path, writable=False)

    def load(self, nums: list[int]) -> list[Article | None]:
        """Rows (without text) for article numbers, one per number: None where it is gone."""
        nums = [int(n) for n in nums]
        with self._catalog.read() as conn:
            found = articles.load(conn, nums)
            if len(found) == len(nums):
                return found
            by_id = {a.id: a for a in found}
            ids = {n: articles.ids_of(conn, [n]) for n in nums}  # rare: some rows are gone
        return [by_id.get(ids[n][0]) if ids[n] else None for n in nums]

    def get(self, article_id: str) -> Article | None:
        with self._catalog.read() as conn:
            num = articles.num_for_id(conn, article_id)
            found = articles.load(conn, [num], with_text=True) if num is not None else []
        return found[0] if found else None

    def count(self) -> int:
        with self._catalog.read() as conn:
            return articles.count(conn)

    def close(self) -> None:
        self._catalog.close()


def log_to(path: Path) -> None:
    """Unexpected errors go to the archive's log with their traceback, never to the user's screen."""
    root = logging.getLogger("clipper")
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and handler.baseFilename == str(path.resolve()):
            return
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
