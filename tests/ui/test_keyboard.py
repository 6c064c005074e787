"""A keyboard-only path: find, move through results, tick a filter, edit, all without a mouse."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from window_driving import facet_items, wait_for_search

pytestmark = pytest.mark.gui


def test_ctrl_2_then_arrows_and_space_ticks_a_filter(window, qtbot):
    window.actions["facets"].trigger()
    tree = window.facets.tree
    assert tree.hasFocus() or window.focusWidget() is tree
    region_group = next(window.facets.model.item(r) for r in range(window.facets.model.rowCount())
                        if window.facets.model.item(r).text().startswith("Region"))
    first_region = region_group.child(0)
    tree.setCurrentIndex(first_region.index())
    QTest.keyClick(tree, Qt.Key_Space)
    wait_for_search(qtbot, window)
    ticked = [v for v, on in facet_items(window, "region").items() if on]
    assert len(ticked) == 1 and "region:" in window.search_box.text()


def test_ctrl_1_and_the_arrow_keys_move_through_results(window, qtbot):
    window.actions["results"].trigger()
    window.table.selectRow(0)
    first = window.reader.article.id
    QTest.keyClick(window.table, Qt.Key_Down)
    assert window.reader.article.id != first
    QTest.keyClick(window.table, Qt.Key_Up)
    assert window.reader.article.id == first
