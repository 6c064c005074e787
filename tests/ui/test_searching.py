"""Searching from the window: typing, facets in step with the query, chips, sorting, reading."""

import pytest

from window_driving import facet_item, facet_items, headlines, search_for, type_text, wait_for_search

pytestmark = pytest.mark.gui


def test_window_opens_showing_every_article(window):
    assert len(headlines(window)) == 36
    assert window.count_label.text() == "36 articles"
    assert "Участковый — это лицо полиции" in headlines(window)


def test_typing_a_query_narrows_the_results(window, qtbot):
    type_text(window.search_box, "Ковалёв")
    assert window.search_box.text() == "Ковалёв"
    qtbot.waitUntil(lambda: len(headlines(window)) == 1, timeout=3000)
    assert headlines(window) == [
        "Полицейские Темиртау провели урок безопасности для школьников поселка Актау"]


def test_a_malformed_query_says_what_is_wrong_and_keeps_the_last_results(window, qtbot):
    type_text(window.search_box, '"закон и порядок')
    qtbot.waitUntil(lambda: window.search_bar.error_label.isVisible(), timeout=3000)
    assert "not closed" in window.search_bar.error_label.text()
    assert len(headlines(window)) == 36


def test_under_the_search_box_the_window_says_what_was_searched(window, qtbot):
    search_for(qtbot, window, "мошенники")
    assert window.search_bar.explain_label.isVisible()
    assert window.search_bar.explain_label.text().startswith("мошенники: stem «мошенник» — ")


def test_ticking_a_region_writes_its_clause_and_narrows_the_results(window, qtbot):
    regions = facet_items(window, "region")
    assert "Карагандинская область" in regions and not any(regions.values())
    facet_item(window, "region", "Карагандинская область").setCheckState(
        __import__("PySide6.QtCore").QtCore.Qt.Checked)
    wait_for_search(qtbot, window)
    assert window.search_box.text() == 'region:"Карагандинская область"'
    assert facet_items(window, "region")["Карагандинская область"] is True
    total = int(window.count_label.text().split()[0])
    assert 0 < total < 36
    # drill-down: other regions keep their counts, so a second one can be added
    assert len(facet_items(window, "region")) > 1


def test_typing_a_facet_clause_ticks_the_facet_and_shows_a_chip(window, qtbot):
    search_for(qtbot, window, "region:Караганда")
    assert facet_items(window, "region")["Карагандинская область"] is True
    chips = [b.text() for b in window.facets.chips.findChildren(
        __import__("PySide6.QtWidgets").QtWidgets.QPushButton)]
    assert any("Карагандинская область" in text for text in chips)


def test_removing_a_chip_removes_the_clause_and_keeps_the_words(window, qtbot):
    from PySide6.QtWidgets import QPushButton

    search_for(qtbot, window, "полиция region:Караганда")
    chip = [b for b in window.facets.chips.findChildren(QPushButton)
            if "Карагандинская" in b.text()][0]
    chip.click()
    wait_for_search(qtbot, window)
    assert window.search_box.text() == "полиция"
    assert not any(facet_items(window, "region").values())


def test_clear_all_filters_keeps_the_words(window, qtbot):
    search_for(qtbot, window, "полиция lang:ru date:2025")
    window.facets.clear_button.click()
    wait_for_search(qtbot, window)
    assert window.search_box.text() == "полиция"


def test_sorting_by_date_puts_the_newest_first_and_back(window, qtbot):
    window.set_sort("date")
    wait_for_search(qtbot, window)
    dates = [window.results.index(r, 1).data() for r in range(window.results.rowCount())]
    known = [d for d in dates if d != "—"]
    assert known == sorted(known, reverse=True)
    window.set_sort("date-asc")
    wait_for_search(qtbot, window)
    dates = [window.results.index(r, 1).data() for r in range(window.results.rowCount())]
    known = [d for d in dates if d != "—"]
    assert known == sorted(known)


def test_selecting_a_result_shows_its_text_with_the_hits_marked(window, qtbot):
    search_for(qtbot, window, "участковый")
    row = headlines(window).index("Участковый — это лицо полиции")
    window.table.selectRow(row)
    reader = window.reader.view
    text = reader.toPlainText()
    assert text.startswith("Участковый — это лицо полиции")
    assert "Другие новости" not in text  # the related-news list under the article
    html = reader.toHtml()
    assert "background-color:#ffe58a" in html.replace(" ", "")


def test_article_markup_is_shown_as_text_never_run(window, qtbot, tmp_path):
    incoming = tmp_path / "x"
    incoming.mkdir()
    (incoming / "markup.txt").write_text(
        "Провокационная заметка про <b>жирный</b> текст\n\n"
        "В тексте статьи есть <img src='file:///etc/passwd'> и <a href='http://x'>ссылка</a>. "
        "Полиция Астаны сообщила о задержании.", encoding="utf-8")
    window.start_import([str(incoming)])
    qtbot.waitUntil(lambda: not window.importer.running, timeout=30000)
    search_for(qtbot, window, "Провокационная")
    window.table.selectRow(0)
    text = window.reader.view.toPlainText()
    assert "<img src='file:///etc/passwd'>" in text and "<b>жирный</b>" in text


def test_keyboard_moves_through_results(window, qtbot):
    window.table.selectRow(0)
    first = window.reader.article.id
    window.actions["next"].trigger()
    assert window.table.currentIndex().row() == 1
    assert window.reader.article.id != first
    window.actions["previous"].trigger()
    assert window.reader.article.id == first


def test_selecting_several_rows_gives_their_ids(window):
    from PySide6.QtCore import QItemSelectionModel

    selection = window.table.selectionModel()
    window.table.selectRow(0)
    for row in (1, 2):
        selection.select(window.results.index(row, 0),
                         QItemSelectionModel.Select | QItemSelectionModel.Rows)
    assert len(window.selected_ids()) == 3


def test_query_language_help_lists_the_syntax(window, qtbot):
    from PySide6.QtWidgets import QTextBrowser

    from clipper.ui.dialogs.query_help import QueryHelp

    dialog = QueryHelp(window)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "задерж*" in text and "date:[2025-01-01 TO 2025-06-30]" in text
