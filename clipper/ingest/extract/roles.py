"""Where an official's role is printed beside the name: the phrase before it, or an
apposition after it ("Начальник департамента полиции области, генерал-майор").

Contract: `role_before(text, start, kazakh)` and `role_after(text, stop)` return the role
printed before a name starting at `start` (or as an apposition after a name ending at `stop`),
in the nominative, or None. Never raise.
"""

from __future__ import annotations

import re

from clipper.ingest.extract.inflect import reading
from clipper.ingest.extract.kazakh_roles import kazakh_role
from clipper.ingest.extract.names import KAZAKH_LETTERS, first_name_parse
from clipper.ingest.extract.role_form import ACTING, RANK_GRADES, format_role, nominative_head
from clipper.ingest.extract.role_words import (ABBREVIATED, TITLE_DASH, TOKEN, is_function,
                                               is_kazakh_rank, is_rank, is_rank_word, is_role_word,
                                               lemma, parse, vocabulary)

_ABBREVIATION_PERIOD = re.compile(rf"(?<![\w\-])({ABBREVIATED})\.(?=\s)")
# "и.о. акима района", "И. о. начальника": acting, printed short; its periods end no clause
_ACTING_PERIODS = re.compile(r"(?<![\w\-])([иИ])\.(\s?[оО])\.(?=\s)")
# A blank line ends a clause; a single line break may be a laid-out page's wrap.
_CLAUSE_END = re.compile(r"[.!?;:\"()—–]|\n\s*\n|\s-\s")
_QUOTED_NAME = re.compile(r'"([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^"\n,.]{0,30})"(?=\s+[\w«])')
# A dash before a lower-case word: between two posts of one person when a role word follows
_DASH_BEFORE_POST = re.compile(r"([а-яёА-ЯЁ]\s)[–—](\s[а-яё][\w\-]*(?:\s[а-яё][\w\-]*)?)")
_KAZAKH_WORD = re.compile(r"(?<!\w)[а-яёәғқңөұүһі]*[әғқңөұүһі][а-яёәғқңөұүһі]*")
_QUOTED = re.compile(r"«[^»\n]*»")
_VERBS = {"VERB", "INFN", "GRND", "PRTS"}
_STOP_POS = {"VERB", "INFN", "GRND", "PRTS", "CONJ", "PRCL"}
_QUALIFYING_ADVERBS = {"временно"}
# "его заместитель": whose deputy the sentence says; the role is the post
_POSSESSIVE_PRONOUNS = {"его", "ее", "её", "их", "свой", "своя", "своего", "своей", "своим"}
# The service a Kazakh rank names ("полиция полковнигі"): no rank by itself
_SERVICES = {"полиция", "polısıa", "polisiia", "polisia", "азаматтық", "қорғау", "әділет"}
# Kazakh grades: "аға" (senior) is no rank by itself
_GRADES = {"аға", "кіші", "aǵa", "ağa"}
_RANK_APPOSITION = re.compile(r",\s*([^,.;:\n()—–«»\"]{3,60}?)\s*(?=[,.;:)—–]|\n|$)")


def head_case(text: str, start: int) -> str | None:
    """The grammatical case of the role phrase before a name, which the name shares:
    "вице-министра … Дамира Токтарова" is genitive, so a man's name."""
    words = TOKEN.findall(_clause_before(text, start).replace("\u2024", "."))
    phrase = _role_words(words) if words else []
    if not phrase or _anothers_role(words, phrase, text, start):
        return None
    first = parse(phrase[0])
    if not first.is_known and phrase[0].lower().startswith(("зам", "врио")):
        return None  # "замакима", "врио": short forms that decline not at all
    return first.tag.case if first.tag.POS in ("NOUN", "ADJF") else None


