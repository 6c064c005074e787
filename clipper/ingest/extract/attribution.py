"""Attribution: where the text itself names the outlet that carries it ("передает Kazinform",
"деп хабарлайды Baq.kz", an agency's dateline "РУДНЫЙ. KAZINFORM –", "Источник: Zakon.kz"),
or the press service whose release it is ("сообщает пресс-служба акимата …").

Contract: `attributed(text)` returns the outlet's name or None.
"""

from __future__ import annotations

import re

from clipper.ingest.extract.outlet_names import (GENITIVE, KAZAKH_PRESS, KAZAKH_PRESS_SERVICE,
                                                 PRESS_SERVICE, canonical_outlet,
                                                 expand_abbreviations, nominative, written_out)
from clipper.ingest.extract.regions import is_place_name

# Kazakh verbs of saying after "деп": "деп хабарлайды", "деп жазды", "мәлім етті"
_SAID = r"(?:хабарлайды|хабарлады|жазады|жазды|мәлімдеді|мәлім\s+етті|хабарлауда)"
# «Quoted», "quoted", a Latin name or domain: "Tengrinews.kz", "Sputnik Казахстан", "24.kz"
_NAME = (r"«[^»]{2,60}»|\"[^\"]{2,60}\"|\d+\.[a-z]{2,3}\b|"
         r"[a-z][\w\-]*\.(?:kz|ru|com|info|media|org|net)\b|"
         r"(?:\d+\.)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}")
# "Материал подготовлен для Informburo.kz"; "dep habarlaıdy Kazinform" in the Latin alphabets
_ATTRIBUTION = re.compile(
    rf"(?i:переда(?:[её]т|ют)|сообща[ею]т|пишет|пишут|информирует|деп\s+{_SAID}|"
    r"подготовлен\w*\s+(?:специально\s+)?для|dep\s+(?:habarla[iı]dy|xabarla[iı]dy|jazady))\s+"
    r"(?i:(?:собственный\s+)?корреспондент\w*\s+)?"
    r"(?P<kind>(?i:(?:информационное\s+)?агентств\w+\s+|(?:МИА|ИА)\s+|"
    r"портал\w*\s+|издани\w+\s+|сайт\w*\s+|газет\w+\s+|телеканал\w*\s+|"
    r"информагентств\w+\s+))?"
    # "пресс-служба ДЧС Атырауской области", "пресс-служба акимата Шымкента"
    rf"(?P<name>{_NAME}|(?i:пресс-служб\w*)\s+[\w\-]+)")
# "По информации портала Kapital.kz", "по данным агентства «Интерфакс»": an outlet when the text
# calls it one or names a site; "по данным «Казгидромета»" cites a body, not the outlet
_CITED_OUTLET = re.compile(
    r"(?i:по\s+(?:информации|данным|сообщению))\s+"
    r"(?P<kind>(?i:портала|издания|сайта|агентства|информагентства|газеты|телеканала)\s+|"
    r"(?:МИА|ИА)\s+)?"
    rf"(?P<name>{_NAME})")
# "сообщили в пресс-службе ДП …", "по информации пресс-службы акимата …", "Источник: Zakon.kz"
PRESS_SERVICE_MENTION = re.compile(
    r"(?i:(?:сообщили|рассказали|пояснили|уточнили)\s+в\s+пресс-службе|"
    # "сообщили в департаменте полиции …": the body itself told
    r"(?P<itself>(?:сообщили|рассказали|пояснили|уточнили)\s+в)(?=\s+(?:департамент|управлени|"
    r"акимат|министерств|прокуратур|ДП\b|ДЧС\b|УП\b|МВД\b|МЧС\b))|"
    r"по\s+(?:информации|данным|сообщению)\s+пресс-службы|"
    r"подготовлен\w*\s+пресс-службой|предостав\w+\s+пресс-служб\w*)"
    r"\s+(?P<body>[^,.;:()«»\n]{2,80})")
