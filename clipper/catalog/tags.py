"""Tags in the catalog: names and colours, which articles carry them, and the rules that add them."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3

from clipper.catalog.db import chunked
from clipper.errors import ClipperError, NotFound
from clipper.model.tag import Tag, TagUsage

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def tag_key(name: str) -> str:
    """How tag names compare: case and spacing do not make another tag."""
    return " ".join(name.split()).casefold()


def clean_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise ClipperError("a tag needs a name")
    return clean


def clean_colour(colour: str | None) -> str | None:
    if colour is None or colour == "":
        return None
    if not _COLOUR.fullmatch(colour):
        raise ClipperError(f"«{colour}» is not a colour: write it as #rrggbb, e.g. #d04040")
    return colour.lower()


def ensure(conn: sqlite3.Connection, name: str, colour: str | None = None) -> int:
    """The id of tag `name`, created (with `colour`) if the archive has no such tag yet."""
    clean = clean_name(name)
    found = find(conn, clean)
    if found is not None:
        return found
    return conn.execute(
        "INSERT INTO tags(name, key, color, created_at) VALUES (?, ?, ?, ?)",
        (clean, tag_key(clean), clean_colour(colour),
         dt.datetime.now().isoformat(timespec="seconds")),
    ).lastrowid


def find(conn: sqlite3.Connection, name: str) -> int | None:
    row = conn.execute("SELECT id FROM tags WHERE key = ?", (tag_key(name),)).fetchone()
    return row[0] if row else None


def need(conn: sqlite3.Connection, name: str) -> int:
    """The id of an existing tag, or NotFound naming it."""
    found = find(conn, name)
    if found is None:
        raise NotFound(f"there is no tag «{name}» in this archive")
    return found


def name_of(conn: sqlite3.Connection, tag_id: int) -> str:
    return conn.execute("SELECT name FROM tags WHERE id = ?", (tag_id,)).fetchone()[0]


def add(conn: sqlite3.Connection, tag_id: int, nums: list[int]) -> list[int]:
    """Tag the articles; returns those that did not carry the tag before."""
    changed = sorted(set(nums) - set(carrying(conn, tag_id, nums)))
    conn.executemany("INSERT INTO article_tags(article, tag) VALUES (?, ?)",
                     [(num, tag_id) for num in changed])
    return changed


def remove(conn: sqlite3.Connection, tag_id: int, nums: list[int]) -> list[int]:
    """Untag the articles; returns those that carried the tag."""
    changed = carrying(conn, tag_id, nums)
    for chunk, marks in chunked(changed):
        conn.execute(f"DELETE FROM article_tags WHERE tag = ? AND article IN ({marks})",
                     [tag_id, *chunk])
    return changed


def carrying(conn: sqlite3.Connection, tag_id: int, nums: list[int] | None = None) -> list[int]:
    """Which of `nums` (all articles, if None) carry the tag."""
    if nums is None:
        return [n for (n,) in conn.execute(
            "SELECT article FROM article_tags WHERE tag = ? ORDER BY article", (tag_id,))]
    found: list[int] = []
    for chunk, marks in chunked(sorted(set(nums))):
        found += [n for (n,) in conn.execute(
            f"SELECT article FROM article_tags WHERE tag = ? AND article IN ({marks})",
            [tag_id, *chunk])]
    return sorted(found)


def listing(conn: sqlite3.Connection) -> list[Tag]:
    """Every tag with its colour and how many articles carry it, by name."""
    rows = conn.execute(
        "SELECT t.name, t.color, count(at.article) FROM tags t "
        "LEFT JOIN article_tags at ON at.tag = t.id GROUP BY t.id").fetchall()
    return sorted((Tag(name, colour, count) for name, colour, count in rows),
                  key=lambda tag: tag_key(tag.name))


def usage(conn: sqlite3.Connection, tag_id: int) -> TagUsage:
    articles = conn.execute("SELECT count(*) FROM article_tags WHERE tag = ?",
                            (tag_id,)).fetchone()[0]
    rules = conn.execute("SELECT count(*) FROM rules WHERE tag = ?", (tag_id,)).fetchone()[0]
    return TagUsage(articles, rules)


def rename(conn: sqlite3.Connection, tag_id: int, new_name: str) -> None:
    """A new name for the tag; another tag of that name must be merged into, not renamed onto."""
    clean = clean_name(new_name)
    other = find(conn, clean)
    if other is not None and other != tag_id:
        raise ClipperError(f"there is already a tag «{name_of(conn, other)}»: merge the two "
                           "instead of renaming one onto the other")
    conn.execute("UPDATE tags SET name = ?, key = ? WHERE id = ?", (clean, tag_key(clean), tag_id))


def set_colour(conn: sqlite3.Connection, tag_id: int, colour: str | None) -> None:
    conn.execute("UPDATE tags SET color = ? WHERE id = ?", (clean_colour(colour), tag_id))


def merge(conn: sqlite3.Connection, sources: list[int], target: int) -> None:
    """The sources' articles get the target tag, their rules add it instead; the sources go."""
    sources = [s for s in sources if s != target]
    for source in sources:
        conn.execute("INSERT OR IGNORE INTO article_tags(article, tag) "
                     "SELECT article, ? FROM article_tags WHERE tag = ?", (target, source))
        conn.execute("UPDATE rules SET tag = ? WHERE tag = ?", (target, source))
        conn.execute("DELETE FROM tags WHERE id = ?", (source,))


def delete(conn: sqlite3.Connection, tag_id: int) -> None:
    """The tag goes from every article; a rule that also sets a tone keeps its tone, a rule
    that only added this tag goes with it."""
    conn.execute("UPDATE rules SET tag = NULL WHERE tag = ? AND tone IS NOT NULL", (tag_id,))
    conn.execute("DELETE FROM rules WHERE tag = ?", (tag_id,))
    conn.execute("DELETE FROM tags WHERE id = ?", (tag_id,))


def colours(conn: sqlite3.Connection, names: list[str]) -> dict[str, str | None]:
    keys = {tag_key(n): n for n in names}
    found = {}
    for chunk, marks in chunked(list(keys)):
        for key, colour in conn.execute(
                f"SELECT key, color FROM tags WHERE key IN ({marks})", chunk):
            found[keys[key]] = colour
    return found


def names_by_article(conn: sqlite3.Connection, nums: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for chunk, marks in chunked(nums):
        for num, name in conn.execute(
                f"SELECT at.article, t.name FROM article_tags at JOIN tags t ON t.id = at.tag "
                f"WHERE at.article IN ({marks}) ORDER BY at.article, t.name", chunk):
            found.setdefault(num, []).append(name)
    return found