def role_before(text: str, start: int, kazakh: bool = False, since: int = 0) -> str | None:
    """`since`: where the previous person's name ends; the role starts after it."""
    clause = _clause_before(text, start, since)
    words = TOKEN.findall(clause.replace("\u2024", "."))
    if not words:
        return None
    if kazakh:
        if all(is_kazakh_rank(w) for w in words):
            # "…басқармасының бастығы, полиция подполковнигі Нұрбек Тәжібаев"
            before = start - len(clause) - 1
            if text[before:before + 1] == ",":
                role = kazakh_role(TOKEN.findall(_clause_before(text, before, since)))
                return f"{role}, {' '.join(words)}" if role else None
        # "Мемлекеттік айыптаушы, … аға прокуроры Руслан Қайыпов": the clause beside the name
        # starts after the comma, so a function printed before the post in a clause of its own
        # is not among these words
        role = kazakh_role(words)
        rank = None if role else rank_before(text, start)
        # "Полиция майоры Ерлан Ахметов": a rank with no post, as a Russian one is
        return role or (rank[:1].upper() + rank[1:] if rank else None)
    phrase = _role_words(words)
    if phrase and _anothers_role(words, phrase, text, start):
        return None
    comma = start - len(clause) - 1
    if not phrase and text[comma:comma + 1] == "," and _genitive_list(words):
        # "председатель Комитета труда, социальной защиты и миграции Гаухар …": the comma
        # parts the genitives of one body's name; the role starts before it
        earlier = TOKEN.findall(_clause_before(text, comma, since).replace("\u2024", "."))
        role = _role_words(earlier) if earlier else []
        if role and len(role) > 1 and parse(role[-1]).tag.case == "gent":
            return format_role([*role[:-1], role[-1] + ",", *words], [])
    earlier = (TOKEN.findall(_clause_before(text, comma, since).replace("\u2024", "."))
               if phrase and text[comma:comma + 1] == "," else [])
    role = _role_words(earlier) if earlier else []
    if phrase and any(is_rank(w) for w in phrase) and all(
            # "…, младший советник юстиции", "…, старший лейтенант полиции": a grade opens it
            is_rank(w) or w.lower() in vocabulary()["rank-tail"] or lemma(w) in RANK_GRADES
            for w in phrase):
        # "…департамента полиции Алматы, полковник полиции Данияр Алтынбеков": role, then rank
        if role:
            return format_role(role, phrase)
    # The phrase beside the name is the role; the clause before the comma counted above only
    # for a rank ("Государственный обвинитель, прокурор района Нурлыбек Сагатов": the
    # function before the comma is not read). A function with the post after the name is
    # officials.find_officials's to set aside (is_function)
    return format_role(phrase, []) if phrase else None


def clause_is_kazakh(text: str, start: int) -> bool:
    """Is the clause before a name Kazakh ("…департаментінің бастығы"), as in the Kazakh half of
    a bilingual release? A Kazakh place name in a Russian role ("области Жетісу") is not.
    A Kazakh rank printed after the post ("Облыс ПД бастығы, полиция генерал-майоры") may have
    no Kazakh letter: the post's clause before the comma tells."""
    clause = _clause_before(text, start)
    words = TOKEN.findall(clause)
    if words and all(is_kazakh_rank(w) for w in words) and text[start - len(clause) - 1:][:1] == ",":
        clause = _clause_before(text, start - len(clause) - 1)
    # "награжден медалью «Ерен еңбегі үшін» участковый инспектор": a «quoted» award or body
    # name keeps its Kazakh letters in a Russian sentence
    return bool(_KAZAKH_WORD.search(_QUOTED.sub(" ", clause)))


