"""Author: the byline, as `Имя Фамилия`.

Contract: `find_author(lines)` takes the cleaned lines and returns a name or None. Bylines are a
name beside `Редактор`/`Автор`, or a closing line that is a name alone (surname often in capitals).
"""

from __future__ import annotations

import re

from clipper.ingest.extract.names import first_name_parse
from clipper.ingest.extract.attribution import AGENCY_DATELINE
from clipper.ingest.extract.regions import is_place_name

_NAME_WORD = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһіA-ZА-ЯЁӘҒҚҢӨҰҮҺІ\-]+"
_ROLE = (r"(?:редактор|автор|корреспондент|журналист|фото автора|текст и фото|текст|"
         r"(?:материал\s+)?подготовила?|беседовала?|наш\s+корр\.?|собкор|"
         r"собственный\s+корреспондент|дайындаған|әзірлеген|авторы|тілші|мәтін)")
_WITH_ROLE = re.compile(rf"^(?:{_ROLE}:?\s+)?(?P<name>{_NAME_WORD}\s+{_NAME_WORD})(?P<after>,?\s+{_ROLE})?"
                        r"(?:,\s*[^,]*\d{4}[^,]*)?$", re.IGNORECASE)
# A closing line that is a name, perhaps with the date: "Айдана ЖАНГАЛИЕВА, 03.10.2025"
# or a name and a comma, the outlet on the next line: "Нұрлан ҚАЛИЕВ," / "«Егемен Қазақстан»"
# or a name and the paper on one line: "Ольга Денисова, «Приуралье»"
# or a name and the town it was written in: "Дмитрий ХАН, Костанай"
# or a name and the site after a slash: "Иван Петров / Tengrinews.kz"
_NAME_ONLY = re.compile(rf"^(?P<name>{_NAME_WORD}\s+{_NAME_WORD})"
                        r"(?:,\s*[^,]*\d{4}[^,]*|,|,\s*«[^»]{2,40}»\.?|\s+/\s+\S+"
                        r"|,\s*(?P<town>[^,\d]{3,30}))?$")
# "Алматы. 3 ноября. КазТАГ – Анна Ковальчук. Акимат …": the agency names its reporter
_REPORTER_AFTER_DASH = re.compile(rf"^\s*(?P<name>{_NAME_WORD}\s+{_NAME_WORD})\.\s")
# "Бұл туралы Ult.kz тілшісі Мадина Серікбаева жазады."
_KAZAKH_REPORTER = re.compile(rf"тілшісі\s+(?P<name>{_NAME_WORD}\s+{_NAME_WORD})\s+"
                              r"(?:жазады|хабарлайды|хабарлады)")


def find_author(lines: list[str], head: list[int] = ()) -> tuple[str | None, int | None]:
    """The author and, when the byline stands in the head (`head`: its line numbers), that line."""
    for i in head:
        m = _WITH_ROLE.match(lines[i])
        if m and re.search(_ROLE, lines[i], re.IGNORECASE) and is_person(m["name"]):
            return normalise_name(m["name"]), i
    for line in [line for line in lines if line][:3]:
        m = AGENCY_DATELINE.match(line)
        reporter = m and _REPORTER_AFTER_DASH.match(line[m.end():])
        if reporter and first_name_parse(reporter["name"].split()[0]):
            return normalise_name(reporter["name"]), None
    closing = [i for i, line in enumerate(lines) if line][-4:]
    for i in reversed(closing):
        m = _KAZAKH_REPORTER.search(lines[i])
        if m:
            return normalise_name(m["name"]), None
        m = _NAME_ONLY.match(lines[i])
        if m and m["town"] and not is_place_name(m["town"]):
            m = None
        if m and not lines[i].isupper():
            return normalise_name(m["name"]), None
        m = _WITH_ROLE.match(lines[i])
        # "Автор: Имя Фамилия, дата", "Алибек ТОКСАНБАЕВ, фото автора"
        if m and (re.match(rf"{_ROLE}", lines[i], re.IGNORECASE) or m["after"]) \
                and is_person(m["name"]):
            return normalise_name(m["name"]), None
    return None, None


def is_person(name: str) -> bool:
    """"Иван Петров", "Айгүл Сейітова"; not "Редакция сайта", "Пресс-служба ДП", "Баспасөз
    қызметі" (a desk, not a person)."""
    words = name.split()
    if not all(w[:1].isupper() for w in words) or any(w.lower().startswith(_DESKS)
                                                      for w in words):
        return False
    # "ДП", "МВД" are a body's letters; "Анна КИМ" is a surname in capitals
    return not any(w.isupper() and len(w) <= 4 for w in words) or bool(first_name_parse(words[0]))


_DESKS = ("редакц", "пресс-служб", "баспасөз", "пресс-центр", "администра", "отдел")


def normalise_name(name: str) -> str:
    return " ".join(part[:1].upper() + part[1:].lower() if part.isupper() else part
                    for part in name.split())
