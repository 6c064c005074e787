"""The `clipper` command as scripts use it: documented JSON shapes, exit codes, no tracebacks."""

import json
import shutil

import pytest

from clipper.cli import main

ARTICLE_KEYS = {"id", "title", "date", "source", "author", "lang", "regions", "officials",
                "tags", "tone", "note", "starred", "snippet"}


@pytest.fixture
def run(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("CLIPPER_ARCHIVE", raising=False)
    archive = tmp_path / "archive"

    def clipper(*args):
        code = main(["--archive", str(archive), *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    clipper.archive = archive
    return clipper


@pytest.fixture
def seeded(run, seeds_dir):
    code, out, _ = run("import", seeds_dir, "--json")
    assert code == 0
    return run, json.loads(out)


def test_import_json_reports_counts_and_ids(seeded):
    _run, report = seeded
    assert report["imported"] == 5 and report["duplicates"] == 0 and report["failed"] == []
    assert len(report["ids"]) == 5


def test_reimport_reports_duplicates(seeded, seeds_dir):
    run, _ = seeded
    code, out, _ = run("import", seeds_dir, "--json")
    report = json.loads(out)
    assert code == 0 and report["imported"] == 0 and report["duplicates"] == 5


def test_search_json_has_hits_and_facets(seeded):
    run, _ = seeded
    code, out, _ = run("search", "полиция", "--region", "Алматы", "--json")
    result = json.loads(out)
    assert code == 0
    assert result["total"] == 2
    assert all(set(hit) == ARTICLE_KEYS for hit in result["hits"])
    assert {"region", "official", "source", "tag", "year", "lang"} <= set(result["facets"])
    assert all("Алматы" in hit["regions"] for hit in result["hits"])


def test_search_text_output_lists_headlines(seeded):
    run, _ = seeded
    code, out, _ = run("search", "Темиртау")
    assert code == 0
    assert out.splitlines()[0] == "1 articles"
    assert "Министр внутренних дел РК встретился с жителями Карагандинской области" in out


def test_show_json_has_text_and_original(seeded):
    run, report = seeded
    code, out, _ = run("show", report["ids"][3], "--json")
    article = json.loads(out)
    assert code == 0
    assert ARTICLE_KEYS | {"text", "original"} <= set(article)
    assert article["original"] == "003_1c234e5229a631ca.txt"
    assert article["text"].startswith("В Алматы усиливают превентивную работу полиции")


def test_tag_by_search_then_search_by_tag(seeded):
    run, _ = seeded
    code, out, _ = run("tag", "add", "МВД", "--query", "министр", "--json")
    assert code == 0 and json.loads(out)["changed"] == 3
    code, out, _ = run("search", "--tag", "МВД", "--json")
    assert json.loads(out)["total"] == 3


def test_tag_without_articles_is_a_usage_error(seeded):
    run, _ = seeded
    with pytest.raises(SystemExit) as exit_info:
        run("tag", "add", "МВД")
    assert exit_info.value.code == 2


def test_reindex_after_deleting_the_index_gives_the_same_search(seeded):
    run, _ = seeded
    _, before, _ = run("search", "преступность", "--json")
    shutil.rmtree(run.archive / "index")
    code, out, _ = run("reindex")
    assert code == 0 and "5 articles" in out
    _, after, _ = run("search", "преступность", "--json")
    assert json.loads(after) == json.loads(before)


def test_check_passes_on_a_healthy_archive_and_fails_on_a_damaged_index(seeded):
    run, _ = seeded
    code, out, _ = run("check")
    assert code == 0 and out.startswith("ok: 5 articles")
    damaged = [f for pattern in ("*.seg", "*.pst", "*.trm") for f in
               (run.archive / "index").glob(pattern)]
    assert damaged
    for segment in damaged:
        segment.write_bytes(b"broken")
    code, out, _ = run("check")
    assert code == 1
    assert "problem:" in out


def test_unknown_id_is_an_error_on_stderr_without_traceback(seeded):
    run, _ = seeded
    code, out, err = run("show", "000000000000")
    assert code == 1 and out == ""
    assert "no article with id 000000000000" in err
    assert "Traceback" not in err


def test_bad_date_is_a_usage_error(run):
    with pytest.raises(SystemExit) as exit_info:
        run("search", "--from", "31.12.2025")
    assert exit_info.value.code == 2


def test_searching_where_there_is_no_archive_says_so(run):
    code, _, err = run("search", "полиция")
    assert code == 1
    assert "no archive" in err or "not a Clipper archive" in err


def test_archive_can_be_chosen_by_environment(tmp_path, capsys, monkeypatch, seeds_dir):
    monkeypatch.setenv("CLIPPER_ARCHIVE", str(tmp_path / "from-env"))
    assert main(["import", str(seeds_dir / "000_0f4574e531168266.txt")]) == 0
    assert (tmp_path / "from-env" / "catalog.sqlite").exists()


def test_search_explain_shows_stems_and_the_word_forms_they_matched(seeded):
    run, _ = seeded
    code, out, _ = run("search", "преступность -учения", "--explain", "--json")
    explained = json.loads(out)["explain"]
    assert code == 0
    assert explained[0].startswith("преступность: stem «преступн» — ")
    assert "преступности (" in explained[0]
    assert explained[1] == "without:"


def test_malformed_query_is_a_short_error(seeded):
    run, _ = seeded
    code, out, err = run("search", "(ДТП OR авария")
    assert code == 1 and out == ""
    assert "not closed" in err and "Traceback" not in err
