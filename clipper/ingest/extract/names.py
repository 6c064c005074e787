"""Person names: which word is a first name, surname, patronymic or initial, and its nominative.

Contract: pure functions over words; they never raise and return the word unchanged when unsure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clipper.ingest.nlp import morph

_KAZAKH_TO_RUSSIAN = str.maketrans("әғқңөұүһіёӘҒҚҢӨҰҮҺІЁ", "агкноуухиеАГКНОУУХИЕ")
INITIALS = re.compile(r"^(?:[А-ЯЁӘҒҚҢӨҰҮҺІ]\.){1,2}$")
_PATRONYMIC = re.compile(r"(ович|евич|ич|овна|евна|ична|инична)(а|у|ем|ом|е|ой|ы|ою)?$")
_KAZAKH_PATRONYMIC = re.compile(r"(ұлы|улы|қызы|кызы)$")
# Russian-pattern surnames: masculine stem endings and the case endings they take.
_SURNAME_MASC = re.compile(r"^(.+(?:ов|ев|ёв|ин|ын))(а|у|ым|е|ом)?$")
_SURNAME_FEMN = re.compile(r"^(.+(?:ов|ев|ёв|ин|ын))(а|ой|у)$")
_SURNAME_SKY = re.compile(r"^(.+(?:ск|цк))(ий|ого|ому|им|ом|ая|ой|ую)$")
# In Kazakh only the last word of a name takes the case ending.
_KAZAKH_CASE = re.compile(
    r"^(.+(?:ов|ев|ин|ын|ова|ева|ина|ына))(тың|тің|дың|дің|ның|нің|қа|ке|ға|ге|ты|ті|ды|ді|"
    r"ны|ні|та|те|да|де|тан|тен|дан|ден|нан|нен|пен|бен|мен)$")
# "Асанқызына", "Сейітжанұлының": a patronymic surname takes the endings of a possessive form.
_KAZAKH_PATRONYMIC_CASE = re.compile(r"^(.+(?:ұлы|улы|қызы|кызы))(ның|нің|на|не|ны|ні|н|мен|нда|нан)$")
# "Байділдаға": after a vowel, the dative, genitive and instrumental endings are unmistakable.
_KAZAKH_VOWEL_CASE = re.compile(r"^(.{3,}[аеыіоөұүуәэияю])(ның|нің|ға|ге|мен)$")
KAZAKH_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def fold(name: str) -> str:
    """A name as it is compared: Kazakh letters as their Russian neighbours, lower case."""
    return name.translate(_KAZAKH_TO_RUSSIAN).lower()


_VOWELS_AND_SIGNS = re.compile(r"[аеёиоуыэюяйьъ]")


def consonants(name: str) -> str:
    """A name's consonants, folded: a Kazakh spelling and its Russian transcription share them
    ("Гүлнар Өтебаева" and "Гульнар Утебаева", "Қайыров" and "Каиров"), their vowels differ."""
    return _VOWELS_AND_SIGNS.sub("", fold(name))


def proper(word: str) -> str:
    """Capitalised as a name is printed: ДЕМИДОВА → Демидова, касым-жомарт → Касым-Жомарт."""
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def is_patronymic(word: str) -> bool:
    low = word.lower()
    return bool(_PATRONYMIC.search(low) and len(low) > 6) or bool(_KAZAKH_PATRONYMIC.search(low))


def looks_like_surname(word: str) -> bool:
    low = word.lower()
    return bool(_SURNAME_MASC.match(low) or _SURNAME_SKY.match(low) or _KAZAKH_CASE.match(low)
                or _KAZAKH_PATRONYMIC.search(low))


def _name_parses(low: str) -> list:
    """pymorphy's readings of `low` as one person's first name: never a plural ("Гульнар" is
    a Kazakh name as printed, not the genitive plural of "Гульнара")."""
    return [p for p in morph().parse(low) if "Name" in p.tag and p.tag.number != "plur"]


def first_name_parse(word: str):
    """pymorphy's best parse of `word` as a first name, or None."""
    parses = _name_parses(word.lower())
    return parses[0] if parses else None


def nominative_first(word: str, gender: str | None = None) -> str:
    if "-" in word:  # Касым-Жомарта → Касым-Жомарт: the last part carries the ending
        head, _, tail = word.rpartition("-")
        return proper(head) + "-" + nominative_first(tail, gender)
    low = word.lower()
    candidates = _name_parses(low)
    if gender:
        # "Дамира" is a woman's name and a man's in the genitive: the gender decides which
        candidates = [p for p in candidates if p.tag.gender == gender] or candidates
    if any(p.tag.case == "nomn" and p.normal_form == low for p in candidates):
        return proper(word)  # already nominative: a guess must not "inflect" it further
    if candidates:
        return proper(candidates[0].normal_form)
    return proper(word)


