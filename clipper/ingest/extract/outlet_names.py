"""Outlet names: the directory of known outlets and their spellings
(`resources/directories/outlets.tsv`), and a state body's name as a press service gives it,
written out in the nominative ("пресс-служба ДП г. Алматы" → "Департамент полиции города
Алматы"; "Абай облысы әкімдігінің баспасөз қызметі" → "Абай облысы әкімдігі").
"""

from __future__ import annotations

import re
from functools import lru_cache

from clipper.ingest.extract.inflect import nominative_phrase
from clipper.ingest.extract.names import KAZAKH_LETTERS
from clipper.ingest.nlp import morph
from clipper.paths import resources_dir

# A Kazakh genitive ending, or none after an abbreviation: "департаментінің", "ІІМ", "облысы ПД"
# (and in the Latin alphabets: "departamentiniń", "departamentınıñ")
GENITIVE = (r"(?:(?i:нің|ның|тің|тың|дің|дың|[ntd][iıy][ńñ])|(?<=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2}))")
# "баспасөз қызметі", "baspasóz qyzmeti": a press service, in Cyrillic or Latin Kazakh
KAZAKH_PRESS = r"(?i:баспасөз\s+қызметі|baspas[óö]z\s+qyzmet[iı])"


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


_SUBDOMAIN = re.compile(r"^(?:https?://)?(?:www|kaz|kz|qaz|rus|ru|eng|en|m)\.(?=[\w\-]+\.[a-z]{2,6}\b)")


def canonical_outlet(mention: str) -> str | None:
    # "kaz.tengrinews.kz", "www.zakon.kz": a language's or the web's subdomain is the same site
    key = _SUBDOMAIN.sub("", mention.lower().strip(" «»\".,"))
    for name, forms in _directory():
        if any(key == form or key.startswith(form) and not key[len(form):][:1].isalpha()
               or key.startswith(form) and len(form) > 6 for form in forms):
            return name
    return None


PRESS_SERVICE = re.compile(r"^(?:пресс-служба|пресс-служб\w+)\s+(?P<body>.{2,80}?)[.;]?$",
                           re.IGNORECASE)
KAZAKH_PRESS_SERVICE = re.compile(
    rf"^(?P<body>.{{2,80}}?){GENITIVE}\s+{KAZAKH_PRESS}\.?$")


def press_service(line: str) -> str | None:
    m = PRESS_SERVICE.match(line) or KAZAKH_PRESS_SERVICE.match(line)
    # "Ақмола облысы әкімінің баспасөз қызметі": the akim's press service is his akimat's
    return (canonical_outlet(line) or re.sub(r"\bәкімі$", "әкімдігі", written_out(m["body"]))) \
        if m else None


def languages(line: str, kazakh: bool = False) -> list[str]:
    """A bilingual line's halves, the article's language first (Russian unless `kazakh`):
    "Павлодар облысы ПД баспасөз қызметі / Пресс-служба ДП Павлодарской области"."""
    halves = [h.strip() for h in line.split(" / ")]
    # by how Kazakh each half reads: a Russian name may hold one Kazakh word ("области Жетісу")
    return sorted(halves, key=lambda h: len(KAZAKH_LETTERS.findall(h)), reverse=kazakh) \
        if len(halves) == 2 else [line]


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, tuple[str, str]]:
    """abbreviation → (nominative, genitive) of its full form."""
    path = resources_dir() / "directories" / "abbreviations.tsv"
    forms = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            short, full, *genitive = [cell.strip() for cell in line.split("\t")]
            forms[short] = (full, genitive[0] if genitive else full)
    return forms


def written_out(name: str) -> str:
    """"ДП г. Алматы" → "Департамент полиции города Алматы"; "акимата Шымкента" → "Акимат
    Шымкента": the body of a press service, abbreviations written out, in the nominative."""
    words = name.split()
    if words and words[0] not in _abbreviations():
        # "пресс-служба чего?": the head word stands in the genitive, known or not
        phrase = nominative_phrase(words, oblique_only=True)
        if phrase == words and words[0].islower():
            parses = [p for p in morph().parse(words[0].lower())
                      if p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "sing"]
            parses.sort(key=lambda p: "Name" in p.tag)
            if parses:
                phrase = [parses[0].normal_form] + words[1:]
        words = phrase
    # "пресс-служба акима области": an akim's office is the akimat, the body that issues
    return re.sub(r"^Аким\b(?!ат)", "Акимат", expand_abbreviations(" ".join(words)))