def role_after(text: str, stop: int, until: int | None = None) -> str | None:
    """`until`: where the next person's name starts; an apposition reaching it is that
    person's role ("аким Н. Касымов, начальник отдела … Айбек Жунусов")."""
    m = re.match(r"\s*[,—–(]\s*([^,.;:\n()—–]{3,160})(?:,\s*([^,.;:\n()]{3,60}))?", text[stop:])
    if not m or until is not None and stop + m.end(1) > until:
        return None
    words = TOKEN.findall(m.group(1))
    # "Ерлан Ахметов – заместитель акима города – открыл совещание": a verb ends the role
    verb = None if KAZAKH_LETTERS.search(m.group(1)) else next(
        (i for i, w in enumerate(words) if w.islower() and parse(w).tag.POS in _VERBS), None)
    words = words[:verb]
    if words and words[-1].lower() in vocabulary()["role"] and KAZAKH_LETTERS.search(m.group(1)):
        # "Полиция полковнигі Нұрлан Сәрсенов, облыстық ПД бастығының орынбасары, …": the
        # apposition is all role
        role = " ".join(words)
        return role[:1].upper() + role[1:]
    if not words or not is_role_word(words[0]) or parse(words[0]).tag.number == "plur":
        return None  # "…, представители предприятий и сельские акимы": other people
    rank = TOKEN.findall(m.group(2) or "")
    if rank and not is_rank(rank[0]):
        rank = []
    return format_role(words, rank)


def rank_before(text: str, start: int) -> str | None:
    """The rank printed right before a name whose post follows it, as printed."""
    words = TOKEN.findall(_clause_before(text, start))
    tail: list[str] = []
    for word in reversed(words):
        if not is_rank_word(word):
            break
        tail.insert(0, word)
    if not tail or not any(is_rank(w) or is_kazakh_rank(w) and w.lower() not in _SERVICES
                           for w in tail):
        return None
    return " ".join(nominative_head(tail)).lower()


def rank_after(text: str, stop: int) -> str | None:
    """A rank alone as an apposition after a name ("Иван Петров, полковник полиции, сообщил",
    "Руслан Ахметов, азаматтық қорғау полковнигі, …"), as printed; not "… в отставке"."""
    m = _RANK_APPOSITION.match(text, stop)
    words = TOKEN.findall(m.group(1)) if m else []
    if not words or not all(is_rank_word(w) for w in words) or not any(
            is_rank(w) or is_kazakh_rank(w) and w.lower() not in _SERVICES | _GRADES
            for w in words):
        return None
    return " ".join(words).lower()


def _clause_before(text: str, start: int, since: int = 0) -> str:
    # An abbreviation's period does not end the clause; the mask keeps every offset in place.
    window = _ABBREVIATION_PERIOD.sub(lambda m: m.group(1) + "\u2024",
                                      text[max(0, start - 300, since):start])
    # "пограничного отдела "Хоргос"": a short quoted name is one word of the role, as «…» is
    window = _QUOTED_NAME.sub(lambda m: f"«{m.group(1)}»", window)
    window = _ACTING_PERIODS.sub(lambda m: f"{m.group(1)}\u2024{m.group(2)}\u2024", window)
    # "заместитель начальника департамента – начальник управления": a dash between two posts
    # of one person is a word of the role, not the end of a clause
    window = _DASH_BEFORE_POST.sub(lambda m: m.group(0) if not _heads_a_role(m.group(2).split())
                             else f"{m.group(1)}{TITLE_DASH}{m.group(2)}", window)
    cut = max((m.end() for m in _CLAUSE_END.finditer(window)), default=0)
    comma = window.rfind(",")
    return window[max(cut, comma + 1):]


def _genitive_list(words: list[str]) -> bool:
    """"социальной защиты и миграции": words in the genitive, joined by "и" (more genitives
    of a name the comma parted)."""
    return bool(words) and words[-1] != "и" and all(
        w == "и" or parse(w).tag.case == "gent" and parse(w).tag.POS in ("NOUN", "ADJF")
        for w in words)


def _heads_a_role(words: list[str]) -> bool:
    """Do `words` open with a role or rank, adjectives before it aside ("первый заместитель")?"""
    head = next((w for w in words if reading(w.lower()).tag.POS not in ("ADJF", "PRTF")), "")
    return is_role_word(head) or is_rank(head)


