"""A short passage of an article around the words a query matched, with those words marked."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable

from clipper.index.analysis import WORD_PATTERN, fold, index_stems

# The passage is looked for in the first part of an article: its lead is there, and a result
# page makes 50 snippets, so the cost must stay small whatever the article's length.
MAX_TEXT = 3_000
_WORD = re.compile(WORD_PATTERN)
_SPACES = re.compile(r"\s+")


@dataclass
class Snippet:
    text: str
    marks: list[tuple[int, int]] = field(default_factory=list)  # [start, end) offsets into text

    def render(self, before: str = "[", after: str = "]") -> str:
        out, last = [], 0
        for start, end in self.marks:
            out += [self.text[last:start], before, self.text[start:end], after]
            last = end
        out.append(self.text[last:])
        return "".join(out)


def make_snippet(text: str, marks: Callable[[str, tuple], bool] | None, width: int = 240,
                 starts: Iterable[str] = ()) -> Snippet:
    """The `width`-character window of `text` with the most matched words; `marks(form, stems)`
    says whether a word (its exact lower-case form and its index terms) matched the query.
    `starts`: what every matching word begins with (stems, forms, prefixes), so that only the
    words starting so are looked at."""
    text = text[:MAX_TEXT]
    matches = matched_spans(text, marks, starts)
    if not matches:
        return Snippet(_trim(text, 0, width))
    best_start, best_count = matches[0][0], 0
    for i, (start, _end) in enumerate(matches):
        count = sum(1 for s, _e in matches[i:] if s < start + width)
        if count > best_count:
            best_start, best_count = start, count
    begin = max(0, best_start - width // 4)
    # Start at a word boundary so the snippet does not open on half a word.
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    end = min(len(text), begin + width)
    while end < len(text) and not text[end].isspace() and end - begin < width + 30:
        end += 1
    window = text[begin:end]
    collapsed, offsets = _collapse_whitespace(window)
    marks = [(offsets[s - begin], offsets[e - begin]) for s, e in matches
             if s >= begin and e <= end]
    prefix = "…" if begin > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix)
    return Snippet(prefix + collapsed + suffix, [(s + shift, e + shift) for s, e in marks])


def matched_spans(text: str, marks: Callable[[str, tuple], bool] | None,
                  starts: Iterable[str] = ()) -> list[tuple[int, int]]:
    """[start, end) of every word of `text` that matched (see make_snippet for the arguments)."""
    matches: list[tuple[int, int]] = []
    starts = sorted({fold(s) for s in starts if s}, key=len, reverse=True)
    if marks is None or not starts:
        return matches
    folded = fold(text)
    if len(folded) != len(text):  # a letter whose lower case is longer: look at every word
        candidates = _WORD.finditer(text)
    else:
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, starts)) + r")[\w\-]*")
        candidates = pattern.finditer(folded)
    for m in candidates:
        form = text[m.start():m.end()].lower().replace("ё", "е")
        if marks(form, index_stems(form)) or "-" in form and any(
                marks(part, index_stems(part)) for part in form.split("-") if len(part) > 1):
            matches.append((m.start(), m.end()))
    return matches


def _collapse_whitespace(window: str) -> tuple[str, list[int]]:
    """`window` with runs of whitespace as one space, and old offset → new offset."""
    out, offsets, in_space = [], [], False
    for ch in window:
        offsets.append(len(out))
        if ch.isspace():
            if not in_space:
                out.append(" ")
            in_space = True
        else:
            out.append(ch)
            in_space = False
    offsets.append(len(out))
    return "".join(out), offsets


def _trim(text: str, begin: int, width: int) -> str:
    window = _SPACES.sub(" ", text[begin:begin + width])  # no marks to keep: a regex will do
    return window.strip() + ("…" if len(text) > begin + width else "")
