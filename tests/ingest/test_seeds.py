"""The real monitoring files: what a careful reader finds in them (../shared/seeds/expected.json)."""

import json

import pytest

from clipper.ingest import extract_article
from conftest import SEEDS

FIELDS = ("title", "date", "lang", "source", "author", "regions", "officials", "roles")


def _cases():
    path = SEEDS / "expected.json"
    if not path.exists():
        return []
    expected = json.loads(path.read_text(encoding="utf-8"))
    return [pytest.param(name, field, labels[field], id=f"{name[:3]}-{field}")
            for name, labels in expected.items() if not name.startswith("_")
            for field in FIELDS]


@pytest.mark.parametrize(("name", "field", "want"), _cases())
def test_seed_field_is_what_a_careful_reader_finds(seeds_dir, name, field, want):
    article = extract_article((seeds_dir / name).read_bytes(), name)
    got = {
        "title": None if article.title_derived else article.title,
        "date": article.date.isoformat() if article.date else None,
    }.get(field, getattr(article, field))
    assert got == want


def test_a_file_without_a_headline_gets_a_derived_title_marked_as_such(seeds_dir):
    article = extract_article((seeds_dir / "004_cf0b5c0964902c4f.txt").read_bytes(), "004.txt")
    assert article.title_derived and "title" in article.uncertain
    assert article.title.startswith("Министр внутренних дел Ержан Саденов представил")


def test_a_site_header_date_is_marked_low_confidence(seeds_dir):
    article = extract_article((seeds_dir / "001_45c18a9a8300adbf.txt").read_bytes(), "001.txt")
    assert (article.date_origin, "date" in article.uncertain) == ("page", True)


def test_body_dates_are_never_taken_for_the_publication_date(seeds_dir):
    # 004 speaks of 2024 and of «21 января»; 002's related-news list carries 03.04.2025.
    assert extract_article((seeds_dir / "004_cf0b5c0964902c4f.txt").read_bytes(),
                           "004.txt").date is None
    assert str(extract_article((seeds_dir / "002_566e9c804c1b82ac.txt").read_bytes(),
                               "002.txt").date) == "2025-04-04"
