"""The interface in Russian and English, with Russian plural forms."""

import shutil

import pytest

from window_driving import type_text, wait_for_search

pytestmark = pytest.mark.gui


@pytest.fixture
def window_in(qapp, qtbot, demo_archive, tmp_path):
    """window_in("ru") opens a window on a copy of the demo archive in that language."""
    from clipper.ui import i18n
    from clipper.ui.app import open_window

    opened = []

    def open_in(language):
        assert i18n.install(qapp, language) == language
        folder = tmp_path / f"archive-{len(opened)}"
        shutil.copytree(demo_archive, folder)
        win = open_window(folder)
        qtbot.addWidget(win)
        wait_for_search(qtbot, win)
        opened.append(win)
        return win

    yield open_in
    for win in opened:
        win.close()
        win.archive.close()
    i18n.install(qapp, "en")


def test_the_window_speaks_russian_with_russian_plurals(window_in):
    win = window_in("ru")
    menus = [action.text() for action in win.menuBar().actions()]
    assert menus[:2] == ["&Файл", "&Правка"]
    assert win.count_label.text() == "36 статей"
    assert win.search_bar.history_button.text() == "История"
    assert win.facets.clear_button.text() == "Сбросить все фильтры"


def test_english_says_one_article_and_many_articles(window_in):
    win = window_in("en")
    assert win.count_label.text() == "36 articles"
    assert win.menuBar().actions()[0].text() == "&File"


def test_a_setting_of_system_follows_the_locale(monkeypatch):
    from PySide6.QtCore import QLocale

    from clipper.ui import i18n

    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Russian, QLocale.Kazakhstan))
    assert i18n.chosen_language("system") == "ru"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.English, QLocale.UnitedKingdom))
    assert i18n.chosen_language("system") == "en"
    assert i18n.chosen_language("ru") == "ru"


def test_a_malformed_query_is_explained_in_russian(window_in, qtbot):
    win = window_in("ru")
    type_text(win.search_box, '"закон и порядок')
    qtbot.waitUntil(lambda: win.search_bar.error_label.text() != "", timeout=3000)
    assert win.search_bar.error_label.text() == "кавычка \" не закрыта"


def test_what_was_searched_is_said_in_russian(window_in, qtbot):
    win = window_in("ru")
    type_text(win.search_box, "мошенники")
    qtbot.waitUntil(lambda: win.search_bar.explain_label.text() != "", timeout=3000)
    assert win.search_bar.explain_label.text().startswith("мошенники: основа «мошенник» — ")


def test_why_a_file_failed_is_said_in_russian(window_in, qtbot, tmp_path):
    from clipper.model import ImportReport
    from clipper.ui.dialogs.import_report import ImportReportDialog

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    win = window_in("ru")
    with qtbot.waitSignal(win.importer.finished, timeout=60000) as done:
        win.start_import([str(tmp_path / "in")])
    report = done.args[0]
    assert isinstance(report, ImportReport) and len(report.failed) == 2
    text = ImportReportDialog(report, win).details.toPlainText()
    assert "файл пуст" in text and "это изображение PNG, а не статья" in text
