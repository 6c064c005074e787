"""Plain records in the user's words, shared by the core, the CLI and the window."""

from clipper.model.article import Article, Extraction
from clipper.model.import_report import ImportReport

__all__ = ["Article", "Extraction", "ImportReport"]
