"""Masthead and signature: the outlet a page names in its own lines rather than in a sentence:
a site's name above the headline ("Экибастуз-Экспресс", "КазПравда-онлайн | Регионы"), a
release's head ("ДП Костанайской области информирует"), an official site's bar, and a closing
signature ("Пресс-служба ДП г. Алматы", "«Егемен Қазақстан»").
"""

from __future__ import annotations

import re

from clipper.ingest.extract.attribution import source_label
from clipper.ingest.extract.date import HEADER, parse_date_line
from clipper.ingest.extract.headline import is_post_location
from clipper.ingest.extract.names import KAZAKH_LETTERS, first_name_parse
from clipper.ingest.extract.outlet_names import (GENITIVE, canonical_outlet, from_capitals,
                                                 kazakh_capitals, languages, press_service,
                                                 written_out)
from clipper.ingest.extract.regions import is_place_name
from clipper.ingest.extract.vocabulary import ANNOUNCES, SECTION, TAGLINE, rubric_stems

# "«Егемен Қазақстан»", "Ольга Денисова, «Приуралье»": a closing line naming the paper
_QUOTED_LINE = re.compile(r"^(?:[^,«»]{3,40},\s*)?«(?P<name>[^»]{2,40})»"
                          r"(?:\s+(?i:газеті|газетасы|газета|журналы))?\.?$")
_BREADCRUMB = re.compile(r"^(главная|домой|home|басты бет)\b", re.IGNORECASE)


def press_service_signature(lines: list[str], kazakh: bool = False) -> str | None:
    """A press release signed "Пресс-служба ДП г. Алматы": its body is the outlet (of a
    bilingual signature, the half in the article's language)."""
    for at in reversed(range(len(lines))):
        line = lines[at]
        if _CREDIT.match(line):
            continue  # "Фото: облыс әкімінің баспасөз қызметі" credits a picture
        line = _SEPARATOR.split(line)[0]  # "Пресс-служба ДП СКО · Просмотров: 356"
        # "Пресс-служба прокуратуры …, тел.: …", "Подготовила: Жанна Беккер, пресс-служба ДП …":
        # a body's name holds no comma
        found = next(filter(None, (press_service(_ROLE_LABEL.sub("", part))
                                   for half in languages(line, kazakh)
                                   for part in half.split(", "))),
                     None)
        if found:
            # "Шымкент қаласы ПД баспасөз қызметі" over "Пресс-служба ДП города Шымкент": signed
            # in both languages on two lines, the article's
            above = press_service(lines[at - 1]) if at > 0 else None
            if above and bool(KAZAKH_LETTERS.search(above)) == kazakh \
                    and bool(KAZAKH_LETTERS.search(found)) != kazakh:
                return above
            return found
        m = _QUOTED_LINE.match(line)  # "Нұрлан ҚАЛИЕВ," / "«Егемен Қазақстан»"
        if m:
            return canonical_outlet(m["name"]) or m["name"]
    return None


_SEPARATOR = re.compile(r"\s+[·•|]\s+")
# "Текст и фото: пресс-служба ДП ВКО": who prepared it, the label before it
_ROLE_LABEL = re.compile(r"^(?i:фото и текст|текст и фото|текст|материал подготовил\w*|"
                         r"подготовил\w*|дайындаған|мәтін)\s*:?\s+(?=\S)")
_CREDIT = re.compile(r"^(?i:фото|сурет|photo|видео)\w*\s*:")

# A clipping's source line: "«Костанайские новости», № 58 (21457), 20 мая 2025 г., стр. 3";
# a paper's name as its logo gives it: "«Ақ жол» газеті"
_ISSUE_NAME = re.compile(r"^(?i:газета\s+)?«(?P<name>[^»]{2,40})»(?:\s+(?i:газеті|газетасы))?"
                         r"(?:,?\s*№\s*\d+|$)")
