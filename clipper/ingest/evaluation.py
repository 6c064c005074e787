"""How well extraction reads a labelled set: per-field accuracy against a careful reader's labels.

The label format is `../shared/seeds/expected.json`'s. Used by `bench/extraction.py` and tests.
"""

from __future__ import annotations

import json
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from clipper.ingest.extract.outlet import canonical_outlet
from clipper.ingest.extract.outlet_names import expand_abbreviations
from clipper.ingest.pipeline import extract_article
from clipper.model import Extraction

FIELDS = ("title", "date", "date_origin", "lang", "source", "author", "regions", "officials",
          "roles")

# Labellers may name where a date was found more finely than the extractor's three kinds
# (header: the file's or page's own statement; dateline: a date printed with the article;
# page: a site's top-bar day). tests/data/dev5 names these:
ORIGIN_KINDS = {
    "header_line": "header",      # the monitoring line " date YYYY-MM-DD РУ"
    "html_meta": "header",        # a <meta> publication date
    "html_time": "header",        # <time datetime> by the headline
    "byline": "dateline",         # a date printed next to the headline or byline
    "issue_line": "dateline",     # a newspaper's "№ 112 … 23 сентября 2025 г."
    "footer": "dateline",         # a date closing a press release
    "html_date_class": "dateline",  # visible text in an element with a date class
    "site_header": "page",        # the site's header "today"
}


@dataclass
class Scores:
    articles: int = 0
    size: int = 0
    seconds: float = 0.0
    hits: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    counted: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    misses: list[tuple[str, str, object, object]] = field(default_factory=list)

    def accuracy(self, field_name: str) -> float | None:
        counted = self.counted[field_name]
        return self.hits[field_name] / counted if counted else None


def load_labels(path: Path) -> dict[str, dict]:
    labels = json.loads(path.read_text(encoding="utf-8"))
    return {name: label for name, label in labels.items() if not name.startswith("_")}


def observed(article: Extraction) -> dict:
    return {
        "title": None if article.title_derived else article.title,
        "date": article.date.isoformat() if article.date else None,
        "date_origin": article.date_origin,
        "lang": article.lang,
        "source": article.source,
        "author": article.author,
        "regions": article.regions,
        "officials": article.officials,
        "roles": article.roles,
    }


def score(folder: Path, labels: dict[str, dict]) -> Scores:
    scores = Scores(articles=len(labels))
    results = {}
    started = time.perf_counter()
    for name in labels:
        data = (folder / name).read_bytes()
        scores.size += len(data)
        results[name] = extract_article(data, name)
    scores.seconds = time.perf_counter() - started
    for name, label in labels.items():
        got = observed(results[name])
        for field_name in FIELDS:
            if field_name not in label:
                continue
            want = label[field_name]
            if field_name == "date_origin":
                want = "none" if label.get("date") is None else ORIGIN_KINDS.get(want, want)
            scores.counted[field_name] += 1
            if _comparable(field_name, got[field_name]) == _comparable(field_name, want) \
                    or field_name == "source" and _same_outlet(got[field_name], want):
                scores.hits[field_name] += 1
            else:
                scores.misses.append((name, field_name, got[field_name], want))
    return scores


def _comparable(field_name: str, value):
    """Spacing, Unicode form and (for outlets and roles) letter case do not count as a miss."""
    if value is None:
        return None
    if field_name == "roles":
        return {_nfc(k): _fold(v) for k, v in value.items()}
    if isinstance(value, str):
        return _fold(value) if field_name == "source" else _nfc(value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    return value


def _same_outlet(got: str | None, want: str | None) -> bool:
    """One outlet under the directory's two spellings ("KazTAG" and "КазТАГ", "МВД РК" and
    "Министерство внутренних дел"), or with its abbreviations written out or not ("ДП
    Атырауской области", "Департамент полиции Атырауской области"): labellers spell it
    either way, the archive one way."""
    if not got or not want:
        return False
    return _fold(expand_abbreviations(canonical_outlet(got) or got)) \
        == _fold(expand_abbreviations(canonical_outlet(want) or want))


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _fold(text: str) -> str:
    return " ".join(_nfc(text).split()).casefold()
