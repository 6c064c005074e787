"""`archive.tags`: the tag panel's actions — list, create, rename, recolour, merge, delete — and
tagging articles. Tags live in the catalog only: a change shows in the next search through the
facet table, without touching the search index."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from clipper.catalog import articles
from clipper.catalog import tags as catalog
from clipper.changes import Changes
from clipper.model.tag import Tag, TagUsage
from clipper.organise import saved

if TYPE_CHECKING:
    from clipper.archive import Archive

_FIELDS = ("tag",)


class Tags:
    def __init__(self, archive: "Archive"):
        self._archive = archive

    # -- reading ------------------------------------------------------------------------------
    def list(self) -> list[Tag]:
        """Every tag, by name, with its colour and how many articles carry it."""
        with self._archive.catalog.read() as conn:
            return catalog.listing(conn)

    def usage(self, name: str) -> TagUsage:
        """What deleting the tag would touch: how many articles carry it, how many rules add it."""
        with self._archive.catalog.read() as conn:
            return catalog.usage(conn, catalog.need(conn, name))

    def article_ids(self, name: str) -> list[str]:
        """The articles carrying the tag (e.g. to snapshot them before a delete, for undo)."""
        with self._archive.catalog.read() as conn:
            return articles.ids_of(conn, catalog.carrying(conn, catalog.need(conn, name)))

    # -- on articles --------------------------------------------------------------------------
    def add(self, name: str, article_ids: Iterable[str]) -> Changes:
        """Tag the articles (the tag is created if new); one transaction, all or none."""
        with self._archive.organising(_FIELDS) as edit:
            found = edit.nums_for(article_ids)
            tag_id = catalog.ensure(edit.conn, name)
            changed = catalog.add(edit.conn, tag_id, list(found.values()))
            edit.touched(changed)
            return _changes(edit, changed)

    def remove(self, name: str, article_ids: Iterable[str]) -> Changes:
        with self._archive.organising(_FIELDS) as edit:
            found = edit.nums_for(article_ids)
            tag_id = catalog.find(edit.conn, name)
            changed = catalog.remove(edit.conn, tag_id, list(found.values())) if tag_id else []
            edit.touched(changed)
            return _changes(edit, changed)

    # -- the tags themselves ------------------------------------------------------------------
    def create(self, name: str, colour: str | None = None) -> Changes:
        """A tag with no articles yet (the panel's "new tag"); an existing one is left as it is."""
        with self._archive.organising(_FIELDS) as edit:
            catalog.ensure(edit.conn, name, colour)
            return Changes(tags_changed=True)

    def rename(self, old: str, new: str) -> Changes:
        """Its articles, rules and saved searches follow the new name."""
        with self._archive.organising(_FIELDS) as edit:
            tag_id = catalog.need(edit.conn, old)
            old_name = catalog.name_of(edit.conn, tag_id)
            catalog.rename(edit.conn, tag_id, new)
            saved.retag(edit.conn, [old_name], catalog.name_of(edit.conn, tag_id))
            carriers = catalog.carrying(edit.conn, tag_id)
            edit.touched(carriers)
            return _changes(edit, carriers)

    def recolour(self, name: str, colour: str | None) -> Changes:
        """`colour` as #rrggbb, or None for the default."""
        with self._archive.organising(()) as edit:
            catalog.set_colour(edit.conn, catalog.need(edit.conn, name), colour)
            return Changes(tags_changed=True)

    def merge(self, names: Iterable[str], into: str) -> Changes:
        """Every article carrying one of `names` carries `into` instead (created if new); the
        merged tags go, and rules and saved searches that used them use `into`."""
        with self._archive.organising(_FIELDS) as edit:
            sources = [catalog.need(edit.conn, name) for name in names]
            source_names = [catalog.name_of(edit.conn, s) for s in sources]
            target = catalog.ensure(edit.conn, into)
            # every article that carried a merged tag now shows another list of tags
            carriers = sorted({n for s in sources if s != target
                               for n in catalog.carrying(edit.conn, s)})
            catalog.merge(edit.conn, sources, target)
            saved.retag(edit.conn, source_names, catalog.name_of(edit.conn, target))
            edit.touched(carriers)
            return _changes(edit, carriers)

    def delete(self, name: str) -> Changes:
        """The tag goes from every article (`usage()` says how many first). A rule that only
        added this tag goes too; a rule that also sets a tone keeps the tone."""
        with self._archive.organising(_FIELDS) as edit:
            tag_id = catalog.need(edit.conn, name)
            carriers = catalog.carrying(edit.conn, tag_id)
            rules = [r for (r,) in edit.conn.execute(
                "SELECT id FROM rules WHERE tag = ?", (tag_id,))]
            catalog.delete(edit.conn, tag_id)
            edit.touched(carriers)
            changes = _changes(edit, carriers)
            return Changes(articles=changes.articles, tags_changed=True,
                           fields=changes.fields, rules=frozenset(rules))


def _changes(edit, changed_nums) -> Changes:
    return Changes(articles=edit.ids_of(changed_nums), tags_changed=True,
                   fields=frozenset({"tags"}) if changed_nums else frozenset())
