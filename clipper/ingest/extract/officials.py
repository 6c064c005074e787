"""Officials named in an article: one entry per person, nominative `Имя Фамилия`, with the role.

Contract: `find_officials(text, lang, author, regions)` takes the clean text and returns
(names in order of first mention, {name: role}). A person is an official when the text gives
them a role beside their name or the directory knows them; journalists (the author) are not.
Inflected forms, initials ("Е. Саденов", "Саденов Е.Ж."), Kazakh spellings and
name-plus-patronymic references ("Мурат Жалелович") resolve to one person. Never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from clipper.ingest.extract.directory import Official, find_in_directory, surname_index
from clipper.ingest.extract.names import (INITIALS, KAZAKH_LETTERS, NameParts,
                                          consonants, first_name_parse, fold, is_patronymic,
                                          looks_like_surname, parse_mention)
from clipper.ingest.extract.role_form import plural_head, singular_role
from clipper.ingest.extract.role_words import (is_body_abbreviation, is_function, is_public,
                                               is_rank_only, is_role_word, names_state_agency,
                                               parse)
from clipper.ingest.extract.roles import (clause_is_kazakh, head_case, rank_after, rank_before,
                                          role_after, role_before)
from clipper.ingest.nlp import has_verb, person_spans

_INITIAL_MENTION = re.compile(
    r"\b(?:[А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?){1,2}[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:-[А-ЯЁ][а-яё]+)?"
    # "Сейтжанов Н.Б.", unless a surname follows the initials: "г. Астаны А. Мусина"
    r"|\b[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+\s(?:[А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?){1,2}"
    r"(?!\s?[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі])")
# NER misses many Kazakh names: a capitalised word and a surname-shaped one after it.
_SURNAME_PAIR = re.compile(
    r"\b[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{2,}(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)?\s+"
    r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:ов|ев|ёв|ин|ова|ева|ёва|ина|ұлы|улы|қызы|кызы)"
    r"[а-яёәғқңөұүһі]{0,4}\b")
# "Асель Кенесбаевна Утегенова": name, patronymic, surname, which NER may miss
_WITH_PATRONYMIC = re.compile(
    r"\b[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{2,}\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+"
    r"(?:ович|евич|ич|овна|евна|ична|инична)(?:а|у|ем|ом|е|ой|ы)?\s+"
    r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{2,}\b")
# Kazakh in Latin script (the 2018 alphabet with acutes, the 2021 one with umlauts): NER reads
# Cyrillic only, so a capitalised word and a surname-shaped one after it make a name
_LATIN_UPPER = "A-ZÁÄÓÖÚÜÝŞǴĞŃÑŪİ"
_LATIN_LOWER = "a-záäóöúüýşǵğńñūıi"
_LATIN_PAIR = re.compile(
    rf"\b[{_LATIN_UPPER}][{_LATIN_LOWER}]{{2,}}\s+[{_LATIN_UPPER}][{_LATIN_LOWER}]+"
    rf"(?:ov|ev|in|ova|eva|ina|uly|qyzy)\b")
_LATIN_KAZAKH = re.compile(r"[áóúýǵńıäöüşğñū]")
_AND = re.compile(r"\s+(?:и|мен|пен|бен|және)\s", re.IGNORECASE)
_NEXT_NAME_WORD = re.compile(r"\s([А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{2,})\b")
_SURNAME_WORD = re.compile(r"(?:ов|ев|ёв|ин|ұлы|улы|қызы|кызы)[а-яёәғқңөұүһі]{0,4}$")
_CAPITALISED_RUN = re.compile(r"(?<!\S)[^\s\w]*[A-ZА-ЯЁÁÄÓÖÚÜÝŞǴĞŃÑŪİӘҒҚҢӨҰҮҺІ]\S*"
                              r"(?:\s+[^\s\w]*[A-ZА-ЯЁÁÄÓÖÚÜÝŞǴĞŃÑŪİӘҒҚҢӨҰҮҺІ]\S*)*")
# A line that is another article's headline in a list the cleaner left: it ends in its date
# or its page, not in a sentence's stop ("Аким … встретился с ветеранами 07.11.2025",
# "Аким области … проверил ход отопительного сезона – стр. 2"),
# and holds no sentence's end before it (a paragraph ending in a date is the article's)
_LISTING_LINE = re.compile(r"(?m)^[^\n.!?]*[\w»)][ \t]+(?:\d{1,2}\.\d{2}\.\d{4}(?:[ \t]+\d{1,2}:\d{2})?"
                           r"|[–—-][ \t]*стр\.[ \t]*\d+|\.{3,}[ \t]*стр\.[ \t]*\d+"
                           # "Министр …: «Цены снизятся»   стр. 3": a quoted headline, then its page
                           r"|(?<=»[ \t])[ \t]*стр\.[ \t]*\d+)[ \t]*$")
_CITY_WORDS = ("мегаполиса",)
_NAMED_AFTER = re.compile(r"(?:имени|им\.)\s*$", re.IGNORECASE)


@dataclass
class _Person:
    first: str
    last: str
    position: int
    role: str | None = None
    known: Official | None = None
    spellings: dict[str, int] = field(default_factory=dict)
    kazakh: bool = False  # named in a Kazakh text

    @property
    def name(self) -> str:
        if self.known:
            # a Kazakh file keeps its own letters: "Марат Сұлтанғазиев", not the directory's
            # "Марат Султангазиев"
            own = [s for s in self.spellings if KAZAKH_LETTERS.search(s)
                   and fold(s) == fold(self.known.name)]
            return max(own, key=self.spellings.get) if own and self.kazakh else self.known.name
        # Equally frequent spellings in a bilingual text: the first version's, as its roles are
        return max(self.spellings, key=self.spellings.get)


def find_officials(text: str, lang: str = "ru", author: str | None = None,
                   regions: list[str] | None = None) -> tuple[list[str], dict[str, str]]:
    # Latin-script Kazakh takes the Kazakh reading of roles, whatever language it was read as
    latin = len(_LATIN_KAZAKH.findall(text)) > len(text) / 100
    kazakh = lang == "kk" or latin
    mentions = _mentions(text, kazakh, latin)
    state_agency = names_state_agency(text)
    people: dict[str, _Person] = {}
    partial: list[tuple[int, NameParts, str | None]] = []
    before_previous = shared_role = None
    # a signature line ("Аким района Иван Петров 12.03.2025") has no verb; a headline has
    listings = [m.span() for m in _LISTING_LINE.finditer(text) if has_verb(m.group(0))]
    mentions = [m for m in mentions if not any(a <= m[0] < b for a, b in listings)]
    for n, (start, stop, words) in enumerate(mentions):
        if _NAMED_AFTER.search(text[max(0, start - 12):start]):
            before_previous = None
            continue  # "района имени Алихана Бокейханова": a place named after someone
        following = mentions[n + 1][0] if n + 1 < len(mentions) else None
        # "Прокурор области Берик Асылов и его заместитель Айдос Нуртаев": a role never
        # reaches back over another person's name, nor over one printed with a role of its own
        # ("Мәжіліс депутаты Асқар Бекмырзаев Ішкі істер министрі Ержан Сәрсенбаевқа"); a
        # mention without either, or of one word, may be part of the role ("Аким Конаева
        # Нуржан Байтемиров", "депутат Мажилиса Ирина Гусева")
        since = mentions[n - 1][1] if n and (_AND.match(text, mentions[n - 1][1]) or (
            before_previous and len(mentions[n - 1][2]) > 1)) else 0
        # In a bilingual text the Kazakh half's roles read as Kazakh ones
        before = role_before(text, start, kazakh or clause_is_kazakh(text, start), since)
        before_previous = before
        after = role_after(text, stop, following)
        if after and (before is None or is_rank_only(before)):
            # "Подполковник полиции Иван Петров, начальник отдела, …": the post, then the rank
            rank = rank_before(text, start)
            role = f"{after}, {rank}" if rank and rank not in after.lower() else after
        elif before and after and is_function(before):
            # "Государственный обвинитель Нурлыбек Сагатов, прокурор района, …": the function
            # is left out, the post is the role
            role = after
        else:
            role = before
            rank = rank_after(text, stop) if before and not is_rank_only(before) else None
            if rank and "," not in before:
                # "Начальник ДП области Иван Петров, полковник полиции, сообщил": the rank
                # printed as an apposition goes with the post before the name
                role = f"{before}, {rank}"
        if role and plural_head(role) and not KAZAKH_LETTERS.search(role):
            # "Депутаты Мажилиса Айдос Сарым и Ерлан Саиров": the post of each one named
            role = shared_role = singular_role(role)
        elif role is None and n and shared_role and (
                _AND.match(text, mentions[n - 1][1]) or text.startswith(", ", mentions[n - 1][1])):
            role = shared_role
        else:
            shared_role = None
        if role and not is_public(role, state_agency):
            role = None  # "директор ТОО Иван Петров" is quoted, not an official
        # In a bilingual text a name spelt with Kazakh letters carries Kazakh case endings
        kazakh_name = kazakh or any(KAZAKH_LETTERS.search(w) for w in words)
        parts = parse_mention(words, kazakh=kazakh_name,
                             case=None if kazakh_name else head_case(text, start))
        if parts.full:
            key = fold(parts.last)
            person = people.get(key)
            if person is None:
                person = people[key] = _Person(parts.first, parts.last, start, kazakh=kazakh)
            person.spellings[parts.full] = person.spellings.get(parts.full, 0) + 1
            person.role = _better_role(person.role, role, lang == "ru" and not latin)
        else:
            partial.append((start, parts, role))
    for start, parts, role in partial:
        person = _attach(people, parts)
        if person is None and parts.last:
            known = surname_index().get(fold(parts.last))
            if known:
                person = people.setdefault(fold(known.last), _Person(
                    known.first, known.last, start, spellings={known.name: 1}))
        if person is None and parts.last and parts.initials and role and looks_like_surname(
                parts.last):
            # "прокурор района Сейтжанов Н.Б.": an official the text names only by initials
            # and surname is named so, "Н.Б. Сейтжанов"
            key = fold(f"{parts.initials} {parts.last}")
            person = people.setdefault(key, _Person(parts.initials, parts.last, start))
            person.spellings[f"{parts.initials} {parts.last}"] = 1
        if person is not None:
            person.role = _better_role(person.role, role, lang == "ru" and not latin)
            person.position = min(person.position, start)
    _merge_transcriptions(people, lang == "ru" and not latin)
    author_key = fold(author) if author else None
    officials: list[str] = []
    roles: dict[str, str] = {}
    for person in sorted(people.values(), key=lambda p: p.position):
        person.known = find_in_directory(person.first, person.last)
        if author_key and fold(f"{person.first} {person.last}") == author_key:
            continue
        if not person.role and person.known:
            person.role = person.known.role_in(text)
        if not person.role and not person.known:
            continue  # a name without a role is a citizen, a witness, a journalist
        name = person.name
        if name not in officials:
            officials.append(name)
        if person.role:
            roles[name] = _resolve_place(person.role, regions or [])
    return officials, roles


def _mentions(text: str, kazakh: bool, latin: bool = False) -> list[tuple[int, int, list[str]]]:
    found = []
    for start, stop, words in _capitalised_runs(person_spans(text)):
        # "Аким Конаева Нуржан Байтемиров" arrives as one span: role and town are no name.
        # Without a patronymic or initials a name has two words.
        while len(words) > 2 and not INITIALS.match(words[0]) and not any(
                is_patronymic(w) for w in words):
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if any(is_body_abbreviation(w) for w in words):
            continue  # "Аксуского ГОП": a body NER took for a person
        following = _NEXT_NAME_WORD.match(text, stop)
        if len(words) == 1 and following and (kazakh or first_name_parse(words[0])) and not (
                is_role_word(words[0]) or is_role_word(following.group(1))):
            # "Салтанат Әзірбек": NER took the first name only; the surname follows it
            stop, words = following.end(), [words[0], following.group(1)]
        found.append((start, stop, words))
    for pattern in (_INITIAL_MENTION, _WITH_PATRONYMIC, _SURNAME_PAIR) + ((_LATIN_PAIR,) if latin
                                                                        else ()):
        for m in pattern.finditer(text):
            words = re.findall(r"(?:[А-ЯЁӘҒҚҢӨҰҮҺІ]\.)+|[\w\-]+", m.group(0))
            if pattern is _SURNAME_PAIR and not kazakh and not first_name_parse(words[0]) \
                    and parse(words[0]).is_known:
                # "Абайского Бекмурзин" is no name; a first name the Russian dictionary does not
                # know is a Kazakh one ("Куаныш\nБекмурзин", broken over a PDF's lines)
                continue
            inside = [f for f in found if m.start() <= f[0] and f[1] <= m.end()]
            overlapping = [f for f in found if f[0] < m.end() and m.start() < f[1]]
            # NER glues a surname to the capitalised word after it ("Сыдықов Шеңгелді ауылы"):
            # the first name before the surname makes the better span
            glued = [f for f in overlapping if f not in inside and m.start() < f[0]
                     and f[2][0] == words[-1] and (not _SURNAME_WORD.search(f[2][-1])
                                                   or _other_case(f[2][0], f[2][-1]))]
            if overlapping and overlapping != inside + glued:
                continue  # a longer NER span already holds this name
            inside += glued
            # NER often takes only the first name of a Kazakh name: the longer match wins.
            found = [f for f in found if f not in inside] + [(m.start(), m.end(), words)]
    return sorted(found)


def _capitalised_runs(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, list[str]]]:
    """A name is capitalised: NER's "Асқар Мұхамеджанов пен Сәтбаев қаласының әкімі Бауыржан"
    is its capitalised runs, the words between are the sentence's."""
    runs = []
    for start, _stop, span in spans:
        for m in _CAPITALISED_RUN.finditer(span):
            runs.append((start + m.start(), start + m.end(), m.group(0).split()))
    return runs


