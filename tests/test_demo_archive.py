"""The demo archive the README's run command opens: every file imports, in every encoding."""

import json

from conftest import DATA, REPO


def test_every_demo_article_imports_without_failure(tmp_archive):
    report = tmp_archive.import_paths([REPO / "archive" / "articles"])
    labels = json.loads((DATA / "demo_expected.json").read_text(encoding="utf-8"))
    expected_files = [name for name in labels if not name.startswith("_")]
    assert report.failed == []
    assert len(report.imported) == len(expected_files) >= 30


def test_demo_articles_in_every_encoding_are_found_by_the_names_in_them(tmp_archive):
    # A file decoded in the wrong code page would not match its own officials' names.
    labels = json.loads((DATA / "demo_expected.json").read_text(encoding="utf-8"))
    tmp_archive.import_paths([REPO / "archive" / "articles"])
    checked = set()
    for name, label in labels.items():
        for official in label.get("officials", []) if not name.startswith("_") else []:
            hits = tmp_archive.search(query=f'"{official}"', limit=100).hits
            assert name.rsplit("/", 1)[-1] in {hit.original_name for hit in hits}, (name, official)
            checked.add(label["encoding"])
    assert {"cp1251", "koi8-r", "utf-16-le", "utf-16-be", "utf-8-sig"} <= checked
