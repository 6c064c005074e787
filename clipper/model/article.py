"""An article as the archive holds it, and what extraction found in a file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Extraction:
    """What reading and understanding one file produced, before the archive gives it an id.

    `raw_text` is the decoded file as it was; `text` the article without page chrome.
    """

    raw_text: str
    text: str
    encoding: str
    title: str | None = None
    title_derived: bool = False
    date: dt.date | None = None
    date_origin: str = "none"  # header | dateline | page | none
    date_confidence: float = 0.0
    source: str | None = None
    author: str | None = None
    lang: str = "ru"
    regions: list[str] = field(default_factory=list)
    officials: list[str] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    uncertain: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Article:
    """One clipping in the archive."""

    id: str
    title: str | None
    date: dt.date | None
    source: str | None
    author: str | None
    lang: str
    regions: list[str]
    officials: list[str]
    tags: list[str]
    text: str = ""
    original_name: str = ""
    content_hash: str = ""
    imported_at: str = ""
    title_derived: bool = False
    date_origin: str = "none"
    date_confidence: float = 0.0
    roles: dict[str, str] = field(default_factory=dict)
    uncertain: list[str] = field(default_factory=list)
    corrected: list[str] = field(default_factory=list)
    tone: str | None = None
    note: str | None = None
    starred: bool = False
    snippet: str = ""

    def summary(self) -> dict:
        """The ARTICLE shape of the CLI's JSON output (fields are added over time, never renamed)."""
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "source": self.source,
            "author": self.author,
            "lang": self.lang,
            "regions": list(self.regions),
            "officials": list(self.officials),
            "tags": list(self.tags),
            "tone": self.tone,
            "note": self.note,
            "starred": self.starred,
            "snippet": self.snippet,
        }

    def details(self) -> dict:
        """`show --json`: the summary, the clean text, the original file and extraction's doubts."""
        return {
            **self.summary(),
            "text": self.text,
            "original": self.original_name,
            "date_origin": self.date_origin,
            "date_confidence": self.date_confidence,
            "title_derived": self.title_derived,
            "roles": dict(self.roles),
            "uncertain": list(self.uncertain),
            "corrected": list(self.corrected),
        }
