"""The window on a big archive: start-up time and memory, and stalls of the GUI thread.

    .venv/bin/python bench/window.py [N]        (default N = 100000)

Uses the synthetic archive bench/search_speed.py builds (bench/.work/archive-N, made on first
use). Prints:
- start-up: from process start to a window showing the first page of results, and the
  resident memory then (targets: < 2 s, < 500 MB at 100,000 articles);
- stalls of the GUI thread (a 5 ms heartbeat timer; a gap beyond 100 ms is a stall the user
  feels) while typing 20 queries, while scrolling the whole result list, and while importing
  300 articles into a fresh archive in the background and searching meanwhile.
Runs headless (QT_QPA_PLATFORM=offscreen) unless a display is set.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import os  # noqa: E402
import resource  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CLIPPER_CONFIG", str(Path(tempfile.mkdtemp()) / "clipper.ini"))

QUERIES = ["полиция", "Саденов преступность", "задерж*", '"дорожно-транспортное"',
           "region:Алматы", "мошенничество -телефон", "official:Саденов", "date:2024",
           "акимат OR прокуратура", "source:Kazinform", "ДТП region:Караганда", "полицейские",
           "lang:kk", "коррупция date:2023", "участковый", "наркотики", "title:полиция",
           "Алматыда", "кражи скота", "date:[2022-01-01 TO 2022-06-30] полиция"]


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Heartbeat:
    """Notes every gap between ticks of a 5 ms timer: how long the GUI thread was busy."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)

    def start(self):
        self.gaps, self._last = [], time.perf_counter()
        self.timer.start()

    def stop(self) -> dict:
        self.timer.stop()
        gaps = sorted(self.gaps) or [0.0]
        return {"max_ms": gaps[-1] * 1000, "p99_ms": gaps[int(len(gaps) * 0.99)] * 1000,
                "over_100ms": sum(1 for g in gaps if g > 0.1), "ticks": len(gaps)}

    def _tick(self):
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now


def wait(app, seconds: float, until=None) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        if until is not None and until():
            return
        time.sleep(0.002)


def main(argv: list[str]) -> None:
    count = int(argv[0]) if argv else 100_000
    from search_speed import build

    folder = build(count)
    print(f"archive: {folder} ({count} articles)")
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from clipper.ui.app import open_window

    window = open_window(folder)
    window.show()
    wait(app, 60, until=lambda: window.search_settled and window.results.rowCount() > 0)
    ready = time.perf_counter() - STARTED
    print(f"start-up to a window showing results: {ready:.2f} s, resident memory "
          f"{rss_mb():.0f} MB, {window.results.rowCount()} rows in the list")

    beat = Heartbeat()
    beat.start()
    for query in QUERIES:
        window.search_bar.set_text(query)
        wait(app, 30, until=lambda: window.search_settled)
        wait(app, 0.05)
    report("typing 20 queries", beat.stop())

    window.search_bar.set_text("")
    wait(app, 30, until=lambda: window.search_settled)
    rows = window.results.rowCount()
    beat.start()
    started = time.perf_counter()
    for row in range(0, rows, max(1, rows // 200)):
        window.table.scrollTo(window.results.index(row, 0))
        app.processEvents()
    window.table.selectRow(rows - 1)
    app.processEvents()
    scrolled = time.perf_counter() - started
    report(f"scrolling all {rows} rows in 200 jumps ({scrolled:.2f} s)", beat.stop())
    print(f"resident memory after scrolling: {rss_mb():.0f} MB")
    window.close()
    window.archive.close()

    import_while_searching(app, beat)


def import_while_searching(app, beat: Heartbeat) -> None:
    from corpus import articles, as_file

    from clipper.ui.app import open_window

    work = Path(tempfile.mkdtemp(prefix="clipper-stalls-"))
    incoming = work / "incoming"
    incoming.mkdir()
    for n, article in enumerate(articles(300, seed=11)):
        (incoming / f"{n:04}.txt").write_text(as_file(article), encoding="utf-8")
    window = open_window(work / "archive")
    window.show()
    wait(app, 10, until=lambda: window.search_settled)
    beat.start()
    started = time.perf_counter()
    window.start_import([str(incoming)])
    queries = iter(QUERIES * 10)
    while window.importer.running:
        window.search_bar.set_text(next(queries))
        wait(app, 0.3)
    elapsed = time.perf_counter() - started
    wait(app, 30, until=lambda: window.search_settled)
    report(f"importing 300 articles in the background ({elapsed:.1f} s) while searching",
           beat.stop())
    print(f"  imported: {window.archive.count()} articles now in the list's archive")
    window.close()
    window.archive.close()
    shutil.rmtree(work, ignore_errors=True)


def report(what: str, stalls: dict) -> None:
    print(f"{what}: GUI thread longest stall {stalls['max_ms']:.0f} ms, p99 "
          f"{stalls['p99_ms']:.0f} ms, stalls over 100 ms: {stalls['over_100ms']}")


if __name__ == "__main__":
    main(sys.argv[1:])
