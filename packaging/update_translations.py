"""Refresh the interface translations: collect the strings of clipper/ui into the .ts files
(keeping what translators wrote) and compile them to the .qm files the app loads.

    .venv/bin/python packaging/update_translations.py

Translate new strings in resources/i18n/clipper_ru.ts with Qt Linguist (`pyside6-linguist`),
then run this again. English is the source language; clipper_en.ts only carries plural forms.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
I18N = REPO / "resources" / "i18n"
BIN = Path(sys.executable).parent


def main() -> None:
    # The window's own strings, and the core's messages marked with QT_TRANSLATE_NOOP.
    sources = sorted(str(p) for p in (REPO / "clipper" / "ui").rglob("*.py"))
    sources += sorted(str(p) for p in (REPO / "clipper" / "search").glob("*.py"))
    sources += [str(REPO / "clipper" / name) for name in (
        "importer.py", "archive_lock.py", "ingest/read.py", "ingest/pdf.py")]
    for language in ("ru", "en"):
        ts = I18N / f"clipper_{language}.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete",
                        "-target-language", language, "-ts", str(ts)], check=True)
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    main()
