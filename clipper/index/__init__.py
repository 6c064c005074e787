"""The full-text index: derived from the catalog, rebuildable at any time. Only this package imports whoosh."""

from clipper.index.snippets import Snippet
from clipper.index.store import IndexUnusable, SearchIndex
from clipper.index.sync import catch_up, rebuild

__all__ = ["IndexUnusable", "SearchIndex", "Snippet", "catch_up", "rebuild"]
