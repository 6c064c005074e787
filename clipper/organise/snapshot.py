"""Undo for organising: the tags, tone, note and star of a set of articles, taken before a
change and put back in one transaction.

The window takes `archive.organise_snapshot(ids)` before a tag, tone or bulk edit and pushes
it on its undo stack; undo is `archive.restore(snapshot)` (taking a snapshot first gives redo).
A tag deleted or merged away since is created again, with its colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from clipper.catalog import articles
from clipper.catalog import marks as catalog_marks
from clipper.catalog import tags as catalog_tags
from clipper.changes import Changes
from clipper.organise.edit import Edit


@dataclass(frozen=True)
class Marks:
    """One article's organised state."""

    tags: tuple[str, ...]
    tone: str | None
    note: str | None
    starred: bool


@dataclass(frozen=True)
class OrganiseSnapshot:
    articles: dict[str, Marks]  # article id → its state when taken
    tag_colours: dict[str, str | None]  # the tags they carried, to recreate one deleted since

    @property
    def count(self) -> int:
        return len(self.articles)


def take(conn, nums: list[int]) -> OrganiseSnapshot:
    marks = catalog_marks.read(conn, nums)
    tags = catalog_tags.names_by_article(conn, list(marks))
    state = {article_id: Marks(tuple(tags.get(num, ())), tone, note, starred)
             for num, (article_id, tone, note, starred) in marks.items()}
    names = sorted({t for m in state.values() for t in m.tags})
    return OrganiseSnapshot(state, catalog_tags.colours(conn, names))


def restore(edit: Edit, snapshot: OrganiseSnapshot) -> Changes:
    """Put every article of the snapshot back as it was; only what differs is written."""
    conn = edit.conn
    found = articles.nums_for_ids(conn, list(snapshot.articles))  # gone since: nothing to undo
    now = take(conn, list(found.values())).articles
    changed: dict[str, set[str]] = {}
    untag: dict[str, list[int]] = {}
    retag: dict[str, list[int]] = {}
    tones: dict[str | None, list[int]] = {}
    stars: dict[bool, list[int]] = {}
    for article_id, num in found.items():
        before, current = snapshot.articles[article_id], now[article_id]
        if before.tags != current.tags:
            for name in set(current.tags) - set(before.tags):
                untag.setdefault(name, []).append(num)
            for name in set(before.tags) - set(current.tags):
                retag.setdefault(name, []).append(num)
            changed.setdefault(article_id, set()).add("tags")
        if before.tone != current.tone:
            tones.setdefault(before.tone, []).append(num)
            changed.setdefault(article_id, set()).add("tone")
        if before.starred != current.starred:
            stars.setdefault(before.starred, []).append(num)
            changed.setdefault(article_id, set()).add("starred")
        if before.note != current.note:
            catalog_marks.set_note(conn, num, before.note)
            changed.setdefault(article_id, set()).add("note")
    # grouped by tag and by value: undoing a bulk change is a few statements, not one an article
    for name, nums in untag.items():
        catalog_tags.remove(conn, catalog_tags.need(conn, name), nums)
    for name, nums in retag.items():
        tag_id = catalog_tags.ensure(conn, name, snapshot.tag_colours.get(name))
        catalog_tags.add(conn, tag_id, nums)
    for tone, nums in tones.items():
        catalog_marks.set_tone(conn, nums, tone)
    for starred, nums in stars.items():
        catalog_marks.set_starred(conn, nums, starred)
    edit.touched(found[i] for i in changed)
    return Changes(articles=frozenset(changed),
                   tags_changed=any("tags" in f for f in changed.values()),
                   fields=frozenset(f for fields in changed.values() for f in fields))
