"""How text becomes index terms: words, lower case, ё as е, Russian Snowball stems (PyStemmer)."""

from __future__ import annotations

import Stemmer
from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StemFilter

_RUSSIAN = Stemmer.Stemmer("russian")
WORD_PATTERN = r"\w+"


def stem_russian(word: str) -> str:
    # Module level, not a lambda: whoosh pickles the schema when it indexes with procs > 1.
    return _RUSSIAN.stemWord(word)


class YoFilter(Filter):
    """ё and е are one letter to a reader; most texts print е where ё is meant."""

    def __call__(self, tokens):
        for token in tokens:
            token.text = token.text.replace("ё", "е")
            yield token


def russian_analyzer():
    return (RegexTokenizer(WORD_PATTERN) | LowercaseFilter() | YoFilter()
            | StemFilter(stemfn=stem_russian, cachesize=100_000))
