"""Author: the byline, as `Имя Фамилия`.

Contract: `find_author(lines)` takes the cleaned lines and returns a name or None. Bylines are a
name beside `Редактор`/`Автор`, or a closing line that is a name alone (surname often in capitals).
"""

from __future__ import annotations

import re

from clipper.ingest.extract.names import first_name_parse
from clipper.ingest.nlp import morph
from clipper.ingest.extract.attribution import AGENCY_DATELINE
from clipper.ingest.extract.regions import is_place_name

# (Kazakh in the Latin alphabets too: "Aıgerim Súleımenova")
_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІÁÓÚÝÄÖÜŞǴŃÑŪ"
_NAME_WORD = rf"[{_UPPER}][a-zа-яёәғқңөұүһіáóúýäöüşǵńñūı{_UPPER}\-]+"
_ROLE = (r"(?:редактор|автор\s+(?:материала|текста)|автор|корреспондент|журналист|фото автора|"
         r"текст и фото|текст|(?:материал\s+)?подготовила?|беседовала?|записала?|"
         r"наш\s+корр\.?|собкор|"
         r"собственный\s+корреспондент|интервью\s+взяла?|дайындаған|әзірлеген|сұхбаттасқан|"
         r"әңгімелескен|жазып\s+алған|авторы|тілші|мәтін)")
# "Подготовила: Жанна Беккер, пресс-служба ДП …": after a role label, what follows a comma is
# where the author works
_WITH_ROLE = re.compile(rf"^(?:{_ROLE}:?\s+)?(?P<name>{_NAME_WORD}\s+{_NAME_WORD})"
                        rf"(?P<after>,?\s+{_ROLE})?"
                        r"(?:,\s*[^,]*\d{4}[^,]*|,\s*(?i:пресс-служб|баспасөз|редакци)[^,]*)?$",
                        re.IGNORECASE)
# "Автор: Анна Ли | Фото: Марат Ким", "Подготовил Иван Петров по материалам пресс-службы":
# a role label, the name, and after a separator something else
_LABELLED_LINE = re.compile(rf"^{_ROLE}:?\s+(?P<name>{_NAME_WORD}\s+{_NAME_WORD})"
                            r"(?:\s*[|,·•(;]|\s+по\s+материал|\s*$)", re.IGNORECASE)
# A closing line that is a name, perhaps with the date: "Айдана ЖАНГАЛИЕВА, 03.10.2025"
# or a name and a comma, the outlet on the next line: "Нұрлан ҚАЛИЕВ," / "«Егемен Қазақстан»"
# or a name and the paper on one line: "Ольга Денисова, «Приуралье»"
# or a name and the town it was written in: "Дмитрий ХАН, Костанай", "Ирина ВОЛКОВА г. Абай"
# or a name and the site after a slash: "Иван Петров / Tengrinews.kz"
_NAME_ONLY = re.compile(rf"^(?P<name>{_NAME_WORD}\s+{_NAME_WORD})"
                        r"(?:,\s*[^,]*\d{4}[^,]*|,|,\s*«[^»]{2,40}»\.?|\s+/\s+\S+"
                        r"|(?:,\s*|\s+(?=г\.\s*[А-ЯЁ]))(?P<town>[^,\d]{3,30}))?$")
# "Наталья Кравец | 2 октября 2025": a byline sharing the date's line
_NAME_BESIDE_DATE = re.compile(rf"^(?P<name>{_NAME_WORD}\s+{_NAME_WORD})\s*[|,·•]\s*\S*\d"
                               rf"|\d[^|·•]*\s[|·•]\s*(?i:{_ROLE}:?\s+)?(?P<after>{_NAME_WORD}\s+"
                               rf"{_NAME_WORD})$")
# "Алматы. 3 ноября. КазТАГ – Анна Ковальчук. Акимат …": the agency names its reporter
_REPORTER_AFTER_DASH = re.compile(rf"^\s*(?P<name>{_NAME_WORD}\s+{_NAME_WORD})\.\s")
# "Бұл туралы Ult.kz тілшісі Мадина Серікбаева жазады."
_KAZAKH_REPORTER = re.compile(rf"тілшісі\s+(?P<name>{_NAME_WORD}\s+{_NAME_WORD})\s+"
                              r"(?:жазады|хабарлайды|хабарлады)")