def expand_abbreviations(name: str) -> str:
    """"ДЧС г. Алматы" → "Департамент по чрезвычайным ситуациям города Алматы": the body's own
    name stands in the nominative, what follows it in the genitive ("УП Есильского района ДП
    г. Астаны" → "… Департамента полиции города Астаны")."""
    forms = _abbreviations()
    text = " ".join(forms[word][i > 0] if word in forms else word
                    for i, word in enumerate(name.split()))
    return text[:1].upper() + text[1:]


_PLACE_KIND = re.compile(r"^(?:области|района|облысы|ауданы)$", re.IGNORECASE)
# "АКТЮБИНСКОЙ", "ЖАМБЫЛСКОГО": a place's adjective ("ОБРАЗОВАНИЯ ОБЛАСТИ" is no place)
_PLACE_ADJECTIVE = re.compile(r"(?:[сц]кой|[сц]кого|ной|ного)$", re.IGNORECASE)


def from_capitals(words: list[str]) -> str:
    """"АКИМАТ УЛЫТАУСКОЙ ОБЛАСТИ" → "Акимат Улытауской области", "РУДНЫЙ АЛТАЙ" → "Рудный
    Алтай": the first word and proper names keep a capital, common words do not."""
    out = []
    for i, word in enumerate(words):
        parse = morph().parse(word.lower())[0]
        proper = not parse.is_known or {"Geox", "Name", "Surn", "Orgn"} & set(
            str(parse.tag).replace(" ", ",").split(","))
        # "АКТЮБИНСКОЙ ОБЛАСТИ": the word before "области" names the place, known or not
        place = i + 1 < len(words) and _PLACE_KIND.match(words[i + 1]) \
            and _PLACE_ADJECTIVE.search(word)
        # "МВД РК": an abbreviation stays in capitals, as it is written in any case
        if word in _abbreviations() or "Abbr" in parse.tag:
            out.append(word)
            continue
        out.append(word.capitalize() if i == 0 or proper or place else word.lower())
    return " ".join(out)


# "облысы", "қаласының": the kind of place a Kazakh body's name starts with
_KAZAKH_PLACE_KIND = re.compile(r"^(?:облыс|қала|аудан)\w*$", re.IGNORECASE)
_REPUBLIC = re.compile(r"^республика\w*$", re.IGNORECASE)


def kazakh_capitals(words: list[str]) -> str:
    """"ТҮРКІСТАН ОБЛЫСЫНЫҢ ӘКІМДІГІ" → "Түркістан облысының әкімдігі", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ
    ТӨТЕНШЕ ЖАҒДАЙЛАР МИНИСТРЛІГІ" → "Қазақстан Республикасы Төтенше жағдайлар министрлігі": the
    place keeps its capitals, "облысы"/"қаласы" do not; a republic's body opens with one."""
    kind = next((i for i, w in enumerate(words)
                 if _KAZAKH_PLACE_KIND.match(w) or _REPUBLIC.match(w)), 0)
    out = []
    for i, word in enumerate(words):
        capital = i == 0 or i < kind or _REPUBLIC.match(word) \
            or i == kind + 1 and _REPUBLIC.match(words[kind])
        out.append(word.capitalize() if capital else word.lower())
    return " ".join(out)


def nominative(name: str) -> str:
    """«Северного курьера» → Северный курьер (a name quoted after "корреспондент")."""
    return " ".join(nominative_phrase(name.split(), oblique_only=True))


_ABBREVIATED = re.compile(r"^(?P<letters>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,5})\s+(?P<rest>\S.*)$")


def spelled_out(name: str, text: str) -> str:
    """"СҚО прокуратурасы" signs a release whose text says "Солтүстік Қазақстан облысының
    прокуратурасы": the body as the text spells it, where the directory does not know the
    letters (the words before the same head word whose initials they are)."""
    m = _ABBREVIATED.match(name)
    if not m or m["letters"] in _abbreviations():
        return name
    words = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]*(?:\s+[\w\-]+){%d}" % (len(m["letters"]) - 1)
    for found in re.finditer(rf"(?P<words>{words})\s+{re.escape(m['rest'])}", text):
        if "".join(w[0] for w in found["words"].split()).upper() == m["letters"]:
            return found[0]
    return name
