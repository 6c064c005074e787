"""How a test drives the window as a user would: typing, waiting, reading facets."""

def wait_for_search(qtbot, win, timeout=5000):
    qtbot.waitUntil(lambda: win.search_settled, timeout=timeout)


def type_text(widget, text):
    """Types like a keyboard would; QTest.keyClicks asserts on non-Latin letters."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, ch))


def search_for(qtbot, win, text):
    """Types a query into an emptied search box and waits for the answer."""
    win.search_box.clear()
    type_text(win.search_box, text)
    qtbot.waitUntil(lambda: win.search_settled and win.settings.last_query == text,
                    timeout=5000)


def headlines(win):
    model = win.results
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def facet_items(win, field):
    """The facet panel's values for `field`: {value: ticked}."""
    from PySide6.QtCore import Qt

    from clipper.ui.views.facet_panel import FIELD_ROLE, VALUE_ROLE

    return {item.data(VALUE_ROLE): item.checkState() == Qt.Checked
            for item in _items(win.facets.model.invisibleRootItem())
            if item.data(FIELD_ROLE) == field and item.data(VALUE_ROLE) is not None}


def facet_item(win, field, value):
    from clipper.ui.views.facet_panel import FIELD_ROLE, VALUE_ROLE

    for item in _items(win.facets.model.invisibleRootItem()):
        if item.data(FIELD_ROLE) == field and item.data(VALUE_ROLE) == value:
            return item
    raise AssertionError(f"no facet value {field}:{value}")


def _items(parent):
    for row in range(parent.rowCount()):
        child = parent.child(row)
        yield child
        yield from _items(child)
