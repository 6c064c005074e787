"""Outlet: who published the article.

Contract: `find_outlet(body, head, raw_text)` returns the outlet's name or None, never raising.
It looks, in this order, at an attribution in the text ("передает корреспондент «Северного
курьера»" → "Северный курьер"), a site name above the headline, and a copyright or
registration footer. Known outlets and their spellings: `resources/directories/outlets.tsv`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from clipper.ingest.extract.date import HEADER, parse_date_line
from clipper.ingest.extract.inflect import nominative_phrase
from clipper.ingest.extract.names import KAZAKH_LETTERS, first_name_parse
from clipper.ingest.extract.regions import is_place_name
from clipper.ingest.nlp import morph
from clipper.paths import resources_dir

# «Quoted», "quoted", a Latin name or domain: "Tengrinews.kz", "Sputnik Казахстан", "24.kz"
_NAME = (r"«[^»]{2,60}»|\"[^\"]{2,60}\"|\d+\.[a-z]{2,3}\b|"
         r"(?:\d+\.)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}")
_ATTRIBUTION = re.compile(
    r"(?i:переда(?:[её]т|ют)|сообща[ею]т|пишет|пишут|информирует|деп\s+(?:хабарлайды|жазады))\s+"
    r"(?i:(?:собственный\s+)?корреспондент\w*\s+)?"
    r"(?i:(?:информационное\s+)?агентств\w+\s+|(?:МИА|ИА)\s+|"
    r"портал\w*\s+|издани\w+\s+|сайт\w*\s+|газет\w+\s+|телеканал\w*\s+|"
    r"информагентств\w+\s+)?"
    # "пресс-служба ДЧС Атырауской области", "пресс-служба акимата Шымкента"
    rf"(?P<name>{_NAME}|(?i:пресс-служб\w*)\s+[\w\-]+)")
# "По информации портала Kapital.kz", "по данным агентства «Интерфакс»": an outlet when the text
# calls it one or names a site; "по данным «Казгидромета»" cites a body, not the outlet
_CITED_OUTLET = re.compile(
    r"(?i:по\s+(?:информации|данным|сообщению))\s+"
    r"(?P<kind>(?i:портала|издания|сайта|агентства|информагентства|газеты|телеканала)\s+|"
    r"(?:МИА|ИА)\s+)?"
    rf"(?P<name>{_NAME})")
# A Kazakh genitive ending, or none after an abbreviation: "департаментінің", "ІІМ", "облысы ПД"
_GENITIVE = r"(?:(?i:нің|ның|тің|тың|дің|дың)|(?<=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2}))"
# "сообщили в пресс-службе ДП …", "по информации пресс-службы акимата …", "Источник: Zakon.kz"
_PRESS_SERVICE_MENTION = re.compile(
    r"(?i:(?:сообщили|рассказали|пояснили|уточнили)\s+в\s+пресс-службе|"
    r"по\s+(?:информации|данным|сообщению)\s+пресс-службы|"
    r"подготовлен\w*\s+пресс-службой|предостав\w+\s+пресс-служб\w*)"
    r"\s+(?P<body>[^,.;:()«»\n]{2,80})")
# "Об этом Vlast.kz сообщили в пресс-службе суда": the press service told the outlet named
_TOLD_OUTLET = re.compile(rf"(?i:об\s+этом)\s+(?P<name>{_NAME})\s+$")
# "деп хабарлайды Атырау облысы полиция департаментінің баспасөз қызметі"
_KAZAKH_PRESS_MENTION = re.compile(
    r"(?i:деп\s+(?:хабарлайды|жазады)|бұл\s+туралы)\s+(?P<body>[^,.;:()«»\n]{2,80}?)"
    rf"{_GENITIVE}\s+(?i:баспасөз\s+қызметі)")
# An agency's dateline opening the text: "РУДНЫЙ. KAZINFORM –", "ОРАЛ. ҚазАқпарат –",
# "Алматы. 3 ноября. КазТАГ – Анна Ковальчук." (KazTAG names the author after the dash)
AGENCY_DATELINE = re.compile(
    r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]{2,}(?:\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]+)?\.\s+"
    r"(?:\d{1,2}\s+[^\W\d]+\.\s+)?"
    r"(?P<name>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.]{2,}(?:-[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.]+)?(?:\.[a-z]{2,3})?)"
    r"\s+[–—-]\s")
# "АСТАНА, 18 ноя — Sputnik. …": the agency after the dash of a place and day
_AGENCY_AFTER_DASH = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]{2,},\s+\d{1,2}\s+[^\W\d]+\.?\s+[–—-]\s+"
                                r"(?P<name>[A-Z][\w.\-]{2,}(?:\s[A-ZА-Я][\w\-]+)?)\.\s")
# "АКТОБЕ, 15 июля 2025 г. (Kazinform) – …": the agency in brackets after the dateline
_BRACKETED_AGENCY = re.compile(r"^[^\n()]{3,60}\d[^\n()]{0,20}\((?P<name>[^()\n]{2,30})\)\s+[–—-]\s")
# "передает КазТАГ": a known outlet named right after the verb, in whatever script
_VERB_THEN_NAME = re.compile(r"(?i:переда(?:[её]т|ют)|сообща[ею]т|пишет|хабарлайды)\s+"
                             r"(?P<words>[^\s,.;:]+(?:\s+[^\s,.;:]+)?)")
# "«Егемен Қазақстан»", "Ольга Денисова, «Приуралье»": a closing line naming the paper
_QUOTED_LINE = re.compile(r"^(?:[^,«»]{3,40},\s*)?«(?P<name>[^»]{2,40})»"
                          r"(?:\s+(?i:газеті|газетасы|газета|журналы))?\.?$")
_SOURCE_LABEL = re.compile(
    r"(?im)^\s*(?:источник|дереккөз|ақпарат\s+көзі)\s*:\s*(?:https?://)?(?:www\.)?"
    rf"(?P<name>{_NAME}|[\w\-]+\.(?:kz|ru|com|media|info|org|net)\b|[^\n,.]{{2,80}})")
_KAZAKH_TAIL = re.compile(rf"(?P<name>{_NAME})\s+тілшісі", re.IGNORECASE)
# "Бұл туралы «Ақ Жайық» газеті жазады."
_KAZAKH_ABOUT = re.compile(rf"(?i:бұл\s+туралы)\s+(?P<name>{_NAME})\s+(?:\w+\s+)?"
                           r"(?i:жазады|хабарлайды|хабарлады)")
_FOOTER_LINE = re.compile(r"зарегистрирован|свидетельство о|©|все права защищены", re.IGNORECASE)
_COPYRIGHT = re.compile(
    r"©\s*(?:\d{4}(?:\s*[-–—]\s*\d{4})?\s*(?:гг?\.)?\s*)?[«\"]?(?P<name>[^\d\s«»\".,©|][^«»\".,©|]"
    r"{1,40}?)[»\"]?\s*(?:[.,|]|$|все права|барлық)", re.IGNORECASE)
_QUOTED = re.compile(r"«([^»]{2,40})»")
_BREADCRUMB = re.compile(r"^(главная|домой|home|басты бет)\b", re.IGNORECASE)


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


def canonical_outlet(mention: str) -> str | None:
    key = mention.lower().strip(" «»\".,")
    for name, forms in _directory():
        if any(key == form or key.startswith(form) and not key[len(form):][:1].isalpha()
               or key.startswith(form) and len(form) > 6 for form in forms):
            return name
    return None


def find_outlet(body: str, head: list[str] = (), raw_text: str = "") -> str | None:
    return find_outlet_and_certainty(body, head, raw_text)[0]


def find_outlet_and_certainty(body: str, head: list[str] = (),
                              raw_text: str = "") -> tuple[str | None, bool]:
    """The outlet, and whether the text says so outright (an attribution, a footer, a press
    service's signature) rather than through a line that looks like a site's name."""
    closing = [line.strip() for line in raw_text.split("\n") if line.strip()][-6:]
    stated = _attributed(body)
    header = _site_name(head)
    if stated and header and _PRESS_SERVICE_MENTION.search(body) \
            and _attributed(_PRESS_SERVICE_MENTION.sub("", body)) is None \
            and (canonical_outlet(header) or re.search(r"\.[a-z]{2,5}\b", header)):
        # "Tengrinews.kz" over "…, сообщили в пресс-службе ДП Алматы": the site carries what
        # the press service told it
        return header, False
    if stated:
        return stated, True
    if header:
        return header, False
    stated = _footer(raw_text) or _press_service_signature(closing)
    if stated:
        return stated, True
    return _site_name(closing[-1:], strict=True), False


_PRESS_SERVICE = re.compile(r"^(?:пресс-служба|пресс-служб\w+)\s+(?P<body>.{2,80}?)[.;]?$",
                            re.IGNORECASE)
_KAZAKH_PRESS_SERVICE = re.compile(
    rf"^(?P<body>.{{2,80}}?){_GENITIVE}\s+(?i:баспасөз\s+қызметі)\.?$")


def _press_service_signature(lines: list[str]) -> str | None:
    """A press release signed "Пресс-служба ДП г. Алматы": its body is the outlet."""
    for line in reversed(lines):
        line = _SEPARATOR.split(line)[0]  # "Пресс-служба ДП СКО · Просмотров: 356"
        found = next(filter(None, map(_press_service, _languages(line))), None)
        if found:
            return found
        m = _QUOTED_LINE.match(line)  # "Нұрлан ҚАЛИЕВ," / "«Егемен Қазақстан»"
        if m:
            return canonical_outlet(m["name"]) or m["name"]
    return None


_SEPARATOR = re.compile(r"\s+[·•|]\s+")


def _press_service(line: str) -> str | None:
    m = _PRESS_SERVICE.match(line) or _KAZAKH_PRESS_SERVICE.match(line)
    return (canonical_outlet(line) or written_out(m["body"])) if m else None


def _languages(line: str) -> list[str]:
    """A bilingual line's halves, Russian first (a mixed file is labelled in Russian):
    "Павлодар облысы ПД баспасөз қызметі / Пресс-служба ДП Павлодарской области"."""
    halves = [h.strip() for h in line.split(" / ")]
    # by how Kazakh each half reads: a Russian name may hold one Kazakh word ("области Жетісу")
    return sorted(halves, key=lambda h: len(KAZAKH_LETTERS.findall(h))) if len(halves) == 2 \
        else [line]


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
    # the body's own name stands in the nominative, what follows it in the genitive:
    # "УП Есильского района ДП г. Астаны" → "… Департамента полиции города Астаны"
    forms = _abbreviations()
    text = " ".join(forms[word][i > 0] if word in forms else word for i, word in enumerate(words))
    return text[:1].upper() + text[1:]


def _attributed(text: str) -> str | None:
    m = _BRACKETED_AGENCY.match(text.lstrip()) or _AGENCY_AFTER_DASH.match(text.lstrip())
    if m and (canonical_outlet(m["name"]) or re.match(r"[A-Z]", m["name"])):
        return canonical_outlet(m["name"]) or m["name"]
    m = AGENCY_DATELINE.match(text.lstrip())
    # An agency's name is in capitals or known; "Астана. Весна – …" is a sentence
    if m and (canonical_outlet(m["name"]) or len(re.findall(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]", m["name"])) > 1):
        return canonical_outlet(m["name"]) or m["name"].capitalize()
    m = _SOURCE_LABEL.search(text)
    if m:
        name = m["name"].strip("«»\" ")
        # "Источник: пресс-служба акимата …", "Дереккөз: Шымкент қаласы ПД баспасөз қызметі"
        service = _PRESS_SERVICE.match(name) or _KAZAKH_PRESS_SERVICE.match(name)
        return canonical_outlet(name) or (written_out(service["body"]) if service else name)
    m = _PRESS_SERVICE_MENTION.search(text)
    if m:
        told = _TOLD_OUTLET.search(text[:m.start()])
        if told:
            return canonical_outlet(told["name"]) or told["name"]
        return canonical_outlet(m["body"]) or written_out(m["body"].strip())
    for m in _CITED_OUTLET.finditer(text):
        name = m["name"].strip()
        known = canonical_outlet(name)
        if known:
            return known
        if m["kind"] or re.search(r"\.(?:kz|ru|com|media|info)$", name, re.IGNORECASE):
            return _nominative(name.strip("«»\"")) if name[:1] in "«\"" else name
    m = _KAZAKH_PRESS_MENTION.search(text)
    if m:
        body = m["body"].strip()
        return body[:1].upper() + body[1:]
    for pattern in (_ATTRIBUTION, _KAZAKH_TAIL, _KAZAKH_ABOUT):
        for m in pattern.finditer(text):
            mention = m["name"].strip()
            if mention.lower().startswith("пресс-служб"):
                # "пресс-служба Акорды" → Акорда, if known; else the body, written out
                known = canonical_outlet(mention)
                if known:
                    return known
                body = re.match(r"пресс-служб\w*\s+([^,.;:()«»]{2,80})",
                                text[m.start("name"):], re.IGNORECASE)
                return written_out(body.group(1).strip()) if body else None
            known = canonical_outlet(mention)
            if known:
                return known
            if mention[:1] in "«\"":
                return _nominative(mention.strip("«»\""))
            if re.match(r"(?:\d+\.)?[A-Za-z]", mention):  # a Latin name or domain: its own
                return mention.rstrip(".")
    for m in _VERB_THEN_NAME.finditer(text):
        words = m["words"].split()
        for size in (2, 1):
            known = canonical_outlet(" ".join(words[:size])) if len(words) >= size else None
            if known:
                return known
    return None


# A clipping's source line: "«Костанайские новости», № 58 (21457), 20 мая 2025 г., стр. 3"
_ISSUE_NAME = re.compile(r"^(?i:газета\s+)?«(?P<name>[^»]{2,40})»(?:\s+(?i:газеті))?,?\s*№\s*\d+")
# "Views: 812", "Автор: …": a labelled value beside a date, no name
_LABELLED = re.compile(r"^[^\W\d]+\s*:\s")
_OFFICIAL_SITE = re.compile(r"^(?i:официальный\s+(?:интернет-ресурс|сайт|портал))\s+"
                            r"(?P<body>[^|/]{4,80}?)\s*$")
_KAZAKH_OFFICIAL_SITE = re.compile(rf"^(?P<body>.{{4,80}}?){_GENITIVE}\s+(?i:ресми\s+"
                                   r"(?:сайты|интернет-ресурсы|порталы))\s*$")
_ANNOUNCES = re.compile(r"^(?P<body>.{2,80}?)\s+(?:информирует|сообщает|хабарлайды)$")
# "Общественно-политическая газета": a logo's words for what the outlet is, not its name
_DESCRIPTION = re.compile(r"^\S+(?:\s+[а-яё\-]+)*\s+(?:газета|издание|портал|сайт|журнал)$")


def _site_name(lines: list[str], strict: bool = False) -> str | None:
    """A site's name printed above the headline: "Экибастуз-Экспресс", "КазПравда-онлайн | Регионы".

    `strict` (for a closing line): only names that cannot be a sentence or a person's name.
    """
    for line in lines:
        issue = _ISSUE_NAME.match(line)
        if issue:
            return canonical_outlet(issue["name"]) or issue["name"]
        line = line.strip("«»\" –—-")  # "— Lada.kz", "«Орал өңірі»"
        if _BREADCRUMB.match(line) or HEADER.match(line):
            continue
        if " / " in line and len(_languages(line)) == 2:
            line = _languages(line)[0]  # "ҚОСТАНАЙ ОБЛЫСЫ ӘКІМДІГІ / АКИМАТ КОСТАНАЙСКОЙ ОБЛАСТИ"
        # "Пресс-служба Жамбылского областного суда", "ДП Костанайской области информирует":
        # a release's head names the body that issues it
        announced = _ANNOUNCES.match(line)
        service = _press_service(announced["body"] if announced else line)
        if service or announced:
            return service or written_out(announced["body"])
        official = _OFFICIAL_SITE.match(line) or _KAZAKH_OFFICIAL_SITE.match(line)
        if official:  # "Официальный сайт Департамента полиции …": the body it belongs to
            body = official["body"]
            return body[:1].upper() + body[1:] if KAZAKH_LETTERS.search(body) \
                else written_out(body)
        parts = [p for p in re.split(r"\s+[|/›»>·•]\s+", line) if not _LABELLED.match(p)]
        if not parts:
            continue  # "Author: admin | Views: 812"
        # "Новости Казахстана | Kazinform": a known outlet among the parts is the name
        known = next(filter(None, map(canonical_outlet, parts)), None)
        if known:
            return known
        # "14 ноября 2025, 12:30 | Informburo.kz": the name beside the date
        name = next((p.strip() for p in parts if not parse_date_line(p)), "") \
            if len(parts) > 1 and parse_date_line(parts[0]) else parts[0].strip()
        words = name.split()
        if not 1 <= len(words) <= 4 or parse_date_line(name) or not re.search(r"[^\W\d]", name):
            continue
        if strict and len(words) == 2 and first_name_parse(words[0]):
            continue  # "Айгуль ДОСМУХАМБЕТОВА": the author's signature, not a site
        distinctive = re.search(r"[-.A-Za-z]|\w[A-ZА-ЯЁ]", name)
        if (len(words) == 1 or strict) and not distinctive:
            continue  # a lone plain word is a rubric or the town under the weather
        if is_place_name(name) or _DESCRIPTION.search(name):
            continue
        if name.isupper():
            name = _from_capitals(words)
        return canonical_outlet(name) or name
    return None


def _from_capitals(words: list[str]) -> str:
    """"АКИМАТ УЛЫТАУСКОЙ ОБЛАСТИ" → "Акимат Улытауской области", "РУДНЫЙ АЛТАЙ" → "Рудный
    Алтай": the first word and proper names keep a capital, common words do not."""
    out = []
    for i, word in enumerate(words):
        parse = morph().parse(word.lower())[0]
        proper = not parse.is_known or {"Geox", "Name", "Surn", "Orgn"} & set(
            str(parse.tag).replace(" ", ",").split(","))
        out.append(word.capitalize() if i == 0 or proper else word.lower())
    return " ".join(out)


# "© 2026 ТОО «Медиакорпорация Тобол». Сетевое издание «Тобол-Инфо»": the owner is a company,
# the outlet is the edition
_OWNER = re.compile(r"(?:ТОО|АО|ООО|ИП|ЖШС|АҚ|РГП|ГКП|КГП|РМК|МКК)\s*$")
_EDITION = re.compile(r"(?:издание|газета|газеті|журнал|журналы|телеканал|портал|сайт|СМИ)\s*$",
                      re.IGNORECASE)
# "Oral Times © 2012–2026": a name of a word or three before the sign
_NAME_BEFORE_COPYRIGHT = re.compile(r"^(?P<name>[^\d\s©«»|.,]+(?:\s[^\d\s©«»|.,]+){0,2})\s*©")


def _footer(raw_text: str) -> str | None:
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


def _nominative(name: str) -> str:
    """«Северного курьера» → Северный курьер (a name quoted after "корреспондент")."""
    return " ".join(nominative_phrase(name.split(), oblique_only=True))
