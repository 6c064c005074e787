"""Language: Russian, Kazakh, or both, from the letters only Kazakh uses.

Contract: `detect_language(text)` returns "ru", "kk" or "mixed"; "ru" for text with no letters.
"""

from __future__ import annotations

import re

# Quoted words and direct speech are the people's language, not the article's: a Russian
# report quoting a Kazakh slogan or speaker is Russian.
_QUOTED = re.compile(r"«[^«»\n]*»|\"[^\"\n]*\"")
_SPEECH = re.compile(r"^\s*[–—-]\s.*?(?:[,.!?…]\s*[–—]\s|$)")

_KAZAKH_ONLY = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
# Kazakh in the Latin alphabets of 2018 ("Óskemende jol polısıasy") and 2021 ("Öskemende
# jaiau jürgınşıler"): letters Russian text never has, frequent in every Kazakh sentence.
_KAZAKH_ONLY |= set("áǵıńóúýäğñöüşūÁǴÍŃÓÚÝÄĞÑÖÜŞŪ")


def detect_language(text: str) -> str:
    kazakh_letters = russian_letters = 0
    for paragraph in text.split("\n"):
        paragraph = _SPEECH.sub("", _QUOTED.sub("", paragraph))
        letters = [ch for ch in paragraph if ch.isalpha()]
        if len(letters) < 20:
            continue
        share = sum(1 for ch in letters if ch in _KAZAKH_ONLY) / len(letters)
        # Kazakh prose has ~6–10% of its own letters; a Kazakh name in Russian text far fewer.
        if share > 0.025:
            kazakh_letters += len(letters)
        else:
            russian_letters += len(letters)
    total = kazakh_letters + russian_letters
    if not total:
        return "ru"
    share = kazakh_letters / total
    if share >= 0.8:
        return "kk"
    if share <= 0.2:
        return "ru"
    return "mixed"


# "* * *", "***", "———": the line a bilingual release puts between its two versions
_VERSIONS_SEPARATOR = re.compile(r"(?m)^\s*(?:(?:\*\s*){3,}|[-–—_=]{3,})\s*$")


def first_version(text: str) -> str | None:
    """Of a bilingual text printing both versions, the first one (its outlet, names and roles
    are the ones a reader files it under); None when the text is not two versions."""
    parts = _VERSIONS_SEPARATOR.split(text, maxsplit=1)
    if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
        return None
    first, second = (detect_language(part) for part in parts)
    return parts[0] if first != second and "mixed" not in (first, second) else None


def first_language(text: str) -> str:
    """The language a text opens in: of a bilingual one, its first version's."""
    first = first_version(text)
    if first:
        return detect_language(first)
    opening = next((p for p in text.split("\n") if sum(ch.isalpha() for ch in p) >= 40), "")
    return detect_language(opening) if opening else detect_language(text)
