"""Outlet: who published the article, from attribution phrases and site footers.

Contract: `find_outlet(text)` takes the clean text and returns a canonical outlet name or None.
Known outlets and their spellings live in `resources/directories/outlets.tsv`. Never raises.
"""

from __future__ import annotations

import re
from functools import lru_cache

from clipper.paths import resources_dir

_ATTRIBUTION = re.compile(
    r"(?:передает|передаёт|сообщает|сообщают|пишет|информирует)\s+"
    r"(?:(?:информационное\s+)?(?:агентство|агентства|портал|издание|сайт|телеканал|газета|"
    r"корреспондент|информагентство)\s+)?"
    r"(?P<name>пресс-служб\w*\s+\S+|[«\"]?[A-Za-zА-ЯЁӘҒҚҢӨҰҮҺІ][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)",
    re.IGNORECASE)


@lru_cache(maxsize=1)
def _directory() -> list[tuple[str, tuple[str, ...]]]:
    entries = []
    path = resources_dir() / "directories" / "outlets.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, forms = line.split("\t")
        entries.append((name, tuple(f.strip().lower() for f in forms.split("|"))))
    return entries


def canonical_outlet(mention: str) -> str | None:
    key = mention.lower().strip(" «»\".,")
    for name, forms in _directory():
        if any(key.startswith(form) or form in key.split() for form in forms):
            return name
    return None


def find_outlet(text: str) -> str | None:
    for m in _ATTRIBUTION.finditer(text):
        mention = m["name"].strip("«»\".,")
        known = canonical_outlet(mention)
        if known:
            return known
        if re.match(r"[A-Za-z]", mention):  # a Latin name or domain is an outlet's own spelling
            return mention.rstrip(".")
    return None


_FOOTER = re.compile(r"зарегистрирован|свидетельство о|©|все права защищены", re.IGNORECASE)
_QUOTED = re.compile(r"«([^»]{2,40})»")


def find_outlet_in_footer(raw_text: str) -> str | None:
    """The outlet a registration or copyright footer names (footers are cut from the clean text)."""
    for line in raw_text.split("\n"):
        if not _FOOTER.search(line):
            continue
        for m in _QUOTED.finditer(line):
            return canonical_outlet(m[1]) or m[1]
        for word in line.split():
            known = canonical_outlet(word)
            if known:
                return known
    return None
