"""Per-field accuracy of article understanding on a labelled set, and articles per second.

    .venv/bin/python bench/extraction.py [SET ...] [--misses]

SET is a folder holding article files and an `expected.json` of labels (the format of
../shared/seeds/expected.json), or `demo` (archive/articles with tests/data/demo_expected.json).
Default: every set there is — seeds, demo, tests/data/labelled, bench/holdout. `bench/holdout`
is written apart from the code and never tuned on: its figures are the "never seen" ones.
"""

from __future__ import annotations

import json
import os
import sys
import time
import unicodedata
from pathlib import Path

# Per core: the NER model's matrix products must not spread over both cores.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from clipper.ingest import extract_article  # noqa: E402

FIELDS = ("title", "date", "date_origin", "lang", "source", "author", "regions", "officials",
          "roles")
SETS = {
    "seeds": (REPO.parent / "shared" / "seeds", REPO.parent / "shared" / "seeds" / "expected.json"),
    "demo": (REPO / "archive" / "articles", REPO / "tests" / "data" / "demo_expected.json"),
    "labelled": (REPO / "tests" / "data" / "labelled",
                 REPO / "tests" / "data" / "labelled" / "expected.json"),
    "holdout": (REPO / "bench" / "holdout", REPO / "bench" / "holdout" / "expected.json"),
}


def comparable(field: str, value):
    if value is None:
        return None
    if field == "roles":
        return {k: _fold(v) for k, v in value.items()}
    if isinstance(value, str):
        return _fold(value) if field in ("source",) else unicodedata.normalize("NFC", value)
    return value


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def observed(article) -> dict:
    return {
        "title": None if article.title_derived else article.title,
        "date": article.date.isoformat() if article.date else None,
        "date_origin": article.date_origin,
        "lang": article.lang,
        "source": article.source,
        "author": article.author,
        "regions": article.regions,
        "officials": article.officials,
        "roles": article.roles,
    }


def evaluate(name: str, folder: Path, labels_path: Path, show_misses: bool) -> None:
    labels = {k: v for k, v in json.loads(labels_path.read_text(encoding="utf-8")).items()
              if not k.startswith("_")}
    hits = {f: 0 for f in FIELDS}
    counted = {f: 0 for f in FIELDS}
    size = 0
    extract_article("Прогрев моделей. Министр Иван Петров сказал.".encode(), "warm.txt")
    started = time.perf_counter()
    results = {}
    for file_name in labels:
        data = (folder / file_name).read_bytes()
        size += len(data)
        results[file_name] = extract_article(data, file_name)
    elapsed = time.perf_counter() - started
    for file_name, label in labels.items():
        got = observed(results[file_name])
        for field in FIELDS:
            if field not in label:
                continue
            want = label[field] if not (field == "date_origin" and label["date"] is None) else "none"
            counted[field] += 1
            if comparable(field, got[field]) == comparable(field, want):
                hits[field] += 1
            elif show_misses:
                print(f"  miss {file_name[:38]:38} {field:11} got {got[field]!r:.70} "
                      f"want {want!r:.70}")
    n = len(labels)
    scores = "  ".join(f"{f} {100 * hits[f] / counted[f]:.0f}%" for f in FIELDS if counted[f])
    print(f"{name:9} {n:3} articles, {size / n / 1024:.1f} KB avg, "
          f"{n / elapsed:.0f} articles/s | {scores}")


def main(argv: list[str]) -> None:
    show = "--misses" in argv
    names = [a for a in argv if not a.startswith("--")] or list(SETS)
    for name in names:
        folder, labels = SETS.get(name, (Path(name), Path(name) / "expected.json"))
        if labels.exists():
            evaluate(name, folder, labels, show)
        else:
            print(f"{name:9} (no labels at {labels})")


if __name__ == "__main__":
    main(sys.argv[1:])