def first_name_gender(word: str) -> str | None:
    parse = first_name_parse(word.split("-")[-1])
    return parse.tag.gender if parse else None


def nominative_surname(word: str, gender: str | None = None, kazakh: bool = False) -> str:
    low = word.lower()
    if kazakh:  # Kazakh text gives surnames Kazakh case endings only: "Оразбекова" is nominative
        m = (_KAZAKH_CASE.match(low) or _KAZAKH_PATRONYMIC_CASE.match(low)
             or _KAZAKH_VOWEL_CASE.match(low))
        return proper(m.group(1) if m else low)
    m = _SURNAME_SKY.match(low)
    if m:
        ending = "ая" if gender == "femn" or m.group(2) in ("ая", "ую") else "ий"
        return proper(m.group(1) + ending)
    if gender == "femn":
        m = _SURNAME_FEMN.match(low)
        if m:
            return proper(m.group(1) + "а")
        return proper(low)
    m = _SURNAME_MASC.match(low)
    if m:
        return proper(m.group(1))
    return proper(low)


def nominative_patronymic(word: str) -> str:
    """"Жалеловича" → "Жалелович": the case ending after the patronymic suffix goes."""
    low = word.lower()
    m = _PATRONYMIC.search(low)
    return proper(low[: m.start(2)] if m and m.group(2) else low)


@dataclass
class NameParts:
    first: str | None = None
    last: str | None = None
    patronymic: str | None = None
    initials: str | None = None  # "Е.Ж."

    @property
    def full(self) -> str | None:
        return f"{self.first} {self.last}" if self.first and self.last else None


def parse_mention(words: list[str], kazakh: bool = False, case: str | None = None) -> NameParts:
    """Which words of a person mention are first name, surname, patronymic or initials."""
    parts = NameParts()
    names = [w for w in words if not INITIALS.match(w)]
    initials = [w for w in words if INITIALS.match(w)]
    if initials:
        parts.initials = "".join(initials)
    patronymics = [w for w in names if is_patronymic(w)]
    if patronymics and not _KAZAKH_PATRONYMIC.search(patronymics[0].lower()):
        parts.patronymic = nominative_patronymic(patronymics[0])
        names = [w for w in names if w is not patronymics[0]]
    if not names:
        return parts
    if len(names) == 1:
        if parts.patronymic:
            parts.first = nominative_first(names[0])
        elif case == "nomn" and parts.initials and not kazakh:
            parts.last = proper(names[0])  # "судья … А. Мусина": the role shows it nominative
        elif looks_like_surname(names[0]) or parts.initials or not first_name_parse(names[0]):
            parts.last = nominative_surname(names[0], kazakh=kazakh)
        else:
            parts.first = nominative_first(names[0])
        return parts
    if (len(names) == 3 and _KAZAKH_PATRONYMIC.search(names[2].lower())
            and (_SURNAME_MASC.match(names[0].lower()) or _SURNAME_FEMN.match(names[0].lower()))
            and not looks_like_surname(names[1])):
        # "Саденов Ержан Сатыбалдыұлы": surname, first name, then the Kazakh patronymic
        names = [names[1], names[0]]
    # "аким Талдыкоргана Ерлан Сагындыков": NER spans can swallow the word before the name.
    if len(names) > 2 and not first_name_parse(names[0]) and first_name_parse(names[-2]):
        names = names[-2:]
    # Two or more words: "Имя Фамилия", or "Фамилия Имя" when the first is the surname.
    first, last = names[0], names[-1]
    if (looks_like_surname(first) and not looks_like_surname(last) and first_name_parse(last)
            and not first_name_parse(first)):
        first, last = last, first
    if kazakh:
        parts.first, parts.last = proper(first), nominative_surname(last, kazakh=True)
        return parts
    parts.first, parts.last = nominative_pair(first, last, case)
    return parts


# What a Russian-pattern surname's ending says of the name's gender and case.
_SURNAME_CASES = [
    (re.compile(r"(ов|ев|ёв|ин|ын)$"), {("masc", "nomn")}),
    (re.compile(r"(ова|ева|ёва|ина|ына)$"), {("masc", "gent"), ("masc", "accs"), ("femn", "nomn")}),
    (re.compile(r"(ову|еву|ёву|ину|ыну)$"), {("masc", "datv"), ("femn", "accs")}),
    (re.compile(r"(овым|евым|ёвым|иным|ыным)$"), {("masc", "ablt")}),
    (re.compile(r"(ове|еве|ёве|ине|ыне)$"), {("masc", "loct")}),
    (re.compile(r"(овой|евой|ёвой|иной|ыной)$"), {("femn", "gent"), ("femn", "datv"),
                                                   ("femn", "ablt"), ("femn", "loct")}),
]
_STRIP_BY_CASE = {"gent": ("а", "я"), "accs": ("а", "я"), "datv": ("у", "ю"),
                  "ablt": ("ом", "ем"), "loct": ("е",)}