_LINK = re.compile(r"^https?://(?:www\.)?(?P<site>[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,6})(?:/\S*)?$")
# "Мониторинг СМИ | ДП Алматинской области": the client a monitoring card is made for
_MONITORING = re.compile(r"^(?i:мониторинг|обзор|дайджест)\s+(?i:сми|прессы)\b")
# "Жетысуская область", "Жетісу облысы": a rubric naming the region, not a site
_REGION = re.compile(r"\s(?i:область|облысы|ауданы|район)$|^(?i:область|облысы)\s")
_PLACEHOLDER = re.compile(r"^(?i:logo|лого(?:тип)?|image|img)\W*$")
# A page's controls and counters: "Поиск по сайту", "👁 3.4K" under a channel's post
_CONTROL = re.compile(r"^(?i:поиск|іздеу|search|войти|кіру|подписаться|меню)(?:\s|$)"
                      r"|^\W*\d[\d.,]*\s*[KkКкMm]?$")
# "Талдыкорган +31": the top bar's town and temperature
_TOWN_WEATHER = re.compile(r"^(?P<town>[^\W\d][\w\-]+)\s+[+−–-]\d{1,2}\b")
# "Прокуратура Атырауской области, [12.09.2025 15:41]": a channel's name over its forwarded post
_CHANNEL_STAMP = re.compile(r",\s*\[\d{1,2}\.\d{1,2}\.\d{2,4}[^\]]*\]$")
# "СОЛТҮСТІК ҚАЗАҚСТАН ОБЛЫСЫ ПОЛИЦИЯ ДЕПАРТАМЕНТІ": a state body's Kazakh name, its head word last
_KAZAKH_STATE_BODY_NAME = re.compile(r"\s(?i:департаменті|әкімдігі|прокуратурасы|министрлігі|"
                                     r"басқармасы|комитеті|агенттігі|соты)$")
# "Министерство внутренних дел Республики Казахстан": a state body's name in the nominative
_STATE_BODY_NAME = re.compile(r"^(?:Министерство|Департамент|Управление|Акимат|Прокуратура|"
                              r"Комитет|Агентство|Аппарат акима)\s+\w")
# "Oskemen +9°C", "USD 507,10": a top bar's weather and rates beside the site's name
_WEATHER_OR_RATE = re.compile(r"°|^(?:USD|EUR|RUB|CNY|\$|€|₽)\s*[\d.,]+$")
# "Views: 812", "Автор: …": a labelled value beside a date, no name
_LABELLED = re.compile(r"^[^\W\d]+\s*:\s")
_OFFICIAL_SITE = re.compile(r"^(?i:официальный\s+(?:интернет-ресурс|сайт|портал))\s+"
                            r"(?P<body>[^|/]{4,80}?)\s*$")
_KAZAKH_OFFICIAL_SITE = re.compile(rf"^(?P<body>.{{4,80}}?){GENITIVE}\s+(?i:ресми\s+"
                                   r"(?:сайты|интернет-ресурсы|порталы))\s*$")
# "Общественно-политическая газета": a logo's words for what the outlet is, not its name
_DESCRIPTION = re.compile(r"^\S+(?:\s+[а-яё\-]+)*\s+(?:газета|издание|портал|сайт|журнал)$")


def _rubric(words: list[str]) -> bool:
    """"Закон и порядок", "Общество": a section's name (resources/text/rubrics.tsv), or two
    nouns joined, over the headline; a site's plain name is neither."""
    words = [w.lower().replace("ё", "е") for w in words]
    return words[0].startswith(rubric_stems()) or len(words) == 3 and words[1] in ("и", "және")