def find_author(lines: list[str], head: list[int] = (),
                dated: list[str] = ()) -> tuple[str | None, int | None]:
    """The author and, when the byline stands in the head (`head`: its line numbers), that line.
    `dated`: the date lines taken out of the head ("Наталья Кравец | 2 октября 2025")."""
    for i in head:
        m = _WITH_ROLE.match(lines[i]) or _LABELLED_LINE.match(lines[i])
        if m and re.search(_ROLE, lines[i], re.IGNORECASE) and is_person(m["name"]):
            return normalise_name(m["name"]), i
    for i in head[1:]:
        # "Олег САВИН" alone under the headline or its date: a byline with no label
        m = _NAME_ONLY.match(lines[i])
        if m and not m["town"] and not lines[i].isupper() and _is_name(m["name"]):
            return normalise_name(m["name"]), i
    for line in dated:
        m = _NAME_BESIDE_DATE.match(line)
        if m and _is_name(m["name"] or m["after"]):
            return normalise_name(m["name"] or m["after"]), None
        m = _LABELLED_LINE.match(line)  # "Автор: Анна Ли | 12.03.2026"
        if m and is_person(m["name"]):
            return normalise_name(m["name"]), None
    # (a page's menus and rubrics may stand above the headline and its dateline)
    for line in [line for line in lines if line][:12]:
        m = AGENCY_DATELINE.match(line)
        reporter = m and _REPORTER_AFTER_DASH.match(line[m.end():])
        if reporter and _is_name(reporter["name"]):
            return normalise_name(reporter["name"]), None
    closing = [i for i, line in enumerate(lines) if line][-4:]
    found = _closing_name(lines, reversed(closing))
    if found:
        return found, None
    # a paper's page goes on after the byline (a comment form, the contents, the
    # owner's and registration lines, a digest's table): the byline is the name line right
    # after the article's last paragraph
    return _closing_name(lines, _after_last_paragraph(lines)), None


def _closing_name(lines: list[str], indices) -> str | None:
    for i in indices:
        m = _KAZAKH_REPORTER.search(lines[i])
        if m:
            return normalise_name(m["name"])
        m = _NAME_ONLY.match(lines[i])
        # "Дмитрий ХАН, Костанай": a town the gazetteer knows, or one called a town ("г. Абай")
        if m and m["town"] and not re.match(r"(?:г\.|город)\s", m["town"]) \
                and not is_place_name(m["town"]):
            m = None
        # "ИВАН ПЕТРОВ" in capitals is a name only if a first name reads in it
        if m and is_person(m["name"]) and (not lines[i].isupper() or _is_name(m["name"])) \
                and _not_words(m["name"]) \
                and not is_place_name(m["name"].split()[0]):  # "Павлодар Ньюс" is a site
            return normalise_name(m["name"])
        m = _WITH_ROLE.match(lines[i]) or _LABELLED_LINE.match(lines[i])
        # "Автор: Имя Фамилия, дата", "Алибек ТОКСАНБАЕВ, фото автора"
        if m and (re.match(rf"{_ROLE}", lines[i], re.IGNORECASE) or m["after"]) \
                and is_person(m["name"]):
            return normalise_name(m["name"])
    return None


# A paragraph of the article: a sentence of a dozen words or more, not the paper's imprint
# (its owner, registration, address, print run), which follows the article
_PARAGRAPH_WORDS = 12
_IMPRINT = re.compile(r"(?i:зарегистрир|свидетельств|собственник|учредител|тираж|адрес|"
                      r"тіркел|есепке\s+ал|куәлік|меншік\s+иесі|құрылтайшы|таралым|мекенжай)|©")
