"""Regions of Kazakhstan an article concerns, main one first, by current official Russian name.

Contract: `find_regions(text)` takes the clean article text and returns canonical region names
(the 17 oblasts and Астана, Алматы, Шымкент); [] for a nationwide article. Never raises.
The gazetteer is data: `resources/gazetteer/regions.tsv` and `places.tsv`.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from functools import lru_cache

from clipper.paths import resources_dir


def _rows(name: str) -> list[dict]:
    path = resources_dir() / "gazetteer" / name
    if not path.exists():
        return []
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@lru_cache(maxsize=1)
def _matcher() -> tuple[re.Pattern | None, dict[str, str]]:
    """One regex over every form, and form → region. Longer forms win over their prefixes."""
    form_region: dict[str, str] = {}
    for row in _rows("regions.tsv"):
        for form in (row.get("patterns") or "").split("|"):
            if form.strip():
                form_region.setdefault(_fold(form.strip()), row["region"])
    for row in _rows("places.tsv"):
        for form in (row.get("forms") or "").split("|"):
            if form.strip():
                form_region.setdefault(_fold(form.strip()), row["region"])
    if not form_region:
        return None, {}
    alternatives = "|".join(re.escape(f) for f in sorted(form_region, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alternatives})", re.IGNORECASE), form_region


def _fold(text: str) -> str:
    return text.lower().replace("ё", "е")


def find_regions(text: str) -> list[str]:
    pattern, form_region = _matcher()
    if pattern is None:
        return []
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in pattern.finditer(_fold(text)):
        region = form_region.get(m.group(1))
        if region is None:
            continue
        counts[region] += 1
        first.setdefault(region, m.start())
    return sorted(counts, key=lambda r: (-counts[r], first[r]))