def _anothers_role(words: list[str], phrase: list[str], text: str, start: int) -> bool:
    """"Адвокат сотрудника полиции Ирина Гуляева", "Жена акима района Ирина …": a noun in the
    nominative governs the role in the genitive, and the name in the nominative is that noun's
    person, not the official's ("Выступление министра Ивана Петрова": the name agrees)."""
    i = len(words) - len(phrase)
    if i == 0 or parse(phrase[0]).tag.case != "gent":
        return False
    governing = parse(words[i - 1])
    if governing.tag.POS != "NOUN" or governing.tag.case != "nomn" \
            or is_role_word(words[i - 1]) or is_rank(words[i - 1]):
        return False
    name = re.match(r"\s*([А-ЯЁ][а-яё]+)", text[start:])
    first = first_name_parse(name.group(1)) if name else None
    return first is not None and first.tag.case == "nomn"


def _plural_before_singular(word: str, head: str) -> bool:
    return (reading(word.lower(), head).tag.number == "plur"
            and parse(head).tag.number == "sing")


def _within_body_name(before: list[str]) -> bool:
    """"отдела по связям с общественностью", "управления по работе с населением": a "с" after
    "по …" is inside the body's name, not "(встрече) с председателями …" before the role."""
    return len(before) >= 2 and before[-2].lower() == "по"


def _role_words(words: list[str]) -> list[str]:
    """The words from the first role word to the end, if no verb stands among them."""
    tail: list[str] = []
    for n in range(len(words) - 1, -1, -1):
        word = words[n]
        if word == "и" and tail and _heads_a_role(tail):
            # "аким … Темиров и начальник УП …", "… и первый заместитель …": the second
            # person's role starts here; "цифровизации и государственных услуг" is one role
            break
        # A capitalised word is a name of a place or body, whatever pymorphy guesses for it.
        # "транспорта и автомобильных дорог": "и" joins parts of one role, other conjunctions
        # and verbs end it.
        if word.islower() and word != "и" and (parse(word).tag.POS in _STOP_POS
                                                or word in ("с", "со") and not _within_body_name(
                                                    words[:n])):
            break
        tail.insert(0, word)
    starts = [i for i, word in enumerate(tail) if is_role_word(word) or is_rank(word)]
    if len(starts) > 1 and parse(tail[starts[0]]).tag.case in ("ablt", "datv", "loct") \
            and any(parse(tail[j]).tag.case == "nomn" for j in starts[1:]):
        # "(встрече с) председателями товариществ начальник управления …": the role beside the
        # name is the one in its case
        starts = [j for j in starts[1:] if parse(tail[j]).tag.case == "nomn"]
    # "Сотрудники криминальной полиции под руководством начальника …": the many are not the
    # one named
    while len(starts) > 1 and parse(tail[starts[0]]).tag.number == "plur":
        starts = starts[1:]
    for i in starts[:1]:
        # "первый заместитель", "временно исполняющий обязанности": what qualifies the role
        # word belongs to the role ("Первый …" opening the sentence too); "лично" does not
        # "председательствующий судья": the part one plays in the hearing is no part of the post
        while i > 0 and (tail[i - 1].islower() or i == 1) and not is_function(tail[i - 1]) \
                and tail[i - 1].lower() not in _POSSESSIVE_PRONOUNS and (
                # "(Патрульные полицейские) сержант полиции": a plural adjective qualifies
                # the many, not the one named
                reading(tail[i - 1].lower(), tail[i]).tag.POS in ("ADJF", "PRTF")
                and not _plural_before_singular(tail[i - 1], tail[i])
                or tail[i - 1].lower() in _QUALIFYING_ADVERBS | ACTING
                or i > 1 and tail[i - 1] == "обязанности"
                and lemma(tail[i - 2]) == "исполнять"):
            i -= 1  # "исполняющая обязанности руководителя": the participle's object too
        return tail[i:]
    return []



