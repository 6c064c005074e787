"""What an operation changed, and how far a long operation has got."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Progress:
    """One step of a long job: `done` of `total` items, `current` names the item at hand."""

    done: int
    total: int
    current: str = ""

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 1.0


@dataclass(frozen=True)
class Changes:
    """What a user action changed, so a view refreshes only that and can say so."""

    articles: frozenset[str] = field(default_factory=frozenset)
    tags_changed: bool = False  # the tag list changed: names, colours or counts
    # Which of the articles' organised fields changed: "tags", "tone", "note", "starred".
    fields: frozenset[str] = field(default_factory=frozenset)
    saved_searches: frozenset[str] = field(default_factory=frozenset)  # names added or removed
    rules: frozenset[int] = field(default_factory=frozenset)  # ids of rules added or removed

    @property
    def count(self) -> int:
        return len(self.articles)
