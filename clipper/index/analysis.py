"""How text becomes index terms, for Russian and Kazakh news.

A word's search stem, in order of what decides it:
1. Kazakh words (with Kazakh letters) lose their case, possessive and plural endings:
   "министрі" → "министр", "Алматыда" → "алматы";
2. places in the gazetteer become one token whatever their case: "Астане", "Астана" → "астан";
3. Russian-pattern surnames keep their -ов/-ев/-ин base: "Саденов", "Саденова", "Саденовым";
   a dictionary word of that shape ("мошенников", "токаев") is filed under both readings;
4. a Kazakh ending on a Russian word ("полициясы") is removed when what is left is Russian;
5. everything else: Snowball Russian (PyStemmer).
Kazakh letters fold to their Russian neighbours and ё to е, so a query typed on a Russian
keyboard finds Kazakh spellings. Hyphenated words are indexed whole and by their parts.
"""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer
from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer

from clipper.ingest.extract.regions import place_stems
from clipper.ingest.nlp import morph
from clipper.paths import resources_dir

_RUSSIAN = Stemmer.Stemmer("russian")
WORD_PATTERN = r"\w+(?:-\w+)*"
_KAZAKH_LETTERS = set("әғқңөұүһі")
_FOLD = str.maketrans("әғқңөұүһіё", "агкноуухие")
_SURNAME = re.compile(r"^(.{3,}(?:ов|ев|ин|ын))(а|у|ым|е|ом|ой|ою|ы|ых|ыми)?$")
# Kazakh endings, longest first: case, then possessive, then plural.
_KAZAKH_CASE = sorted("ның нің дың дің тың тің ға ге қа ке на не ны ні ды ді ты ті да де та те "
                      "нда нде нан нен дан ден тан тен мен бен пен ымен імен ға ге".split(),
                      key=len, reverse=True)
_KAZAKH_POSSESSIVE = sorted("сы сі ы і ым ім ың ің мыз міз ңыз ңіз лары лері".split(),
                            key=len, reverse=True)
_KAZAKH_PLURAL = sorted("лар лер дар дер тар тер".split(), key=len, reverse=True)
_VOWELS = set("аәеиоөуұүыіэюяё")


def fold(word: str) -> str:
    return word.lower().translate(_FOLD)


def kazakh_base(word: str) -> str:
    """A Kazakh word without its endings, keeping at least a syllable of stem."""
    for endings in (_KAZAKH_CASE, _KAZAKH_POSSESSIVE, _KAZAKH_PLURAL):
        for ending in endings:
            stem = word[: -len(ending)]
            if word.endswith(ending) and len(stem) >= 3 and _VOWELS & set(stem):
                word = stem
                break
    return word


@lru_cache(maxsize=500_000)
def index_stems(word: str) -> tuple[str, ...]:
    """The index terms of a lower-case word: one, or two at the same position when the word
    could be a surname or a common noun ("токаев", "мошенников")."""
    folded = word.translate(_FOLD)
    place = _place_stem(folded)  # before Kazakh endings go: "Алматыға" → the place
    if place:
        return (place,)
    if _KAZAKH_LETTERS & set(word):
        folded = kazakh_base(word).translate(_FOLD)
        place = _place_stem(folded)
        if place:
            return (place,)
    fixed = _fixed_stem(folded)
    if fixed:
        return (fixed,)
    m = _SURNAME.match(folded)
    if m and len(m.group(1)) >= 5:
        if _common_noun(folded):
            return (m.group(1), _RUSSIAN.stemWord(folded))
        return (m.group(1),)
    if len(folded) > 5 and not morph().word_is_known(folded):
        bare = kazakh_base(folded)  # "полициясы": a Russian word with a Kazakh ending
        if bare != folded and morph().word_is_known(bare):
            folded = bare
    return (_RUSSIAN.stemWord(folded),)



def query_stem(typed: str) -> str:
    """The term a typed query word stands for: a capitalised "Токаев" means the surname,
    a lower-case "мошенников" the common noun."""
    stems = index_stems(typed.lower().replace("ё", "е"))
    return stems[0] if len(stems) > 1 and typed[:1].isupper() else stems[-1]


def _common_noun(word: str) -> bool:
    return any(p.is_known and p.tag.POS == "NOUN" and not ({"Name", "Surn", "Geox"} & p.tag.grammemes)
               for p in morph().parse(word))


def _place_stem(word: str) -> str | None:
    stems = place_stems()
    for length in range(min(len(word), 16), 3, -1):
        stem = stems.get(word[:length])
        if stem and len(word) - length <= 5:
            return stem
    return None


@lru_cache(maxsize=1)
def _fixed_stems() -> tuple[str, ...]:
    path = resources_dir() / "text" / "stems.tsv"
    stems = [line.split("\t")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    return tuple(sorted(stems, key=len, reverse=True))


def _fixed_stem(word: str) -> str | None:
    return next((s for s in _fixed_stems() if word.startswith(s) and len(word) - len(s) <= 3),
                None)


class YoFilter(Filter):
    """ё and е are one letter to a reader; most texts print е where ё is meant."""

    def __call__(self, tokens):
        for token in tokens:
            token.text = token.text.replace("ё", "е")
            yield token


class HyphenPartsFilter(Filter):
    """"касым-жомарт" is found as a whole and by each part (same position)."""

    def __call__(self, tokens):
        for token in tokens:
            whole = token.text
            yield token
            if "-" in whole:
                for part in whole.split("-"):
                    if len(part) > 1:
                        token.text = part
                        yield token


class SearchStemFilter(Filter):
    def __call__(self, tokens):
        for token in tokens:
            for stem in index_stems(token.text):
                token.text = stem
                yield token


def stemming_analyzer():
    """Headline, text, author, note: every word form finds every other."""
    return (RegexTokenizer(WORD_PATTERN) | LowercaseFilter() | YoFilter() | HyphenPartsFilter()
            | SearchStemFilter())


def exact_analyzer():
    """The exact word forms, for "phrases" and !pinned words."""
    return RegexTokenizer(WORD_PATTERN) | LowercaseFilter() | YoFilter() | HyphenPartsFilter()
