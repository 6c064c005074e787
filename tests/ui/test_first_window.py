"""The first window: it opens on an archive, shows results, searches as you type, imports."""

import pytest

pytest.importorskip("PySide6")

from clipper.archive import Archive  # noqa: E402
from clipper.ui.app import open_window  # noqa: E402
from conftest import REPO  # noqa: E402

DEMO = REPO / "archive" / "articles"

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path):
    with Archive.open(tmp_path / "archive") as archive:
        archive.import_paths([DEMO])
    win = open_window(tmp_path / "archive")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    win.archive.close()


def type_text(widget, text):
    """Types like a keyboard would; QTest.keyClicks asserts on non-Latin letters."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, ch))


def headlines(win):
    model = win.results
    return [model.index(row, 0).data() for row in range(model.rowCount())]


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
    assert window.count_label.text() == "1 articles"


def test_selecting_a_result_shows_its_text(window):
    window.table.selectRow(headlines(window).index("Участковый — это лицо полиции"))
    text = window.reader.toPlainText()
    assert text.startswith("Участковый — это лицо полиции\n")
    assert "Канат Болатбеков" in text
    assert "Другие новости" not in text  # the related-news list under the article


def test_empty_archive_with_an_inbox_imports_it_in_the_background(qtbot, tmp_path):
    folder = tmp_path / "demo"
    (folder / "articles").mkdir(parents=True)
    for seed in sorted(DEMO.glob("*.txt"))[:3]:
        (folder / "articles" / seed.name).write_bytes(seed.read_bytes())
    win = open_window(folder)
    qtbot.addWidget(win)
    try:
        qtbot.waitUntil(lambda: len(headlines(win)) == 3, timeout=15000)
        assert "Imported 3" in win.statusBar().currentMessage()
        assert win.progress.isHidden()
    finally:
        win.close()
        win.archive.close()


def test_import_reports_a_bad_file_and_shows_the_good_one(window, qtbot, tmp_path):
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    (incoming / "empty.txt").write_bytes(b"")
    (incoming / "note.txt").write_text(
        "Новый участковый пункт полиции открыли в Кокшетау\n\n"
        "В микрорайоне Сарыарка Кокшетау открылся участковый пункт полиции. Жители смогут "
        "обратиться к участковому инспектору без поездки в отдел.", encoding="utf-8")
    runner = window.start_import([str(incoming)])
    with qtbot.waitSignal(runner.finished, timeout=15000) as finished:
        pass
    report = finished.args[0]
    assert len(report.imported) == 1 and len(report.failed) == 1
    qtbot.waitUntil(lambda: len(headlines(window)) == 37, timeout=3000)
    assert "Новый участковый пункт полиции открыли в Кокшетау" in headlines(window)


def test_under_the_search_box_the_window_says_what_was_searched(window, qtbot):
    type_text(window.search_box, "мошенники")
    qtbot.waitUntil(lambda: window.explain_label.isVisible(), timeout=3000)
    assert window.explain_label.text().startswith("мошенники: stem «мошенник» — ")


def test_query_language_help_lists_the_syntax(window, qtbot):
    from PySide6.QtWidgets import QTextBrowser

    from clipper.ui.query_help import QueryHelp

    dialog = QueryHelp(window)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "задерж*" in text and "date:[2025-01-01 TO 2025-06-30]" in text
