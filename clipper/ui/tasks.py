"""Work off the GUI thread (short jobs and searches in threads, long jobs in a child process);
results and progress come back only through signals."""

from __future__ import annotations

import logging
import multiprocessing
import queue
import time
from typing import Callable, Iterator

from PySide6.QtCore import QMutex, QMutexLocker, QObject, QThread, QTimer, Signal

from clipper.changes import Progress
from clipper.child_jobs import run_job
from clipper.errors import ClipperError
from clipper.ui.messages import user_message

log = logging.getLogger(__name__)


class JobRunner(QObject):
    """Runs `make_job()` (a generator of Progress) in a thread; `cancel()` stops it at its next
    step.

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


class SearchWorker(QObject):
    """Runs searches on a thread of its own, the newest only: a query typed while another runs
    supersedes it, and answers carry the generation they were asked under so stale ones drop."""

    answered = Signal(int, object, object)  # generation, SearchResult, explanation lines
    failed = Signal(int, str)  # generation, message for the user
    _wake = Signal()

    def __init__(self, search: Callable[[object], tuple[object, object]]):
        super().__init__()
        self._search = search
        self._pending: tuple[int, object] | None = None
        self._mutex = QMutex()
        self._thread = QThread()
        self._thread.setObjectName("clipper-search")
        self.moveToThread(self._thread)
        self._wake.connect(self._run_pending)
        self._thread.start()

    def ask(self, generation: int, request) -> None:
        with QMutexLocker(self._mutex):
            self._pending = (generation, request)
        self._wake.emit()

    def stop(self) -> None:
        self._thread.quit()
        self._thread.wait(10_000)

    def _run_pending(self) -> None:
        with QMutexLocker(self._mutex):
            pending, self._pending = self._pending, None
        if pending is None:
            return
        generation, request = pending
        try:
            result, explained = self._search(request)
        except ClipperError as exc:
            self.failed.emit(generation, user_message(exc))
        except Exception as exc:
            log.exception("search failed")
            self.failed.emit(generation, f"{exc.__class__.__name__}: {exc}")
        else:
            self.answered.emit(generation, result, explained)


class ChildJob(QObject):
    """A long archive job (see clipper.child_jobs) in a child process; the window polls its
    queue, so nothing of the job's work ever runs on the window's process."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    POLL_MS = 50

    def __init__(self, folder: str, job: str, args: tuple = (), parent: QObject | None = None):
        super().__init__(parent)
        context = multiprocessing.get_context("spawn")  # as on Windows; no forked Qt state
        self._events = context.Queue()
        self._cancel = context.Event()
        self._process = context.Process(target=run_job, name=f"clipper-{job}",
                                        args=(folder, job, args, self._events, self._cancel),
                                        daemon=True)
        self._timer = QTimer(self, interval=self.POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._ended = False
        self._answer: tuple | None = None

    def start(self) -> None:
        self._process.start()
        self._timer.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def running(self) -> bool:
        return not self._ended

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the child has gone (on closing the window); True if it has. The queue
        is read meanwhile: a child cannot exit while its last report waits in a full pipe."""
        deadline = time.monotonic() + msecs / 1000
        while self._process.is_alive() and time.monotonic() < deadline:
            self._drain()
            self._process.join(0.05)
        return not self._process.is_alive()

    def _drain(self) -> None:
        while True:
            try:
                event = self._events.get_nowait()
            except (queue.Empty, OSError, ValueError):
                return
            if event[0] == "progress":
                self.progress.emit(*event[1:])
            elif self._answer is None:
                self._answer = event

    def _poll(self) -> None:
        self._drain()
        if self._process.is_alive():
            return  # the answer counts once the child is gone and has let go of the archive
        self._drain()  # what it wrote just before it went
        self._ended = True
        self._timer.stop()
        self._process.join(0)
        if self._answer is None:
            self.failed.emit(f"the background process stopped unexpectedly "
                             f"(exit code {self._process.exitcode})")
        elif self._answer[0] == "done":
            self.finished.emit(self._answer[1])
        else:
            self.failed.emit(self._answer[1])
