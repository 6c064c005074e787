"""One writer at a time: a second process gets a clear message, not a corrupt archive."""

import subprocess
import sys

import pytest

from clipper.archive import Archive
from clipper.errors import ArchiveLocked


def test_a_second_writer_in_another_process_is_told_the_archive_is_in_use(tmp_archive):
    result = subprocess.run(
        [sys.executable, "-m", "clipper", "--archive", str(tmp_archive.folder), "reindex"],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "open for changes in another Clipper window or command" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_second_writer_in_the_same_process_is_refused(tmp_archive):
    with pytest.raises(ArchiveLocked, match=str(tmp_archive.folder)):
        Archive.open(tmp_archive.folder)


def test_readers_work_while_a_writer_holds_the_archive(tmp_archive, seeds_dir):
    tmp_archive.import_paths([seeds_dir])
    with Archive.open(tmp_archive.folder, write=False) as reader:
        assert reader.search(query="Темиртау").total == 1


def test_the_lock_is_released_on_close(tmp_archive):
    folder = tmp_archive.folder
    tmp_archive.close()
    with Archive.open(folder):
        pass
