"""The catalog's schema as numbered migrations; `PRAGMA user_version` records the last one applied."""

from __future__ import annotations

import sqlite3

# Append only: a shipped migration is never edited, a change is a new entry.
MIGRATIONS: list[str] = [
    # 1: articles, their regions/officials/tags, the import log and the index outbox.
    """
    CREATE TABLE articles (
        num INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        original_name TEXT NOT NULL,
        original_path TEXT,
        imported_at TEXT NOT NULL,
        encoding TEXT,
        raw_text TEXT NOT NULL,
        clean_text TEXT NOT NULL,
        title TEXT,
        title_derived INTEGER NOT NULL DEFAULT 0,
        date TEXT,
        date_origin TEXT NOT NULL DEFAULT 'none',
        date_confidence REAL NOT NULL DEFAULT 0,
        source TEXT,
        author TEXT,
        lang TEXT,
        tone TEXT,
        note TEXT,
        starred INTEGER NOT NULL DEFAULT 0,
        roles TEXT NOT NULL DEFAULT '{}',
        uncertain TEXT NOT NULL DEFAULT '[]',
        corrected TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX articles_content_hash ON articles(content_hash);
    CREATE INDEX articles_text_hash ON articles(text_hash);
    CREATE INDEX articles_date ON articles(date);
    CREATE INDEX articles_source ON articles(source);

    CREATE TABLE article_regions (
        article INTEGER NOT NULL REFERENCES articles(num) ON DELETE CASCADE,
        region TEXT NOT NULL,
        pos INTEGER NOT NULL,
        PRIMARY KEY (article, region)
    );
    CREATE INDEX article_regions_region ON article_regions(region);

    CREATE TABLE article_officials (
        article INTEGER NOT NULL REFERENCES articles(num) ON DELETE CASCADE,
        name TEXT NOT NULL,
        role TEXT,
        pos INTEGER NOT NULL,
        PRIMARY KEY (article, name)
    );
    CREATE INDEX article_officials_name ON article_officials(name);

    CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        key TEXT NOT NULL UNIQUE,  -- the name casefolded: SQLite's NOCASE folds only ASCII
        color TEXT,
        created_at TEXT NOT NULL
    );
    CREATE TABLE article_tags (
        article INTEGER NOT NULL REFERENCES articles(num) ON DELETE CASCADE,
        tag INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (article, tag)
    );
    CREATE INDEX article_tags_tag ON article_tags(tag);

    CREATE TABLE import_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        path TEXT NOT NULL,
        content_hash TEXT,
        status TEXT NOT NULL CHECK (status IN ('imported', 'duplicate', 'failed')),
        article INTEGER,
        message TEXT
    );

    -- Articles whose index entry must be brought in line with the catalog (upsert or delete).
    CREATE TABLE index_outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id TEXT NOT NULL
    );

    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 2: the facet columns in an index of their own. They stand after the texts in each row,
    # so reading them from the table walks every text's overflow pages (1.7 s at 100k).
    """
    CREATE INDEX articles_facets ON articles(num, date, source, lang, tone);
    """,
    # 3: organising. Saved searches (a query with its filters and sort, under a name) and
    # rules (a saved search's matches get a tag and/or a tone). `starred` joins the facet
    # index, so the facet table still reads no article text.
    """
    CREATE TABLE saved_searches (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        key TEXT NOT NULL UNIQUE,  -- the name casefolded, as tag keys are
        query TEXT NOT NULL DEFAULT '',
        filters TEXT NOT NULL DEFAULT '{}',  -- JSON: facet -> chosen values, date_from, date_to
        sort TEXT NOT NULL DEFAULT 'relevance',
        created_at TEXT NOT NULL
    );
    CREATE TABLE rules (
        id INTEGER PRIMARY KEY,
        saved_search INTEGER NOT NULL REFERENCES saved_searches(id) ON DELETE RESTRICT,
        tag INTEGER REFERENCES tags(id) ON DELETE CASCADE,
        tone TEXT CHECK (tone IN ('positive', 'neutral', 'negative')),
        created_at TEXT NOT NULL,
        CHECK (tag IS NOT NULL OR tone IS NOT NULL)
    );
    CREATE INDEX rules_saved_search ON rules(saved_search);
    CREATE INDEX rules_tag ON rules(tag);
    DROP INDEX articles_facets;
    CREATE INDEX articles_facets ON articles(num, date, source, lang, tone, starred);
    """,
    # 4: tone, star and note in a narrow table of their own. SQLite rewrites a whole row on
    # UPDATE, texts and all: a tone on 10,000 articles wrote 100 MB and took a second, here
    # 20 ms. An article without a row has no tone, no star, no note. The old columns of
    # `articles` stay (dropping them would rewrite the table) but are no longer read or written.
    """
    CREATE TABLE article_marks (
        article INTEGER PRIMARY KEY REFERENCES articles(num) ON DELETE CASCADE,
        tone TEXT CHECK (tone IN ('positive', 'neutral', 'negative')),
        starred INTEGER NOT NULL DEFAULT 0,
        note TEXT
    );
    INSERT INTO article_marks(article, tone, starred, note)
        SELECT num, tone, starred, note FROM articles
        WHERE tone IS NOT NULL OR starred OR note IS NOT NULL;
    DROP INDEX articles_facets;
    CREATE INDEX articles_facets ON articles(num, date, source, lang);
    """,
    # 5: a count of changes to what the facet table holds, kept by triggers, so a facet table
    # saved beside the catalog can be trusted on the next start while the count is the same
    # (reading it again at 100,000 articles takes a second of the start-up).
    "CREATE TABLE facet_version (id INTEGER PRIMARY KEY CHECK (id = 1), changes INTEGER NOT NULL);"
    "\nINSERT INTO facet_version VALUES (1, 0);\n" + "".join(
        f"CREATE TRIGGER facet_change_{table}_{event.split()[0].lower()} AFTER {event} ON {table}"
        " BEGIN UPDATE facet_version SET changes = changes + 1 WHERE id = 1; END;\n"
        for table, events in (
            ("articles", ("INSERT", "DELETE", "UPDATE OF date, source, lang")),
            ("article_regions", ("INSERT", "DELETE", "UPDATE")),
            ("article_officials", ("INSERT", "DELETE", "UPDATE")),
            ("article_tags", ("INSERT", "DELETE", "UPDATE")),
            ("tags", ("INSERT", "DELETE", "UPDATE")),
            ("article_marks", ("INSERT", "DELETE", "UPDATE")))
        for event in events),
]

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations this catalog lacks, each in its own transaction; return the version."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise RuntimeError(
            f"catalog schema {current} is newer than this Clipper understands ({SCHEMA_VERSION})"
        )
    for number in range(current + 1, SCHEMA_VERSION + 1):
        script = MIGRATIONS[number - 1]
        # executescript would COMMIT on its own; running the statements inside an explicit
        # transaction keeps a failed migration from leaving half a schema.
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION


def _statements(script: str) -> list[str]:
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
