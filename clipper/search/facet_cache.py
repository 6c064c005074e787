"""The facet table saved beside the catalog, so a start-up need not read 100,000 articles again.

The catalog counts every change to what the table holds (triggers on `facet_version`); the
saved table carries the count it was read at and is used only while the count is the same. It
is derived data: a missing, old or damaged file is simply read again from the catalog.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from pathlib import Path

import numpy as np

from clipper.search.facet_table import FacetTable, _Multi, _Single

log = logging.getLogger("clipper")

FILE = "facets.cache.npz"
FORMAT = 1


def catalog_version(conn: sqlite3.Connection) -> int | None:
    try:
        row = conn.execute("SELECT changes FROM facet_version WHERE id = 1").fetchone()
    except sqlite3.OperationalError:  # a catalog older than migration 5, opened read-only
        return None
    return row[0] if row else None


def read(path: Path, version: int | None) -> FacetTable | None:
    """The saved table if it was saved at `version`, else None."""
    if version is None or not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as saved:
            head = json.loads(bytes(saved["head"]).decode("utf-8"))
            if head.get("format") != FORMAT or head.get("version") != version:
                return None
            single = {field: _Single(vocabulary, saved[f"single_{field}"])
                      for field, vocabulary in head["single"].items()}
            multi = {field: _Multi(vocabulary, *(saved[f"multi_{field}_{part}"]
                                                 for part in ("codes", "owners", "counts")))
                     for field, vocabulary in head["multi"].items()}
            return FacetTable(saved["nums"], saved["dates"], saved["years"], saved["months"],
                              single, multi)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("facet table cache %s not used: %s", path, exc)
        return None


def write(path: Path, table: FacetTable, version: int | None) -> None:
    """Save `table` as read at catalog `version`; a failure only costs the next start-up."""
    if version is None:
        return
    head = {"format": FORMAT, "version": version,
            "single": {f: c.vocabulary for f, c in table.single.items()},
            "multi": {f: c.vocabulary for f, c in table.multi.items()}}
    arrays = {"head": np.frombuffer(json.dumps(head, ensure_ascii=False).encode("utf-8"),
                                    dtype=np.uint8),
              "nums": table.nums, "dates": table.dates, "years": table.years,
              "months": table.months}
    arrays.update({f"single_{f}": c.codes for f, c in table.single.items()})
    for field, column in table.multi.items():
        arrays.update({f"multi_{field}_codes": column.codes,
                       f"multi_{field}_owners": column.owners,
                       f"multi_{field}_counts": column.counts})
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        with open(partial, "wb") as out:
            np.savez(out, **arrays)
        os.replace(partial, path)  # a reader never sees half a file
    except OSError as exc:
        log.warning("facet table cache %s not written: %s", path, exc)
        partial.unlink(missing_ok=True)
