"""Tone: how the press treats the ministry in an article, and the words a user types for it."""

from __future__ import annotations

TONES = ("positive", "neutral", "negative")
NO_TONE = "none"  # the facet value of articles nobody has judged yet

# What a press officer may type, in English, Russian or Kazakh: a word is read by its start,
# so "негатив", "негативный", "негативная" are all negative.
_STARTS = {
    "positive": ("pos", "позит", "полож", "хорош", "оң"),
    "neutral": ("neu", "нейтр", "бейтарап"),
    "negative": ("neg", "негат", "отриц", "плох", "теріс", "жаман"),
    NO_TONE: ("none", "unknown", "нет", "без", "жоқ"),
}


def tone_from_word(word: str) -> str | None:
    """The tone a typed word names (`positive`…, or `none`), or None when it names no tone."""
    key = word.casefold().strip()
    if not key:
        return None
    for tone, starts in _STARTS.items():
        if any(key.startswith(start) or (len(key) >= 3 and start.startswith(key))
               for start in starts):
            return tone
    return None
