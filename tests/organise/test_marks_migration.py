"""An archive made before tone, stars and notes moved to their own table keeps them."""

import sqlite3

from clipper.archive import Archive
from clipper.catalog.migrations import MIGRATIONS, _statements
from organise_helpers import facet


def test_marks_in_an_older_catalog_move_with_the_upgrade(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    conn = sqlite3.connect(folder / "catalog.sqlite", isolation_level=None)
    for script in MIGRATIONS[:3]:  # the schema as Clipper left it before migration 4
        for statement in _statements(script):
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 3")
    for num, tone, note, starred in [(1, "negative", "министру", 1), (2, None, None, 0),
                                     (3, "positive", None, 0)]:
        conn.execute(
            "INSERT INTO articles(num, id, content_hash, text_hash, original_name, imported_at, "
            "raw_text, clean_text, title, tone, note, starred) "
            "VALUES (?, ?, ?, ?, 'a.txt', '2026-01-01', 'текст', 'текст', ?, ?, ?, ?)",
            (num, f"id{num}", f"h{num}", f"t{num}", f"Статья {num}", tone, note, starred))
    conn.close()
    with Archive.open(folder) as archive:  # migrates, and builds the index from the catalog
        assert [(a.tone, a.note, a.starred) for a in map(archive.get, ["id1", "id2", "id3"])] == [
            ("negative", "министру", True), (None, None, False), ("positive", None, False)]
        assert facet(archive, "tone") == {"negative": 1, "none": 1, "positive": 1}
        assert facet(archive, "starred") == {"no": 2, "yes": 1}
        assert [h.id for h in archive.search(query="note:министру").hits] == ["id1"]
