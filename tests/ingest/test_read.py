"""Reading files as monitoring delivers them: encodings, and files that are not articles."""

import codecs
import io
import zipfile

import pytest

from clipper.errors import ImportFailure
from clipper.ingest.read import read_text

TEXT = ("Полиция Карагандинской области задержала подозреваемых в краже скота. "
        "Похищенные животные возвращены владельцам, возбуждено уголовное дело.")


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251", "koi8_r", "cp866", "utf-16-le",
                                      "utf-16-be"])
def test_russian_text_reads_the_same_in_every_common_encoding(encoding):
    data = TEXT.encode(encoding)
    if encoding.startswith("utf-16"):
        data = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + data
    assert read_text(data, ".txt").text == TEXT


def test_utf8_with_bom_loses_the_bom():
    assert read_text(codecs.BOM_UTF8 + TEXT.encode(), ".txt").text == TEXT


def test_utf16_without_bom_is_recognised():
    assert read_text(TEXT.encode("utf-16-le"), ".txt").text == TEXT


def test_short_cp1251_line_is_not_taken_for_another_script():
    # Detectors unconstrained by script read short cp1251 as Korean or Greek.
    assert read_text("Акимат Алматы".encode("cp1251"), ".txt").text == "Акимат Алматы"


def test_kazakh_letters_survive_utf16():
    kazakh = "Қарағанды облысының полициясы құқық бұзушылықтың алдын алу жұмысын күшейтті."
    assert read_text(codecs.BOM_UTF16_LE + kazakh.encode("utf-16-le"), ".txt").text == kazakh


def test_line_endings_and_stray_controls_are_normalised():
    data = "Заголовок\r\nПервая строка\x00\rВторая\x0b строка\n".encode()
    assert read_text(data, ".txt").text == "Заголовок\nПервая строка\nВторая строка\n"


def test_empty_file_is_refused_as_empty():
    with pytest.raises(ImportFailure, match="empty"):
        read_text(b"", ".txt")
    with pytest.raises(ImportFailure, match="empty"):
        read_text(b"  \r\n\t ", ".txt")


def test_binary_file_is_refused_as_binary():
    with pytest.raises(ImportFailure, match="binary"):
        read_text(bytes(range(256)) * 20, ".txt")


def test_image_renamed_txt_is_named_for_what_it_is():
    with pytest.raises(ImportFailure, match="PNG image"):
        read_text(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, ".txt")


def test_utf8_cut_mid_character_is_read_with_a_warning():
    data = (TEXT + " Дело").encode("utf-8")[:-1]  # «о» loses its second byte
    read = read_text(data, ".txt")
    assert read.text == TEXT + " Дел"
    assert any("cut short" in w for w in read.warnings)


def test_truncated_docx_is_refused_as_damaged():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>" * 200)
    with pytest.raises(ImportFailure, match="damaged or cut short"):
        read_text(buffer.getvalue()[:300], ".docx")


def test_docx_paragraphs_are_read():
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Заголовок статьи")
    document.add_paragraph(TEXT)
    buffer = io.BytesIO()
    document.save(buffer)
    assert read_text(buffer.getvalue(), ".docx").text == "Заголовок статьи\n\n" + TEXT
