"""Language models shared by the extractors, each loaded once per process on first use."""

from __future__ import annotations

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


def person_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, stop, text) of every person natasha finds in `text`."""
    from natasha import Doc

    segmenter, tagger = ner()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_ner(tagger)
    return [(span.start, span.stop, span.text) for span in doc.spans if span.type == "PER"]