# "Об этом Vlast.kz сообщили в пресс-службе суда", "сообщили корреспонденту Orda.kz в
# пресс-службе ДП": the press service told the outlet named
_TOLD = r"(?i:сообщили|рассказали|пояснили|уточнили|заявили)"
_TO_REPORTER = r"(?:(?i:корреспонденту|журналисту|редакции)\s+)?"
_TOLD_OUTLET = re.compile(
    rf"(?i:об\s+этом)\s+{_TO_REPORTER}(?P<name>{_NAME})\s+{_TOLD}\s+в\s|"
    rf"{_TOLD}\s+{_TO_REPORTER}(?P<name2>{_NAME})\s+в\s+(?i:пресс-служб|департамент|акимат)")
# "деп хабарлайды Атырау облысы полиция департаментінің баспасөз қызметі"; a sentence opening
# "Абай облысы полиция департаментінің баспасөз қызметі хабарлағандай, …"
_KAZAKH_PRESS_MENTION = re.compile(
    rf"(?m:(?P<said>(?i:деп\s+{_SAID}|бұл\s+туралы|dep\s+[hx]abarla[iı]dy)\s+)"
    r"|^|(?<=[.!?]\s))"
    rf"(?P<body>[^,.;:()«»\n]{{2,80}}?){GENITIVE}\s+{KAZAKH_PRESS}"
    # "… баспасөз қызметі хабарлағандай", "… баспасөз қызметінің хабарлауынша"
    r"(?P<told>\s+(?i:хабарла\w*|мәлімде\w*|мәлім\s+етті)|"
    r"(?i:нің\s+(?:хабарлауынша|мәліметінше|дерегінше|мәлімдеуінше)))?")
# An agency's dateline opening the text: "РУДНЫЙ. KAZINFORM –", "ОРАЛ. ҚазАқпарат –",
# "Алматы. 3 ноября. КазТАГ – Анна Ковальчук." (KazTAG names the author after the dash)
AGENCY_DATELINE = re.compile(
    r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]{2,}(?:\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]+)?\.\s+"
    r"(?:\d{1,2}\s+[^\W\d]+\.\s+)?"
    r"(?P<name>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.]{2,}(?:-[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.]+)?(?:\.[a-z]{2,3})?)"
    r"\s+[–—-]\s")
# "АСТАНА, 18 ноя — Sputnik. …", "АСТАНА, 5 марта 2025 — Kazinform. …": the agency after the
# dash of a place and day
_AGENCY_AFTER_DASH = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]{2,},\s+\d{1,2}\s+[^\W\d]+\.?"
                                r"(?:\s+\d{4}(?:\s*(?:г\.|года))?)?\s+[–—-]\s+"
                                r"(?P<name>[A-Z][\w.\-]{2,}(?:\s[A-ZА-Я][\w\-]+)?)\.\s")
# "Öskemen, 14 qazan 2025. Kazinform – …": the agency after a place and a full date
_AGENCY_AFTER_DATE = re.compile(r"^[^\W\d_][\w\-]{2,}(?:\s[^\W\d_][\w\-]+)?,\s+\d{1,2}\s+[^\W\d]+"
                                r"\s+\d{4}(?:\s*(?:г|года|ж|жыл\w*)\.?)?\.\s+"
                                r"(?P<name>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.\-]{2,})\s+[–—-]\s")
# "АТЫРАУ, «Ак Жайык» — …": a paper's own dateline, its town in capitals
_PAPER_AFTER_PLACE = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\-]{3,}(?:\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\-]+)?,\s+"
                                r"«(?P<name>[^»]{2,40})»\s+[–—-]\s")
# "АКТОБЕ, 15 июля 2025 г. (Kazinform) – …": the agency in brackets after the dateline
_BRACKETED_AGENCY = re.compile(r"^[^\n()/]{3,60}\d[^\n()/]{0,20}[(/](?P<name>[^()/\n]{2,30})[)/]"
                               r"\s+[–—-]\s")
# "передает КазТАГ": a known outlet named right after the verb, in whatever script
_VERB_THEN_NAME = re.compile(r"(?i:переда(?:[её]т|ют)|сообща[ею]т|пишет|хабарлайды)\s+"
                             r"(?i:(?:корреспондент\w*|агентств\w*|телеканал\w*|газет\w*|"
                             r"портал\w*|издани\w*|сайт\w*)\s+)?"
                             r"(?P<words>[^\s,.;:]+(?:\s+[^\s,.;:]+){0,2})")
