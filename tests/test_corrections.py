"""A user's corrections stand: re-extraction runs again on the originals and leaves them be."""

import datetime as dt
import json

import pytest

from clipper.cli import main
from clipper.errors import ClipperError


@pytest.fixture
def seeded(tmp_archive, seeds_dir):
    tmp_archive.import_paths([seeds_dir])
    return tmp_archive


def temirtau(archive):
    return archive.search(query="Темиртау").hits[0].id


def test_a_corrected_field_survives_reextraction(seeded):
    article_id = temirtau(seeded)
    seeded.correct(article_id, source="Индустриальная Караганда", date=dt.date(2026, 1, 30),
                   regions=["Карагандинская область"])
    job = seeded.reextract_job()
    for _ in job:
        pass
    assert job.failed == []
    article = seeded.get(article_id)
    assert article.source == "Индустриальная Караганда"
    assert article.date == dt.date(2026, 1, 30)
    assert article.regions == ["Карагандинская область"]
    assert sorted(article.corrected) == ["date", "regions", "source"]
    assert "date" not in article.uncertain  # the user has settled it
    assert article.officials == ["Марат Ахметжанов"]  # not corrected: extraction's answer


def test_reextraction_of_an_unchanged_archive_changes_nothing(seeded):
    job = seeded.reextract_job()
    for _ in job:
        pass
    assert (job.changed, job.failed) == (0, [])


def test_correcting_officials_drops_the_roles_of_those_taken_out(seeded):
    article_id = seeded.search(query="Токаев").hits[0].id
    assert "Касым-Жомарт Токаев" in seeded.get(article_id).roles
    seeded.correct(article_id, officials=["Ержан Саденов"])
    assert list(seeded.get(article_id).roles) == ["Ержан Саденов"]


def test_a_correction_shows_in_search_at_once(seeded):
    article_id = temirtau(seeded)
    seeded.correct(article_id, regions=["Павлодарская область"])
    assert [h.id for h in seeded.search(regions=["Павлодарская область"]).hits] == [article_id]
    assert seeded.search(regions=["Карагандинская область"]).total == 0


def test_a_corrected_headline_is_searchable(seeded):
    article_id = temirtau(seeded)
    seeded.correct(article_id, title="Встреча министра с жителями Темиртау")
    assert [h.id for h in seeded.search(query="title:встреча").hits] == [article_id]


def test_a_date_the_file_shows_is_uncertain_until_corrected(seeded):
    article = seeded.get(temirtau(seeded))
    assert (article.date_origin, "date" in article.uncertain) == ("page", True)


def test_unknown_region_or_field_is_refused_with_a_reason(seeded):
    article_id = temirtau(seeded)
    with pytest.raises(ClipperError, match="unknown region «Караганда»"):
        seeded.correct(article_id, regions=["Караганда"])
    with pytest.raises(ClipperError, match="cannot be corrected: text"):
        seeded.correct(article_id, text="другой текст")


def test_cli_edit_and_reextract(tmp_path, capsys, seeds_dir, monkeypatch):
    monkeypatch.delenv("CLIPPER_ARCHIVE", raising=False)
    archive = ["--archive", str(tmp_path / "a")]
    assert main([*archive, "import", str(seeds_dir), "--json"]) == 0
    ids = json.loads(capsys.readouterr().out)["ids"]
    assert main([*archive, "edit", ids[4], "--official", "none", "--date", "2025-01-20",
                 "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["officials"], shown["date"]) == ([], "2025-01-20")
    assert main([*archive, "reextract"]) == 0
    assert "0 articles changed" in capsys.readouterr().out  # nothing had changed
    assert main([*archive, "show", ids[4], "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["officials"], shown["date"]) == ([], "2025-01-20")
    assert {"date_origin", "date_confidence", "title_derived", "roles", "uncertain"} <= set(shown)
