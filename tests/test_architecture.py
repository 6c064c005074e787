"""The house rules that keep the core usable without a window: checked by import-linter."""

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO


def test_only_the_ui_imports_qt_and_only_the_index_imports_whoosh():
    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run([lint], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken" in result.stdout
