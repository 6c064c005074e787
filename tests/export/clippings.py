"""Fixtures for the export tests (a module of its own: a second conftest.py would shadow the
root one for later `from conftest import`s). An archive of clippings as exports meet them:
Russian and Kazakh articles, one full of text
that breaks naive exporters (markup, ampersands, quotes, emoji, a 500-letter word, a long URL,
control characters), one with no text, and tags, tone, note and star set on one."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ARTICLE_RU

ARTICLE_KK = """ date 2025-12-03 КЗ
    Алматыда жол-көлік оқиғасы тіркелді

    Алматы қаласында түнгі уақытта жол-көлік оқиғасы болды, деп хабарлайды Kazinform.
    Көлік жүргізушісі бағдаршамның қызыл түсіне өтіп кетті. Оқиғада екі адам жарақат алды.

    Қала полициясы куәгерлерді хабарласуға шақырады. Өңірде һәм ауылда үй-үйді аралау,
    ғимараттарды тексеру және Ұлттық ұланмен бірлескен іс-шаралар жалғасады.
"""

LONG_WORD = "Сверхдлинное" + "слово" * 100
LONG_URL = "https://example.kz/" + "путь/" * 110 + "?q=1&b=2"
NASTY_TITLE = "Тарифы AT&T и «кавычки»: a<b, c>d, &nbsp; и 'апострофы'"
ARTICLE_NASTY = f""" date 2025-10-20 РУ
    {NASTY_TITLE}

    Первый абзац с разметкой <b>жирный</b> <img src='/etc/passwd'/> и <script>alert(1)</script>,
    эмодзи 😀👍 и знак ₸, а также "прямые кавычки".

    {LONG_WORD}

    Ссылка: {LONG_URL}

    Последний абзац о работе полиции.
"""

ARTICLE_UNDATED = """    В Шымкенте открыли новый пункт полиции

    В Шымкенте в микрорайоне Нурсат открылся новый участковый пункт полиции, сообщает
    пресс-служба городского департамента. Участковые будут принимать жителей ежедневно.

    Жители могут обратиться к участковому по любым вопросам правопорядка.
"""

ARTICLE_EMPTY = """ date 2025-09-30 РУ
    Заголовок публикации, чей текст потерян

    Этот текст будет удалён из каталога, чтобы статья осталась без текста.
"""

NOTE = "Проверить\x07 цифры: <ущерб> & «сроки»\nВторая строка заметки"


@pytest.fixture(scope="module")
def clippings(tmp_path_factory):
    """(archive, ids by name): the archive stays open for the module's tests."""
    from clipper.archive import Archive
    from clipper.catalog import articles

    root = tmp_path_factory.mktemp("clippings")
    files = {"ru": ARTICLE_RU, "kk": ARTICLE_KK, "nasty": ARTICLE_NASTY,
             "undated": ARTICLE_UNDATED, "empty": ARTICLE_EMPTY}
    (root / "incoming").mkdir()
    paths = {}
    for name, text in files.items():
        paths[name] = root / "incoming" / f"{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
    archive = Archive.open(root / "archive")
    ids = {}
    for name, path in paths.items():
        report = archive.import_paths([path])
        assert len(report.imported) == 1, report.failed
        ids[name] = report.imported[0]
    # What no import produces: control characters in a corrected headline and a note, tags,
    # tone, a star, and (through the catalog) an article whose text is gone.
    archive.correct(ids["undated"], title="В Шымкенте открыли\x0b новый пункт полиции\x00")
    archive.tag("Закон и порядок", [ids["ru"], ids["kk"]])
    archive.tag("ДТП", [ids["kk"]])
    archive.set_tone([ids["ru"]], "negative")
    archive.set_starred([ids["ru"]])
    archive.set_note(ids["ru"], NOTE)
    with archive.catalog.transaction() as conn:
        articles.write_fields(conn, articles.num_for_id(conn, ids["empty"]),
                              {"clean_text": ""}, correction=False)
    yield archive, ids
    archive.close()


def export(archive, out: Path, **kwargs) -> Path:
    """Run an export job to its end and return the file it wrote."""
    job = archive.export_job(out, **kwargs)
    assert job.run() == out
    return out


ORGANISATION = "Департамент полиции Павлодарской области"
TITLE = "Мониторинг СМИ за осень"


def autumn_digest(archive, ids: dict, out: Path) -> Path:
    """Every clipping, grouped by region, the words of «полиция» marked, a title and an
    organisation: the digest the PDF and DOCX tests read back."""
    from clipper.export.options import DigestOptions
    from clipper.search.request import SearchRequest

    return export(archive, out, ids=list(ids.values()), request=SearchRequest(query="полиция"),
                  options=DigestOptions(title=TITLE, organisation=ORGANISATION,
                                        group_by="region"))
