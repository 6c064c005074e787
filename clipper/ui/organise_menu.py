"""The Organise menu and the sidebar's tag and saved-search actions: what the user chooses,
asked in small dialogs, then done through the Organiser (undoable) or the archive's parts."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QColorDialog, QInputDialog, QMessageBox

from clipper.errors import ClipperError
from clipper.search import clauses
from clipper.search.request import SearchRequest


class OrganiseMenu(QObject):
    """The Organise menu of a MainWindow and the handlers of its sidebar's tags and searches."""

    def __init__(self, window, window_actions):
        super().__init__(window)
        self.window = window
        self._build(window_actions.actions, window_actions.add)

    def _build(self, actions: dict, action) -> None:
        window = self.window

        # Not QUndoStack's own actions: an undo the archive refuses (an import holds it) must
        # leave the stack where it was, so the check comes before the stack moves.
        stack = window.organiser.stack
        undo = action("undo", self.tr("&Undo"), lambda: window.ensure_writable() and stack.undo(),
                      QKeySequence.Undo)
        redo = action("redo", self.tr("&Redo"), lambda: window.ensure_writable() and stack.redo(),
                      (QKeySequence.Redo, "Ctrl+Shift+Z"))
        undo.setEnabled(False)
        redo.setEnabled(False)
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        stack.undoTextChanged.connect(
            lambda text: undo.setText(self.tr("&Undo: {0}").format(text) if text
                                      else self.tr("&Undo")))
        stack.redoTextChanged.connect(
            lambda text: redo.setText(self.tr("&Redo: {0}").format(text) if text
                                      else self.tr("&Redo")))
        action("tag", self.tr("&Tag selected articles…"), self.tag_selection, "Ctrl+T")
        action("untag", self.tr("Remove a tag from selected…"),
               lambda: self.tag_selection(remove=True), "Ctrl+Shift+T")
        action("tag_all", self.tr("Tag &every article found…"), self.tag_result)
        action("star", self.tr("&Star / unstar"), self.toggle_star, "Ctrl+D")
        for key, tone, text in (("1", "positive", self.tr("Tone: &positive")),
                                ("2", "neutral", self.tr("Tone: ne&utral")),
                                ("3", "negative", self.tr("Tone: &negative")),
                                ("0", None, self.tr("Tone: &clear"))):
            action(f"tone_{tone}", text, lambda _=False, t=tone: window.organiser.set_tone(
                window.selected_ids(), t), f"Alt+{key}")
        action("note", self.tr("&Note…"), self.edit_note, "Ctrl+Shift+N")
        action("save_search", self.tr("&Save this search…"), self.save_search, "Ctrl+S")
        action("rules", self.tr("&Rules…"), self.open_rules)

        bar = window.menuBar()
        menu = bar.addMenu(self.tr("&Organise"))
        bar.insertMenu(bar.actions()[2], menu)  # after File and Edit
        menu.addActions([actions["undo"], actions["redo"]])
        menu.addSeparator()
        menu.addActions([actions["tag"], actions["untag"], actions["tag_all"], actions["star"]])
        tones = menu.addMenu(self.tr("T&one"))
        tones.addActions([actions[f"tone_{t}"] for t in ("positive", "neutral", "negative",
                                                           None)])
        menu.addAction(actions["note"])
        menu.addSeparator()
        menu.addActions([actions["save_search"], actions["rules"]])

    # -- articles -------------------------------------------------------------------------------
    def _tag_names(self) -> list[str]:
        return [tag.name for tag in self.window.archive.tags.list()]

    def tag_selection(self, remove: bool = False) -> None:
        window = self.window
        ids = window.selected_ids()
        if not ids:
            window.statusBar().showMessage(self.tr("Select articles first"), 5000)
            return
        title = self.tr("Remove a tag") if remove else self.tr("Tag articles")
        label = self.tr("Tag for %n selected article(s):", "", len(ids))
        name, ok = QInputDialog.getItem(window, title, label, self._tag_names(), 0, not remove)
        if ok and name.strip():
            window.organiser.tag(ids, name.strip(), remove=remove)

    def tag_result(self) -> None:
        window = self.window
        try:
            ids = window.archive.ids_matching(window.current_request())
        except ClipperError as exc:
            QMessageBox.warning(window, self.tr("Tag articles"), str(exc))
            return
        label = self.tr("Tag for all %n article(s) found:", "", len(ids))
        name, ok = QInputDialog.getItem(window, self.tr("Tag articles"), label,
                                        self._tag_names(), 0, True)
        if ok and name.strip():
            window.organiser.tag(ids, name.strip())

    def toggle_star(self) -> None:
        window = self.window
        chosen = [window.results.article(row) for row in window.selected_rows()]
        starred = not all(a is not None and a.starred for a in chosen)
        window.organiser.set_starred(window.selected_ids(), starred)

    def edit_note(self) -> None:
        article = self.window.reader.article
        if article is None or not self.window.ensure_writable():  # before she types it
            return
        text, ok = QInputDialog.getMultiLineText(
            self.window, self.tr("Note"), self.tr("Note on «{0}»:").format(article.title or ""),
            article.note or "")
        if ok:
            self.window.organiser.set_note(article.id, text.strip() or None)

    # -- saved searches ---------------------------------------------------------------------------
    def save_search(self) -> None:
        window = self.window
        if not window.ensure_writable():
            return
        query = window.search_bar.text()
        name, ok = QInputDialog.getText(window, self.tr("Save this search"), self.tr(
            "Name for the search «{0}»:").format(query or self.tr("everything")))
        if not ok or not name.strip():
            return
        try:
            window.archive.saved_searches.add(
                name.strip(), SearchRequest(query=query, sort=window.sort), replace=True)
        except ClipperError as exc:
            QMessageBox.warning(window, self.tr("Save this search"), str(exc))
            return
        window.refresh_sidebar()
        window.statusBar().showMessage(self.tr("Search saved as «{0}»").format(name.strip()),
                                       5000)

    def run_saved(self, name: str) -> None:
        try:
            saved = self.window.archive.saved_searches.get(name)
        except ClipperError as exc:
            QMessageBox.warning(self.window, self.tr("Saved searches"), str(exc))
            return
        self.window.set_sort(saved.sort, search=False)
        self.window.search_bar.set_text(saved_query(saved))

    def remove_saved(self, name: str) -> None:
        if not self.window.ensure_writable():
            return
        try:
            self.window.archive.saved_searches.remove(name)
        except ClipperError as exc:  # a rule still uses it
            QMessageBox.warning(self.window, self.tr("Saved searches"), str(exc))
            return
        self.window.refresh_sidebar()

    # -- tags themselves --------------------------------------------------------------------------
    def rename_tag(self, name: str) -> None:
        new, ok = QInputDialog.getText(self.window, self.tr("Rename tag"),
                                       self.tr("New name for «{0}»:").format(name), text=name)
        if ok and new.strip() and new.strip() != name:
            self._tag_edit(lambda: self.window.archive.tags.rename(name, new.strip()),
                           self.tr("Tag «{0}» renamed to «{1}»").format(name, new.strip()))

    def merge_tag(self, name: str) -> None:
        others = [t for t in self._tag_names() if t != name]
        if not others:
            return
        into, ok = QInputDialog.getItem(self.window, self.tr("Merge tags"),
                                        self.tr("Merge «{0}» into:").format(name), others, 0,
                                        False)
        if ok:
            self._tag_edit(lambda: self.window.archive.tags.merge([name], into),
                           self.tr("Tag «{0}» merged into «{1}»").format(name, into))

    def recolour_tag(self, name: str) -> None:
        colour = QColorDialog.getColor(QColor("#b8c4cc"), self.window,
                                       self.tr("Colour of «{0}»").format(name))
        if colour.isValid():
            self._tag_edit(lambda: self.window.archive.tags.recolour(name, colour.name()),
                           self.tr("Tag «{0}» recoloured").format(name))

    def delete_tag(self, name: str) -> None:
        usage = self.window.archive.tags.usage(name)
        question = self.tr("Delete the tag «{0}»? It is on %n article(s).", "",
                           usage.articles).format(name)
        if usage.rules:
            question += "\n" + self.tr("%n rule(s) that set it will be removed too.", "",
                                       usage.rules)
        if QMessageBox.question(self.window, self.tr("Delete tag"), question) == \
                QMessageBox.Yes:
            self._tag_edit(lambda: self.window.archive.tags.delete(name),
                           self.tr("Tag «{0}» deleted").format(name))

    def _tag_edit(self, change, message: str) -> None:
        if not self.window.ensure_writable():
            return
        try:
            change()
        except ClipperError as exc:
            QMessageBox.warning(self.window, self.tr("Tags"), str(exc))
            return
        self.window.organiser.stack.clear()  # steps made under the old names no longer apply
        self.window.after_organising(message)

    def open_rules(self) -> None:
        from clipper.ui.dialogs.rules import RulesDialog

        if not self.window.ensure_writable():
            return
        self.window.rules_dialog = RulesDialog(self.window.archive, self.window)
        self.window.rules_dialog.applied.connect(self._rules_applied)
        self.window.rules_dialog.open()


    def _rules_applied(self, message: str) -> None:
        self.window.organiser.stack.clear()  # a snapshot from before would undo the rules too
        self.window.after_organising(message)


def saved_query(saved) -> str:
    """A saved search as one query: its words and its filters written as clauses."""
    text = saved.query
    for field, values in saved.filters.items():
        text = clauses.with_selection(text, "date" if field == "year" else field, list(values))
    if saved.date_from or saved.date_to:
        start = saved.date_from.isoformat() if saved.date_from else "*"
        end = saved.date_to.isoformat() if saved.date_to else "*"
        text = clauses.with_selection(text, "date", [f"{start} TO {end}"])
    return text
