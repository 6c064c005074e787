"""The SQLite catalog: the archive's source of truth."""

from clipper.catalog.db import Catalog

__all__ = ["Catalog"]
