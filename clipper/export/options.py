"""What a person exporting can choose: format, grouping, order, title, lead or full text.

Kept apart from the digest itself so the command line can offer the choices without loading
the catalog, the index or the writers.
"""

from __future__ import annotations

from dataclasses import dataclass

from clipper.errors import ExportFailure

FORMATS = ("pdf", "docx", "csv", "xlsx")
GROUPINGS = ("none", "date", "region", "official", "source", "tag")
ORDERS = ("date", "relevance")
DEFAULT_TITLE = "Дайджест публикаций СМИ"


@dataclass(frozen=True)
class DigestOptions:
    """What the person exporting chose; the defaults make a full-text digest, newest first."""

    title: str = DEFAULT_TITLE
    organisation: str = ""
    group_by: str = "none"
    full_text: bool = True
    sort: str | None = None  # date | relevance; None: the ids' own order, or the search's

    def __post_init__(self) -> None:
        if self.group_by not in GROUPINGS:
            raise ExportFailure(f"unknown grouping «{self.group_by}»: use one of "
                                f"{', '.join(GROUPINGS)}")
        if self.sort is not None and self.sort not in ORDERS:
            raise ExportFailure(f"unknown order «{self.sort}»: use one of {', '.join(ORDERS)}")
