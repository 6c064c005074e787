"""A tag as the tag panel shows it, and what deleting one would touch."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tag:
    name: str
    colour: str | None  # "#rrggbb", or None for the panel's default
    count: int  # articles carrying it

    def as_json(self) -> dict:
        return {"name": self.name, "colour": self.colour, "count": self.count}


@dataclass(frozen=True)
class TagUsage:
    """What a tag is on: shown before it is deleted."""

    articles: int
    rules: int
