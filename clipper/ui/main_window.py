"""The main window: facets on the left, the search bar, the results and the reading pane."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QMainWindow,
                               QMenu, QMessageBox, QProgressBar, QPushButton, QSplitter,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)

from clipper import APP_NAME
from clipper.archive import Archive
from clipper.errors import ClipperError, QueryError
from clipper.ingest.extract.regions import canonical_regions
from clipper.search import clauses
from clipper.search.explain import CONTEXT as EXPLAIN, one_line
from clipper.search.request import SearchRequest
from clipper.search.run import highlights
from clipper.ui.actions import WindowActions
from clipper.ui.organise_menu import OrganiseMenu
from clipper.ui.organising import Organiser
from clipper.ui.dialogs.metadata_editor import MetadataEditor
from clipper.ui.importing import Importer
from clipper.ui.messages import user_message
from clipper.ui.models.results import BLOCK, ResultsModel
from clipper.ui.settings import Settings
from clipper.ui.searching import Searcher
from clipper.ui.views.empty_state import EmptyState
from clipper.ui.views.facet_panel import FacetPanel
from clipper.ui.views.reader import Reader
from clipper.ui.views.search_bar import SearchBar
from clipper.ui.views.sidebar import SavedList, TagList


class MainWindow(QMainWindow):
    def __init__(self, archive: Archive, settings: Settings | None = None):
        super().__init__()
        self.settings = settings or Settings()
        self.sort = self.settings.sort
        self.total = 0
        self._last_facets, self._last_chosen = {}, {}
        self._selecting = False  # the window, not the user, is choosing the current row
        self.resize(1280, 800)
        self.setAcceptDrops(True)

        self.search_bar = SearchBar()
        self.search_box = self.search_bar.box
        self.facets = FacetPanel()
        self.results = ResultsModel(self._load_rows, self)
        self.table = QTableView()
        self.table.setModel(self.results)
        self.table.setAccessibleName(self.tr("Results"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)  # fixed heights: 100k rows stay fast
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._header_clicked)
        for column, width in enumerate((400, 86, 140, 170, 200, 120, 80)):
            self.table.setColumnWidth(column, width)
        self.table.setWordWrap(False)
        self.reader = Reader()
        self.empty_state = EmptyState()
        self.demo_button = self.empty_state.demo_button
        self.empty_state.import_files.connect(lambda: self.actions["import_files"].trigger())
        self.empty_state.import_demo.connect(lambda folder: self.start_import([folder]))

        self.results_splitter = QSplitter(Qt.Vertical)
        self.results_splitter.addWidget(self.table)
        self.results_splitter.addWidget(self.reader)
        self.results_splitter.setSizes([380, 420])
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 4, 4, 0)
        right_layout.addWidget(self.search_bar)
        right_layout.addWidget(self.empty_state)
        right_layout.addWidget(self.results_splitter, 1)
        self.tag_list = TagList()
        self.saved_list = SavedList()
        self.sidebar = QTabWidget()
        self.sidebar.addTab(self.facets, self.tr("Filters"))
        self.sidebar.addTab(self.tag_list, self.tr("Tags"))
        self.sidebar.addTab(self.saved_list, self.tr("Saved"))
        self.sidebar.setTabToolTip(2, self.tr("Saved searches"))
        self.main_splitter = QSplitter(Qt.Horizontal)
        self.main_splitter.addWidget(self.sidebar)
        self.main_splitter.addWidget(right)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([290, 990])
        self.setCentralWidget(self.main_splitter)

        self.count_label = QLabel()
        self.progress = QProgressBar(maximumWidth=260, textVisible=True)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()
        self.importer = Importer(self, self.progress, self.cancel_button)
        self.importer.finished.connect(self._import_finished)

        self.organiser = Organiser(self)
        self.organiser.can_write = lambda: self.ensure_writable()
        self.organiser.changed.connect(self.after_organising)
        self.organiser.failed.connect(
            lambda message: QMessageBox.warning(self, self.tr("Organise"), message))
        self.window_actions = WindowActions(self)
        self.actions = self.window_actions.actions
        self.organise_menu = OrganiseMenu(self, self.window_actions)
        self.tag_list.chosen.connect(lambda name: self._facet_ticked("tag", [name]))
        self.tag_list.rename.connect(self.organise_menu.rename_tag)
        self.tag_list.merge.connect(self.organise_menu.merge_tag)
        self.tag_list.recolour.connect(self.organise_menu.recolour_tag)
        self.tag_list.delete.connect(self.organise_menu.delete_tag)
        self.saved_list.chosen.connect(self.organise_menu.run_saved)
        self.saved_list.remove.connect(self.organise_menu.remove_saved)
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.search_bar.changed.connect(self.search)
        self.search_bar.help_requested.connect(self.actions["help"].trigger)
        self.facets.selection_changed.connect(self._facet_ticked)
        self.facets.clear_all.connect(lambda: self.edit_query(clauses.without_facets))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.reader.open_original.connect(self.open_original)
        self.reader.edit_requested.connect(self.edit_current)

        self.archive: Archive | None = None
        self.searcher: Searcher | None = None
        self.settings.restore_layout(self._layout_parts())
        self.search_bar.set_history(self.settings.history)
        self.set_archive(archive)

    # -- the archive ------------------------------------------------------------------------------
    def set_archive(self, archive: Archive, query: str | None = None) -> None:
        """Show `archive` (on start, or when the user opens another one)."""
        self._drop_archive()
        self.archive = archive
        self.rows = archive.rows()
        self.searcher = Searcher(archive, self)
        self.searcher.answered.connect(self._show_answer)
        self.searcher.failed.connect(self.search_bar.show_error)
        self.organiser.set_archive(archive)
        self.settings.remember_archive(str(archive.folder))
        self.refresh_sidebar()
        self.setWindowTitle(self.tr("Clipper — {0}").format(archive.folder))
        self.reader.show_article(None)
        self._update_empty_state()
        self.search_bar.set_text(self.settings.last_query if query is None else query)

    def _drop_archive(self) -> None:
        if self.searcher is not None:
            self.searcher.stop()
            self.searcher = None
        if self.archive is not None:
            self.rows.close()
            self.archive.close()
            self.archive = None

    # -- searching ------------------------------------------------------------------------------
    def search(self, text: str | None = None) -> None:
        """Search for the query in the bar now; the answer arrives in `_show_answer`."""
        self.searcher.ask(SearchRequest(query=self.search_bar.text() if text is None else text,
                                        sort=self.sort, limit=BLOCK))

    def current_request(self) -> SearchRequest:
        """The search the list shows, whole (for actions on every article found)."""
        return SearchRequest(query=self.search_bar.text(), sort=self.sort, limit=0)

    def _show_answer(self, result, query: str, explained, chosen) -> None:
        self.search_bar.show_error(None)
        self.search_bar.show_explanation(one_line(
            explained, lambda template: QCoreApplication.translate(EXPLAIN, template)))
        current = self.results.num_at(self.table.currentIndex().row())
        chosen_nums = [self.results.num_at(r) for r in self.selected_rows()]
        self.results.set_result(result.order, result.hits)
        self.facets.show_facets(result.facets, chosen)
        self._last_facets, self._last_chosen = result.facets, chosen
        self.count_label.setText(self.tr("%n article(s)", "", result.total))
        self.total = result.total
        self.settings.last_query = query
        self._reselect(current, chosen_nums, result.total)

    def _reselect(self, current: int | None, chosen: list[int], total: int) -> None:
        """The article the user was on, and the ones selected, stay so in the new answer (a tag
        or a star must not move her to another article); otherwise the first row."""
        if not total:
            self.reader.show_article(None)
            return
        rows = self.results.rows_of_nums([current] + chosen) if current is not None else {}
        selection = self.table.selectionModel()
        self._selecting = True
        try:
            selection.setCurrentIndex(self.results.index(rows.get(current, 0), 0),
                                      QItemSelectionModel.ClearAndSelect
                                      | QItemSelectionModel.Rows)
            for num in chosen:
                if num in rows and num != current:
                    selection.select(self.results.index(rows[num], 0),
                                     QItemSelectionModel.Select | QItemSelectionModel.Rows)
        finally:
            self._selecting = False

    @property
    def search_settled(self) -> bool:
        """No search is on its way (for tests and benchmarks)."""
        return self.searcher.settled

    def _facet_ticked(self, field: str, values: list[str]) -> None:
        self.edit_query(lambda text: clauses.with_selection(text, field, values))

    def edit_query(self, change) -> None:
        """Rewrite the query (a facet ticked, filters cleared); a query that cannot be read
        says why and stays as it is, and the panel goes back to what the search shows."""
        try:
            text = change(self.search_bar.text())
        except QueryError as exc:
            self.search_bar.show_error(user_message(exc))
            self.facets.show_facets(self._last_facets, self._last_chosen)
            return
        self.search_bar.set_text(text)

    def set_sort(self, sort: str, *, search: bool = True) -> None:
        """One order everywhere: the search, the settings, the View menu, the header arrow."""
        self.sort = sort
        self.settings.sort = sort
        action = self.actions.get(f"sort_{sort}") if hasattr(self, "actions") else None
        if action is not None:
            action.setChecked(True)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(sort != "relevance")
        header.setSortIndicator(ResultsModel.COLUMNS.index("date"),
                                Qt.AscendingOrder if sort == "date-asc" else Qt.DescendingOrder)
        if search:
            self.search()

    def _header_clicked(self, section: int) -> None:
        column = ResultsModel.COLUMNS[section]
        if column == "date":
            self.set_sort("date-asc" if self.sort == "date" else "date")
        else:  # the other columns have no order of their own: back to relevance
            self.set_sort("relevance")

    # -- reading --------------------------------------------------------------------------------
    def _load_rows(self, nums):
        return self.rows.load(nums)

    def _current_changed(self, current, _previous) -> None:
        hit = self.results.article(current.row())
        article = self.rows.get(hit.id) if hit is not None else None
        self.reader.show_article(article, self._spans(article.text) if article else [])
        if article is not None and not self._selecting:  # the user chose it: a kept query
            self.search_bar.remember(self.search_bar.text())

    def _spans(self, text: str) -> list[tuple[int, int]]:
        """Where the searched words stand in `text`, to mark them."""
        try:
            return highlights(text, self.search_bar.text())
        except ClipperError:
            return []

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def selected_ids(self) -> list[str]:
        found = [self.results.article(row) for row in self.selected_rows()]
        return [a.id for a in found if a is not None]

    def say_read_only(self) -> None:
        self.statusBar().showMessage(self.tr(
            "Another Clipper window or command is changing this archive: you can search and "
            "read; changes become possible when it has finished."))

    def ensure_writable(self) -> bool:
        """Whether the archive can take a change now; when not, the user is told why."""
        if self.archive.writable:
            return True
        if self.importer.running:
            QMessageBox.information(self, APP_NAME, self.tr(
                "The archive is busy with an import; make changes when it has finished."))
            return False
        try:  # the import is over but taking the lock back failed then: try again now
            self.archive.take_back_write_lock()
        except ClipperError as exc:
            QMessageBox.warning(self, APP_NAME, user_message(exc))
            return False
        return True

    # -- organising -----------------------------------------------------------------------------
    def after_organising(self, message: str) -> None:
        """A tag, tone, star, note or rule changed articles: show it everywhere."""
        self.statusBar().showMessage(message, 8000)
        self.refresh_sidebar()
        self.search()  # its answer reads the rows and the current article again

    def refresh_sidebar(self) -> None:
        if self.archive is None:
            return
        self.tag_list.show_tags(self.archive.tags.list())
        self.saved_list.show_saved(self.archive.saved_searches.list(),
                                   lambda saved: saved.query)

    def _context_menu(self, point) -> None:
        if not self.selected_ids():
            return
        menu = QMenu(self)
        for name in ("tag", "untag", "star", None, "tone_positive", "tone_neutral",
                     "tone_negative", "tone_None", None, "note", "edit", "original"):
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions[name])
        menu.exec(self.table.viewport().mapToGlobal(point))

    def move_current(self, step: int) -> None:
        row = self.table.currentIndex().row() + step
        if 0 <= row < self.results.rowCount():
            self.table.selectRow(row)

    def open_original(self) -> None:
        article = self.reader.article
        copy = self.archive.original_copy(article) if article else None
        if copy is None:
            QMessageBox.warning(self, self.tr("Open original"),
                                self.tr("The original file of this article is missing."))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    # -- correcting -----------------------------------------------------------------------------
    def edit_current(self) -> None:
        article = self.reader.article
        if article is None:
            return
        if not self.ensure_writable():
            return
        table = self.archive.engine().table
        known = {field: table.stored_values(field) for field in ("source", "official")}
        self.editor = MetadataEditor(article, known, canonical_regions(), self)
        self.editor.accepted.connect(lambda: self._save_corrections(article.id,
                                                                    self.editor.values()))
        self.editor.open()

    def _save_corrections(self, article_id: str, values: dict) -> None:
        if not values:
            return
        try:
            self.archive.correct(article_id, **values)
        except ClipperError as exc:
            QMessageBox.warning(self, self.tr("Edit details"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Corrected: {0}").format(", ".join(values)), 8000)
        self.search()

    # -- exporting ------------------------------------------------------------------------------
    def open_export(self) -> None:
        from clipper.ui.dialogs.export import ExportDialog  # the exporters load only when used

        self.export_dialog = ExportDialog(self, self.selected_ids(), self.current_request(),
                                          self.total)
        self.export_dialog.exported.connect(
            lambda path: self.statusBar().showMessage(self.tr("Exported to {0}").format(path),
                                                      15_000))
        self.export_dialog.open()

    # -- importing ------------------------------------------------------------------------------
    def start_import(self, paths: list[str]) -> bool:
        if not self.importer.running and not self.ensure_writable():
            return False
        started = self.importer.start(self.archive, [str(p) for p in paths])
        self._update_empty_state()
        return started

    def _import_finished(self, report) -> None:
        if report is not None:
            self.statusBar().showMessage(self.tr("Imported {0}, duplicates {1}, failed {2}").format(
                len(report.imported), len(report.duplicates), len(report.failed)), 15_000)
        self.refresh_sidebar()  # rules run on import may have tagged articles
        self._update_empty_state()
        self.search()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    def _update_empty_state(self) -> None:
        # through the window's own connection: never waits for a search holding the archive's
        self.empty_state.setVisible(self.archive is not None and self.rows.count() == 0
                                    and not self.importer.running)

    # -- closing --------------------------------------------------------------------------------
    def _layout_parts(self) -> dict:
        """What of the window's layout comes back on the next start: name → the part."""
        return {"main_splitter": self.main_splitter, "results_splitter": self.results_splitter,
                "columns": self.table.horizontalHeader(), "window": self}

    def closeEvent(self, event) -> None:
        self.importer.shutdown()
        self.settings.save_layout(self._layout_parts())
        self.settings.history = self.search_bar.history()
        self.settings.sync()
        if self.searcher is not None:
            self.searcher.stop()
            self.searcher = None
        super().closeEvent(event)
