"""The outcome of one import batch, file by file."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ImportReport:
    imported: list[str] = field(default_factory=list)  # new article ids
    duplicates: list[dict] = field(default_factory=list)  # {"path", "id"}: the article it repeats
    failed: list[dict] = field(default_factory=list)  # {"path", "error"}
    warnings: list[dict] = field(default_factory=list)  # {"path", "warning"}: imported, but look
    skipped: list[str] = field(default_factory=list)  # files in folders that are not articles
    cancelled: bool = False
    by_rules: int = 0  # imported articles the archive's rules tagged or gave a tone

    def as_json(self) -> dict:
        return {
            "imported": len(self.imported),
            "duplicates": len(self.duplicates),
            "failed": [{"path": f["path"], "error": f["error"]} for f in self.failed],
            "ids": list(self.imported),
            "warnings": list(self.warnings),
            "skipped": list(self.skipped),
            "cancelled": self.cancelled,
            "by_rules": self.by_rules,
        }
