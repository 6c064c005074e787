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

from clipper.ingest.nlp import morph
from clipper.paths import resources_dir

_WORD = re.compile(r"\w+(?:-\w+)*")


@dataclass(frozen=True)
class _Pattern:
    words: tuple[tuple[str, bool], ...]  # (stem, exact)
    region: str
    # Other regions with a place of this name ("Аксу", "Есильский район"): the text's other
    # places say which one it means
    alternatives: tuple[str, ...] = ()
    # A form the gazetteer writes with a capital ("Ақтау") is also a common word ("сенімін ақтау",
    # to justify): it names the place only when the text capitalises it
    capital: bool = False

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


def _keys(word: str) -> tuple[str, ...]:
    """Where patterns that may start at this text word are filed: by its first two letters, a
    one-letter stem by that letter, an exact first word ("с$ кулан$") by the whole word, so a
    one-letter word is not tried against every text word sharing its letter."""
    return _key(word), word[:1], "=" + word


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
            capital = form.strip()[:1].isupper()
            if words:
                stem, exact = words[0]
                by_key.setdefault("=" + stem if exact else _key(stem), []).append(
                    _Pattern(words, region, tuple(alternatives), capital))
    return by_key


def find_regions(text: str, title: str | None = None, dateline: str = "") -> list[str]:
    """Regions the text concerns: those its headline names first, in the headline's order,
    then the rest by how often the text names them. A person's past posts, where someone or
    something comes from or goes, and the city national agencies file from are not places the
    article concerns (the first two do when the text names no other place)."""
    body = _without_biography(text)
    opening = _DATELINE.match(body)
    counts, first, passing = _mentions(body, dateline_end=opening.end("place") if opening else 0)
    # A dateline's city is the story's ("Атырау, 5 ноября — …"), unless national agencies file
    # from it: "АСТАНА, 5 марта — Kazinform." heads nationwide news too
    dated = passing["dateline"] + (_mentions(dateline)[0] if dateline else Counter())
    for region in dated.keys() - _context("agency-seat"):
        counts[region] += dated[region]
        first[region] = -1
    # A headline's places order the regions, a road's ends too ("На трассе Атырау – Актобе …"),
    # but a road's end alone does not make a region
    in_title, title_first = _mentions(title, roads=False, around=counts)[:2] if title else ({}, {})
    named_in_title = _mentions(title, around=counts)[0] if title else {}
    if not counts and not named_in_title:
        # "Жители Шубаркудука ждут газ": with no other place, the residents' home is the story's
        counts = passing["home"]
    # The lead's first place weighs one mention more: it is where the story happens
    lead = min(first, key=first.get) if first else None
    return sorted(set(counts) | set(named_in_title),
                  key=lambda r: (r not in in_title, title_first.get(r, 0),
                                 -counts.get(r, 0) - (r == lead), first.get(r, 0)))


# "АСТАНА, 5 марта 2025 — Kazinform.", "Талдыкорган. 9 апреля. КазТАГ –", "АСТАНА. KAZINFORM —":
# the text opens with the agency's city and the date or the agency
_DATELINE = re.compile(r"\s*(?P<place>[^\W\d_][\w\-]*(?:\s[^\W\d_][\w\-]*)?)\s*[,.]\s*"
                       r"(?:\d{1,2}[\s.]|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{4,}\b|[A-Za-z][\w-]*\.(?:kz|ru|com|org)\b)")

# "До назначения в столицу он работал в Павлодарской области", "В 2019 году Искалиев
# руководил отделом в Атырауской области": a sentence with a career verb in the singular past
# and a marker of an earlier time is a biography.
# ("возглавлявший", "ранее работавшая": the participles too)
_CAREER = re.compile(r"\b(?:работа|служи|руководи|возглавля|занима|трудил)(?:л|лся|в\w*)\b|"
                     r"жұмыс істеген|басқарған|қызмет атқарған|қызмет еткен", re.IGNORECASE)
_EARLIER = re.compile(r"\b(?:ранее|прежде|до этого|до назначения|до прихода|до перевода|"
                      r"жыл (?:бойы )?(?:қызмет|жұмыс)|"
                      r"в \d{4}(?:[–-]\d{4})? год\w*|бұған дейін|бұрын|\d{4} жылы)\b",
                      re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _without_biography(text: str) -> str:
    return " ".join(s for s in _SENTENCE.split(text)
                    if not (_CAREER.search(s) and _EARLIER.search(s)))


# "трасса Алматы – Талгар", "Жезқазған – Қарағанды тас жолы": a road between two places
_ROUTE = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]*\s+[–—-]\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]*")


@lru_cache(maxsize=None)
def _context(kind: str) -> frozenset:
    """The words of `resources/gazetteer/context.tsv` of one kind: (stem, exact) tuples, a
    passing mention's two as a pair, an agency seat by its region name."""
    rows = [row["pattern"] for row in _rows("context.tsv") if row["kind"] == kind]
    if kind == "agency-seat":
        return frozenset(rows)
    words = [tuple((w.rstrip("$"), w.endswith("$")) for w in _fold(row).split()) for row in rows]
    return frozenset(w if kind == "passing" else w[0] for w in words if w)


