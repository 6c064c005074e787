"""An official's role as the text gives it beside the name, in the nominative.

Contract: `role_before(text, start, kazakh)` and `role_after(text, stop)` return the role phrase
printed before a name starting at `start` (or as an apposition after a name ending at `stop`),
e.g. "Начальник департамента полиции области, генерал-майор", or None. Never raise.
"""

from __future__ import annotations

import re
from functools import lru_cache

from clipper.ingest.extract.inflect import nominative_phrase, reading
from clipper.ingest.extract.names import KAZAKH_LETTERS
from clipper.ingest.extract.regions import is_place_name
from clipper.ingest.nlp import morph
from clipper.paths import resources_dir

# Abbreviations keep their period as part of the word: "ДП г. Алматы" is one role.
_ABBREVIATED = r"(?:г|гг|обл|им|ул|пос|мкр|ст|р-н)"
# A «quoted» name inside a role ("таможенного поста «Нур жолы»") is one word of it.
_TOKEN = re.compile(rf"(?i:и\.\s?о\.)|{_ABBREVIATED}\.|«[^»\n]{{1,40}}»|№\s?\d+|[\w][\w\-]*")
_ABBREVIATION_PERIOD = re.compile(rf"(?<![\w\-])({_ABBREVIATED})\.(?=\s)")
# "и.о. акима района", "И. о. начальника": acting, printed short; its periods end no clause
_ACTING_PERIODS = re.compile(r"(?<![\w\-])([иИ])\.(\s?[оО])\.(?=\s)")
# A blank line ends a clause; a single line break may be a laid-out page's wrap.
_CLAUSE_END = re.compile(r"[.!?;:\"()—–]|\n\s*\n|\s-\s")
_STOP_POS = {"VERB", "INFN", "GRND", "PRTS", "CONJ", "PRCL"}
_KAZAKH_UNITS = ("облыс", "қала", "аудан", "ауыл")
_KAZAKH_AND = {"мен", "бен", "пен", "және"}
_NAMED = re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІ]\w+(?:ов|ев|ин|ова|ева|ина|ұлы|улы|қызы|кызы)$")
_RANK_GRADES = {"старший", "младший", "главный"}
_KAZAKH_RANKS = {"полиция", "полковнигі", "подполковнигі", "майоры", "капитаны",
                 "генерал-майоры", "генерал-лейтенанты", "генерал-полковнигі", "лейтенанты",
                 "сержанты", "старшинасы", "аға", "кіші", "азаматтық", "қорғау", "әділет",
                 "кеңесшісі"}


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, set[str]]:
    words: dict[str, set[str]] = {"role": set(), "rank": set(), "rank-tail": set(),
                                  "public": set(), "body": set(), "private": set(),
                                  "kk-verb": set(), "kk-opener": set(), "state": set()}
    for line in (resources_dir() / "text" / "roles.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, word = line.split("\t")
            words[kind].add(word.strip())
    return words


@lru_cache(maxsize=20_000)
def _parse(word: str):
    return morph().parse(word.lower())[0]


def _lemma(word: str) -> str:
    return _parse(word).normal_form.replace("ё", "е")


def is_role_word(word: str) -> bool:
    return _lemma(word) in _vocabulary()["role"] or word.lower() in _vocabulary()["role"]


def _is_rank(word: str) -> bool:
    return _lemma(word) in _vocabulary()["rank"]


def is_public(role: str) -> bool:
    """Is this role a public post (an official's), not a job in a company or a school?

    A public post by itself ("Министр …", "Судья …") or any role naming a state body
    ("начальник департамента полиции", "руководитель управления … акимата"), unless it names a
    private one ("директор ТОО", "капитан рыболовецкого судна"); a rank ("полковник полиции")
    is a public servant's.
    """
    vocabulary = _vocabulary()
    words = _TOKEN.findall(role)
    lemmas = {_lemma(w) for w in words} | {_noun_lemma(w) for w in words} | {
        w.lower() for w in words}
    pairs = {f"{_noun_lemma(a)} {_noun_lemma(b)}" for a, b in zip(words, words[1:])}
    if pairs & vocabulary["state"]:
        return True  # "представитель Национального банка": a state body named like a private one
    if lemmas & vocabulary["private"]:
        return False
    if any(_is_rank(w) for w in words):
        return True
    public = vocabulary["public"] | vocabulary["body"]
    # A body the dictionary does not know keeps its stem: "маслихата", Kazakh "прокурорының"
    return bool(lemmas & public) or any(
        w.lower().startswith(b) for w in words for b in public if len(b) >= 6)


@lru_cache(maxsize=20_000)
def _noun_lemma(word: str) -> str:
    """The dictionary form as a noun or adjective, where the likeliest reading is another part
    of speech: "судна" is the noun судно, not the short adjective судный."""
    parse = next((p for p in morph().parse(word.lower()) if p.tag.POS in ("NOUN", "ADJF")),
                 None)
    return parse.normal_form.replace("ё", "е") if parse else word.lower()


def head_case(text: str, start: int) -> str | None:
    """The grammatical case of the role phrase before a name, which the name shares:
    "вице-министра … Дамира Токтарова" is genitive, so a man's name."""
    words = _TOKEN.findall(_clause_before(text, start).replace("\u2024", "."))
    phrase = _role_words(words) if words else []
    if not phrase:
        return None
    parse = _parse(phrase[0])
    if not parse.is_known and phrase[0].lower().startswith(("зам", "врио")):
        return None  # "замакима", "врио": short forms that decline not at all
    return parse.tag.case if parse.tag.POS in ("NOUN", "ADJF") else None


def role_before(text: str, start: int, kazakh: bool = False) -> str | None:
    clause = _clause_before(text, start)
    words = _TOKEN.findall(clause.replace("\u2024", "."))
    if not words:
        return None
    if kazakh:
        if all(w.lower() in _KAZAKH_RANKS for w in words):
            # "…басқармасының бастығы, полиция подполковнигі Нұрбек Тәжібаев"
            before = start - len(clause) - 1
            if text[before:before + 1] == ",":
                role = _kazakh_role(_TOKEN.findall(_clause_before(text, before)))
                return f"{role}, {' '.join(words)}" if role else None
        role = _kazakh_role(words)
        before = start - len(clause) - 1
        if role and text[before:before + 1] == ",":
            # "Мемлекеттік айыптаушы, … аға прокуроры Руслан Қайыпов": a clause that is all role
            earlier = _TOKEN.findall(_clause_before(text, before))
            if earlier and _kazakh_role(earlier) == " ".join(earlier):
                return f"{' '.join(earlier)}, {role}"
        return role
    phrase = _role_words(words)
    comma = start - len(clause) - 1
    earlier = (_TOKEN.findall(_clause_before(text, comma).replace("\u2024", "."))
               if phrase and text[comma:comma + 1] == "," else [])
    role = _role_words(earlier) if earlier else []
    if phrase and all(_is_rank(w) or w.lower() in _vocabulary()["rank-tail"] for w in phrase):
        # "…департамента полиции Алматы, полковник полиции Данияр Алтынбеков": role, then rank
        if role:
            return _format(role, phrase)
    elif phrase and role and len(role) == len(earlier):
        # "Государственный обвинитель, прокурор района Нурлыбек Сагатов": a clause that is
        # all role, then the role beside the name
        beside = _format(phrase, [])
        return f"{_format(role, [])}, {beside[:1].lower()}{beside[1:]}"
    return _format(phrase, []) if phrase else None


def role_after(text: str, stop: int, until: int | None = None) -> str | None:
    """`until`: where the next person's name starts; an apposition reaching it is that
    person's role ("аким Н. Касымов, начальник отдела … Айбек Жунусов")."""
    m = re.match(r"\s*[,—–(]\s*([^,.;:\n()]{3,160})(?:,\s*([^,.;:\n()]{3,60}))?", text[stop:])
    if not m or until is not None and stop + m.end(1) > until:
        return None
    words = _TOKEN.findall(m.group(1))
    if words and words[-1].lower() in _vocabulary()["role"] and KAZAKH_LETTERS.search(m.group(1)):
        # "Полиция полковнигі Нұрлан Сәрсенов, облыстық ПД бастығының орынбасары, …": the
        # apposition is all role
        role = " ".join(words)
        return role[:1].upper() + role[1:]
    if not words or not is_role_word(words[0]) or _parse(words[0]).tag.number == "plur":
        return None  # "…, представители предприятий и сельские акимы": other people
    rank = _TOKEN.findall(m.group(2) or "")
    if rank and not _is_rank(rank[0]):
        rank = []
    return _format(words, rank)


def is_rank_only(role: str) -> bool:
    """"Подполковник полиции", "полиция полковнигі": a rank with no post."""
    words = _TOKEN.findall(role)
    return bool(words) and all(_is_rank(w) or w.lower() in _vocabulary()["rank-tail"]
                               or w.lower() in _KAZAKH_RANKS for w in words)


def rank_before(text: str, start: int) -> str | None:
    """The rank printed right before a name whose post follows it, as printed."""
    words = _TOKEN.findall(_clause_before(text, start))
    tail: list[str] = []
    for word in reversed(words):
        if not (_is_rank(word) or word.lower() in _vocabulary()["rank-tail"]
                or word.lower() in _KAZAKH_RANKS):
            break
        tail.insert(0, word)
    if not tail or not any(_is_rank(w) or w.lower() in _KAZAKH_RANKS - {"полиция"} for w in tail):
        return None
    return " ".join(_nominative_head(tail)).lower()


def _clause_before(text: str, start: int) -> str:
    # An abbreviation's period does not end the clause; the mask keeps every offset in place.
    window = _ABBREVIATION_PERIOD.sub(lambda m: m.group(1) + "\u2024",
                                      text[max(0, start - 300):start])
    window = _ACTING_PERIODS.sub(lambda m: f"{m.group(1)}\u2024{m.group(2)}\u2024", window)
    cut = max((m.end() for m in _CLAUSE_END.finditer(window)), default=0)
    comma = window.rfind(",")
    return window[max(cut, comma + 1):]


def _role_words(words: list[str]) -> list[str]:
    """The words from the first role word to the end, if no verb stands among them."""
    tail: list[str] = []
    for word in reversed(words):
        if word == "и" and tail and is_role_word(tail[0]):
            break  # "аким … Темиров и начальник УП …": the second person's role starts here
        # A capitalised word is a name of a place or body, whatever pymorphy guesses for it.
        # "транспорта и автомобильных дорог": "и" joins parts of one role, other conjunctions
        # and verbs end it.
        if word.islower() and word != "и" and (_parse(word).tag.POS in _STOP_POS
                                                or word in ("с", "со")):
            break
        tail.insert(0, word)
    starts = [i for i, word in enumerate(tail) if is_role_word(word) or _is_rank(word)]
    if len(starts) > 1 and _parse(tail[starts[0]]).tag.case in ("ablt", "datv", "loct") \
            and any(_parse(tail[j]).tag.case == "nomn" for j in starts[1:]):
        # "(встрече с) председателями товариществ начальник управления …": the role beside the
        # name is the one in its case
        starts = [j for j in starts[1:] if _parse(tail[j]).tag.case == "nomn"]
    # "Сотрудники криминальной полиции под руководством начальника …": the many are not the
    # one named
    while len(starts) > 1 and _parse(tail[starts[0]]).tag.number == "plur":
        starts = starts[1:]
    for i in starts[:1]:
        # "первый заместитель", "временно исполняющий обязанности": what qualifies the role
        # word belongs to the role ("Первый …" opening the sentence too); "лично" does not
        while i > 0 and (tail[i - 1].islower() or i == 1) and (
                reading(tail[i - 1].lower(), tail[i]).tag.POS in ("ADJF", "PRTF")
                or tail[i - 1].lower() in _QUALIFYING_ADVERBS | _ACTING
                or i > 1 and tail[i - 1] == "обязанности"
                and _lemma(tail[i - 2]) == "исполнять"):
            i -= 1  # "исполняющая обязанности руководителя": the participle's object too
        return tail[i:]
    return []


_QUALIFYING_ADVERBS = {"временно"}
# Acting, printed short before the role word: kept as printed, the role after it as well
_ACTING = {"и.о.", "и. о.", "врио"}
# Participles that head a role and govern what follows in its own case ("заведующий отделом")
_GOVERNING = {"заведовать", "заведующий", "управлять", "управляющий", "командовать",
              "командующий"}


def _format(phrase: list[str], rank: list[str]) -> str | None:
    # A rank inside the phrase ("…области генерал-майора") moves behind a comma.
    for i, word in enumerate(phrase):
        if i and _is_rank(word):
            if i > 1 and _lemma(phrase[i - 1]) in _RANK_GRADES:
                i -= 1  # "старший лейтенант", "младший советник юстиции"
            phrase, rank = phrase[:i], phrase[i:] + rank
            break
    if not phrase:
        phrase, rank = rank, []
    role = " ".join(_nominative_head(phrase))
    if role.endswith(" РК") and role.lower().startswith(("министр ", "вице-министр ")):
        role = role[:-3]  # "Министр внутренних дел РК": a minister is the country's anyway;
        # elsewhere "РК" is kept as printed ("Депутат Мажилиса Парламента РК")
    role = role[:1].upper() + role[1:]
    if rank:
        role += ", " + " ".join(_nominative_head(rank)).lower()
    return role


def _nominative_head(words: list[str]) -> list[str]:
    if len(words) > 1 and words[0].lower() in _ACTING | {"врио"}:
        return [words[0].lower(), *words[1:]]  # "и.о. акима района": as printed
    if len(words) > 1 and (len(words) > 2 and words[1].lower() == "обязанности"
                           or _lemma(words[0]) in _GOVERNING):
        # "заведующего отделом образования", "управляющий делами": the object stays as printed
        # "исполняющей обязанности руководителя …": the participle heads, what follows is its
        # object and stays as printed
        parse = _parse(words[0])
        nominative = parse.inflect({"nomn", "sing", parse.tag.gender or "masc"})
        return [nominative.word if nominative else words[0].lower(), *words[1:]]
    return [w.lower() if i == 0 else w for i, w in enumerate(nominative_phrase(words))]


def _kazakh_role(words: list[str]) -> str | None:
    """Kazakh prints the role before the name, ending in its head word: "…басқармасының бастығы".

    It opens with the proper name of a place or body ("Қарағанды облысы …", "ІІМ …"): the
    capitalised run nearest the name, which also leaves out a verb such as "деді" before it.
    """
    words = words[-14:]
    # "…, – деді облыстық полиция … бастығы": a speech verb ends the clause before the role
    verbs = [i for i, word in enumerate(words) if word.lower() in _vocabulary()["kk-verb"]
             # "Айгүл Сейітова мен прокурор Ерлан Нұров": "and" after a person's name
             or word.lower() in _KAZAKH_AND and i and _NAMED.search(words[i - 1])]
    if verbs:
        words = words[verbs[-1] + 1:]
    end = len(words)
    while end and words[end - 1].lower() in _KAZAKH_RANKS:
        end -= 1
    if not end or words[end - 1].lower() not in _vocabulary()["role"]:
        return None
    rank = words[end:]
    capitals = [i for i, word in enumerate(words[:end]) if word[:1].isupper()]
    start = capitals[-1] if capitals else 0
    while start > 0:
        if words[start - 1][:1].isupper():
            start -= 1
        elif (start > 1 and words[start - 1].lower().startswith(_KAZAKH_UNITS)
              and words[start - 2][:1].isupper()):
            start -= 2  # "Қызылорда облысы ТЖД-ның …": the place opens the role
        else:
            break
    if start < end - 1 and words[start].lower() in _vocabulary()["kk-opener"]:
        start += 1  # "Ал облыстық білім басқармасының басшысы": "Ал" opens the sentence
    if (start < end - 1 and words[start + 1][:1].isupper()
            and _is_case_marked_word(words[start])):
        start += 1  # "Рейдке Маңғыстау облысы прокурорының орынбасары": the sentence's object
    # "Стансаның ашылуында облыс әкімінің орынбасары": words in oblique cases opening the
    # sentence before the unit that opens the role are where and when, not the role
    unit = next((i for i in range(start, end) if words[i].lower().startswith(_KAZAKH_UNITS)),
                None)
    if unit and all(_KAZAKH_OBLIQUE.search(w.lower()) and not is_place_name(w)
                    for w in words[start:unit]):
        start = unit
    role = " ".join(words[start:end])
    role = role[:1].upper() + role[1:]
    return f"{role}, {' '.join(rank)}" if rank else role


_KAZAKH_CASE_ENDING = re.compile(r"(?:ке|ге|қа|ға|да|де|та|те|ны|ні|ды|ді|ты|ті|дан|ден|тан|тен|"
                                 r"нан|нен)$")
_KAZAKH_OBLIQUE = re.compile(r"(?:ның|нің|дың|дің|тың|тің|нда|нде|ке|ге|қа|ға|да|де|та|те|ны|"
                             r"ні|ды|ді|ты|ті|дан|ден|тан|тен|нан|нен)$")


def _is_case_marked_word(word: str) -> bool:
    """A capitalised common word opening the sentence in an oblique case ("Рейдке", "Істі"),
    not the proper name that opens a role ("Алматы облысы", "ІІМ")."""
    return (word[:1].isupper() and not word.isupper()
            and bool(_KAZAKH_CASE_ENDING.search(word.lower())) and not is_place_name(word))
