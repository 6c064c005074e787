"""Tone, star and note on articles: `archive.set_tone`, `archive.set_starred`, `archive.set_note`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from clipper.catalog import marks as catalog
from clipper.changes import Changes
from clipper.errors import ClipperError
from clipper.model.tone import NO_TONE, TONES

if TYPE_CHECKING:
    from clipper.archive import Archive


def set_tone(archive: "Archive", article_ids: Iterable[str], tone: str | None) -> Changes:
    """`tone` is positive, neutral or negative; None (or "none") clears it."""
    tone = None if tone == NO_TONE else tone
    if tone is not None and tone not in TONES:
        raise ClipperError(f"unknown tone «{tone}»: use positive, neutral, negative or none")
    with archive.organising(("tone",)) as edit:
        found = edit.nums_for(article_ids)
        changed = catalog.set_tone(edit.conn, list(found.values()), tone)
        edit.touched(changed)
        return _changes(edit, changed, "tone")


def set_starred(archive: "Archive", article_ids: Iterable[str], starred: bool) -> Changes:
    with archive.organising(("starred",)) as edit:
        found = edit.nums_for(article_ids)
        changed = catalog.set_starred(edit.conn, list(found.values()), bool(starred))
        edit.touched(changed)
        return _changes(edit, changed, "starred")


def set_note(archive: "Archive", article_id: str, text: str | None) -> Changes:
    """The user's note on one article (empty text removes it); searchable as `note:`."""
    note = (text or "").strip() or None
    with archive.organising(("note",)) as edit:
        num = edit.nums_for([article_id])[article_id]
        changed = [num] if catalog.set_note(edit.conn, num, note) else []
        return _changes(edit, changed, "note")


def _changes(edit, changed: list[int], field: str) -> Changes:
    return Changes(articles=edit.ids_of(changed),
                   fields=frozenset({field}) if changed else frozenset())
