"""Outlet: who published the article.

Contract: `find_outlet(body, head, raw_text)` returns the outlet's name or None, never raising.
It looks, in this order, at an attribution in the text ("передает корреспондент «Северного
курьера»" → "Северный курьер"), a site name above the headline, and a copyright or
registration footer, and a press service's signature.
Each kind of statement has its module: attribution.py, masthead.py, outlet_footer.py; names
and the directory of known outlets: outlet_names.py (`resources/directories/outlets.tsv`).
"""

from __future__ import annotations

import re

from clipper.ingest.extract.attribution import PRESS_SERVICE_MENTION, attributed
from clipper.ingest.extract.masthead import press_service_signature, site_name
from clipper.ingest.extract.outlet_footer import footer_name
from clipper.ingest.extract.outlet_names import canonical_outlet

__all__ = ["canonical_outlet", "find_outlet", "find_outlet_and_certainty"]


def find_outlet(body: str, head: list[str] = (), raw_text: str = "") -> str | None:
    return find_outlet_and_certainty(body, head, raw_text)[0]


def find_outlet_and_certainty(body: str, head: list[str] = (),
                              raw_text: str = "") -> tuple[str | None, bool]:
    """The outlet, and whether the text says so outright (an attribution, a footer, a press
    service's signature) rather than through a line that looks like a site's name."""
    closing = [line.strip() for line in raw_text.split("\n") if line.strip()][-6:]
    stated = attributed(body)
    header = site_name(head)
    if stated and header and PRESS_SERVICE_MENTION.search(body) \
            and attributed(PRESS_SERVICE_MENTION.sub("", body)) is None \
            and (canonical_outlet(header) or re.search(r"\.[a-z]{2,5}\b", header)):
        # "Tengrinews.kz" over "…, сообщили в пресс-службе ДП Алматы": the site carries what
        # the press service told it
        return header, False
    if stated:
        return stated, True
    if header:
        return header, False
    stated = footer_name(raw_text) or press_service_signature(closing)
    if stated:
        return stated, True
    return site_name(closing[-1:], strict=True), False
