"""A Russian role phrase as the label gives it: the post in the nominative, then ", rank".

Contract: `format_role(words, rank)` takes the role's words as printed (in any case) and the
rank's, and returns "Начальник департамента полиции области, генерал-майор полиции". Never raises.
"""

from __future__ import annotations

from clipper.ingest.extract.inflect import nominative_phrase
from clipper.ingest.extract.role_words import TITLE_DASH, TOKEN, is_rank, lemma, parse

RANK_GRADES = {"старший", "младший", "главный"}
# Acting, printed short before the role word: kept as printed, the role after it as well
ACTING = {"и.о.", "и. о.", "врио"}
# Participles that head a role and govern what follows in its own case ("заведующий отделом")
_GOVERNING = {"заведовать", "заведующий", "управлять", "управляющий", "командовать",
              "командующий"}


def format_role(phrase: list[str], rank: list[str]) -> str | None:
    if TITLE_DASH in phrase:
        # "заместителя начальника ДП – начальника управления": two posts, each its own phrase
        cut = phrase.index(TITLE_DASH)
        first, second = format_role(phrase[:cut], []), format_role(phrase[cut + 1:], rank)
        if not (first and second):
            return first or second
        return f"{first} – {second[:1].lower()}{second[1:]}"
    # A rank inside the phrase ("…области генерал-майора") moves behind a comma.
    for i, word in enumerate(phrase):
        if i and is_rank(word):
            if lemma(phrase[i - 1]) in RANK_GRADES:
                i -= 1  # "старший лейтенант", "младший советник юстиции": one rank
            phrase, rank = phrase[:i], phrase[i:] + rank
            break
    if not phrase:
        phrase, rank = rank, []
    role = " ".join(nominative_head(phrase))
    if role.endswith(" РК") and role.lower().startswith(("министр ", "вице-министр ")):
        role = role[:-3]  # "Министр внутренних дел РК": a minister is the country's anyway;
        # elsewhere "РК" is kept as printed ("Депутат Мажилиса Парламента РК")
    role = role[:1].upper() + role[1:]
    if rank:
        role += ", " + " ".join(nominative_head(rank)).lower()
    return role


def nominative_head(words: list[str]) -> list[str]:
    if len(words) > 1 and words[0].lower() in ACTING:
        return [words[0].lower(), *words[1:]]  # "и.о. акима района": as printed
    if len(words) > 1 and (len(words) > 2 and words[1].lower() == "обязанности"
                           or lemma(words[0]) in _GOVERNING):
        # "заведующего отделом образования", "управляющий делами": the object stays as printed
        # "исполняющей обязанности руководителя …": the participle heads, what follows is its
        # object and stays as printed
        head = parse(words[0])
        nominative = head.inflect({"nomn", "sing", head.tag.gender or "masc"})
        return [nominative.word if nominative else words[0].lower(), *words[1:]]
    return [w.lower() if i == 0 else w for i, w in enumerate(nominative_phrase(words))]


def plural_head(role: str) -> bool:
    """"Депутаты Мажилиса", "Полицейские": a role printed for several people named after it."""
    words = TOKEN.findall(role)
    head = parse(words[0]) if words else None
    return head is not None and head.tag.number == "plur" and head.tag.case == "nomn" \
        and head.tag.POS in ("NOUN", "ADJF")


def singular_role(role: str) -> str:
    """"Депутаты Мажилиса" → "Депутат Мажилиса": the post of each of the people named."""
    first, _, rest = role.partition(" ")
    head = parse(first)
    one = head.inflect({"nomn", "sing"} | ({"masc"} if head.tag.POS == "ADJF" else set()))
    if one is None:
        return role
    return " ".join(w for w in (one.word[:1].upper() + one.word[1:], rest) if w)
