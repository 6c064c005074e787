"""Language models shared by the extractors, each loaded once per process on first use."""

from __future__ import annotations

import bisect
import re
import threading
from functools import lru_cache

_lock = threading.Lock()


@lru_cache(maxsize=1)
def morph():
    """pymorphy3's Russian analyser (pymorphy2, natasha's own, does not run on Python 3.11)."""
    import pymorphy3

    with _lock:
        return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=1)
def ner():
    """natasha's news NER tagger with its segmenter: ~1 s to load, so once per process."""
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    with _lock:
        embedding = NewsEmbedding()
        return Segmenter(), NewsNERTagger(embedding)


_SENTENCE = re.compile(r"[^.!?…\n]+(?:[.!?…]+|\n|$)")
# A person is named by two capitalised words or by initials: sentences without either are
# left out of NER, which is most of its cost.
_NAME_LIKE = re.compile(
    r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі\-]+\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]|"
    r"\b[А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?[А-ЯЁӘҒҚҢӨҰҮҺІ]")


def person_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, stop, text) of every person natasha finds in `text`."""
    from natasha import Doc

    pieces = [m for m in _SENTENCE.finditer(text) if _NAME_LIKE.search(m.group(0))]
    if not pieces:
        return []
    # One document of the chosen sentences, and where each begins in the real text.
    joined, offsets, position = [], [], 0
    for m in pieces:
        offsets.append((position, m.start()))
        joined.append(m.group(0).rstrip("\n"))
        position += len(joined[-1]) + 1
    segmenter, tagger = ner()
    doc = Doc("\n".join(joined))
    doc.segment(segmenter)
    doc.tag_ner(tagger)
    spans = []
    for span in doc.spans:
        if span.type != "PER":
            continue
        index = bisect.bisect_right(offsets, (span.start, float("inf"))) - 1
        local, real = offsets[index]
        shift = real - local
        spans.append((span.start + shift, span.stop + shift, span.text))
    return spans


def has_verb(text: str) -> bool:
    """Whether Russian words in `text` include a verb or a short participle/adjective ("закрыта",
    "задержаны"): a sentence's part, not a name or a tagline."""
    if re.search(r"[әғқңөұүһі]", text.lower()):
        return False  # Kazakh: the Russian dictionary reads its words wrongly ("облысы")
    return any(morph().parse(word)[0].tag.POS in ("VERB", "PRTS", "ADJS", "INFN", "GRND")
               for word in re.findall(r"[а-яё]+", text.lower()))
