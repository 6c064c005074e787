"""Per-field accuracy of article understanding on labelled sets, and articles per second.

    .venv/bin/python bench/extraction.py [SET ...] [--misses]

SET is `seeds`, `demo`, `labelled`, `dev`…`dev13`, `holdout9`, `holdout10`, or a folder holding
article files and an `expected.json` of labels (the format of ../shared/seeds/expected.json).
Default: every set but the holdouts. `bench/holdout9` and `holdout10` are written apart from the
code and never tuned on: their figures are the "never seen" ones. dev5…dev13 were written apart
from the code too (dev6…dev13 were the holdouts of earlier rounds, measured once and then tuned
on).
Speed is per core (BLAS limited to one thread), models loaded beforehand.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from clipper.ingest import extract_article  # noqa: E402
from clipper.ingest.evaluation import FIELDS, load_labels, score  # noqa: E402

SETS = {
    "seeds": (REPO.parent / "shared" / "seeds", REPO.parent / "shared" / "seeds" / "expected.json"),
    "demo": (REPO / "archive" / "articles", REPO / "tests" / "data" / "demo_expected.json"),
    "labelled": (REPO / "tests" / "data" / "labelled",
                 REPO / "tests" / "data" / "labelled" / "expected.json"),
}
_DATA = REPO / "tests" / "data"
SETS |= {name: (_DATA / name, _DATA / name / "expected.json")
         for name in ["dev", *(f"dev{n}" for n in range(2, 14))]}
# Written apart from the code after the conventions of tests/data/LABELS.md were settled, and
# never tuned on: run once at the end of a round.
SETS |= {name: (REPO / "bench" / name, REPO / "bench" / name / "expected.json")
         for name in ("holdout9", "holdout10")}


def main(argv: list[str]) -> None:
    show_misses = "--misses" in argv
    names = [a for a in argv if not a.startswith("--")] or [n for n in SETS if "holdout" not in n]
    extract_article("Министр Иван Петров сказал.".encode(), "warm-up.txt")  # load the models
    for name in names:
        folder, labels_path = SETS.get(name, (Path(name), Path(name) / "expected.json"))
        if not labels_path.exists():
            print(f"{name:9} (no labels at {labels_path})")
            continue
        scores = score(folder, load_labels(labels_path))
        if show_misses:
            for file_name, field, got, want in scores.misses:
                print(f"  miss {file_name[:38]:38} {field:11} got {got!r:.70} want {want!r:.70}")
        figures = "  ".join(f"{f} {100 * scores.accuracy(f):.0f}%" for f in FIELDS
                            if scores.accuracy(f) is not None)
        print(f"{name:9} {scores.articles:3} articles, {scores.size / scores.articles / 1024:.1f} "
              f"KB avg, {scores.articles / scores.seconds:.0f} articles/s | {figures}")


if __name__ == "__main__":
    main(sys.argv[1:])
