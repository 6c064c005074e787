"""Regions of Kazakhstan an article concerns, main one first, by current official Russian name.

Contract: `find_regions(text)` takes the clean article text and returns canonical region names
(the 17 oblasts and Астана, Алматы, Шымкент); [] for a nationwide article. Never raises.
The gazetteer is data, `resources/gazetteer/` (its README gives the pattern rules): a pattern
word matches a text word starting with it, or exactly when it ends in `$`; several words match
consecutive words; of overlapping matches the one with more words, then more letters, wins.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from clipper.paths import resources_dir

_WORD = re.compile(r"\w+(?:-\w+)*")


@dataclass(frozen=True)
class _Pattern:
    words: tuple[tuple[str, bool], ...]  # (stem, exact)
    region: str
    # Other regions with a place of this name ("Аксу", "Есильский район"): the text's other
    # places say which one it means
    alternatives: tuple[str, ...] = ()

    @property
    def letters(self) -> int:
        return sum(len(stem) for stem, _exact in self.words)


def _rows(name: str) -> list[dict]:
    path = resources_dir() / "gazetteer" / name
    if not path.exists():
        return []
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _fold(text: str) -> str:
    return text.lower().replace("ё", "е")


def _key(word: str) -> str:
    return word[:2]


@lru_cache(maxsize=1)
def _patterns() -> dict[str, list[_Pattern]]:
    """Patterns by the first two letters of their first word, for a cheap look-up per text word."""
    by_key: dict[str, list[_Pattern]] = {}
    sources = [(row["region"], row.get("patterns") or "") for row in _rows("regions.tsv")]
    sources += [(row["region"], row.get("forms") or "") for row in _rows("places.tsv")]
    for region, forms in sources:
        region, *alternatives = [r.strip() for r in region.split("|")]
        for form in forms.split("|"):
            words = tuple((w.rstrip("$"), w.endswith("$")) for w in _fold(form).split())
            if words:
                by_key.setdefault(_key(words[0][0]), []).append(
                    _Pattern(words, region, tuple(alternatives)))
    return by_key


def find_regions(text: str, title: str | None = None) -> list[str]:
    """Regions the text concerns: those its headline names first, in the headline's order,
    then the rest by how often the text names them. A person's past posts are not places
    the article concerns."""
    counts, first = _mentions(_without_biography(text))
    # A headline's places order the regions, a road's ends too ("На трассе Атырау – Актобе …"),
    # but a road's end alone does not make a region
    in_title, title_first = _mentions(title, roads=False) if title else ({}, {})
    named_in_title = _mentions(title)[0] if title else {}
    return sorted(set(counts) | set(named_in_title),
                  key=lambda r: (r not in in_title, title_first.get(r, 0), -counts.get(r, 0),
                                 first.get(r, 0)))


# "До назначения в столицу он работал в Павлодарской области", "В 2019 году Искалиев
# руководил отделом в Атырауской области": a sentence with a career verb in the singular past
# and a marker of an earlier time is a biography.
_CAREER = re.compile(r"\b(?:работал|служил|руководил|возглавлял|занимал|трудился)а?\b|"
                     r"жұмыс істеген|басқарған|қызмет атқарған|қызмет еткен", re.IGNORECASE)
_EARLIER = re.compile(r"\b(?:ранее|прежде|до этого|до назначения|до прихода|до перевода|"
                      r"в \d{4}(?:[–-]\d{4})? год\w*|бұған дейін|бұрын|\d{4} жылы)\b",
                      re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _without_biography(text: str) -> str:
    return " ".join(s for s in _SENTENCE.split(text)
                    if not (_CAREER.search(s) and _EARLIER.search(s)))


# "трасса Алматы – Талгар", "Жезқазған – Қарағанды тас жолы": a road between two places
_ROUTE = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]*\s+[–—-]\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]*")


def _mentions(text: str, roads: bool = True) -> tuple[Counter, dict[str, int]]:
    by_key = _patterns()
    found = list(_WORD.finditer(_fold(text)))
    words = [m.group(0) for m in found]
    routes = [m.span() for m in _ROUTE.finditer(text)] if roads else []
    in_route = [any(a <= m.start() < b for a, b in routes) for m in found]
    matches = []  # (start, end, pattern)
    for i, word in enumerate(words):
        for key in {_key(word), word[:1]}:
            for pattern in by_key.get(key, ()):
                end = i + len(pattern.words)
                if end <= len(words) and all(
                        words[i + k] == stem if exact else words[i + k].startswith(stem)
                        for k, (stem, exact) in enumerate(pattern.words)):
                    matches.append((i, end, pattern))
    taken = [False] * len(words)
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    # Once the text says which place it means ("посёлок Актау"), a bare "Актау" means it too.
    settled: dict[str, str] = {}
    undecided: list[tuple[int, _Pattern]] = []  # a name several regions have, or a road's end
    for start, end, pattern in sorted(
            matches, key=lambda m: (-len(m[2].words), -m[2].letters, m[0])):
        if any(taken[start:end]):
            continue
        taken[start:end] = [True] * (end - start)
        region = pattern.region
        if len(pattern.words) > 1 and pattern.words[-1][1]:
            settled[pattern.words[-1][0]] = region
        elif len(pattern.words) == 1:
            region = next((r for name, r in settled.items()
                           if words[start].startswith(name) and len(words[start]) - len(name) <= 2),
                          region)
        if pattern.alternatives or in_route[start]:
            undecided.append((start, pattern))
            continue
        counts[region] += 1
        first[region] = min(first.get(region, start), start)
    for start, pattern in undecided:
        named = [r for r in (pattern.region, *pattern.alternatives) if counts[r]]
        if in_route[start] and not named:
            continue  # only a road's end: "трасса Алматы – Усть-Каменогорск"
        region = max(named, key=lambda r: counts[r]) if named else pattern.region
        counts[region] += 1
        first[region] = min(first.get(region, start), start)
    return counts, first


def is_place_name(name: str) -> bool:
    """Is `name` a place and nothing more ("Караганда", "г. Шу", "Усть-Каменогорск"), as
    opposed to a name built on one ("Темиртау-Инфо", "Карагандинский вестник")?"""
    words = [m.group(0) for m in _WORD.finditer(_fold(name))]
    if not words:
        return False
    candidates = list(_patterns().get(_key(words[0]), ())) + list(_patterns().get(words[0][:1], ()))
    for pattern in candidates:
        if len(pattern.words) != len(words):
            continue
        # Past its stem, a place word may carry a case ending, not another word.
        if all(word == stem if exact else word.startswith(stem) and len(word) - len(stem) <= 3
               and "-" not in word[len(stem):]
               for word, (stem, exact) in zip(words, pattern.words)):
            return True
    return False


def canonical_regions() -> list[str]:
    """The 20 top-level units, by their official Russian names."""
    return [row["region"] for row in _rows("regions.tsv")]


_TO_RUSSIAN_LETTERS = str.maketrans("әғқңөұүһіё", "агкноуухие")


@lru_cache(maxsize=1)
def place_stems() -> dict[str, str]:
    """Prefix stem of a place name (Kazakh letters folded) → one token for the place, so a
    search index files "Астане", "Астана" and "Астанада" under one term."""
    stems: dict[str, str] = {}
    for name, column in (("regions.tsv", "patterns"), ("places.tsv", "forms")):
        for row in _rows(name):
            forms = [f.strip() for f in (row.get(column) or "").split("|")]
            prefixes = [_fold(f).translate(_TO_RUSSIAN_LETTERS) for f in forms
                        if f and " " not in f and not f.endswith("$")]
            prefixes = [p for p in prefixes if len(p) >= 4 and re.fullmatch(r"[а-я\-]+", p)]
            if not prefixes:
                continue
            token = prefixes[0]
            for prefix in prefixes:
                stems.setdefault(prefix, token)
    return stems
