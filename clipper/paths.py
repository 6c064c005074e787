"""Where the archive lives: --archive, then CLIPPER_ARCHIVE, then the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from clipper import APP_NAME

ENV_ARCHIVE = "CLIPPER_ARCHIVE"


def default_archive_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "archive"


def resolve_archive_dir(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(ENV_ARCHIVE)
    if from_env:
        return Path(from_env).expanduser()
    return default_archive_dir()


def resources_dir() -> Path:
    """`resources/` beside the package in a checkout, or inside a frozen or installed build."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return here.parent / "resources"
