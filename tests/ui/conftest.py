"""A window on a fresh copy of the demo archive, and how a user's keystrokes reach it."""

import shutil
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from clipper.archive import Archive  # noqa: E402
from clipper.ui.app import open_window  # noqa: E402
from window_driving import wait_for_search  # noqa: E402

DEMO = Path(__file__).resolve().parents[2] / "archive" / "articles"


@pytest.fixture(scope="session")
def demo_archive(tmp_path_factory):
    """The demo articles imported once; each test gets its own copy of the folder."""
    folder = tmp_path_factory.mktemp("demo") / "archive"
    with Archive.open(folder) as archive:
        archive.import_paths([DEMO])
    return folder


@pytest.fixture
def window(qtbot, tmp_path, demo_archive):
    folder = tmp_path / "archive"
    shutil.copytree(demo_archive, folder, ignore=shutil.ignore_patterns(".clipper.lock*"))
    win = open_window(folder)
    qtbot.addWidget(win)
    win.show()
    wait_for_search(qtbot, win)
    yield win
    win.close()
    if win.archive is not None:
        win.archive.close()


@pytest.fixture(autouse=True, scope="session")
def _english(qapp):
    """The tests read the English interface (with its plural forms) unless they choose."""
    from clipper.ui import i18n

    i18n.install(qapp, "en")
