"""Organising from the window: tag a selection, rename, merge, tone, star, undo and redo."""

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QInputDialog, QMessageBox

from window_driving import facet_items, headlines, search_for, wait_for_search

pytestmark = pytest.mark.gui


def select_rows(win, rows):
    selection = win.table.selectionModel()
    win.table.selectRow(rows[0])
    for row in rows[1:]:
        selection.select(win.results.index(row, 0),
                         QItemSelectionModel.Select | QItemSelectionModel.Rows)


def answer(monkeypatch, method, value):
    """The next small dialog of QInputDialog.`method` answers `value`, as if typed and OK'd."""
    monkeypatch.setattr(QInputDialog, method, staticmethod(lambda *a, **k: (value, True)))


def test_tagging_a_selection_of_three_shows_in_the_list_facets_and_tag_panel(
        window, qtbot, monkeypatch):
    select_rows(window, [0, 1, 2])
    chosen = window.selected_ids()
    answer(monkeypatch, "getItem", "Закон и Порядок")
    window.actions["tag"].trigger()
    wait_for_search(qtbot, window)
    assert "Tag «Закон и Порядок» added to 3 articles" in window.statusBar().currentMessage()
    assert facet_items(window, "tag") == {"Закон и Порядок": False}
    tags_column = window.results.COLUMNS.index("tags")
    tagged = [window.results.article(r).id for r in range(window.results.rowCount())
              if "Закон и Порядок" in (window.results.index(r, tags_column).data() or "")]
    assert sorted(tagged) == sorted(chosen)
    panel = [window.tag_list.model.item(r).text() for r in range(window.tag_list.model.rowCount())]
    assert panel == ["Закон и Порядок   (3)"]


def test_undo_and_redo_a_tag(window, qtbot, monkeypatch):
    select_rows(window, [0, 1, 2])
    answer(monkeypatch, "getItem", "ДТП")
    window.actions["tag"].trigger()
    wait_for_search(qtbot, window)
    window.actions["undo"].trigger()
    wait_for_search(qtbot, window)
    assert window.archive.tags.list() == [] or all(t.count == 0 for t in
                                                   window.archive.tags.list())
    assert "ДТП" not in facet_items(window, "tag")
    window.actions["redo"].trigger()
    wait_for_search(qtbot, window)
    assert facet_items(window, "tag") == {"ДТП": False}
    assert [t.count for t in window.archive.tags.list() if t.name == "ДТП"] == [3]


def test_tone_on_a_selection_is_undone_exactly(window, qtbot):
    select_rows(window, [0, 1])
    ids = window.selected_ids()
    window.actions["tone_negative"].trigger()
    wait_for_search(qtbot, window)
    assert {window.archive.get(i).tone for i in ids} == {"negative"}
    select_rows(window, [0])
    window.actions["tone_positive"].trigger()
    wait_for_search(qtbot, window)
    window.actions["undo"].trigger()
    window.actions["undo"].trigger()
    wait_for_search(qtbot, window)
    assert {window.archive.get(i).tone for i in ids} == {None}


def test_renaming_and_merging_tags_from_the_panel(window, qtbot, monkeypatch):
    select_rows(window, [0, 1])
    answer(monkeypatch, "getItem", "мошенничество")
    window.actions["tag"].trigger()
    select_rows(window, [2])
    answer(monkeypatch, "getItem", "мошенники")
    window.actions["tag"].trigger()
    wait_for_search(qtbot, window)
    answer(monkeypatch, "getText", "Мошенничество")
    window.organise_menu.rename_tag("мошенничество")
    answer(monkeypatch, "getItem", "Мошенничество")
    window.organise_menu.merge_tag("мошенники")
    wait_for_search(qtbot, window)
    assert [(t.name, t.count) for t in window.archive.tags.list()] == [("Мошенничество", 3)]
    assert facet_items(window, "tag") == {"Мошенничество": False}


def test_deleting_a_tag_says_how_many_articles_it_is_on(window, qtbot, monkeypatch):
    select_rows(window, [0, 1, 2, 3])
    answer(monkeypatch, "getItem", "черновик")
    window.actions["tag"].trigger()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *a: asked.append(text) or QMessageBox.Yes))
    window.organise_menu.delete_tag("черновик")
    wait_for_search(qtbot, window)
    assert asked == ["Delete the tag «черновик»? It is on 4 articles."]
    assert window.archive.tags.list() == []


def test_star_a_result_and_find_it_by_the_starred_facet(window, qtbot):
    window.table.selectRow(0)
    article_id = window.reader.article.id
    window.actions["star"].trigger()
    wait_for_search(qtbot, window)
    assert window.archive.get(article_id).starred
    search_for(qtbot, window, "starred:yes")
    assert len(headlines(window)) == 1 and headlines(window)[0].startswith("★ ")


def test_a_saved_search_runs_again_from_the_sidebar(window, qtbot, monkeypatch):
    search_for(qtbot, window, "полиция region:Караганда")
    expected = headlines(window)
    answer(monkeypatch, "getText", "Караганда: полиция")
    window.actions["save_search"].trigger()
    assert window.saved_list.model.item(0).text() == "Караганда: полиция"
    search_for(qtbot, window, "")
    window.organise_menu.run_saved("Караганда: полиция")
    wait_for_search(qtbot, window)
    assert headlines(window) == expected


def test_after_a_star_the_same_articles_stay_chosen(window, qtbot):
    select_rows(window, [4, 5, 6])
    chosen = sorted(window.selected_ids())
    current = window.reader.article.id
    window.actions["star"].trigger()
    wait_for_search(qtbot, window)
    assert sorted(window.selected_ids()) == chosen
    assert window.reader.article.id == current


def test_typing_with_pauses_keeps_only_the_query_read_in_the_history(window, qtbot):
    search_for(qtbot, window, "ак")
    search_for(qtbot, window, "акимат")
    window.table.selectRow(1)
    assert window.search_bar.history()[:1] == ["акимат"] and "ак" not in window.search_bar.history()


def test_undo_while_an_import_holds_the_archive_waits_and_loses_nothing(window, qtbot,
                                                                       monkeypatch, tmp_path):
    select_rows(window, [0])
    tagged = window.selected_ids()
    answer(monkeypatch, "getItem", "ДТП")
    window.actions["tag"].trigger()
    told = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda *a, **k: told.append(a[2])))
    incoming = tmp_path / "in"
    incoming.mkdir()
    (incoming / "a.txt").write_text("Полиция Павлодара задержала угонщика\n\nПолицейские "
                                    "Павлодара задержали угонщика автомобиля.", encoding="utf-8")
    window.start_import([str(incoming)])
    window.actions["undo"].trigger()  # refused while the import runs: nothing moves
    assert told and "busy with an import" in told[0]
    with qtbot.waitSignal(window.importer.finished, timeout=60000):
        pass
    wait_for_search(qtbot, window)
    assert window.archive.get(tagged[0]).tags == ["ДТП"]
    window.actions["undo"].trigger()
    wait_for_search(qtbot, window)
    assert window.archive.get(tagged[0]).tags == []
