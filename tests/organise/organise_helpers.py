"""The demo archive to organise (copied per test from one import made once per session), and
asking it what a press officer would look at after organising.

Test modules import the fixtures from here: a conftest.py in this folder would shadow the
`conftest` module other test folders import names from.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from clipper.search.request import SearchRequest

DEMO_ARTICLES = Path(__file__).resolve().parents[2] / "archive" / "articles"


_TEMPLATE: list[Path] = []  # each module importing the fixture has its own: import once


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    from clipper.archive import Archive

    if not _TEMPLATE:
        folder = tmp_path_factory.mktemp("organise-template") / "archive"
        with Archive.open(folder) as archive:
            report = archive.import_paths([DEMO_ARTICLES])
            assert not report.failed and len(report.imported) >= 30
        _TEMPLATE.append(folder)
    return _TEMPLATE[0]


@pytest.fixture
def demo(demo_template, tmp_path, monkeypatch):
    """The demo archive, open for changes; each test gets its own copy."""
    from clipper.archive import Archive

    monkeypatch.delenv("CLIPPER_ARCHIVE", raising=False)
    folder = tmp_path / "archive"
    shutil.copytree(demo_template, folder)
    archive = Archive.open(folder)
    yield archive
    archive.close()


def ids(archive, query="", **filters) -> list[str]:
    return archive.ids_matching(SearchRequest(query=query, **filters))


def facet(archive, name, query="", **filters) -> dict[str, int]:
    return archive.search(SearchRequest(query=query, limit=0, **filters)).facets[name]


def titles(archive, query="", **filters) -> set[str]:
    return {hit.title for hit in archive.search(SearchRequest(query=query, limit=100,
                                                             **filters)).hits}
