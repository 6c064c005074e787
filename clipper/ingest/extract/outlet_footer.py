"""Footer: the outlet a page names in its copyright or registration lines ("© 2025 Jetisu.info",
"Сетевое издание «Тобол-Инфо» зарегистрировано …"), not its owner company.
"""

from __future__ import annotations

import re

from clipper.ingest.extract.outlet_names import canonical_outlet

_FOOTER_LINE = re.compile(r"зарегистрирован|свидетельство о|©|все права защищены", re.IGNORECASE)
_COPYRIGHT = re.compile(
    r"©\s*(?:\d{4}(?:\s*[-–—]\s*\d{4})?\s*(?:гг?\.)?\s*)?[«\"]?(?P<name>[^\d\s«»\".,©|][^«»\".,©|]"
    r"{1,40}?)[»\"]?\s*(?:[.,|]|$|все права|барлық)", re.IGNORECASE)
_QUOTED = re.compile(r"«([^»]{2,40})»")

# "© 2026 ТОО «Медиакорпорация Тобол». Сетевое издание «Тобол-Инфо»": the owner is a company,
# the outlet is the edition
_OWNER = re.compile(r"(?:ТОО|АО|ООО|ИП|ЖШС|АҚ|РГП|ГКП|КГП|РМК|МКК)\s*$")
_EDITION = re.compile(r"(?:издание|газета|газеті|журнал|журналы|телеканал|портал|сайт|СМИ)\s*$",
                      re.IGNORECASE)
# "Oral Times © 2012–2026": a name of a word or three before the sign
_NAME_BEFORE_COPYRIGHT = re.compile(r"^(?P<name>[^\d\s©«»|.,]+(?:\s[^\d\s©«»|.,]+){0,2})\s*©")


def footer_name(raw_text: str) -> str | None:
    for line in raw_text.split("\n"):
        if not _FOOTER_LINE.search(line):
            continue
        quoted = [m for m in _QUOTED.finditer(line) if not _OWNER.search(line[:m.start()])]
        quoted.sort(key=lambda m: not _EDITION.search(line[:m.start()]))
        if quoted:
            return canonical_outlet(quoted[0][1]) or quoted[0][1]
        for m in (_COPYRIGHT.search(line), _NAME_BEFORE_COPYRIGHT.match(line.strip())):
            if m and re.search(r"[^\W\d]", m["name"]) and not _OWNER.search(m["name"] + " "):
                name = m["name"].strip(" -–—")
                if name.lower() not in ("все права защищены", "авторские права защищены"):
                    return canonical_outlet(name) or name
    return None
