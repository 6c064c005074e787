"""A Kazakh role as printed before the name: "Қарағанды облысы полиция департаментінің бастығы,
полиция полковнигі". Kazakh prints the role before the name and ends it in its head word, so it
is kept as printed, not inflected.

Contract: `kazakh_role(words)` takes the words of the clause before a name and returns the role
they end with, or None. Never raises.
"""

from __future__ import annotations

import re

from clipper.ingest.extract.regions import is_place_name
from clipper.ingest.extract.role_words import is_kazakh_rank, vocabulary

_ADJECTIVE_ENDINGS = ("тық", "лық", "дық", "тік", "лік", "дік")
_KAZAKH_AND = {"мен", "бен", "пен", "және"}
# The accusative ("айыптауды", "отырысын"), the locative ("барысында") and past participles
# ("өткізген"): endings no word of a role takes ("ауданы", "міндетін атқарушы" are a role's)
_NOT_IN_ROLE = re.compile(r"(?:у(?:ды|ді)|с[ыі]н|да|де|[^аеыіоөұүәуюя](?:та|те)|ған|ген|қан|кен)$")
_NAMED = re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІ]\w+(?:ов|ев|ин|ова|ева|ина|ұлы|улы|қызы|кызы)$")


def kazakh_role(words: list[str]) -> str | None:
    """Kazakh prints the role before the name, ending in its head word: "…басқармасының бастығы".

    It opens with the proper name of a place or body ("Қарағанды облысы …", "ІІМ …"): the
    capitalised run nearest the name, which also leaves out a verb such as "деді" before it.
    """
    words = words[-14:]
    # "…, – деді облыстық полиция … бастығы": a speech verb ends the clause before the role
    verbs = [i for i, word in enumerate(words) if word.lower() in vocabulary()["kk-verb"]
             # "«Үздік полиция қызметкері» төсбелгісі … инспекторға": the award is the subject
             or word.lower() in vocabulary()["kk-award"]
             # "Хаттама толтырмау үшін ол жергілікті … инспекторы": the pronoun or adverb that
             # opens a clause ends what stands before the role
             or i and word.islower() and word in vocabulary()["kk-opener"]
             # "Айгүл Сейітова мен прокурор Ерлан Нұров": "and" after a person's name
             or word.lower() in _KAZAKH_AND and (not i or _NAMED.search(words[i - 1]))]
    if verbs:
        words = words[verbs[-1] + 1:]
    end = len(words)
    while end and is_kazakh_rank(words[end - 1]):
        end -= 1
    if not end or words[end - 1].lower() not in vocabulary()["role"]:
        return None
    # A role is a chain of genitives ending in its head word: a word in the accusative or the
    # locative, or a participle, belongs to the sentence ("Мемлекеттік айыптауды …", "Сапар
    # барысында …", "отырысын өткізген …"), and the role starts after it
    # ("табиғат пайдалануды реттеу басқармасы": the object of a verbal noun is the body's name)
    outside = [i for i in range(end - 1) if words[i].islower() and _NOT_IN_ROLE.search(words[i])
               and not words[i + 1].endswith("у")
               and words[i] not in vocabulary()["kk-attribute"]]
    if outside:
        words, end = words[outside[-1] + 1:], end - outside[-1] - 1
    rank = words[end:]
    capitals = [i for i, word in enumerate(words[:end]) if word[:1].isupper()]
    start = capitals[-1] if capitals else 0
    while start > 0:
        if words[start - 1][:1].isupper():
            start -= 1
        elif (start > 1 and _is_unit(words[start - 1])
              and words[start - 2][:1].isupper()):
            start -= 2  # "Қызылорда облысы ТЖД-ның …": the place opens the role
        elif _is_unit(words[start - 1]) and words[start - 1].endswith(_ADJECTIVE_ENDINGS):
            start -= 1  # "облыстық ПД бастығы": the adjective of the unit qualifies the body
        else:
            break
    if start < end - 1 and words[start].lower() in vocabulary()["kk-opener"]:
        start += 1  # "Ал облыстық білім басқармасының басшысы": "Ал" opens the sentence
    if (start < end - 1 and words[start + 1][:1].isupper()
            and _is_case_marked_word(words[start])
            # "Қазақстан Республикасының …": a word before a possessive one is its name
            and not _POSSESSIVE.search(words[start + 1])):
        start += 1  # "Рейдке Маңғыстау облысы прокурорының орынбасары": the sentence's object
    # "Стансаның ашылуында облыс әкімінің орынбасары": words in oblique cases opening the
    # sentence before the unit that opens the role are where and when, not the role
    unit = next((i for i in range(start, end) if _is_unit(words[i])),
                None)
    if unit and words[unit - 1][:1].isupper() and _UNIT_OF_NAME.search(words[unit].lower()):
        unit -= 1  # "Ескелді ауданының әкімі": a capitalised word before "ауданы" is its name
    if unit and all(_KAZAKH_OBLIQUE.search(w.lower()) and not is_place_name(w)
                    for w in words[start:unit]):
        start = unit
    role = " ".join(words[start:end])
    role = role[:1].upper() + role[1:]
    return f"{role}, {' '.join(rank)}" if rank else role


# "Республикасы", "Республикасының": the possessive of a compound name ("Қазақстан Республикасы")
_POSSESSIVE = re.compile(r"(?:сы|сі)(?:ның|нің)?$")
# "ауданы", "облысының": a unit in the possessive, which the place's name before it governs;
# not "облыс әкімі" ("Астанада облыс әкімі …") nor the adjective "облыстық"
_UNIT_OF_NAME = re.compile(r"[ыіyı](?:ның|нің|nyñ|nıñ|nyń|nıń)?$")
_KAZAKH_CASE_ENDING = re.compile(r"(?:ке|ге|қа|ға|да|де|та|те|ны|ні|ды|ді|ты|ті|дан|ден|тан|тен|"
                                 r"нан|нен|"
                                 # the same in Latin script: "Aksiiağa", "Reıdke"
                                 r"ke|ge|qa|ǵa|ğa|da|de|ta|te|ny|ni|nı|dy|di|dı|ty|ti|tı|dan|den|"
                                 r"tan|ten|nan|nen)$")
_KAZAKH_OBLIQUE = re.compile(r"(?:ның|нің|дың|дің|тың|тің|нда|нде|ке|ге|қа|ға|да|де|та|те|ны|"
                             r"ні|ды|ді|ты|ті|дан|ден|тан|тен|нан|нен)$")


def _is_case_marked_word(word: str) -> bool:
    """A capitalised common word opening the sentence in an oblique case ("Рейдке", "Істі"),
    not the proper name that opens a role ("Алматы облысы", "ІІМ")."""
    return (word[:1].isupper() and not word.isupper()
            and bool(_KAZAKH_CASE_ENDING.search(word.lower())) and not is_place_name(word))


def _is_unit(word: str) -> bool:
    """"облысы", "қаласының", "aýdany": a Kazakh word for a region, town or district."""
    return word.lower().startswith(tuple(vocabulary()["kk-unit"]))
