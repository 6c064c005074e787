"""`archive.rules`: "an article that matches saved search S gets tag T (and/or tone X)".

Rules run on every import, over the articles it brought, and on demand over the whole archive
(`preview()` first says how many articles each would change). A rule only adds: it never takes
a tag away, and it gives a tone only to an article nobody has given one, so a press officer's
own judgement is never overwritten.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

import numpy as np

from clipper.catalog import articles
from clipper.catalog import marks as catalog_marks
from clipper.catalog import tags as catalog_tags
from clipper.changes import Changes
from clipper.errors import ClipperError, NotFound
from clipper.model.tone import NO_TONE, TONES
from clipper.organise import saved
from clipper.search.values import resolve

if TYPE_CHECKING:
    from clipper.archive import Archive
    from clipper.search.run import Engine


@dataclass(frozen=True)
class Rule:
    id: int
    saved_search: str
    tag: str | None
    tone: str | None

    def as_json(self) -> dict:
        return {"id": self.id, "saved_search": self.saved_search, "tag": self.tag,
                "tone": self.tone}


@dataclass(frozen=True)
class RulePreview:
    rule: Rule
    matches: int  # articles its saved search finds
    changes: int  # of those, how many it would change (a tag they lack, a tone they lack)

    def as_json(self) -> dict:
        return {**self.rule.as_json(), "matches": self.matches, "changes": self.changes}


class Rules:
    def __init__(self, archive: "Archive"):
        self._archive = archive

    def list(self) -> list[Rule]:
        """In the order they apply: oldest first."""
        with self._archive.catalog.read() as conn:
            return _rules(conn)

    def add(self, saved_search: str, *, tag: str | None = None, tone: str | None = None) -> Changes:
        """A rule for an existing saved search; the tag is created if new. `Changes.rules` holds
        the new rule's id."""
        if tag is None and tone is None:
            raise ClipperError("a rule needs a tag or a tone to give")
        if tone is not None and tone not in TONES:
            raise ClipperError(f"unknown tone «{tone}»: a rule gives positive, neutral or "
                               "negative")
        with self._archive.organising(()) as edit:
            search_id = edit.conn.execute("SELECT id FROM saved_searches WHERE key = ?",
                                          (catalog_tags.tag_key(saved_search),)).fetchone()
            if search_id is None:
                raise NotFound(f"there is no saved search «{saved_search}»: save the search "
                               "first")
            tag_id = catalog_tags.ensure(edit.conn, tag) if tag is not None else None
            rule_id = edit.conn.execute(
                "INSERT INTO rules(saved_search, tag, tone, created_at) VALUES (?, ?, ?, ?)",
                (search_id[0], tag_id, tone, dt.datetime.now().isoformat(timespec="seconds"))
            ).lastrowid
        return Changes(rules=frozenset([rule_id]), tags_changed=tag is not None)

    def remove(self, rule_id: int) -> Changes:
        with self._archive.organising(()) as edit:
            if not edit.conn.execute("DELETE FROM rules WHERE id = ?", (rule_id,)).rowcount:
                raise NotFound(f"there is no rule {rule_id}")
        return Changes(rules=frozenset([rule_id]))

    def preview(self, article_ids: Iterable[str] | None = None) -> list[RulePreview]:
        """What `apply()` would do, rule by rule, without changing anything."""
        return [RulePreview(step.rule, step.matches, step.changes)
                for step in self._plan(article_ids)]

    def apply(self, article_ids: Iterable[str] | None = None) -> Changes:
        """Every rule over the archive (or over `article_ids` only, as after an import), in one
        transaction. Rules look at the archive as it was before any of them applied."""
        plan = [step for step in self._plan(article_ids) if step.changes]
        if not plan:
            return Changes()
        fields, changed = set(), set()
        with self._archive.organising(("tag", "tone")) as edit:
            for step in plan:
                if step.tag_nums:
                    tag_id = catalog_tags.ensure(edit.conn, step.rule.tag)
                    changed.update(catalog_tags.add(edit.conn, tag_id, step.tag_nums))
                    fields.add("tags")
                if step.tone_nums:
                    # untoned again: an earlier rule in this run may have given one
                    nums = catalog_marks.untoned(edit.conn, step.tone_nums)
                    changed.update(catalog_marks.set_tone(edit.conn, nums, step.rule.tone))
                    fields.add("tone")
            edit.touched(changed)
            return Changes(articles=edit.ids_of(changed), tags_changed="tags" in fields,
                           fields=frozenset(fields))

    def _plan(self, article_ids) -> list["_Step"]:
        """Each rule with what it matches and the articles it would change."""
        rules = self.list()
        if not rules:
            return []
        with self._archive.catalog.read() as conn:
            requests = [saved.find(conn, rule.saved_search).request() for rule in rules]
            scope_nums = (None if article_ids is None else np.fromiter(
                articles.nums_for_ids(conn, article_ids).values(), dtype=np.int64))
        with self._archive.index.reading():  # one index version for every rule
            engine = self._archive.engine()
            table = engine.table
            scope = (table.everything() if scope_nums is None
                     else table.mask_of_rows(table.rows_of(scope_nums)))
            untoned = table.mask_for("tone", [NO_TONE])
            plan = []
            for rule, request in zip(rules, requests):
                hits = engine.matching(request) & scope
                tag_rows = (hits & ~table.mask_for("tag", resolve("tag", rule.tag, table))
                            if rule.tag is not None else np.zeros_like(hits))
                tone_rows = hits & untoned if rule.tone is not None else np.zeros_like(hits)
                plan.append(_Step(rule, int(hits.sum()), int((tag_rows | tone_rows).sum()),
                                  table.nums[tag_rows].tolist(), table.nums[tone_rows].tolist()))
        return plan


@dataclass(frozen=True)
class _Step:
    rule: Rule
    matches: int
    changes: int
    tag_nums: list[int]  # articles that would get the rule's tag
    tone_nums: list[int]  # articles that would get its tone


def _rules(conn) -> list[Rule]:
    rows = conn.execute(
        "SELECT r.id, s.name, t.name, r.tone FROM rules r "
        "JOIN saved_searches s ON s.id = r.saved_search LEFT JOIN tags t ON t.id = r.tag "
        "ORDER BY r.id").fetchall()
    return [Rule(*row) for row in rows]
