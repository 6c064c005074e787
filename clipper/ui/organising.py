"""Tagging, tone, stars and notes from the window, each change one step on the undo stack.

Every change is one catalog transaction (the core's); before it, the organise state of the
articles it touches is snapshotted, and after it too, so Ctrl+Z and Ctrl+Shift+Z put back
exactly what was there.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from clipper.changes import Changes
from clipper.errors import ClipperError


class _Step(QUndoCommand):
    def __init__(self, organiser: "Organiser", text: str, before, after):
        super().__init__(text)
        self._organiser, self._before, self._after = organiser, before, after
        self._done = True  # the change is made before the step is pushed

    def undo(self) -> None:
        self._organiser._restore(self._before, self._organiser.undone(self.text()))

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._organiser._restore(self._after, self._organiser.redone(self.text()))


class Organiser(QObject):
    """`changed(message)` after every change, undo and redo: the window refreshes and says it;
    `failed(message)` when the core refused (the archive busy, a bad name)."""

    changed = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.archive = None
        self.can_write = lambda: self.archive.writable  # the window asks, and says why not

    def set_archive(self, archive) -> None:
        self.archive = archive
        self.stack.clear()  # another archive's steps cannot be undone here

    def tag(self, ids: list[str], name: str, remove: bool = False) -> bool:
        verb = self.tr("Tag «{0}» removed from %n article(s)", "", len(ids)) if remove else \
            self.tr("Tag «{0}» added to %n article(s)", "", len(ids))
        return self._change(ids, verb.format(name),
                            lambda: self.archive.tag(name, ids, remove=remove))

    def set_tone(self, ids: list[str], tone: str | None) -> bool:
        names = {"positive": self.tr("positive"), "neutral": self.tr("neutral"),
                 "negative": self.tr("negative"), None: self.tr("none")}
        text = self.tr("Tone «{0}» set on %n article(s)", "", len(ids)).format(names[tone])
        return self._change(ids, text, lambda: self.archive.set_tone(ids, tone))

    def set_starred(self, ids: list[str], starred: bool) -> bool:
        text = (self.tr("Starred %n article(s)", "", len(ids)) if starred
                else self.tr("Unstarred %n article(s)", "", len(ids)))
        return self._change(ids, text, lambda: self.archive.set_starred(ids, starred))

    def set_note(self, article_id: str, note: str | None) -> bool:
        return self._change([article_id], self.tr("Note saved"),
                            lambda: self.archive.set_note(article_id, note))

    def _change(self, ids: list[str], text: str, change: Callable[[], Changes]) -> bool:
        if not ids:
            return False
        if not self.can_write():  # an import in the background holds the archive
            return False
        try:
            before = self.archive.organise_snapshot(ids)
            change()
            after = self.archive.organise_snapshot(ids)
        except ClipperError as exc:
            self.failed.emit(str(exc))
            return False
        self.stack.push(_Step(self, text, before, after))
        self.changed.emit(text)
        return True

    def undone(self, text: str) -> str:
        return self.tr("Undone: {0}").format(text)

    def redone(self, text: str) -> str:
        return self.tr("Redone: {0}").format(text)

    def _restore(self, snapshot, text: str) -> None:
        try:
            self.archive.restore(snapshot)
        except ClipperError as exc:
            self.failed.emit(str(exc))
            return
        self.changed.emit(text)