# Kazakh ablative endings, in both scripts: "облысынан", "Қарағандыдан", "oblysynan"
_ABLATIVE = re.compile(r"[нтдntd][аеae][нn]$")


def _in_passing(words: list[str], start: int, end: int) -> str | None:
    """"гость из Алматы", "жителя Усть-Каменогорска", "зарегистрированное в Алматы", "Қарағанды
    облысынан келген": a place named only as where someone or something comes from, lives, is
    registered or goes: "home" for where someone lives, "from" for the rest, else None."""
    # the noun or verb may stand a few words off: "туристов, в основном из Астаны",
    # "переехал в Атырау из Актобе"
    if start > 1 and any(_is(words[start - 1], [b]) and any(
            _is(w, [a]) for w in words[max(0, start - 4):start - 1]) for a, b in _context("passing")):
        return "from"
    # "специалисты, прибывшие из Алматы", "из Караганды прибыла бригада": who came from there
    if start and words[start - 1] in ("из", "изо") and any(
            _is(w, _context("arrival")) for w in words[max(0, start - 6):start - 1] + words[end:end + 1]):
        return "from"
    if start > 1 and words[start - 1] in ("из", "изо") and _is_person(words[start - 2]):
        return "from"  # "история пенсионерки из Павлодара"
    if start and _is(words[start - 1], _context("home-before")):
        return "home"
    if start and _is(words[start - 1], _context("passing-before")):
        return "from"
    after = words[end:end + 4]
    if after and after[0].startswith("қала"):  # "Шымкент қаласының тұрғындары"
        after = after[1:]
    if after and _is(after[0], _context("home-after")):
        return "home"
    if after and _is(after[0], _context("passing-after")):
        return "from"
    ablative = _ABLATIVE.search(words[end - 1]) or end < len(words) and words[end].startswith(
        "қала") and _ABLATIVE.search(words[end])
    # "Қарағандыдан, Астанадан және шетелден келген туристер": a list of them
    if ablative and any(_is(w, _context("ablative-after")) for w in words[end:end + 5]):
        return "from"
    return None


# People whose home says nothing of the story, unlike a unit that acts in it ("полицейские из
# Караганды задержали …")
_ACTORS = ("полиц", "сотрудник", "коллег", "инспектор", "спасател", "следовател", "прокурор",
           "депутат", "аким", "пожарн", "военн", "пограничн")


def _is_person(word: str) -> bool:
    if word.startswith(_ACTORS) or not re.fullmatch(r"[а-яё\-]+", word):
        return False
    parse = morph().parse(word)[0]
    return parse.tag.POS == "NOUN" and "anim" in parse.tag


def _is(word: str, patterns) -> bool:
    return any(word == stem if exact else word.startswith(stem) for stem, exact in patterns)


def _mentions(text: str, roads: bool = True, dateline_end: int = 0, around: Counter | None = None
              ) -> tuple[Counter, dict[str, int], dict[str, Counter]]:
    """How often the text names each region and where first, and apart the regions named
    only in passing: `passing["home"]` (where someone lives), `passing["from"]` (where someone
    comes from, a direction, where goods go), `passing["dateline"]`.
    `around`: regions the text around it names (a headline's body), deciding shared names."""
    folded = _fold(text)
    found = list(_WORD.finditer(folded))
    words = [m.group(0) for m in found]
    routes = [m.span() for m in _ROUTE.finditer(text)] if roads else []
    in_route = [any(a <= m.start() < b for a, b in routes) for m in found]
    matches = _matches(words)
    taken = [False] * len(words)
    named: list[tuple[int, int, _Pattern, str]] = []
    # Once the text says which place it means ("посёлок Актау"), a bare "Актау" means it too.
    settled: dict[str, str] = {}
    for start, end, pattern in sorted(
            matches, key=lambda m: (-len(m[2].words), -m[2].letters, m[0])):
        if pattern.capital and not text[found[start].start()].isupper():
            continue
        if any(taken[start:end]):
            continue
        taken[start:end] = [True] * (end - start)
        if _names_something_else(text, folded, found, start, end):
            continue
        region = pattern.region
        if len(pattern.words) > 1 and pattern.words[-1][1]:
            settled[pattern.words[-1][0]] = region
        elif len(pattern.words) == 1:
            region = next((r for name, r in settled.items()
                           if words[start].startswith(name) and len(words[start]) - len(name) <= 2),
                          region)
            # "в районе Алматы" is Астана's district when the text is about Астана, else it
            # is near Алматы
            district = _as_district(text, found, start, matches)
            if district and district != region:
                pattern = _Pattern(pattern.words, region, (district,))
        named.append((start, end, pattern, region))
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    passing: dict[str, Counter] = {"from": Counter(), "home": Counter(), "dateline": Counter()}
    undecided: list[tuple[int, _Pattern]] = []  # a name several regions have, or a road's end
    from_until, last_kind = -1, ""  # "со стороны Кентау и Шымкента": the direction covers both
    for start, end, pattern, region in sorted(named, key=lambda m: m[0]):
        if found[start].start() < dateline_end:
            passing["dateline"][region] += 1
        elif kind := _in_passing(words, start, end) or (
                0 <= from_until <= start and all(
                    w in _AND or w.startswith(_UNIT_WORDS) for w in words[from_until:start])
                and last_kind):
            passing[kind][region] += 1
            from_until, last_kind = end, kind
        elif pattern.alternatives or in_route[start]:
            undecided.append((start, pattern))
        else:
            counts[region] += 1
            first[region] = min(first.get(region, start), start)
    for start, pattern in undecided:
        named_regions = [r for r in (pattern.region, *pattern.alternatives)
                         if counts[r] or around and around[r]]
        if in_route[start] and not named_regions:
            continue  # only a road's end: "трасса Алматы – Усть-Каменогорск"
        region = (max(named_regions, key=lambda r: (counts[r], around and around[r]))
                  if named_regions
                  else pattern.region)
        counts[region] += 1
        first[region] = min(first.get(region, start), start)
    return counts, first, passing


