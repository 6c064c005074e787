"""Searches for the window: asked on the GUI thread, run on the search thread, answered back
with what the window shows beside the hits; only the newest question gets an answer."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot

from clipper.search import clauses
from clipper.search.explain import explain_lines
from clipper.search.request import SearchRequest
from clipper.ui.tasks import SearchWorker


class Searcher(QObject):
    """`answered(result, query, explained, chosen)` for the newest request only: `explained`
    the lines of what was searched, `chosen` field → the facet values the query ticks;
    `failed(message)` when the newest request cannot run."""

    answered = Signal(object, str, object, object)
    failed = Signal(str)

    def __init__(self, archive, parent: QObject | None = None):
        super().__init__(parent)
        self.archive = archive
        self._asked = self._answered = 0
        self._worker = SearchWorker(self._run)
        # Queued, said outright: answers are handled on the window's thread, never the worker's.
        self._worker.answered.connect(self._answer, Qt.QueuedConnection)
        self._worker.failed.connect(self._fail, Qt.QueuedConnection)

    def ask(self, request: SearchRequest) -> None:
        self._asked += 1
        self._worker.ask(self._asked, request)

    @property
    def settled(self) -> bool:
        """No answer is on its way (for tests and benchmarks)."""
        return self._answered == self._asked

    def stop(self) -> None:
        self._worker.stop()

    def _run(self, request: SearchRequest):
        """On the search thread."""
        result = self.archive.search(request)
        engine = self.archive.engine()
        explained = (explain_lines(engine, request) if clauses.without_facets(request.query)
                     else [])
        return result, (request.query, explained,
                        clauses.chosen_values(request.query, engine.table))

    @Slot(int, object, object)
    def _answer(self, generation: int, result, extra) -> None:
        if generation != self._asked:
            return  # a newer query was typed meanwhile
        self._answered = generation
        self.answered.emit(result, *extra)

    @Slot(int, str)
    def _fail(self, generation: int, message: str) -> None:
        if generation == self._asked:
            self._answered = generation
            self.failed.emit(message)
