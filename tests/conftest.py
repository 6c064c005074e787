"""Shared fixtures: a fresh archive per test, the real seed files, and a headless Qt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Tests never open a real screen; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def seeds_dir() -> Path:
    if not (SEEDS / "expected.json").exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    return SEEDS


@pytest.fixture
def tmp_archive(tmp_path, monkeypatch):
    from clipper.archive import Archive

    monkeypatch.delenv("CLIPPER_ARCHIVE", raising=False)
    archive = Archive.open(tmp_path / "archive")
    yield archive
    archive.close()


@pytest.fixture
def article_file(tmp_path):
    """Writes an article file: article_file(name, text, encoding='utf-8') -> Path."""

    def write(name: str, text: str, encoding: str = "utf-8", folder: str = "incoming") -> Path:
        path = tmp_path / folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode(encoding))
        return path

    return write


ARTICLE_RU = """ date 2025-11-14 РУ
    В Павлодаре задержали группу телефонных мошенников

    Сотрудники полиции Павлодарской области задержали группу из четырёх человек, которые
    обманывали пенсионеров по телефону, передает агентство Kazinform. Злоумышленники
    представлялись сотрудниками банка и выманивали коды из SMS.

    По словам начальника управления по противодействию киберпреступности Ерлана Тасбулатова,
    ущерб от действий группы превысил 12 миллионов тенге. Возбуждено уголовное дело
    по статье «Мошенничество», задержанные водворены в изолятор временного содержания.

    Полиция напоминает: сотрудники банков никогда не спрашивают коды из сообщений.
"""


@pytest.fixture(autouse=True)
def _own_settings(tmp_path, monkeypatch):
    """The window's settings go to a file of the test's own, never the user's."""
    monkeypatch.setenv("CLIPPER_CONFIG", str(tmp_path / "settings" / "clipper.ini"))


# -- the window (tests/ui) ------------------------------------------------------------------
# Here rather than in tests/ui/conftest.py: a second module named `conftest` would shadow this
# one for the tests that import names from it.
DEMO_ARTICLES = REPO / "archive" / "articles"


@pytest.fixture(scope="session")
def demo_archive(tmp_path_factory):
    """The demo articles imported once; each window test gets its own copy of the folder."""
    from clipper.archive import Archive

    folder = tmp_path_factory.mktemp("demo") / "archive"
    with Archive.open(folder) as archive:
        archive.import_paths([DEMO_ARTICLES])
    return folder


@pytest.fixture(scope="session")
def english(qapp):
    """The window tests read the English interface (with its plural forms)."""
    from clipper.ui import i18n

    i18n.install(qapp, "en")


@pytest.fixture
def window(qtbot, tmp_path, demo_archive, english):
    import shutil

    from clipper.ui.app import open_window

    folder = tmp_path / "archive"
    shutil.copytree(demo_archive, folder, ignore=shutil.ignore_patterns(".clipper.lock*"))
    win = open_window(folder)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.search_settled, timeout=5000)
    yield win
    win.close()
    if win.archive is not None:
        win.archive.close()