def _matches(words: list[str], shared: bool = True) -> list[tuple[int, int, _Pattern]]:
    by_key = _patterns()
    matches = []  # (start, end, pattern)
    for i, word in enumerate(words):
        for key in set(_keys(word)):
            for pattern in by_key.get(key, ()):
                end = i + len(pattern.words)
                if end <= len(words) and all(
                        words[i + k] == stem if exact else words[i + k].startswith(stem)
                        for k, (stem, exact) in enumerate(pattern.words)):
                    matches.append((i, end, pattern))
                    if shared and len(pattern.words) == 1 and end + 2 < len(words) and \
                            words[end] in _AND:
                        # "Алматинской и Жетысуской областей": the first adjective's noun is
                        # the second's
                        matches += [(i, end, joint) for s, e, joint in _matches(
                            [word, words[end + 2]], shared=False) if (s, e) == (0, 2)]
    return matches


_AND = {"и", "және", "а", "также", "мен", "бен", "пен"}
# "проживающих в Сарыагашском районе Туркестанской области": one place, named in its parts
_UNIT_WORDS = ("район", "аудан", "област", "облыс", "город", "қала")
_DISTRICT = ("район", "аудан")


def _as_district(text: str, found: list[re.Match], start: int, matches: list) -> str | None:
    """A city's name used as a district's ("в районе Алматы" of Астана, "Алматы және Сарыарқа
    аудандарында", "в Алматинском и Сарыаркинском районах"): the district's region."""
    words = [m.group(0) for m in found]
    after = words[start + 1:start + 4]
    before = words[start - 1] if start else ""
    district_after = (len(after) == 3 and after[0] in _AND and after[2].startswith(_DISTRICT)
                      and not before.startswith(_DISTRICT))
    # "Алакөл және Ақсу аудандарында", "в районах Сарыарка и Алматы": the second of two
    district_after |= bool(after) and after[0].startswith(_DISTRICT) and before in _AND
    district_after |= before in _AND and start > 2 and words[start - 3].startswith(_DISTRICT)
    # "в Бостандыкском районе Алматы" is a district of the city, "Сайрам ауданының Ақсу ауылы"
    # a village of a district: the word before the district word must be no name
    district_before = before.startswith(_DISTRICT) and (start < 2 or not any(
        s <= start - 2 < e for s, e, _p in matches) and text[found[start - 2].start()].islower())
    if not (district_after or district_before):
        return None
    for phrase in ([words[start], "ауданы"], [words[start], "районе"], ["район", words[start]]):
        for s, e, pattern in _matches(phrase):
            if (s, e) == (0, 2):
                return pattern.region
    return None


def _names_something_else(original: str, folded: str, found: list[re.Match], start: int,
                          end: int) -> bool:
    """Is this place word the name of a street, station, tract or firm ("станции «Байконур»")?"""
    before, after = folded[:found[start].start()].rstrip(), folded[found[end - 1].end():]
    if before[-1:] in "«\"“„" and before and after[:1] in "»\"”“":
        return True
    # "в микрорайонах Шугыла, Рахат и Аксу": the names listed after the word are its too
    for back in range(start - 1, max(-1, start - 8), -1):
        word = found[back].group(0)
        if _is(word, _context("object-before")):
            return True
        if not (word in _AND or found[back].group(0)[:1].isalpha() and
                original[found[back].start()].isupper()) or re.search(
                r"[.!?;:()«»]", folded[found[back].end():found[back + 1].start()]):
            break
    return end < len(found) and _is(found[end].group(0), _context("object-after")) and len(
        folded[found[end - 1].end():found[end].start()].strip()) == 0


def is_place_name(name: str) -> bool:
    """Is `name` a place and nothing more ("Караганда", "г. Шу", "Усть-Каменогорск"), as
    opposed to a name built on one ("Темиртау-Инфо", "Карагандинский вестник")?"""
    words = [m.group(0) for m in _WORD.finditer(_fold(name))]
    if not words:
        return False
    candidates = [p for key in set(_keys(words[0])) for p in _patterns().get(key, ())]
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