# (a monitoring card's "СМИ: «Время»", "Издание: …", "БАҚ: …" too)
_SOURCE_LABEL = re.compile(
    r"(?im)^\s*(?:источник|дереккөз|ақпарат\s+көзі|derekk[óö]z|aqparat\s+k[óö]z[iı]|"
    r"(?:наименование\s+)?сми|издание|бақ|басылым)\s*:\s*"
    r"(?:https?://)?(?:www\.)?"
    rf"(?P<name>{_NAME}|[\w\-]+\.(?:kz|ru|com|media|info|org|net)\b|[^\n,.]{{2,80}})")
# "Kazinform тілшісі", "ҚазАқпарат агенттігінің тілшісі": a known outlet's reporter
_KAZAKH_TAIL = re.compile(rf"(?P<name>{_NAME}|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]+)\s+(?:(?:агенттігінің|"
                          r"сайтының|порталының|газетінің|телеарнасының)\s+)?"
                          r"(?:тілшісі|t[iı]l[şs]h?[iı]s[iı])")
# "Бұл туралы «Ақ Жайық» газеті жазады.", "Бұл туралы ҚазАқпарат хабарлады."
_KAZAKH_ABOUT = re.compile(rf"(?i:бұл\s+туралы)\s+(?P<name>{_NAME}|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]+)\s+"
                           rf"(?:\w+\s+)?(?i:{_SAID})")
# "Kazinform агенттігінің хабарлауынша": according to the outlet
_KAZAKH_ACCORDING = re.compile(rf"(?P<name>{_NAME}|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]+)\s+(?:агенттігінің|"
                               r"сайтының|порталының|газетінің|телеарнасының)\s+"
                               r"(?:хабарлауынша|мәліметінше|жазуынша)")


def without_cited_press_service(text: str) -> str | None:
    """The text without the phrases that report a press service ("сообщили в пресс-службе
    суда", "деп хабарлайды … баспасөз қызметі"), or None when it reports none: a site that
    names itself carries what the press service told it."""
    found = False

    def drop(m: re.Match) -> str:
        nonlocal found
        if m.re is _KAZAKH_PRESS_MENTION and not (m["said"] or m["told"]):
            return m[0]
        found = True
        return ""
    text = _KAZAKH_PRESS_MENTION.sub(drop, PRESS_SERVICE_MENTION.sub(drop, text))
    return text if found else None


def attributed(text: str) -> str | None:
    """The outlet the text names: an agency's dateline, a source label, a site a press service
    told, an outlet the text attributes itself to, else the press service it reports."""
    found = _dateline_agency(text.lstrip()) or source_label(text)
    if found:
        return found
    told = _TOLD_OUTLET.search(text)
    if told:  # "Об этом Vlast.kz сообщили в пресс-службе суда": the site the service told
        name = (told["name"] or told["name2"]).strip()
        return canonical_outlet(name) or (nominative(name.strip("«»\"")) if name[:1] in "«\""
                                          else name)
    # a carrier named beside the press service it cites is the outlet (LABELS.md)
    return _carrier(text) or _press_service_reported(text)


