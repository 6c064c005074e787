"""Digests (PDF, DOCX) and tables (CSV, XLSX) of clippings: `Archive.export_job(...)`."""

from clipper.export.options import DEFAULT_TITLE, FORMATS, GROUPINGS, ORDERS, DigestOptions

__all__ = ["DEFAULT_TITLE", "FORMATS", "GROUPINGS", "ORDERS", "DigestOptions"]
