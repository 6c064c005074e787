"""Running a core job off the GUI thread; results and progress come back only through signals."""

from __future__ import annotations

import logging
from typing import Callable, Iterator

from PySide6.QtCore import QObject, QThread, Signal

from clipper.changes import Progress

log = logging.getLogger(__name__)


class JobRunner(QObject):
    """Runs `make_job()` (a generator of Progress) in a thread; `cancel()` stops it at its next step.

    `finished` carries `result()` called after the job ends (cancelled or not); `failed` a message.
    Signals belong to each runner: a finished runner never speaks for a new one.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, make_job: Callable[[], Iterator[Progress]],
                 result: Callable[[], object] = lambda: None, parent: QObject | None = None):
        super().__init__(parent)
        self._make_job = make_job
        self._result = result
        self._cancelled = False
        self._thread = QThread()
        self._thread.setObjectName("clipper-job")
        self.moveToThread(self._thread)
        self._thread.started.connect(self._run)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancelled = True

    def wait(self, msecs: int = 30_000) -> bool:
        return self._thread.wait(msecs)

    def _run(self) -> None:
        try:
            job = self._make_job()
            try:
                for step in job:
                    self.progress.emit(step.done, step.total, step.current)
                    if self._cancelled:
                        break
            finally:
                close = getattr(job, "close", None)
                if close:
                    close()
            self.finished.emit(self._result())
        except Exception as exc:  # reported to the window, with the traceback in the log
            log.exception("background job failed")
            self.failed.emit(str(exc))
        finally:
            self._thread.quit()
