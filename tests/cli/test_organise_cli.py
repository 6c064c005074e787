"""Organising from the command line: tags, tone, stars, notes, saved searches and rules, with
JSON where a command prints data, and no traceback for a mistake."""

import json
import shutil
from pathlib import Path

import pytest

from clipper.cli import main

DEMO_ARTICLES = Path(__file__).resolve().parents[2] / "archive" / "articles"
FRAUD = "мошенники"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli-organise") / "archive"
    assert main(["--archive", str(folder), "import", str(DEMO_ARTICLES), "--json"]) == 0
    return folder


@pytest.fixture
def run(template, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("CLIPPER_ARCHIVE", raising=False)
    archive = tmp_path / "archive"
    shutil.copytree(template, archive)
    capsys.readouterr()

    def clipper(*args):
        code = main(["--archive", str(archive), *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    return clipper


def data(run, *args):
    code, out, err = run(*args, "--json")
    assert code == 0, err
    return json.loads(out)


def search_ids(run, *args) -> set[str]:
    return {hit["id"] for hit in data(run, "search", *args, "--limit", 100)["hits"]}


def test_tag_add_list_and_search(run):
    fraud = search_ids(run, FRAUD)
    assert data(run, "tag", "add", "мошенничество", "--query", FRAUD)["changed"] == len(fraud)
    assert data(run, "tag", "list") == [{"name": "мошенничество", "colour": None, "count": 5}]
    assert search_ids(run, "tag:мошенничество") == fraud
    assert search_ids(run, "--tag", "мошенничество") == fraud
    result = data(run, "search", FRAUD)
    assert result["facets"]["tag"] == {"мошенничество": 5}
    assert all(hit["tags"] == ["мошенничество"] for hit in result["hits"])


def test_tag_remove_by_id_and_text_output(run):
    fraud = sorted(search_ids(run, FRAUD))
    run("tag", "add", "мошенничество", "--query", FRAUD)
    code, out, _ = run("tag", "remove", "мошенничество", "--id", fraud[0], "--id", fraud[1])
    assert code == 0 and out.strip() == "tag «мошенничество» removed from 2 articles"
    code, out, _ = run("tag", "list")
    assert out.split() == ["3", "мошенничество"]


def test_tag_rename_merge_and_colour(run):
    run("tag", "add", "дтп", "--query", "ДТП")
    run("tag", "add", "мошенничество", "--query", FRAUD)
    assert data(run, "tag", "rename", "дтп", "Аварии")["changed"] == 2
    code, out, _ = run("tag", "colour", "Аварии", "#D04040")
    assert code == 0
    merged = data(run, "tag", "merge", "Аварии", "мошенничество", "--into", "Закон и Порядок")
    assert merged["changed"] == 7
    assert data(run, "tag", "list") == [{"name": "Закон и Порядок", "colour": None, "count": 7}]
    code, _, err = run("tag", "colour", "Закон и Порядок", "красный")
    assert code == 1 and "#rrggbb" in err and "Traceback" not in err


def test_tag_delete_says_how_many_articles_and_wants_yes(run):
    run("tag", "add", "мошенничество", "--query", FRAUD)
    code, out, err = run("tag", "delete", "мошенничество")
    assert code == 1 and out == ""
    assert "is on 5 articles" in err and "--yes" in err
    assert data(run, "tag", "list")[0]["count"] == 5  # nothing deleted
    assert data(run, "tag", "delete", "мошенничество", "--yes")["changed"] == 5
    assert data(run, "tag", "list") == []
    code, _, err = run("tag", "delete", "мошенничество", "--yes")
    assert code == 1 and "no tag «мошенничество»" in err


def test_an_unused_tag_is_deleted_without_asking(run):
    run("tag", "add", "пусто", "--query", FRAUD)
    run("tag", "remove", "пусто", "--query", FRAUD)
    code, out, _ = run("tag", "delete", "пусто")
    assert code == 0 and "deleted from 0 articles" in out


def test_tone_on_a_search_result_and_as_a_filter(run):
    fraud = search_ids(run, FRAUD)
    assert data(run, "tone", "негатив", "--query", FRAUD)["changed"] == 5
    assert search_ids(run, "tone:negative") == fraud
    assert search_ids(run, "--tone", "negative") == fraud
    assert data(run, "search", "--tone", "negative")["facets"]["tone"]["negative"] == 5
    assert data(run, "tone", "none", "--tone", "negative")["changed"] == 5  # filters choose
    assert search_ids(run, "tone:negative") == set()
    code, _, err = run("tone", "сердитый", "--query", FRAUD)
    assert code == 1 and "unknown tone «сердитый»" in err


def test_star_unstar_and_filters(run):
    fraud = sorted(search_ids(run, FRAUD))
    assert data(run, "star", "--id", fraud[0], "--id", fraud[1])["changed"] == 2
    assert search_ids(run, "--starred") == set(fraud[:2])
    assert search_ids(run, "starred:yes") == set(fraud[:2])
    assert fraud[0] not in search_ids(run, "--unstarred")
    assert data(run, "unstar", "--id", fraud[0])["changed"] == 1
    assert search_ids(run, "--starred") == {fraud[1]}


def test_note_set_read_search_and_clear(run):
    article = sorted(search_ids(run, FRAUD))[0]
    code, out, _ = run("note", "--id", article, "Показать министру в понедельник")
    assert code == 0 and out.strip() == "note set on 1 articles"
    assert search_ids(run, "note:министру") == {article}
    assert data(run, "note", "--id", article) == {
        "id": article, "note": "Показать министру в понедельник"}
    shown = data(run, "show", article)
    assert (shown["note"], shown["tone"], shown["starred"]) == (
        "Показать министру в понедельник", None, False)
    assert data(run, "note", "--id", article, "")["changed"] == 1
    assert search_ids(run, "note:министру") == set()
    code, _, err = run("note", "--id", "nosuchid", "текст")
    assert code == 1 and "no article with id nosuchid" in err


def test_commands_that_change_articles_need_articles(run):
    for command in (["tone", "negative"], ["star"], ["tag", "add", "x"]):
        with pytest.raises(SystemExit) as exit_:
            run(*command)
        assert exit_.value.code == 2


def test_saved_searches_add_list_run_and_remove(run):
    code, out, _ = run("saved", "add", "Мошенники в Алматы", FRAUD, "--region", "Алматы",
                       "--sort", "date")
    assert code == 0 and out.startswith("saved «Мошенники в Алматы»")
    [saved] = data(run, "saved", "list")
    assert saved == {"name": "Мошенники в Алматы", "query": FRAUD,
                     "filters": {"region": ["Алматы"]}, "date_from": None, "date_to": None,
                     "sort": "date"}
    expected = search_ids(run, FRAUD, "--region", "Алматы")
    assert expected and search_ids(run, "--saved", "мошенники в алматы") == expected
    narrowed = search_ids(run, "--saved", "Мошенники в Алматы", "колл-центр")
    assert narrowed and narrowed <= expected
    with pytest.raises(SystemExit):
        run("search", "--saved", "Мошенники в Алматы", "--region", "Астана")
    code, _, err = run("saved", "add", "Мошенники в Алматы", "ДТП")
    assert code == 1 and "already a saved search" in err
    assert run("saved", "remove", "Мошенники в Алматы")[0] == 0
    code, _, err = run("search", "--saved", "Мошенники в Алматы")
    assert code == 1 and "no saved search «Мошенники в Алматы»" in err


def test_rules_add_list_dry_run_apply_and_remove(run):
    run("saved", "add", "Мошенники", FRAUD)
    rule = data(run, "rules", "add", "--saved", "Мошенники", "--tag", "мошенничество",
                "--tone", "негатив")
    assert rule == {"id": rule["id"], "saved_search": "Мошенники", "tag": "мошенничество",
                    "tone": "negative"}
    assert data(run, "rules", "list") == [rule]
    dry = data(run, "rules", "apply", "--dry-run")
    assert dry == {"rules": [{**rule, "matches": 5, "changes": 5}]}
    assert search_ids(run, "tone:negative") == set()  # a dry run changes nothing
    code, out, _ = run("rules", "apply")
    assert code == 0 and out.splitlines()[-1] == "5 articles changed"
    assert search_ids(run, "tag:мошенничество tone:negative") == search_ids(run, FRAUD)
    assert data(run, "rules", "apply")["changed"] == 0
    code, _, err = run("saved", "remove", "Мошенники")
    assert code == 1 and f"used by rule {rule['id']}" in err
    assert run("rules", "remove", rule["id"])[0] == 0
    assert data(run, "rules", "list") == []


def test_rules_apply_on_import(run, tmp_path):
    run("saved", "add", "Мошенники", FRAUD)
    run("rules", "add", "--saved", "Мошенники", "--tag", "мошенничество")
    new = tmp_path / "new" / "kostanay.txt"
    new.parent.mkdir()
    new.write_text(" date 2026-02-10\nВ Костанае задержали телефонных мошенников\n\n"
                   "Полиция задержала двух мошенников, которые звонили пенсионерам.\n",
                   encoding="utf-8")
    report = data(run, "import", new)
    assert report["imported"] == 1 and report["by_rules"] == 1
    assert data(run, "show", report["ids"][0])["tags"] == ["мошенничество"]


def test_rule_mistakes_are_messages(run):
    code, _, err = run("rules", "add", "--saved", "нет такого", "--tag", "x")
    assert code == 1 and "no saved search «нет такого»" in err
    run("saved", "add", "Мошенники", FRAUD)
    code, _, err = run("rules", "add", "--saved", "Мошенники")
    assert code == 1 and "a tag or a tone" in err
    code, _, err = run("rules", "remove", "42")
    assert code == 1 and "no rule 42" in err
