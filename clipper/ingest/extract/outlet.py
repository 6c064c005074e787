"""Outlet: who published the article.

Contract: `find_outlet(body, head, raw_text)` returns the outlet's name or None, never raising.
It looks, in this order, at an attribution in the text ("передает корреспондент «Северного
курьера»" → "Северный курьер"), a site name above the headline, and a copyright or
registration footer. Known outlets and their spellings: `resources/directories/outlets.tsv`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from clipper.ingest.extract.date import parse_date_line
from clipper.ingest.extract.inflect import nominative_phrase
from clipper.ingest.extract.names import first_name_parse
from clipper.ingest.extract.regions import is_place_name
from clipper.ingest.nlp import morph
from clipper.paths import resources_dir

_NAME = r"«[^»]{2,60}»|\"[^\"]{2,60}\"|(?:\d+\.)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}"
_ATTRIBUTION = re.compile(
    r"(?i:переда(?:[её]т|ют)|сообща[ею]т|пишет|пишут|информирует|деп\s+(?:хабарлайды|жазады))\s+"
    r"(?i:(?:собственный\s+)?корреспондент\w*\s+)?"
    r"(?i:(?:информационное\s+)?агентств\w+\s+|(?:МИА|ИА)\s+|"
    r"портал\w*\s+|издани\w+\s+|сайт\w*\s+|газет\w+\s+|телеканал\w*\s+|"
    r"информагентств\w+\s+)?"
    # "пресс-служба ДЧС Атырауской области", "пресс-служба акимата Шымкента"
    rf"(?P<name>{_NAME}|(?i:пресс-служб\w*)\s+[\w\-]+)")
# "сообщили в пресс-службе ДП …", "по информации пресс-службы акимата …", "Источник: Zakon.kz"
_PRESS_SERVICE_MENTION = re.compile(
    r"(?i:(?:сообщили|рассказали|пояснили|уточнили)\s+в\s+пресс-службе|"
    r"по\s+(?:информации|данным|сообщению)\s+пресс-службы|"
    r"подготовлен\w*\s+пресс-службой|предостав\w+\s+пресс-служб\w*)"
    r"\s+(?P<body>[^,.;:()«»\n]{2,80})")
# "деп хабарлайды Атырау облысы полиция департаментінің баспасөз қызметі"
_KAZAKH_PRESS_MENTION = re.compile(
    r"деп\s+(?:хабарлайды|жазады)\s+(?P<body>[^,.;:()«»\n]{2,80}?)(?:нің|ның|тің|тың|дің|дың)"
    r"\s+баспасөз\s+қызметі", re.IGNORECASE)
# An agency's dateline opening the text: "РУДНЫЙ. KAZINFORM –", "ТҮРКІСТАН. KAZINFORM –"
_AGENCY_DATELINE = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\-]{3,}(?:\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\-]+)?\.\s+"
                              r"(?P<name>[A-ZА-ЯЁ][A-ZА-ЯЁ.]{2,}(?:\.[a-z]{2,3})?)\s+[–—-]\s")
# "передает КазТАГ": a known outlet named right after the verb, in whatever script
_VERB_THEN_NAME = re.compile(r"(?i:переда(?:[её]т|ют)|сообща[ею]т|пишет|хабарлайды)\s+"
                             r"(?P<words>[^\s,.;:]+(?:\s+[^\s,.;:]+)?)")
_QUOTED_LINE = re.compile(r"^«(?P<name>[^»]{2,40})»\.?$")
_SOURCE_LABEL = re.compile(rf"(?im)^\s*(?:источник|дереккөз)\s*:\s*(?P<name>{_NAME}|[^\n,.]{{2,40}})")
_KAZAKH_TAIL = re.compile(rf"(?P<name>{_NAME})\s+тілшісі", re.IGNORECASE)
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
    if stated:
        return stated, True
    header = _site_name(head)
    if header:
        return header, False
    stated = _footer(raw_text) or _press_service_signature(closing)
    if stated:
        return stated, True
    return _site_name(closing[-1:], strict=True), False


_PRESS_SERVICE = re.compile(r"^(?:пресс-служба|пресс-служб\w+)\s+(?P<body>.{2,80}?)[.;]?$",
                            re.IGNORECASE)
_KAZAKH_PRESS_SERVICE = re.compile(r"^(?P<body>.{2,80}?)(?:нің|ның|тің|тың|дің|дың)\s+"
                                   r"баспасөз\s+қызметі\.?$", re.IGNORECASE)


def _press_service_signature(lines: list[str]) -> str | None:
    """A press release signed "Пресс-служба ДП г. Алматы": its body is the outlet."""
    for line in reversed(lines):
        m = _PRESS_SERVICE.match(line) or _KAZAKH_PRESS_SERVICE.match(line)
        if m:
            return canonical_outlet(line) or written_out(m["body"])
        m = _QUOTED_LINE.match(line)  # "Нұрлан ҚАЛИЕВ," / "«Егемен Қазақстан»"
        if m:
            return canonical_outlet(m["name"]) or m["name"]
    return None


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    path = resources_dir() / "directories" / "abbreviations.tsv"
    pairs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            short, full = line.split("\t")
            pairs[short.strip()] = full.strip()
    return pairs


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
    text = " ".join(_abbreviations().get(word, word) for word in words)
    return text[:1].upper() + text[1:]


def _attributed(text: str) -> str | None:
    m = _AGENCY_DATELINE.match(text.lstrip())
    if m:
        return canonical_outlet(m["name"]) or m["name"].capitalize()
    m = _SOURCE_LABEL.search(text)
    if m:
        name = m["name"].strip("«»\" ")
        return canonical_outlet(name) or name
    m = _PRESS_SERVICE_MENTION.search(text)
    if m:
        return canonical_outlet(m["body"]) or written_out(m["body"].strip())
    m = _KAZAKH_PRESS_MENTION.search(text)
    if m:
        return m["body"].strip()
    for pattern in (_ATTRIBUTION, _KAZAKH_TAIL):
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


def _site_name(lines: list[str], strict: bool = False) -> str | None:
    """A site's name printed above the headline: "Экибастуз-Экспресс", "КазПравда-онлайн | Регионы".

    `strict` (for a closing line): only names that cannot be a sentence or a person's name.
    """
    for line in lines:
        if _BREADCRUMB.match(line):
            continue
        parts = re.split(r"\s+[|/›»>]\s+", line)
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
        if is_place_name(name):
            continue
        if name.isupper():
            name = " ".join(w.capitalize() for w in words)
        return canonical_outlet(name) or name
    return None


def _footer(raw_text: str) -> str | None:
    for line in raw_text.split("\n"):
        if not _FOOTER_LINE.search(line):
            continue
        for m in _QUOTED.finditer(line):
            return canonical_outlet(m[1]) or m[1]
        m = _COPYRIGHT.search(line)
        if m and re.search(r"[^\W\d]", m["name"]):
            name = m["name"].strip(" -–—")
            if name.lower() not in ("все права защищены", "авторские права защищены"):
                return canonical_outlet(name) or name
    return None


def _nominative(name: str) -> str:
    """«Северного курьера» → Северный курьер (a name quoted after "корреспондент")."""
    return " ".join(nominative_phrase(name.split(), oblique_only=True))
