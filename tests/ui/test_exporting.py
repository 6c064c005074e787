"""Exporting from the window: a digest of the selection or of the whole result, and cancel."""

import pytest

from window_driving import search_for

pytestmark = pytest.mark.gui


def export(window, qtbot, path, fmt, *, whole=False):
    window.open_export()
    dialog = window.export_dialog
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    (dialog.found if whole else dialog.selected).setChecked(True)
    dialog.path.setText(str(path))
    dialog.title.setText("Дайджест для руководства")
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        dialog.export_button.click()
    return dialog


def test_exporting_the_whole_result_as_csv_writes_one_row_per_article(window, qtbot, tmp_path):
    import csv

    search_for(qtbot, window, "полиция region:Караганда")
    out = tmp_path / "digest.csv"
    dialog = export(window, qtbot, out, "csv", whole=True)
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == window.total == 3
    assert "3 clippings written" in dialog.status.text()


def test_exporting_three_selected_articles_as_pdf(window, qtbot, tmp_path):
    from PySide6.QtCore import QItemSelectionModel
    from pypdf import PdfReader

    window.table.selectRow(0)
    for row in (1, 2):
        window.table.selectionModel().select(
            window.results.index(row, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)
    titles = [window.results.article(r).title for r in range(3)]
    out = tmp_path / "digest.pdf"
    export(window, qtbot, out, "pdf")
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Дайджест для руководства" in text
    for title in titles:
        assert title.split()[0] in text


def test_a_bad_place_to_write_says_so_and_leaves_nothing(window, qtbot, tmp_path):
    window.open_export()
    dialog = window.export_dialog
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    dialog.path.setText(str(tmp_path / "no-such-folder" / "digest.docx"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    assert "does not exist" in dialog.status.text()
    assert not (tmp_path / "no-such-folder").exists()