def _dateline_agency(text: str) -> str | None:
    m = _BRACKETED_AGENCY.match(text) or _AGENCY_AFTER_DASH.match(text) \
        or _AGENCY_AFTER_DATE.match(text)
    if m and (canonical_outlet(m["name"]) or re.match(r"[A-Z]", m["name"])):
        return canonical_outlet(m["name"]) or m["name"]
    m = _PAPER_AFTER_PLACE.match(text)
    # a quoted name after a town may be a project's or an event's ("ШЫМКЕНТ, «Безопасный
    # двор» — так называется проект …"): a paper's only when known or called a paper
    if m and (canonical_outlet(m["name"]) or _called_paper(m["name"], text)):
        return canonical_outlet(m["name"]) or m["name"]
    m = AGENCY_DATELINE.match(text)
    # An agency's name is in capitals or known; "Астана. Весна – …" is a sentence
    if m and (canonical_outlet(m["name"]) or len(re.findall(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]", m["name"])) > 1):
        return canonical_outlet(m["name"]) or m["name"].capitalize()
    return None


def _called_paper(name: str, text: str) -> bool:
    """Does the text call «name» a paper ("газета «…»", "«…» газеті", "«…» газетасы")?"""
    quoted = re.escape(f"«{name}»")
    return bool(re.search(rf"(?i:газет\w*)\s+{quoted}|{quoted}\s+(?i:газет\w*)", text))


def _carrier(text: str) -> str | None:
    """An agency, site, paper or channel the text says carries it ("передает Kazinform",
    "по информации портала Kapital.kz", "Бұл туралы «Ақ Жайық» газеті жазады")."""
    for m in _CITED_OUTLET.finditer(text):
        name = m["name"].strip()
        known = canonical_outlet(name)
        if known:
            return known
        if m["kind"] or re.search(r"\.(?:kz|ru|com|media|info)$", name, re.IGNORECASE):
            return nominative(name.strip("«»\"")) if name[:1] in "«\"" else name
    for pattern in (_ATTRIBUTION, _KAZAKH_TAIL, _KAZAKH_ABOUT, _KAZAKH_ACCORDING):
        for m in pattern.finditer(text):
            mention = m["name"].strip()
            if mention.lower().startswith("пресс-служб"):
                continue  # a press service: asked after every outlet
            known = canonical_outlet(mention)
            if known:
                return known
            if mention[:1] in "«\"":
                name = nominative(mention.strip("«»\""))
                if m.groupdict().get("kind") and is_place_name(name):
                    # "сообщает телеканал «Астана»": the channel, not the city
                    return f"{_KIND_NAMES.get(m['kind'].lower()[:5], m['kind'].strip())} «{name}»"
                return name
            if re.match(r"(?:\d+\.)?[A-Za-z]", mention):  # a Latin name or domain: its own
                return mention.rstrip(".")
    for m in _VERB_THEN_NAME.finditer(text):
        words = m["words"].split()
        for size in (3, 2, 1):  # the longest name known: "пресс-служба МВД РК"
            known = canonical_outlet(" ".join(words[:size])) if len(words) >= size else None
            if known:
                return known
    return None


def _press_service_reported(text: str) -> str | None:
    """"сообщили в пресс-службе ДП …", "деп хабарлайды … баспасөз қызметі", "сообщает
    пресс-служба акимата …": the body whose press service the text reports, nominative."""
    for m in PRESS_SERVICE_MENTION.finditer(text):
        if m["itself"] and not re.search(r"\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]", m["body"]):
            continue  # "пояснили в управлении полиции города": a body the text does not name
        return canonical_outlet(m["body"]) or written_out(m["body"].strip())
    m = _KAZAKH_PRESS_MENTION.search(text)
    if m and (m["said"] or m["told"]):
        return expand_abbreviations(m["body"].strip())  # "Павлодар облысы ПД"
    for m in _ATTRIBUTION.finditer(text):
        if m["name"].lower().startswith("пресс-служб"):
            # "пресс-служба Акорды" → Акорда, if known; else the body, written out; the
            # whole body first ("пресс-служба МВД РК": the ministry with its country)
            body = re.match(r"пресс-служб\w*\s+([^,.;:()«»]{2,80})", text[m.start("name"):],
                            re.IGNORECASE)
            known = canonical_outlet(body[0]) if body else None
            known = known or canonical_outlet(m["name"])
            if known:
                return known
            return written_out(body.group(1).strip()) if body else None
    return None


def source_label(text: str) -> str | None:
    """"Источник: Zakon.kz", "Дереккөз: Шымкент қаласы ПД баспасөз қызметі", "Источник: Время
    (time.kz)": the outlet a monitoring card or a closing line names as the source."""
    m = _SOURCE_LABEL.search(text)
    if not m:
        return None
    name = re.sub(r"\s*\(.*$", "", m["name"]).strip("«»\" ")
    # "Источник: пресс-служба акимата …", "Дереккөз: Шымкент қаласы ПД баспасөз қызметі"
    line = text[m.start("name"):].split("\n")[0].strip(" .")
    service = PRESS_SERVICE.match(line) or KAZAKH_PRESS_SERVICE.match(line)
    return canonical_outlet(name) or (written_out(service["body"]) if service else name) or None


# What the text calls the outlet, in the nominative: "телеканала" → "Телеканал"
_KIND_NAMES = {"телек": "Телеканал", "газет": "Газета", "агент": "Агентство", "инфор": "Агентство",
               "порта": "Портал", "издан": "Издание", "сайт ": "Сайт", "сайта": "Сайт"}
