"""The window's workflows as a press officer does them: import, cancel, correct, reopen."""

import pytest

from window_driving import headlines, search_for, wait_for_search

pytestmark = pytest.mark.gui

NEW_ARTICLE = (
    "Новый участковый пункт полиции открыли в Кокшетау\n\n"
    "В микрорайоне Сарыарка Кокшетау открылся участковый пункт полиции. Жители смогут "
    "обратиться к участковому инспектору без поездки в отдел.")


def finish_import(qtbot, win, timeout=60000):
    with qtbot.waitSignal(win.importer.finished, timeout=timeout) as done:
        pass
    wait_for_search(qtbot, win)
    return done.args[0]


def test_import_a_folder_with_a_bad_file_reports_it_and_shows_the_good_one(window, qtbot,
                                                                           tmp_path):
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    (incoming / "empty.txt").write_bytes(b"")
    (incoming / "good.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    assert window.start_import([str(incoming)])
    assert window.progress.isVisible() and window.cancel_button.isVisible()
    report = finish_import(qtbot, window)
    assert len(report.imported) == 1 and len(report.failed) == 1
    assert "empty.txt" in report.failed[0]["path"]
    dialog = window.importer.report_dialog
    assert "Imported: 1" in dialog.summary.text() and "Failed: 1" in dialog.summary.text()
    assert "empty.txt" in dialog.details.toPlainText()
    assert "Новый участковый пункт полиции открыли в Кокшетау" in headlines(window)
    assert window.progress.isHidden()
    assert window.archive.writable  # the write lock came back from the import process


def test_cancelling_an_import_keeps_what_was_imported_and_stops(window, qtbot, tmp_path):
    incoming = tmp_path / "many"
    incoming.mkdir()
    for n in range(60):
        (incoming / f"a{n:02}.txt").write_text(
            f"Сводка номер {n} от полиции Павлодара\n\nПолиция Павлодара сообщает: за сутки "
            f"зарегистрировано {n} происшествий, задержаны {n + 2} человека.", encoding="utf-8")
    window.start_import([str(incoming)])
    qtbot.waitUntil(lambda: window.progress.maximum() == 60 and window.progress.value() >= 1,
                    timeout=60000)
    window.cancel_button.click()
    report = finish_import(qtbot, window)
    assert report.cancelled
    assert 1 <= len(report.imported) < 60
    assert window.count_label.text() == f"{36 + len(report.imported)} articles"


def test_the_window_stays_usable_while_importing(window, qtbot, tmp_path):
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    (incoming / "good.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    window.start_import([str(incoming)])
    search_for(qtbot, window, "Ковалёв")  # searching goes on during the import
    assert len(headlines(window)) == 1
    finish_import(qtbot, window)


def test_correcting_a_field_marks_it_and_survives_reextraction(window, qtbot):
    from clipper.ui.dialogs.metadata_editor import MetadataEditor

    search_for(qtbot, window, "Ковалёв")
    window.table.selectRow(0)
    article_id = window.reader.article.id
    window.actions["edit"].trigger()
    editor = window.findChild(MetadataEditor)
    assert editor is not None and editor.isVisible()
    editor.source.setText("Газета «Индустриальная Караганда»")
    editor.date.setText("2025-03-14")
    editor.accept()
    wait_for_search(qtbot, window)
    window.table.selectRow(0)
    shown = window.reader.view.toPlainText()
    assert "Газета «Индустриальная Караганда»" in shown and "2025-03-14" in shown
    assert "corrected" in shown
    job = window.archive.reextract_job()
    for _ in job:
        pass
    article = window.archive.get(article_id)
    assert article.source == "Газета «Индустриальная Караганда»"
    assert {"source", "date"} <= set(article.corrected)


def test_a_bad_date_in_the_editor_is_refused_with_a_message(window, qtbot):
    from clipper.ui.dialogs.metadata_editor import MetadataEditor

    window.table.selectRow(0)
    window.actions["edit"].trigger()
    editor = window.findChild(MetadataEditor)
    editor.date.setText("31.02.2025")
    editor._accept()
    assert editor.isVisible() and "31.02.2025" in editor.error.text()
    editor.reject()


def test_an_empty_archive_offers_the_demo_articles(qtbot, tmp_path, english):
    from clipper.ui.app import open_window

    win = open_window(tmp_path / "new-archive")
    qtbot.addWidget(win)
    win.show()
    try:
        wait_for_search(qtbot, win)
        assert win.empty_state.isVisible()
        win.demo_button.click()
        report = finish_import(qtbot, win)
        assert len(report.imported) == 36
        assert len(headlines(win)) == 36
        assert not win.empty_state.isVisible()
    finally:
        win.close()
        win.archive.close()


def test_the_last_query_sort_and_history_come_back_on_the_next_start(window, qtbot):
    from clipper.ui.app import open_window

    search_for(qtbot, window, "полиция")
    window.table.selectRow(1)  # reading a result keeps the query in the history
    window.set_sort("date")
    wait_for_search(qtbot, window)
    folder = window.archive.folder
    window.close()
    window.archive.close()
    again = open_window(folder)
    qtbot.addWidget(again)
    try:
        wait_for_search(qtbot, again)
        assert again.search_box.text() == "полиция"
        assert again.sort == "date"
        assert "полиция" in again.search_bar.history()
    finally:
        again.close()
        again.archive.close()
    window.archive = None  # closed above; the fixture has nothing left to close


def test_articles_to_review_are_one_shortcut_away_and_leave_when_corrected(window, qtbot):
    from clipper.ui.dialogs.metadata_editor import MetadataEditor

    window.actions["review"].trigger()
    wait_for_search(qtbot, window)
    assert window.search_box.text() == "review:yes"
    before = window.total
    assert before >= 1
    window.table.selectRow(0)
    assert "check" in window.reader.view.toPlainText()  # the unsure field is flagged
    window.actions["edit"].trigger()
    editor = window.findChild(MetadataEditor)
    article = window.reader.article
    for field in article.uncertain:  # confirming a value is correcting it
        widget = {"title": editor.title, "date": editor.date, "source": editor.source,
                  "author": editor.author}.get(field)
        if widget is not None:
            widget.setText(widget.text() + " ")
            widget.setText(widget.text().strip() + ".")
    editor.accept()
    wait_for_search(qtbot, window)
    assert window.total == before - 1


def test_dropping_a_folder_on_the_window_imports_it(window, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    incoming = tmp_path / "dropped"
    incoming.mkdir()
    (incoming / "good.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(incoming))])
    enter = QDragEnterEvent(window.rect().center(), Qt.CopyAction, data, Qt.LeftButton,
                            Qt.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(window.rect().center()), Qt.CopyAction, data, Qt.LeftButton,
                      Qt.NoModifier)
    QApplication.sendEvent(window, drop)
    report = finish_import(qtbot, window)
    assert len(report.imported) == 1
    assert "Новый участковый пункт полиции открыли в Кокшетау" in headlines(window)


def test_an_archive_another_process_is_changing_opens_for_reading(qtbot, tmp_path, demo_archive,
                                                                  english, monkeypatch):
    import shutil

    from PySide6.QtWidgets import QMessageBox

    from clipper.archive import Archive
    from clipper.ui.app import open_window

    folder = tmp_path / "busy"
    shutil.copytree(demo_archive, folder)
    other = Archive.open(folder)  # another process's write lock, as far as the window can tell
    told = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda *a, **k: told.append(a[2])))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: told.append(a[2])))
    win = open_window(folder)
    qtbot.addWidget(win)
    try:
        wait_for_search(qtbot, win)
        assert len(headlines(win)) == 36
        assert "changing this archive" in win.statusBar().currentMessage()
        win.table.selectRow(0)
        win.actions["star"].trigger()  # refused with a reason, nothing half-done
        assert told and "another Clipper" in told[0]
        other.close()  # the other one lets go: changes work now
        win.actions["star"].trigger()
        wait_for_search(qtbot, win)
        assert win.archive.writable and win.archive.get(win.reader.article.id).starred
    finally:
        win.close()
        win.archive.close()
