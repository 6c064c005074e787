"""The archive's write lock: one process changes an archive at a time; readers need no lock."""

from __future__ import annotations

import os
from pathlib import Path

from filelock import FileLock, Timeout

from clipper.errors import QT_TRANSLATE_NOOP, ArchiveLocked

LOCK_NAME = ".clipper.lock"


class WriteLock:
    def __init__(self, folder: Path):
        self.folder = folder
        # An OS lock: released by the system when the holder dies, so a crash never strands it.
        self._lock = FileLock(str(folder / LOCK_NAME), timeout=0, thread_local=False)

    def acquire(self) -> "WriteLock":
        try:
            self._lock.acquire()
        except Timeout:
            raise ArchiveLocked(QT_TRANSLATE_NOOP(
                "ArchiveLocked", "The archive {folder} is open for changes in another Clipper "
                                 "window or command. Close it there, or wait for that command "
                                 "to finish, and try again."), folder=self.folder) from None
        (self.folder / (LOCK_NAME + ".pid")).write_text(str(os.getpid()))
        return self

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()
