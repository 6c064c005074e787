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
    role: str
    spellings: tuple[str, ...] = field(default=())  # the name and its aliases, "Имя Фамилия"

    @property
    def first(self) -> str:
        return self.name.rsplit(" ", 1)[0]

    @property
    def last(self) -> str:
        return self.name.rsplit(" ", 1)[-1]

    def role_in(self, text: str) -> str:
        """The text's own wording of this role ("президенту Казахстана" → "Президент
        Казахстана"), else the directory's."""
        nouns = [w for w in self.role.split() if "NOUN" in morph().parse(w.lower())[0].tag]
        if not nouns:
            return self.role
        head = morph().parse(nouns[0].lower())[0].normal_form
        pattern = re.compile(rf"\b({re.escape(head[:-1])}\w*)((?:\s+[A-ZА-ЯЁ][\w\-]*){{0,3}})",
                             re.IGNORECASE)
        for m in pattern.finditer(text):
            if morph().parse(m.group(1).lower())[0].normal_form != head:
                continue
            inflected = morph().parse(m.group(1).lower())[0].inflect({"nomn"})
            word = inflected.word if inflected else m.group(1).lower()
            return (word[:1].upper() + word[1:] + m.group(2)).strip()
        return self.role


@lru_cache(maxsize=1)
def _officials() -> tuple[Official, ...]:
    path = resources_dir() / "directories" / "officials.tsv"
    if not path.exists():
        return ()
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    people = []
    for row in csv.DictReader(lines, delimiter="\t"):
        if row.get("until"):
            role = row.get("role") or ""  # a former holder keeps the role the press gave them
        else:
            role = row.get("role") or ""
        aliases = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
        full_aliases = tuple(a for a in aliases if " " in a and re.search(r"[А-ЯЁӘ-ӨҰҮІа-я]", a))
        people.append(Official(row["name"].strip(), role.strip(),
                               (row["name"].strip(),) + full_aliases))
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
