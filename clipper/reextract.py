"""Re-running extraction over the archive's originals, keeping every field a user corrected."""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Iterator

from clipper.catalog import articles
from clipper.changes import Progress
from clipper.errors import ImportFailure
from clipper.ingest import extract_article

if TYPE_CHECKING:
    from clipper.archive import Archive

log = logging.getLogger(__name__)
CHUNK = 100


class ReextractJob:
    """Iterate for Progress; closing early keeps what was re-extracted so far (each chunk is
    one transaction). `changed` counts articles whose record changed, `failed` lists problems."""

    def __init__(self, archive: "Archive"):
        self.archive = archive
        self.changed = 0
        self.failed: list[dict] = []

    def __iter__(self) -> Iterator[Progress]:
        with self.archive.catalog.read() as conn:
            total = articles.count(conn)
        done, after = 0, 0
        try:
            while True:
                with self.archive.catalog.read() as conn:
                    rows = conn.execute(
                        "SELECT num, id, content_hash, original_name, corrected FROM articles "
                        "WHERE num > ? ORDER BY num LIMIT ?", (after, CHUNK)).fetchall()
                if not rows:
                    break
                updates = [(row, self._extract(row)) for row in rows]
                with self.archive.catalog.transaction() as conn:
                    for row, values in updates:
                        if values is None:
                            continue
                        current = articles.extracted_fields(conn, row["num"])
                        changed = {k: v for k, v in values.items() if current.get(k) != v}
                        if changed:  # an unchanged article is neither rewritten nor reindexed
                            articles.write_fields(conn, row["num"], changed, correction=False)
                            self.changed += 1
                after = rows[-1]["num"]
                done += len(rows)
                yield Progress(done, total, rows[-1]["original_name"])
        finally:
            self.archive.catch_up_index()

    def _extract(self, row) -> dict | None:
        original = self.archive.originals.find(row["content_hash"])
        if original is None:
            self.failed.append({"id": row["id"], "error": "its original file is missing"})
            return None
        try:
            found = extract_article(original.read_bytes(), row["original_name"])
        except ImportFailure as exc:
            self.failed.append({"id": row["id"], "error": str(exc)})
            return None
        except Exception as exc:  # one article's bug must not stop the archive's re-extraction
            log.exception("re-extraction failed for %s", row["id"])
            self.failed.append({"id": row["id"], "error": f"unexpected error: {exc}"})
            return None
        values = {
            "raw_text": found.raw_text, "clean_text": found.text, "encoding": found.encoding,
            "title": found.title, "title_derived": found.title_derived, "date": found.date,
            "date_origin": found.date_origin, "date_confidence": found.date_confidence,
            "source": found.source, "author": found.author, "lang": found.lang,
            "regions": found.regions, "officials": found.officials, "roles": found.roles,
            "uncertain": found.uncertain,
        }
        kept = set(json.loads(row["corrected"]))
        if "title" in kept:
            values.pop("title_derived")
        if "date" in kept:
            values.pop("date_origin")
            values.pop("date_confidence")
        if "officials" in kept:
            values.pop("roles")
        values["uncertain"] = [f for f in found.uncertain if f not in kept]
        return {field: value for field, value in values.items() if field not in kept}