def site_name(lines: list[str], strict: bool = False, kazakh: bool = False) -> str | None:
    """A site's name printed above the headline: "Экибастуз-Экспресс", "КазПравда-онлайн | Регионы".

    `strict` (for a closing line): only names that cannot be a sentence or a person's name.
    `kazakh`: of a bilingual name, the Kazakh half.
    """
    for at, line in enumerate(lines):
        issue = _ISSUE_NAME.match(line)
        if issue:
            name = issue["name"]  # "«ОРТАЛЫҚ ҚАЗАҚСТАН» ГАЗЕТІ"
            return canonical_outlet(name) or (from_capitals(name.split()) if name.isupper()
                                              else name)
        labelled = source_label(line)  # a monitoring card's "Источник: Время (time.kz)"
        if labelled:
            return labelled
        link = _LINK.match(line.strip())  # the copied article's address: its site
        if link:
            return canonical_outlet(link["site"]) or link["site"]
        if _PLACEHOLDER.match(line) or _CREDIT.match(line) or _MONITORING.match(line):
            continue  # an image's "logo", a photo's credit, a monitoring card naming its client
        line = _CHANNEL_STAMP.sub("", line.strip("«»\" –—-"))  # "— Lada.kz", "«Орал өңірі»"
        if _BREADCRUMB.match(line) or HEADER.match(line) or _CONTROL.match(line):
            continue
        town = _TOWN_WEATHER.match(line)
        if town and is_place_name(town["town"]) or is_post_location(line):
            continue
        if at + 1 < len(lines) and TAGLINE.search(lines[at + 1]) and len(line.split()) <= 4:
            # "АҚТӨБЕ" over "облыстық қоғамдық-саяси газет": a paper named after its town
            return canonical_outlet(line) or (from_capitals(line.split()) if line.isupper()
                                              else line)
        if _KAZAKH_STATE_BODY_NAME.search(line) and len(line.split()) <= 8 and not strict:
            return kazakh_capitals(line.split()) if line.isupper() else line
        if " / " in line and len(languages(line)) == 2:
            # "ҚОСТАНАЙ ОБЛЫСЫ ӘКІМДІГІ / АКИМАТ КОСТАНАЙСКОЙ ОБЛАСТИ"
            line = languages(line, kazakh)[0]
        # "Пресс-служба Жамбылского областного суда", "ДП Костанайской области информирует":
        # a release's head names the body that issues it
        announced = ANNOUNCES.match(line)
        service = press_service(announced["body"] if announced else line)
        if service or announced:
            return service or written_out(announced["body"])
        official = _OFFICIAL_SITE.match(line) or _KAZAKH_OFFICIAL_SITE.match(line)
        if official:  # "Официальный сайт Департамента полиции …": the body it belongs to
            body = official["body"]
            return body[:1].upper() + body[1:] if KAZAKH_LETTERS.search(body) \
                else written_out(body)
        parts = [p for p in re.split(r"\s+[|/›»>·•]\s+", line)
                 if not _LABELLED.match(p) and not _WEATHER_OR_RATE.search(p)]
        if not parts:
            continue  # "Author: admin | Views: 812"
        # "Новости Казахстана | Kazinform": a known outlet among the parts is the name
        known = next(filter(None, map(canonical_outlet, parts)), None)
        if known:
            return known
        # "14 ноября 2025, 12:30 | Informburo.kz", "Новости Уральска и ЗКО | Уральская неделя":
        # the name beside the date or the tagline
        name = next((p.strip() for p in parts if not parse_date_line(p)
                     and not SECTION.match(p)), parts[0].strip())
        words = name.split()
        if name.isupper() and _STATE_BODY_NAME.match(from_capitals(words)):
            name = from_capitals(words)  # "ДЕПАРТАМЕНТ ПО ЧРЕЗВЫЧАЙНЫМ СИТУАЦИЯМ …"
        if _STATE_BODY_NAME.match(name) and len(words) <= 8 and not strict:
            # "Министерство внутренних дел Республики Казахстан" over "Департамент полиции
            # Атырауской области": an official site's bar; the narrower body is the site's
            below = next((n for n in lines[at + 1:at + 2] if _STATE_BODY_NAME.match(n)), None)
            return written_out(below or name) if not KAZAKH_LETTERS.search(below or name) \
                else below or name
        if not 1 <= len(words) <= 4 or parse_date_line(name) or not re.search(r"[^\W\d]", name):
            continue
        if strict and len(words) > 2 and name.endswith("."):
            continue  # "Рейд прошел, передает 24KZ.": a sentence
        if strict and len(words) == 2 and first_name_parse(words[0]):
            continue  # "Айгуль ДОСМУХАМБЕТОВА": the author's signature, not a site
        distinctive = re.search(r"[-.A-Za-z]|\w[A-ZА-ЯЁ]", name)
        if (len(words) == 1 or strict) and not distinctive:
            continue  # a lone plain word is a rubric or the town under the weather
        if is_place_name(name) or _DESCRIPTION.search(name) or SECTION.match(name) \
                or _REGION.search(name) or not distinctive and _rubric(words):
            continue
        if name.isupper():
            name = from_capitals(words)
        return canonical_outlet(name) or name
    return None
