"""The window searches while an import or a correction runs in another thread."""

import threading

from clipper.search.request import SearchRequest
from conftest import ARTICLE_RU, REPO


def test_searching_while_articles_are_corrected_gives_consistent_results(tmp_archive):
    tmp_archive.import_paths([REPO / "archive" / "articles"])
    expected = {h.id for h in tmp_archive.search(SearchRequest(query="мошенники", limit=100)).hits}
    ids = [h.id for h in tmp_archive.search(SearchRequest(limit=100)).hits][:15]
    errors, results = [], []

    def correct():
        try:
            for round_ in range(3):
                for article_id in ids:
                    tmp_archive.correct(article_id, author=f"Редактор {round_}")
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    writer = threading.Thread(target=correct)
    writer.start()
    while writer.is_alive():
        try:
            hits = tmp_archive.search(SearchRequest(query="мошенники", limit=100)).hits
            results.append({h.id for h in hits})
        except Exception as exc:
            errors.append(exc)
    writer.join()
    assert errors == []
    assert results and all(found == expected for found in results)


def test_a_correction_during_an_import_does_not_stop_the_import(tmp_archive, article_file):
    tmp_archive.import_paths([article_file("first.txt", ARTICLE_RU)])
    first = tmp_archive.search(SearchRequest()).hits[0].id
    paths = [article_file(f"{i}.txt", ARTICLE_RU + f"\nЗаметка номер {i}.") for i in range(25)]
    errors = []
    job = tmp_archive.import_job(paths)

    def run_import():
        try:
            job.run()
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    importer = threading.Thread(target=run_import)
    importer.start()
    while importer.is_alive():
        tmp_archive.correct(first, title="Исправленный заголовок")
    importer.join()
    assert errors == [] and len(job.report.imported) == 25
    assert tmp_archive.check() == []
