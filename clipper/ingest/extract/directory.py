"""The directory of known officials, `resources/directories/officials.tsv`, which users extend.

It resolves spellings to one person and knows a role when the text gives none beside the name;
officials it does not list are still found by their role in the text.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache

from clipper.ingest.extract.names import fold
from clipper.ingest.nlp import morph
from clipper.paths import resources_dir


@dataclass(frozen=True)
class Official:
    name: str
    roles: tuple[str, ...]  # current post first, then former ones
    spellings: tuple[str, ...] = field(default=())  # the name and its aliases, "Имя Фамилия"

    @property
    def first(self) -> str:
        return self.name.rsplit(" ", 1)[0]

    @property
    def last(self) -> str:
        return self.name.rsplit(" ", 1)[-1]

    def role_in(self, text: str) -> str | None:
        """The text's own wording of this person's role ("президенту Казахстана" → "Президент
        Казахстана"), or None: a role the text does not give is not the article's to claim."""
        for role in self.roles:
            found = _wording(role, text, {fold(self.first)[:4], fold(self.last)[:4]})
            if found:
                return found
        return None


def _wording(role: str, text: str, own: set[str] = frozenset()) -> str | None:
    """`own`: the person's name stems; the role's proper names stop before the name itself
    ("Председатель Сената Маулен Ашимбаев" → "Председатель Сената")."""
    nouns = [w for w in role.split() if "NOUN" in morph().parse(w.lower())[0].tag]
    if not nouns:
        return None
    head = morph().parse(nouns[0].lower())[0].normal_form
    # The head word in any case and capitalisation, then the proper names that follow it.
    pattern = re.compile(rf"\b((?i:{re.escape(head[:-1])})\w*)((?:\s+[A-ZА-ЯЁ][\w\-]*){{0,3}})")
    for m in pattern.finditer(text):
        parse = morph().parse(m.group(1).lower())[0]
        if parse.normal_form != head:
            continue
        inflected = parse.inflect({"nomn"})
        word = inflected.word if inflected else m.group(1).lower()
        names = m.group(2).split()
        cut = next((i for i, name in enumerate(names) if fold(name)[:4] in own), len(names))
        return " ".join([word[:1].upper() + word[1:], *names[:cut]])
    return None


@lru_cache(maxsize=1)
def _officials() -> tuple[Official, ...]:
    """One entry per person: a person with several posts has several rows in the file."""
    path = resources_dir() / "directories" / "officials.tsv"
    if not path.exists():
        return ()
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    rows: dict[str, list[dict]] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        rows.setdefault(row["name"].strip(), []).append(row)
    people = []
    for name, person_rows in rows.items():
        person_rows.sort(key=lambda r: bool(r.get("until")))  # the current post first
        spellings = [name]
        for row in person_rows:
            for alias in (row.get("aliases") or "").split("|"):
                alias = alias.strip()
                if " " in alias and re.search(r"[А-ЯЁа-яёӘәҒғҚқҢңӨөҰұҮүҺһІі]", alias):
                    spellings.append(alias)
        roles = tuple(dict.fromkeys((r.get("role") or "").strip() for r in person_rows
                                    if r.get("role")))
        people.append(Official(name, roles, tuple(dict.fromkeys(spellings))))
    return tuple(people)


@lru_cache(maxsize=1)
def _by_full_name() -> dict[str, Official]:
    index = {}
    for person in _officials():
        for spelling in person.spellings:
            index.setdefault(fold(spelling), person)
    return index


@lru_cache(maxsize=1)
def surname_index() -> dict[str, Official]:
    """Folded surname → official, for surnames only one listed person bears."""
    counts: dict[str, list[Official]] = {}
    for person in _officials():
        for spelling in person.spellings:
            counts.setdefault(fold(spelling.rsplit(" ", 1)[-1]), []).append(person)
    return {key: people[0] for key, people in counts.items() if len(set(people)) == 1}


def find_in_directory(first: str, last: str) -> Official | None:
    return _by_full_name().get(fold(f"{first} {last}"))