def _other_case(first: str, last: str) -> bool:
    """"Омаров Бекеновтің": a bare surname, then one with a case ending, are two people (the
    words of one name share their case)."""
    bare = re.search(r"(?:ов|ев|ёв|ин|ұлы|улы|қызы|кызы)$", first)
    ending = _SURNAME_WORD.search(last)
    return bool(bare and ending and len(ending.group(0)) - 2 >= 2 and not re.search(
        r"(?:ұлы|улы|қызы|кызы)$", last))


def _better_role(current: str | None, found: str | None, russian: bool) -> str | None:
    """The first role the text gives (a rank alone gives way to a post), except that a Russian
    text names roles in Russian: a Kazakh wording gives way to a Russian one. (A bilingual
    text's roles are its first version's, as its headline is.)"""
    if current and found and russian and KAZAKH_LETTERS.search(current) \
            and not KAZAKH_LETTERS.search(found):
        return found
    if current and found and is_rank_only(current) and not is_rank_only(found):
        # "Майор полиции Ерлан Ахметов …", later "участковый инспектор полиции майор полиции
        # Ерлан Ахметов": the post, with the rank
        return found if current.lower() in found.lower() else f"{found}, {current.lower()}"
    return current or found


def _merge_transcriptions(people: dict[str, _Person], russian: bool) -> None:
    """A bilingual text names one person in both spellings ("Нұрбол Қайыров" in the Kazakh
    version, "Нурбол Каиров" in the Russian one): the first version's spelling stands for both.
    Two names count as one only when one is spelt with Kazakh letters and the other without."""
    ordered = sorted(people.items(), key=lambda item: item[1].position)
    for n, (key, later) in enumerate(ordered):
        later_kazakh = any(KAZAKH_LETTERS.search(s) for s in later.spellings)
        for _key, earlier in ordered[:n]:
            if (_key in people and consonants(f"{earlier.first} {earlier.last}")
                    == consonants(f"{later.first} {later.last}")
                    and later_kazakh != any(KAZAKH_LETTERS.search(s) for s in earlier.spellings)):
                earlier.role = _better_role(earlier.role, later.role, russian)
                del people[key]
                break


def _attach(people: dict[str, _Person], parts: NameParts) -> _Person | None:
    if parts.last:
        key = fold(parts.last)
        person = people.get(key)
        if person is None:  # "Саденова" read as a feminine surname: match on the stem
            person = next((p for k, p in people.items()
                           if key.startswith(k) or k.startswith(key) and len(key) > 4), None)
        if person and parts.initials and fold(parts.initials[0]) != fold(person.first[0]):
            return None
        return person
    if parts.first and parts.patronymic:
        same_first = [p for p in people.values() if fold(p.first) == fold(parts.first)]
        return same_first[0] if len(same_first) == 1 else None
    return None


def _resolve_place(role: str, regions: list[str]) -> str:
    """"…полиции мегаполиса" names the city only through the article: say which."""
    city = next((r for r in regions if not r.endswith("область")), None)
    for word in _CITY_WORDS:
        if city and role.endswith(" " + word) and regions and regions[0] == city:
            return role[: -len(word)] + city
    return role

