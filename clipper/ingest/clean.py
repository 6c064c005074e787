"""The article without its page: drops menus, weather, counters, related-news lists and footers."""

from __future__ import annotations

import re
from functools import lru_cache

from clipper.paths import resources_dir


@lru_cache(maxsize=1)
def _chrome_rules() -> tuple[re.Pattern, re.Pattern]:
    tails, lines = [], []
    path = resources_dir() / "text" / "chrome.tsv"
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        kind, pattern = raw.split("\t", 1)
        (tails if kind == "tail" else lines).append(pattern)
    def combine(patterns: list[str]) -> re.Pattern:
        return re.compile("^(?:" + "|".join(f"(?:{p})" for p in patterns) + r")[\s.:!]*$",
                          re.IGNORECASE)
    return combine(tails), combine(lines)



def is_tail_marker(line: str) -> bool:
    """A line that opens a page's tail: related news, comments, the footer."""
    return bool(_chrome_rules()[0].match(line))


def clean_text(text: str) -> str:
    """Article lines in order, chrome removed, one blank line between paragraphs."""
    tail, chrome = _chrome_rules()
    kept: list[str] = []
    for raw in text.split("\n"):
        if _is_menu(raw):
            continue
        line = " ".join(raw.split())  # also folds tabs and no-break spaces
        if not line:
            if kept and kept[-1]:
                kept.append("")
            continue
        # A tail marker late in the text ends the article; one near the top is a menu item.
        if tail.match(line) and _words(kept) > 40:
            break
        if chrome.match(line):
            continue
        kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    return "\n".join(_drop_echoes(_without_menu_runs(kept)))


_MENU_GAP = re.compile(r"[ \t\u00a0]{2,}|\t")
_PUNCTUATION = re.compile(r"[.,:;!?«»\"()\d]")


def _is_menu(raw: str) -> bool:
    """A site's menu copied as text: three or more short items parted by runs of spaces or
    tabs ("Басты бет   Жаңалықтар   Қоғам")."""
    items = [item for item in _MENU_GAP.split(raw.strip()) if item]
    return len(items) >= 3 and all(len(item.split()) <= 3 and item[:1].isupper()
                                   and not _PUNCTUATION.search(item) for item in items)


# A menu copied one item a line: this many short capitalised lines in a row
MENU_RUN = 4


def _without_menu_runs(lines: list[str]) -> list[str]:
    """Drops runs of MENU_RUN or more one-to-three-word lines ("Главная", "Новости",
    "Общество", "Происшествия", …) that stand one after another."""
    out: list[str] = []
    run: list[str] = []
    for line in lines + [""]:
        if line and len(line.split()) <= 3 and line[:1].isupper() \
                and not _PUNCTUATION.search(line):
            run.append(line)
            continue
        if len(run) < MENU_RUN:
            out.extend(run)
        run = []
        out.append(line)
    return out[:-1]


_BREADCRUMB_START = re.compile(r"^(главная|домой|home|басты бет)", re.IGNORECASE)


def _drop_echoes(lines: list[str]) -> list[str]:
    """Removes a headline's second printing and the breadcrumb that ends in the headline."""
    out: list[str] = []
    for line in lines:
        if not line:
            out.append(line)
            continue
        previous = next((l for l in reversed(out) if l), None)
        if previous == line and len(line) < 250:
            continue
        if previous and previous != line and previous.endswith(line) \
                and _BREADCRUMB_START.match(previous):
            while out and out[-1] != previous:
                out.pop()
            out.pop()
        out.append(line)
    while out and not out[0]:
        out.pop(0)
    return out


def _words(lines: list[str]) -> int:
    return sum(len(line.split()) for line in lines)
