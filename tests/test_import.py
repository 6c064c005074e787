"""Importing as a press officer does: folders of monitoring files, repeats, and bad files."""

import codecs
import json

from conftest import ARTICLE_RU


def test_seeds_import_once_and_a_second_time_as_duplicates(tmp_archive, seeds_dir):
    first = tmp_archive.import_paths([seeds_dir])
    assert len(first.imported) == 5
    assert first.failed == []
    again = tmp_archive.import_paths([seeds_dir])
    assert (len(again.imported), len(again.duplicates)) == (0, 5)
    assert tmp_archive.count() == 5


def test_other_encodings_of_a_seed_import_to_the_same_text(tmp_path, seeds_dir):
    from clipper.archive import Archive

    original = (seeds_dir / "003_1c234e5229a631ca.txt").read_text(encoding="utf-8")
    # KOI8-R has no Kazakh letters, dashes or guillemets: senders' software replaces them so.
    plain = original.translate(str.maketrans({"ұ": "у", "—": "-", "–": "-", "«": '"', "»": '"', "№": "N"}))
    variants = {
        "cp1251": plain.encode("cp1251"),
        "koi8-r": plain.encode("koi8_r"),
        "utf-8": plain.encode("utf-8"),
        "utf-16": codecs.BOM_UTF16_LE + original.encode("utf-16-le"),
        "utf-8-original": original.encode("utf-8"),
    }
    texts = {}
    for name, data in variants.items():
        path = tmp_path / f"{name}.txt"
        path.write_bytes(data)
        with Archive.open(tmp_path / f"archive-{name}") as archive:
            report = archive.import_paths([path])
            assert report.failed == [], name
            texts[name] = archive.get(report.imported[0]).text
    assert texts["cp1251"] == texts["koi8-r"] == texts["utf-8"]
    assert texts["utf-16"] == texts["utf-8-original"]
    assert "превентивную работу полиции" in texts["utf-8"]


def test_same_article_in_another_encoding_is_a_duplicate(tmp_archive, article_file):
    tmp_archive.import_paths([article_file("a.txt", ARTICLE_RU)])
    report = tmp_archive.import_paths([article_file("b.txt", ARTICLE_RU, "cp1251")])
    assert report.imported == [] and len(report.duplicates) == 1


def test_bad_files_are_reported_and_the_rest_imported(tmp_archive, tmp_path, article_file):
    good = article_file("good.txt", ARTICLE_RU)
    article_file("second.txt", ARTICLE_RU.replace("четырёх", "пяти"))
    (tmp_path / "incoming" / "empty.txt").write_bytes(b"")
    (tmp_path / "incoming" / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "incoming" / "cut.docx").write_bytes(b"PK\x03\x04" + b"\x14\x00" * 40)
    (tmp_path / "incoming" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 50)

    report = tmp_archive.import_paths([good.parent])

    failed = {item["path"].rsplit("/", 1)[-1]: item["error"] for item in report.failed}
    assert set(failed) == {"empty.txt", "binary.txt", "cut.docx"}
    assert "empty" in failed["empty.txt"]
    assert "binary" in failed["binary.txt"]
    assert "damaged or cut short" in failed["cut.docx"]
    assert len(report.imported) == 2
    assert [p.rsplit("/", 1)[-1] for p in report.skipped] == ["photo.jpg"]
    assert tmp_archive.search(query="мошенников").total == 2


def test_original_bytes_are_kept_even_when_reading_fails(tmp_archive, tmp_path):
    broken = tmp_path / "broken.txt"
    broken.write_bytes(bytes(range(256)) * 10)
    report = tmp_archive.import_paths([broken])
    assert report.failed
    stored = list((tmp_archive.folder / "originals").rglob("*.txt"))
    assert [p.read_bytes() for p in stored] == [broken.read_bytes()]


def test_a_path_that_does_not_exist_is_reported_by_name(tmp_archive, tmp_path):
    report = tmp_archive.import_paths([tmp_path / "nowhere"])
    assert report.as_json()["failed"] == [{"path": str(tmp_path / "nowhere"),
                                           "error": "no such file or folder"}]


def test_folders_are_imported_recursively(tmp_archive, article_file):
    article_file("top.txt", ARTICLE_RU)
    article_file("deep.TXT", ARTICLE_RU.replace("четырёх", "трёх"), folder="incoming/2026/01")
    report = tmp_archive.import_paths([tmp_archive.folder.parent / "incoming"])
    assert len(report.imported) == 2


def test_cancelling_an_import_keeps_what_was_imported_searchable(tmp_archive, article_file):
    paths = [article_file(f"{i}.txt", ARTICLE_RU + f"\nЗаметка номер {i}.") for i in range(6)]
    job = tmp_archive.import_job(paths)
    steps = iter(job)
    for _ in range(3):  # three files go in, then the user presses Cancel
        next(steps)
    steps.close()
    assert job.report.cancelled
    assert len(job.report.imported) == 2
    assert tmp_archive.search(query="мошенников").total == 2
    assert tmp_archive.check() == []


def test_import_log_records_every_file(tmp_archive, article_file, tmp_path):
    from clipper.catalog import import_log

    article_file("a.txt", ARTICLE_RU)
    (tmp_path / "incoming" / "empty.txt").write_bytes(b"")
    tmp_archive.import_paths([tmp_path / "incoming"])
    with tmp_archive.catalog.read() as conn:
        statuses = sorted(row["status"] for row in import_log.recent(conn))
    assert statuses == ["failed", "imported"]


def test_import_report_json_has_the_documented_shape(tmp_archive, article_file):
    report = tmp_archive.import_paths([article_file("a.txt", ARTICLE_RU)]).as_json()
    assert {"imported", "duplicates", "failed", "ids"} <= set(report)
    assert report["imported"] == 1 and len(report["ids"]) == 1
    json.dumps(report)