# "* * *", "-----", "Комментарии", "Читайте также": the page's own lines start there (a
# commenter's name is no byline)
_SEPARATOR = re.compile(r"^\s*(?:(?:\*\s*){3,}|[-–—_=]{3,})\s*$|^(?i:комментари|пікір|"
                        r"читайте|похожие|другие\s+материалы|лента\s+новостей|соңғы\s+жаңалық|"
                        r"тағы\s+оқы)")


def _after_last_paragraph(lines: list[str]) -> list[int]:
    """The short lines after the text's last paragraph, first to last, up to a separator."""
    filled = [i for i, line in enumerate(lines) if line]
    last = next((i for i in reversed(filled) if len(lines[i].split()) >= _PARAGRAPH_WORDS
                 and not _IMPRINT.search(lines[i])), None)
    tail = []
    for i in (i for i in filled if last is not None and i > last):
        if _SEPARATOR.match(lines[i]) or len(tail) == 3:
            break
        tail.append(i)
    return tail


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


def _is_name(name: str) -> bool:
    """Two words one of which is a first name or a surname by its ending ("Олег САВИН",
    "Сейткали Асель", "Гүлназ БЕКМҰРАТОВА"), no desk."""
    words = name.split()
    known = [first_name_parse(w) for w in words[:2]]
    # "Ерлан ТӨЛЕУҒАЛИ": a first name the dictionary only guesses, then a surname in
    # capitals, is how a paper signs its journalist
    signed = known[0] is not None and len(words) == 2 and words[1].isupper() \
        and len(words[1]) >= 4 and not words[0].isupper()
    return is_person(name) and not is_place_name(words[0]) \
        and (any(p and p.is_known for p in known) or any(map(_SURNAME_ENDING.search, words[:2]))
             or signed)


def _not_words(name: str) -> bool:
    """"Поделиться Печать" is a share bar's buttons: no word of a name is only a verb, and not
    every word is a known common one ("Бондарь", "Айгүл" may be names)."""
    parses = [morph().parse(w.lower()) for w in name.split()]
    verb = any(ps[0].is_known and all(p.tag.POS in _NOT_NOUN for p in ps) for ps in parses)
    common = all(ps[0].is_known and not any({"Name", "Surn"} & set(str(p.tag).replace(" ", ",")
                                                                   .split(",")) for p in ps)
                 for ps in parses)
    return not verb and not common


_NOT_NOUN = frozenset({"INFN", "VERB", "GRND", "PRTF", "PRTS", "ADVB", "PRED", "CONJ", "PREP"})


def byline_name(text: str) -> str | None:
    """The author a page's byline element gives: "Материал подготовил Тимур Ахметов",
    "Ержан Қасымов · Қаралды: 687", "Жанна Калиева, фото: Руслан Абенов"."""
    text = re.sub(rf"^(?i:материал\s+подготовил\w*|{_ROLE})\s*:?\s*", "", text.strip())
    name = re.split(r"\s+[·•|]\s+|,\s*", text)[0].strip()
    return normalise_name(name) if re.fullmatch(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}", name) \
        and is_person(name) else None


def normalise_name(name: str) -> str:
    """Capitals normalised and the first name first: "Сейткали Асель" → "Асель Сейткали"."""
    words = [part[:1].upper() + part[1:].lower() if part.isupper() else part
             for part in name.split()]
    return " ".join(_first_name_first(words))


_SURNAME_ENDING = re.compile(r"(?:ов|ев|ёв|ин|ова|ева|ёва|ина|ский|ская|енко|ұлы|қызы|uly|qyzy|"
                             r"ova|eva|ov|ev)$", re.IGNORECASE)


def _first_name_first(words: list[str]) -> list[str]:
    """A byline printed surname first: the surname has a surname's ending and the other word is
    a first name ("Ахметова Дина"), or a man's name stands before a woman's (a father's name
    borne as a surname, "Сейткали Асель": a woman's name is no man's surname)."""
    if len(words) != 2:
        return words
    first, second = (first_name_parse(w) for w in words)
    if second and not first and _SURNAME_ENDING.search(words[0]) \
            or first and second and first.tag.gender == "masc" and second.tag.gender == "femn" \
            and not _SURNAME_ENDING.search(words[1]):
        return [words[1], words[0]]
    return words
