"""Which words make a role: a post ("начальник", "бастығы"), a rank ("полковник"), a state body
("департамент"), a private one ("ТОО"). The lists live in `resources/text/roles.tsv`.

Contract: pure functions over words and role phrases; they never raise.
"""

from __future__ import annotations

import re
from functools import lru_cache

from clipper.ingest.nlp import morph
from clipper.paths import resources_dir

# Abbreviations keep their period as part of the word: "ДП г. Алматы" is one role.
ABBREVIATED = r"(?:г|гг|обл|им|ул|пос|мкр|ст|р-н)"
# A «quoted» name inside a role ("таможенного поста «Нур жолы»") is one word of it.
# The dash joining two posts of one person ("… департамента – начальник управления"), masked
# so that it ends no clause; it stands as a word of the role
TITLE_DASH = "\u2012"
TOKEN = re.compile(rf"(?i:и\.\s?о\.)|{ABBREVIATED}\.|«[^»\n]{{1,40}}»|№\s?\d+|[\w][\w\-]*"
                   rf"|{TITLE_DASH}")



@lru_cache(maxsize=1)
def vocabulary() -> dict[str, set[str]]:
    words: dict[str, set[str]] = {"role": set(), "rank": set(), "rank-tail": set(),
                                  "public": set(), "body": set(), "private": set(),
                                  "kk-verb": set(), "kk-opener": set(), "state": set(),
                                  "function": set(), "named-body": set(), "kk-rank": set(),
                                  "kk-unit": set(), "kk-attribute": set(), "kk-award": set()}
    for line in (resources_dir() / "text" / "roles.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, word = line.split("\t")
            words[kind].add(word.strip())
    return words


@lru_cache(maxsize=20_000)
def parse(word: str):
    return morph().parse(word.lower())[0]


def lemma(word: str) -> str:
    return parse(word).normal_form.replace("ё", "е")


@lru_cache(maxsize=20_000)
def noun_lemma(word: str) -> str:
    """The dictionary form as a noun or adjective, where the likeliest reading is another part
    of speech: "судна" is the noun судно, not the short adjective судный."""
    found = next((p for p in morph().parse(word.lower()) if p.tag.POS in ("NOUN", "ADJF")),
                 None)
    return found.normal_form.replace("ё", "е") if found else word.lower()


def is_role_word(word: str) -> bool:
    if lemma(word) in vocabulary()["role"] or word.lower() in vocabulary()["role"]:
        return True
    # "инспектор-кинолог", "следователь-криминалист": a post and its speciality in one word
    head, dash, _ = word.partition("-")
    return bool(dash) and lemma(head) in vocabulary()["role"] \
        and head.lower() not in ("вице", "экс")


def is_rank(word: str) -> bool:
    return lemma(word) in vocabulary()["rank"]


def is_kazakh_rank(word: str) -> bool:
    """A word of a Kazakh rank, printed after the post: "полиция полковнигі", "polısıa
    podpolkovnıgi" (Latin script)."""
    return word.lower() in vocabulary()["kk-rank"]


def is_rank_word(word: str) -> bool:
    """A word of a rank in either language: "старший", "лейтенант", "полиции", "полковнигі"."""
    return (is_rank(word) or word.lower() in vocabulary()["rank-tail"]
            or is_kazakh_rank(word))


def is_rank_only(role: str) -> bool:
    """"Подполковник полиции", "полиция полковнигі": a rank with no post."""
    words = TOKEN.findall(role)
    return bool(words) and all(is_rank_word(w) for w in words)


_FORMER = re.compile(r"^(?:бывш|экс-|бұрынғы)|в отставке$|запаса$", re.IGNORECASE)
# "ЦОНа", "ДЧСа": an abbreviation with a Russian case ending is the abbreviation
_DECLINED_ABBREVIATION = re.compile(r"^([А-ЯЁ]{2,})(?:а|у|ом|е)$")


def is_public(role: str, state_agency_named: bool = False) -> bool:
    """Is this role a public post (an official's), not a job in a company or a school?

    A public post by itself ("Министр …", "Судья …") or any role naming a state body
    ("начальник департамента полиции", "руководитель управления … акимата"), unless it names a
    private one ("директор ТОО", "капитан рыболовецкого судна"); a rank ("полковник полиции")
    is a public servant's. The words of a «quoted» name count: "филиала НАО «Правительство для
    граждан»" names the government. A bare "агентства" closing the role ("Председатель
    агентства") names the state agency the text named (`state_agency_named`), if it did.
    """
    if _FORMER.search(role):
        return False  # "бывший заместитель акима", "полковник полиции в отставке": no post now
    words = TOKEN.findall(role)
    words += [w for q in words if q.startswith("«") for w in TOKEN.findall(q[1:-1])]
    if any(w[:1].isupper() and noun_lemma(w) in vocabulary()["named-body"] for w in words):
        return True  # "Агентства по финансовому мониторингу": a named state agency
    if state_agency_named and words and noun_lemma(words[-1]) in vocabulary()["named-body"]:
        return True
    lemmas = {lemma(w) for w in words} | {noun_lemma(w) for w in words} | {
        w.lower() for w in words} | {
        m.group(1).lower() for w in words if (m := _DECLINED_ABBREVIATION.match(w))} | {
        # "ПД-ның", "ДП-ге": a Kazakh case ending joins an abbreviation with a hyphen
        w.split("-")[0].lower() for w in words if w.split("-")[0].isupper()}
    pairs = {f"{noun_lemma(a)} {noun_lemma(b)}" for a, b in zip(words, words[1:])}
    if pairs & vocabulary()["state"]:
        return True  # "представитель Национального банка": a state body named like a private one
    if lemmas & vocabulary()["private"]:
        return False
    if any(is_rank(w) for w in words):
        return True
    public = vocabulary()["public"] | vocabulary()["body"]
    # A body the dictionary does not know keeps its stem: "маслихата", Kazakh "прокурорының"
    return bool(lemmas & public) or any(
        w.lower().startswith(b) for w in words for b in public if len(b) >= 6)


# "Агентство по регулированию …", "Агентства Республики Казахстан по …": a state agency's name
_STATE_AGENCY = re.compile(r"\b([А-ЯЁ]\w+)\s+(?:по|Республики|РК)\b")


def names_state_agency(text: str) -> bool:
    """Does the text name a state agency ("Агентство по …"), so that a bare "агентства" later
    is that agency, not an estate or advertising agency?"""
    return any(noun_lemma(m.group(1)) in vocabulary()["named-body"]
               for m in _STATE_AGENCY.finditer(text))


def is_function(role: str) -> bool:
    """"Государственный обвинитель", "мемлекеттік айыптаушы": what one does in a proceeding, not
    a post; printed before the post, it is left out of the role."""
    return any(lemma(w) in vocabulary()["function"] or w.lower() in vocabulary()["function"]
               for w in TOKEN.findall(role))



def is_body_abbreviation(word: str) -> bool:
    """"ДП", "ГОП", "МВД": a state body printed in capitals, which is never a person's name."""
    return word.isupper() and len(word) > 1 and word.lower() in vocabulary()["body"]
