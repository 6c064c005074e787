"""Organising articles: tags, tone, stars and notes, saved searches, rules, and undo.

Each part is reached from the Archive in the user's words (`archive.tags`, `archive.set_tone`,
`archive.saved_searches`, `archive.rules`); every write is one catalog transaction inside
`Archive.organising()` and returns a `Changes`.
"""
