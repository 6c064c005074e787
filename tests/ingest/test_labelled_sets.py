"""Extraction against the labelled sets we wrote: every field as a careful reader labelled it.

The floors are what the code reaches today; a change that reads worse fails here with the list
of what it now misses. (The never-seen figures come from bench/holdout, not from these.)
"""

import pytest

from clipper.ingest.evaluation import FIELDS, load_labels, score
from conftest import DATA, REPO

SETS = {
    "demo": (REPO / "archive" / "articles", DATA / "demo_expected.json"),
    "labelled": (DATA / "labelled", DATA / "labelled" / "expected.json"),
}
FLOOR = {"title": 0.95, "date": 0.97, "date_origin": 0.8, "lang": 1.0, "source": 0.85,
         "author": 0.9, "regions": 0.97, "officials": 0.97, "roles": 0.8}


@pytest.fixture(scope="module", params=sorted(SETS))
def scores(request):
    folder, labels = SETS[request.param]
    return score(folder, load_labels(labels))


@pytest.mark.parametrize("field", FIELDS)
def test_field_is_read_as_labelled(scores, field):
    accuracy = scores.accuracy(field)
    misses = [m for m in scores.misses if m[1] == field]
    assert accuracy >= FLOOR[field], "\n".join(
        f"{name}: got {got!r}, want {want!r}" for name, _f, got, want in misses)
