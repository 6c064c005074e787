"""Footer: the outlet a page names in its copyright or registration lines ("© 2025 Jetisu.info",
"Сетевое издание «Тобол-Инфо» зарегистрировано …", "«Ақтөбе» облыстық қоғамдық-саяси газеті"),
not its owner company.
"""

from __future__ import annotations

import re

from clipper.ingest.extract.names import KAZAKH_LETTERS
from clipper.ingest.extract.outlet_names import canonical_outlet
from clipper.ingest.nlp import has_verb

# ("зарегистрировано 128 ДТП" in a sentence is not a registration line)
_FOOTER_LINE = re.compile(r"зарегистрирован\w*\s+в\s+министерств|министрлігінде\s+тіркелген|"
                          r"свидетельство о|куәлік\s*№|©|все права защищены", re.IGNORECASE)
# "© 2025 Барлық құқықтар қорғалған": the sign with no name after it
_RIGHTS = re.compile(r"^(?:все|авторские|барлық)\s+(?:права|құқықтар)|^all rights", re.IGNORECASE)
_YEARS = r"(?:\d{4}(?:\s*[-–—]\s*\d{4})?\s*(?:гг?\.)?\s*)?"
# "© lada.kz.", "© 2025 Jetisu.info": a site's domain after the sign, dot and all
_COPYRIGHT_DOMAIN = re.compile(
    rf"©\s*{_YEARS}(?P<name>[\w\-]+\.(?:kz|ru|com|info|media|org|net)\b)", re.IGNORECASE)
_COPYRIGHT = re.compile(
    rf"©\s*{_YEARS}[«\"]?(?P<name>[^\d\s«»\".,©|][^«»\".,©|]"
    r"{1,80}?)[»\"]?\s*(?:[.,|]|$|все права|барлық)", re.IGNORECASE)
_QUOTED = re.compile(r"«([^»]{2,40})»")

# "© 2026 ТОО «Медиакорпорация Тобол». Сетевое издание «Тобол-Инфо»": the owner is a company,
# the outlet is the edition; "Меншік иесі: «…» ЖШС" names the owner after its name
_OWNER = re.compile(r"(?:ТОО|АО|ООО|ИП|ЖШС|АҚ|РГП|ГКП|КГП|РМК|МКК)\s*$")
_OWNER_AFTER = re.compile(r"^\s*(?:ТОО|АО|ООО|ЖШС|АҚ|РМК|МКК)\b")
_OWNER_LABEL = re.compile(r"(?:собственник|учредитель|владелец|меншік\s+иесі|құрылтайшы)\s*:?\s*$",
                          re.IGNORECASE)
_EDITION = re.compile(r"(?:издание|газета|газеті|журнал|журналы|телеканал|портал|сайт|СМИ|"
                      r"еженедельник|апталығы)\s*$", re.IGNORECASE)
# "«Ақтөбе» облыстық қоғамдық-саяси газеті", "Еженедельная газета «Спектр»": a line that names
# the paper by what it is, with or without a copyright sign
_EDITION_LINE = re.compile(
    r"^(?:[\w\-]+\s+){0,4}(?i:газета|еженедельник|издание|журнал)\s(?:[\w\-]+\s+){0,3}"
    r"«(?P<a>[^»]{2,40})»"
    r"|^«(?P<b>[^»]{2,40})»\s+(?:[\w\-]+\s+){0,3}(?i:газеті|газетасы|апталығы|журналы)\b")
# "Oral Times © 2012–2026": a name of a word or three before the sign
_NAME_BEFORE_COPYRIGHT = re.compile(r"^(?P<name>[^\d\s©«»|.,]+(?:\s[^\d\s©«»|.,]+){0,2})\s*©")


def footer_name(raw_text: str, kazakh: bool = False) -> str | None:
    """The outlet the footer names; of a bilingual pair ("© «Солтүстік Қазақстан» – «Северный
    Казахстан»") the one in the article's language (`kazakh`: the article is in Kazakh)."""
    for line in raw_text.split("\n"):
        if not _FOOTER_LINE.search(line):
            continue
        quoted = [m for m in _QUOTED.finditer(line) if not _OWNER.search(line[:m.start()])
                  and not _OWNER_LABEL.search(line[:m.start()])
                  and not _OWNER_AFTER.match(line[m.end():])]
        quoted.sort(key=lambda m: (not _EDITION.search(line[:m.start()]),
                                   bool(KAZAKH_LETTERS.search(m[1])) != kazakh))
        if quoted:
            return canonical_outlet(quoted[0][1]) or quoted[0][1]
        for m in (_COPYRIGHT_DOMAIN.search(line), _COPYRIGHT.search(line),
                  _NAME_BEFORE_COPYRIGHT.match(line.strip())):
            if m and re.search(r"[^\W\d]", m["name"]) and not _OWNER.search(m["name"] + " "):
                name = m["name"].strip(" -–—")
                if not _RIGHTS.match(name):
                    return canonical_outlet(name) or name
    return edition_name(raw_text, kazakh) or _linked_name(raw_text)


# "При использовании материалов ссылка на ertisinfo.kz обязательна", "«Ertis info» сайтына
# сілтеме міндетті": the site a reprint must name is the page's own
_REPRINT = re.compile(
    r"(?i:ссылка|гиперссылка)\s+на\s+(?:(?i:сайт|портал|издание)\s+)?(?P<a>«[^»]{2,40}»|"
    r"[\w\-]+\.(?:kz|ru|com|info|media|org|net)\b)"
    r"|(?P<b>«[^»]{2,40}»|[\w\-]+\.(?:kz|ru|com|info|media|org|net))\s+(?i:сайтына|сайтқа|"
    r"порталына|порталға)\s+(?i:гипер)?(?i:сілтеме)")


def _linked_name(raw_text: str) -> str | None:
    for line in [line for line in raw_text.split("\n") if line.strip()][-8:]:
        m = _REPRINT.search(line)
        if m:
            name = (m["a"] or m["b"]).strip("«»")
            return canonical_outlet(name) or name
    return None


def edition_name(raw_text: str, kazakh: bool = False) -> str | None:
    """The paper a closing line names by what it is: "Областная общественно-политическая газета
    «Северный Казахстан»" (its name, where the page's logo may give only its domain)."""
    found = []
    for line in [line.strip() for line in raw_text.split("\n") if line.strip()][-8:]:
        for part in re.split(r"\s/\s|[.|]\s", line):
            m = _EDITION_LINE.match(part.strip().lstrip("©").strip())
            if m and not has_verb(part[:part.find("«")]):  # "Об этом писала газета «…»"
                found.append(m["a"] or m["b"])
    found.sort(key=lambda name: bool(KAZAKH_LETTERS.search(name)) != kazakh)
    return (canonical_outlet(found[0]) or found[0]) if found else None
