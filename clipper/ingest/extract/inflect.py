"""Russian phrases to the nominative: "официального представителя ДЧС" → "официальный
представитель ДЧС", "Улытауского областного суда" → "Улытауский областной суд".

The head noun and the adjectives before it agree and change; what follows (dependents in
the genitive, proper names) stays as printed. Words the dictionary does not know are left.
"""

from __future__ import annotations

from functools import lru_cache

from clipper.ingest.nlp import morph

_KAZAKH = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
# The first part of "вице-министра", "генерал-майора": never declines
_UNDECLINED_PREFIXES = {"вице", "экс", "премьер", "генерал", "обер", "штаб", "унтер"}


@lru_cache(maxsize=20_000)
def _parse(word: str):
    return morph().parse(word.lower())[0]


def nominative_phrase(words: list[str], oblique_only: bool = False) -> list[str]:
    """`words` with the head noun and its adjectives in the nominative, case kept per word.

    `oblique_only`: change nothing unless the head is in an oblique case (a name printed in
    the nominative already, or a Kazakh one, stays as it is).
    """
    if not words or _KAZAKH & set(words[0]):
        return list(words)
    readings = [reading(w, words[i + 1] if i + 1 < len(words) else None)
                for i, w in enumerate(words)]
    head = next((i for i, (w, r) in enumerate(zip(words, readings))
                 if r.tag.POS == "NOUN" or "-" in w or r.tag.POS not in ("ADJF", "PRTF")),
                len(words) - 1)
    if any(_KAZAKH & set(w) and (i <= head or w[:1].islower()) for i, w in enumerate(words)):
        return list(words)  # Kazakh words ("Орал өңірі"); a Kazakh name after the head stays
        # as printed ("акима области Жетісу" → "аким области Жетісу")
    prefix, _, last = words[head].rpartition("-")  # "вице-министра": the last part inflects
    noun = _parse(last)
    if noun.tag.POS in ("ADJF", "PRTF") and head == len(words) - 1 and noun.tag.case != "nomn":
        # "с участковым": an adjective standing for its noun is the head; singular, its gender
        return [_like(w, r.inflect({"nomn", "sing", r.tag.gender or "masc"}) or r)
                for w, r in zip(words, readings)]
    if noun.tag.POS != "NOUN" or not noun.is_known:
        return list(words)
    if oblique_only and noun.tag.case == "nomn":
        return list(words)
    gender = noun.tag.gender if noun.tag.number != "plur" else None
    if "ms-f" in noun.tag:
        gender = "masc"  # "судья" is of common gender; its adjectives take the masculine
    inflected = _like(last, noun.inflect({"nomn"}))
    first = _parse(prefix) if prefix else None
    if first is not None and prefix.lower() not in _UNDECLINED_PREFIXES \
            and first.tag.POS == "NOUN" and first.tag.case == noun.tag.case != "nomn":
        # "следователю-криминалисту": both nouns of a compound post decline ("вице-" does not)
        prefix = _like(prefix, first.inflect({"nomn"}))
    out = [f"{prefix}-{inflected}" if prefix else _like(words[head], noun.inflect({"nomn"}))]
    for word, parse in reversed(list(zip(words[:head], readings[:head]))):
        agreed = parse.inflect({"nomn", gender} if gender else {"nomn", "plur"}) \
            or parse.inflect({"nomn"})
        out.insert(0, _like(word, agreed))
    return out + list(words[head + 1:])


@lru_cache(maxsize=20_000)
def reading(word: str, following: str | None = None):
    """The word's likeliest parse, or an adjective one that agrees in case with the word after
    it: "главного государственного инспектора" is the adjective главный, not the noun
    главное; "данным руководителя" stays the noun (no agreement)."""
    parse = _parse(word)
    if following is None or parse.tag.POS in ("ADJF", "PRTF"):
        return parse
    after = _parse(following)
    if after.tag.POS not in ("ADJF", "PRTF", "NOUN"):
        return parse
    return next((p for p in morph().parse(word.lower()) if p.tag.POS in ("ADJF", "PRTF")
                 and p.tag.case == after.tag.case), parse)


def _like(original: str, parse) -> str:
    """The inflected word with the original's capitalisation."""
    if parse is None:
        return original
    word = parse.word
    if original.isupper() and len(original) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if original[:1].isupper() else word
