"""`clipper export` as a person types it: what it writes, what it says, and its refusals."""

import csv

import pytest
from pypdf import PdfReader

from clipper.cli import main

from clippings import clippings  # noqa: F401 (fixture)


@pytest.fixture
def run(clippings, capsys, monkeypatch):
    archive, _ids = clippings
    monkeypatch.delenv("CLIPPER_ARCHIVE", raising=False)

    def clipper(*args):
        code = main(["--archive", str(archive.folder), "export", *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    return clipper


def test_export_of_a_search_says_where_it_wrote_and_how_many(run, tmp_path):
    out = tmp_path / "digest.pdf"
    code, said, err = run("--out", out, "--query", "полиция", "--region", "Павлодарская область",
                          "--title", "Сводка", "--organisation", "ДП Павлодарской области",
                          "--group-by", "source", "--lead-only")
    assert (code, err) == (0, "")
    assert said == f"wrote 1 articles to {out}\n"
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Сводка" in text and "ДП ПАВЛОДАРСКОЙ ОБЛАСТИ" in text
    assert "Регионы: Павлодарская область" in text and "Kazinform" in text
    assert "Полиция напоминает" not in text  # the lead only


def test_export_of_ids_keeps_their_order(run, clippings, tmp_path):
    _archive, ids = clippings
    out = tmp_path / "chosen.csv"
    code, said, _ = run("--out", out, "--id", ids["kk"], "--id", ids["ru"])
    assert code == 0 and said.startswith("wrote 2 articles")
    with open(out, encoding="utf-8-sig", newline="") as f:
        assert [row[0] for row in csv.reader(f)][1:] == [ids["kk"], ids["ru"]]


def test_the_format_can_be_named_apart_from_the_file_name(run, tmp_path):
    out = tmp_path / "digest.bin"
    code, _, _ = run("--format", "docx", "--out", out, "--tag", "ДТП")
    assert code == 0 and out.read_bytes()[:2] == b"PK"


@pytest.mark.parametrize("args, code, message", [
    (["--out", "{tmp}/x.txt"], 1, "cannot tell the format of x.txt"),
    (["--out", "{tmp}/missing/x.pdf"], 1, "the folder {tmp}/missing does not exist"),
    (["--out", "{tmp}/x.pdf", "--id", "nope"], 1, "no article with id nope"),
    (["--out", "{tmp}/x.pdf", "--query", "несуществующееслово"], 1, "nothing to export"),
    (["--out", "{tmp}/x.pdf", "--id", "a", "--region", "Алматы"], 2, "--id exports exactly"),
    (["--out", "{tmp}/x.pdf", "--group-by", "colour"], 2, "invalid choice"),
])
def test_refusals_name_the_problem_without_a_traceback(run, tmp_path, args, code, message):
    args = [a.format(tmp=tmp_path) for a in args]
    with pytest.raises(SystemExit) if code == 2 else _no_exit() as exited:
        result = run(*args)
    if code == 2:
        assert exited.value.code == 2
        return
    returned, out, err = result
    assert returned == 1 and out == ""
    assert err.startswith("clipper: ") and message.format(tmp=tmp_path) in err
    assert "Traceback" not in err
    assert not any(tmp_path.rglob("*.pdf")) and not any(tmp_path.rglob("*.part"))


class _no_exit:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False
