"""Writing a digest or table to its file, as a job that yields Progress and can be cancelled.

The file is written under a temporary name in the target folder and renamed at the very end,
so a cancelled or failed export leaves nothing behind that looks like a finished one.
"""

from __future__ import annotations

import importlib
import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from clipper.changes import Progress
from clipper.errors import ExportFailure
from clipper.export.digest import build_digest
from clipper.export.options import FORMATS, DigestOptions
from clipper.search.request import SearchRequest

if TYPE_CHECKING:
    from clipper.archive import Archive

# Each format's writer, `write(digest, path) -> Iterator[Progress]`, imported only when used
# (reportlab and python-docx take a quarter of a second to import).
_WRITERS = {"pdf": ("clipper.export.pdf", "write_pdf"),
            "docx": ("clipper.export.docx", "write_docx"),
            "csv": ("clipper.export.tables", "write_csv"),
            "xlsx": ("clipper.export.tables", "write_xlsx")}


class ExportJob:
    """Iterate it for Progress (`current` is the headline at hand; the last one has done ==
    total); closing it early is the cancel. When it has run to the end, `path` is the written
    file and `count` the number of clippings in it."""

    def __init__(self, archive: "Archive", out: str | os.PathLike, *, format: str | None = None,
                 ids: list[str] | None = None, request: SearchRequest | None = None,
                 options: DigestOptions | None = None):
        self.archive = archive
        self.target = Path(out)
        self.format = format_of(self.target, format)
        self.ids, self.request = ids, request
        self.options = options or DigestOptions()
        self.path: Path | None = None
        self.count = 0
        if self.target.is_dir():
            raise ExportFailure(f"{self.target} is a folder: name the file to write")
        if not self.target.parent.is_dir():
            raise ExportFailure(f"cannot write {self.target}: the folder {self.target.parent} "
                                "does not exist")

    def __iter__(self) -> Iterator[Progress]:
        digest = build_digest(self.archive, ids=self.ids, request=self.request,
                              options=self.options)
        module, name = _WRITERS[self.format]
        write = getattr(importlib.import_module(module), name)
        temporary = self._temporary()
        finished, total = False, digest.count
        try:
            # Steps, not always clippings: a PDF counts each clipping once per layout pass.
            for progress in write(digest, temporary):
                total = progress.total
                yield progress
            os.replace(temporary, self.target)
            finished = True
        except OSError as exc:
            raise ExportFailure(f"cannot write {self.target}: {exc.strerror or exc}") from exc
        finally:
            if not finished:
                temporary.unlink(missing_ok=True)
        self.path, self.count = self.target, digest.count
        yield Progress(total, total, "")

    def run(self) -> Path:
        for _ in self:
            pass
        return self.path

    def _temporary(self) -> Path:
        # Not mkstemp: its file is private (0600); this one gets the permissions any new file
        # of the user gets, and keeps them when renamed.
        name = f".{self.target.name}.{secrets.token_hex(4)}.part"
        path = self.target.parent / name
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except OSError as exc:
            raise ExportFailure(f"cannot write in {self.target.parent}: "
                                f"{exc.strerror or exc}") from exc
        return path


def format_of(target: Path, format: str | None) -> str:
    """The format asked for, or the one the file name's ending says."""
    chosen = (format or target.suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        raise ExportFailure(f"cannot tell the format of {target.name}: use --format "
                            f"{'|'.join(FORMATS)} or a file name ending in one of them")
    return chosen
