"""Media digest: a press service's monitoring of the press ("МОНИТОРИНГ СМИ", "Обзор
региональных СМИ") reprints another outlet's article. The press service only compiled it: the
outlet is the publication the digest names for the article ("Источник: «Наша газета»", an
issue line "Знамя труда, № 84 (16021), 23.10.2025", a paper's name over "№ 132 (21455), …").
"""

from __future__ import annotations

import re

from clipper.ingest.extract.attribution import source_label
from clipper.ingest.extract.outlet_names import canonical_outlet

# the digest's own title, in its first lines
_DIGEST = re.compile(r"^(?i:мониторинг|обзор|дайджест)\s+(?:[\w\-]+\s+){0,2}?"
                     r"(?i:сми|бақ|прессы|печати|публикаций)\b"
                     r"|^(?i:бақ|баспасөз)\s+(?i:мониторингі|шолуы)\b")
_HEAD_LINES = 8
# "1. Знамя труда, № 84 (16021), 23.10.2025, стр. 2", "«Костанайские новости», № 58 (21457), …"
_ISSUE_LINE = re.compile(r"^(?:\d{1,2}\.\s*)?«?(?P<name>[^\d«»,:|]{2,40}?)»?,\s*№\s*\d")
# "№ 132 (21455), суббота, 15 ноября 2025 года": the paper's name is on the line above
_BARE_ISSUE = re.compile(r"^№\s*\d+")


def digest_outlet(raw_text: str) -> str | None:
    """The outlet of the article a media digest reprints, or None when the text is no digest."""
    lines = [line.strip() for line in raw_text.split("\n") if line.strip()]
    if not any(_DIGEST.match(line) for line in lines[:_HEAD_LINES]):
        return None
    for at, line in enumerate(lines):
        name = source_label(line)
        if not name:
            issue = _ISSUE_LINE.match(line)
            name = issue["name"].strip() if issue else None
        if not name and _BARE_ISSUE.match(line) and at > 0 and len(lines[at - 1].split()) <= 4:
            name = lines[at - 1].strip("«» ")
        if name:
            return canonical_outlet(name) or name
    return None
