"""`originals/`: the bytes of every imported file, stored once by content hash."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class Originals:
    def __init__(self, folder: Path):
        self.folder = folder

    def path_for(self, content_hash: str, suffix: str = "") -> Path:
        return self.folder / content_hash[:2] / (content_hash + suffix.lower())

    def find(self, content_hash: str) -> Path | None:
        bucket = self.folder / content_hash[:2]
        if not bucket.is_dir():
            return None
        for candidate in bucket.glob(content_hash + "*"):
            return candidate
        return None

    def store(self, content_hash: str, suffix: str, data: bytes) -> Path:
        if found := self.find(content_hash):
            return found
        target = self.path_for(content_hash, suffix)
        target.parent.mkdir(parents=True, exist_ok=True)
        # Write beside and rename: a crash never leaves a half original under the real name.
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target
