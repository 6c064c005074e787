"""The interface in Russian and English, with Russian plural forms."""

import pytest

from window_driving import wait_for_search

pytestmark = pytest.mark.gui


@pytest.fixture
def installed(qapp):
    from clipper.ui import i18n

    yield lambda setting: i18n.install(qapp, setting)
    i18n.install(qapp, "en")


def open_in(language, installed, qtbot, folder):
    from clipper.ui.app import open_window

    assert installed(language) == language
    win = open_window(folder)
    qtbot.addWidget(win)
    wait_for_search(qtbot, win)
    return win


def test_the_window_speaks_russian_with_russian_plurals(installed, qtbot, demo_archive,
                                                        tmp_path):
    import shutil

    folder = tmp_path / "a"
    shutil.copytree(demo_archive, folder)
    win = open_in("ru", installed, qtbot, folder)
    try:
        menus = [action.text() for action in win.menuBar().actions()]
        assert menus[:2] == ["&Файл", "&Правка"]
        assert win.count_label.text() == "36 статей"
        assert win.search_bar.history_button.text() == "История"
        assert win.facets.clear_button.text() == "Сбросить все фильтры"
    finally:
        win.close()
        win.archive.close()


def test_english_says_one_article_and_many_articles(installed, qtbot, demo_archive, tmp_path):
    import shutil

    folder = tmp_path / "a"
    shutil.copytree(demo_archive, folder)
    win = open_in("en", installed, qtbot, folder)
    try:
        assert win.count_label.text() == "36 articles"
        assert win.menuBar().actions()[0].text() == "&File"
    finally:
        win.close()
        win.archive.close()


def test_a_setting_of_system_follows_the_locale(monkeypatch):
    from PySide6.QtCore import QLocale

    from clipper.ui import i18n

    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Russian, QLocale.Kazakhstan))
    assert i18n.chosen_language("system") == "ru"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.English, QLocale.UnitedKingdom))
    assert i18n.chosen_language("system") == "en"
    assert i18n.chosen_language("ru") == "ru"


def test_a_malformed_query_is_explained_in_russian(installed, qtbot, demo_archive, tmp_path):
    import shutil

    from window_driving import type_text

    folder = tmp_path / "a"
    shutil.copytree(demo_archive, folder)
    win = open_in("ru", installed, qtbot, folder)
    try:
        type_text(win.search_box, '"закон и порядок')
        qtbot.waitUntil(lambda: win.search_bar.error_label.text() != "", timeout=3000)
        assert win.search_bar.error_label.text() == "кавычка \" не закрыта"
    finally:
        win.close()
        win.archive.close()


def test_what_was_searched_is_said_in_russian(installed, qtbot, demo_archive, tmp_path):
    import shutil

    from window_driving import type_text

    folder = tmp_path / "a"
    shutil.copytree(demo_archive, folder)
    win = open_in("ru", installed, qtbot, folder)
    try:
        type_text(win.search_box, "мошенники")
        qtbot.waitUntil(lambda: win.search_bar.explain_label.text() != "", timeout=3000)
        assert win.search_bar.explain_label.text().startswith("мошенники: основа «мошенник» — ")
    finally:
        win.close()
        win.archive.close()


def test_why_a_file_failed_is_said_in_russian(installed, qtbot, demo_archive, tmp_path):
    import shutil

    from clipper.ui.dialogs.import_report import ImportReportDialog
    from clipper.model import ImportReport

    folder = tmp_path / "a"
    shutil.copytree(demo_archive, folder)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    win = open_in("ru", installed, qtbot, folder)
    try:
        with qtbot.waitSignal(win.importer.finished, timeout=60000) as done:
            win.start_import([str(tmp_path / "in")])
        report = done.args[0]
        assert isinstance(report, ImportReport) and len(report.failed) == 2
        text = ImportReportDialog(report, win).details.toPlainText()
        assert "файл пуст" in text and "это изображение PNG, а не статья" in text
    finally:
        win.close()
        win.archive.close()
