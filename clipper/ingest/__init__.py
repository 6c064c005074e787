"""From the bytes of a file to an article record: reading, cleaning, extraction."""

from clipper.ingest.pipeline import SUPPORTED_SUFFIXES, extract_article

__all__ = ["SUPPORTED_SUFFIXES", "extract_article"]