def nominative_pair(first: str, last: str, case: str | None = None) -> tuple[str, str]:
    """First name and surname to the nominative, each telling the other's gender and case;
    `case`, when the words before the name show it, settles what they leave open."""
    low = last.lower()
    readings = next((r for pattern, r in _SURNAME_CASES if pattern.search(low)), None)
    if readings is None:  # not a Russian-pattern surname: Ким, Шевчук, Арыстанұлы
        known = [p for p in _name_parses(first.split("-")[-1].lower()) if p.is_known]
        if case:
            known.sort(key=lambda p: p.tag.case != case)
        gender = known[0].tag.gender if known else first_name_gender(first)
        if known and known[0].tag.gender == "masc" and known[0].tag.case != "nomn":
            # "Андрея Шевчука": a man's surname takes his first name's case ending
            return nominative_first(first, "masc"), proper(_strip_case(last, known[0].tag.case))
        return nominative_first(first, gender), proper(last)
    # Only names the dictionary knows: its guesses for Kazakh names ("Ерназара") are noise.
    names = [p for p in _name_parses(first.split("-")[-1].lower()) if p.is_known]
    fitting = [p for p in names if (p.tag.gender, p.tag.case) in readings]
    # The case the role shows decides; else a name printed in its own dictionary form is most
    # likely just that: "Алия Сейдалиева".
    fitting.sort(key=lambda p: (case is not None and p.tag.case != case,
                                not (p.tag.case == "nomn" and p.normal_form == p.word)))
    in_case = sorted({g for g, c in readings if c == case}) if case else []
    if in_case and fitting and not any(p.tag.case == case for p in fitting):
        # The role's case settles what a rare dictionary reading would not: "руководитель …
        # Дания Мусабекова" is a woman named Дания, not the genitive of Даний.
        gender = in_case[0] if len(in_case) == 1 else first_name_gender(first) or in_case[0]
        if case == "nomn":
            first_nom = proper(first)
        elif any(p.tag.gender == gender for p in names):
            first_nom = nominative_first(first, gender)
        else:  # "акиму … Ерику Жаксылыкову": no such woman's name here; the man's, ending cut
            first_nom = _strip_case(first, case)
    elif fitting:
        gender, case = fitting[0].tag.gender, fitting[0].tag.case
        first_nom = proper(first) if case == "nomn" else nominative_first(first, gender)
    elif all(g == "femn" and c != "nomn" for g, c in readings):
        # "Дании Мусабековой", "Гульнары Ахметовой": a woman's name in an oblique case that the
        # dictionary does not know as a woman's takes back its nominative ending
        gender, first_nom = "femn", _feminine_nominative(first)
    else:
        gender, case = _reading_by_form(first, readings)
        first_nom = _strip_case(first, case)
    return first_nom, nominative_surname(last, gender)


def _feminine_nominative(first: str) -> str:
    """-ии/-ией → -ия, -ы/-ой → -а; other forms ("Сауле", "Айгерим") do not decline."""
    low = first.lower()
    for ending, nominative in (("ией", "ия"), ("ии", "ия"), ("ой", "а"), ("ы", "а")):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return proper(first[: -len(ending)] + nominative)
    return proper(first)


def _reading_by_form(first: str, readings: set[tuple[str, str]]) -> tuple[str, str]:
    """For a name the dictionary does not know: does its ending agree with an oblique case?"""
    low = first.lower()
    for gender, case in sorted(readings):
        if case == "nomn" or gender == "femn":
            continue  # Kazakh women's names mostly keep their form: "Сауле Бекеновой"
        if any(low.endswith(e) and len(low) > len(e) + 2 and low[-len(e) - 1] not in "аеиоуыэюяё"
               for e in _STRIP_BY_CASE[case]):
            return gender, case
    if any(gender == "femn" for gender, _case in readings):
        return "femn", "nomn"
    return sorted(readings)[0]


def _strip_case(first: str, case: str) -> str:
    low = first.lower()
    for ending in _STRIP_BY_CASE.get(case, ()):
        if low.endswith(ending):
            stem = first[: -len(ending)]
            return proper(stem + ("й" if ending in ("я", "ю", "ем") and stem[-1:] in "еи" else ""))
    return proper(first)
