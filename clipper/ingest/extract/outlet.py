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

from clipper.ingest.extract.attribution import attributed, without_cited_press_service
from clipper.ingest.extract.language import detect_language, first_language, first_version
from clipper.ingest.extract.masthead import press_service_signature, site_name
from clipper.ingest.extract.outlet_digest import digest_outlet
from clipper.ingest.extract.outlet_footer import edition_name, footer_name
from clipper.ingest.extract.outlet_names import canonical_outlet, spelled_out

__all__ = ["canonical_outlet", "find_outlet", "find_outlet_and_certainty"]

# An official site's name: a state body's, not a newspaper's
_STATE_BODY = re.compile(r"(?i:министерств|департамент|акимат|әкімдігі|суд\b|судебн|прокуратур|"
                         r"полиц|комитет|агентств|управлени|ведомств)")
_DOMAIN = re.compile(r"[\w\-]+\.(?:kz|ru|com|info|media|org|net)", re.IGNORECASE)


def find_outlet(body: str, head: list[str] = (), raw_text: str = "") -> str | None:
    return find_outlet_and_certainty(body, head, raw_text)[0]


def find_outlet_and_certainty(body: str, head: list[str] = (),
                              raw_text: str = "") -> tuple[str | None, bool]:
    """The outlet, and whether the text says so outright (an attribution, a footer, a press
    service's signature) rather than through a line that looks like a site's name."""
    name, stated = _outlet(body, head, raw_text)
    return (spelled_out(name, body) if name else None), stated


def _outlet(body: str, head: list[str], raw_text: str) -> tuple[str | None, bool]:
    digested = digest_outlet(raw_text)
    if digested:  # a press service's media digest: the paper it reprints
        return digested, True
    # A bilingual release is filed under its first version: its attribution and signature
    first = first_version(body) or _first_by_language(body)
    closing = [line.strip() for line in raw_text.split("\n") if line.strip()][-6:]
    # signed under (or headed by) its first version, or failing that at the end of both
    # (a text with one version: its own closing lines, before the page's comments under it)
    first_lines = [line.strip() for line in (first or body).split("\n") if line.strip()]
    first_closing = first_lines[:1] + first_lines[-3:]
    body = first or body
    kazakh = first_language(body) == "kk"  # of a bilingual text, its first version's
    stated = attributed(body)
    header = site_name(head, kazakh=kazakh)
    rest = without_cited_press_service(body) if stated and header else None
    if rest is not None and attributed(rest) is None and not _STATE_BODY.search(header):
        # "Tengrinews.kz", "ЗВЕЗДА ПРИИРТЫШЬЯ" over "…, сообщили в пресс-службе ДП Алматы": the
        # site or paper carries what the press service told it
        return header, False
    if stated:
        return stated, True
    if header and _DOMAIN.fullmatch(header) and not canonical_outlet(header):
        # "spectr.kz" in the logo, "Еженедельная газета «Спектр»" in the footer: the paper's
        # name, not its address; a name the address does not spell ("«Мой ГОРОД» —
        # Uralskweek.kz") is another edition's, the site keeps its own
        footer = footer_name(raw_text, kazakh)
        named = footer if footer and not _DOMAIN.fullmatch(footer) else None
        edition = edition_name(raw_text, kazakh) or named
        return (edition if edition and _spells(header, edition) else header), False
    signed = press_service_signature(first_closing, kazakh) or press_service_signature(
        closing, kazakh)
    if header and signed and _STATE_BODY.search(header):
        # "Судебная власть Республики Казахстан" over a release signed "Пресс-служба
        # Алматинского городского суда": the portal hosts what the court issues; a letterhead
        # naming the signing body itself ("ТҮРКІСТАН ОБЛЫСЫНЫҢ ӘКІМДІГІ" over "Түркістан облысы
        # әкімдігінің баспасөз қызметі") prints its name in full
        return (header if _same_body(header, signed) else signed), True
    if header:
        return header, False
    # a signature under the text is the release's own; the footer is the site's
    stated = signed or footer_name(raw_text, kazakh)
    if stated:
        return stated, True
    return site_name(closing[-1:], strict=True), False


_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
                  "abvgdeezziiklmnoprstufhccss-y-eyaagknouuhi"))


def _spells(address: str, name: str) -> bool:
    """"spectr.kz" spells «Спектр», "pavlodarnews.kz" «Павлодар Ньюс», "sk-news.kz" «Северный
    Казахстан»: the address opens with the name's first letters or its words' initials, in
    Latin letters (k and c alike)."""
    words = ["".join(_LATIN.get(ch, ch) for ch in word if ch.isalpha())
             for word in name.lower().split()]
    host = (address.lower().split(".")[-2] if "." in address else address.lower()) \
        .replace("k", "c")
    initials = "".join(word[:1] for word in words if word)
    return "".join(words)[:3].replace("k", "c") == host[:3] \
        or len(initials) >= 2 and host.startswith(initials.replace("k", "c"))


def _same_body(name: str, other: str) -> bool:
    """"Түркістан облысының әкімдігі" and "Түркістан облысы әкімдігі" (the same words in
    other forms), or "Қазақстан Республикасы Төтенше жағдайлар министрлігі" and "ҚР ТЖМ" (its
    initials)."""
    stems = [w[:5].lower() for w in name.split()]
    initials = "".join(w[0] for w in name.split()).upper()
    return stems == [w[:5].lower() for w in other.split()] \
        or other.replace(" ", "").isupper() and other.replace(" ", "") == initials


# A paragraph long enough to tell its language
_PARAGRAPH_LETTERS = 40


def _first_by_language(body: str) -> str | None:
    """A bilingual release with nothing between its versions but the second one's letterhead
    ("ҰЛЫТАУ ОБЛЫСЫНЫҢ ӘКІМДІГІ" under the Russian text's signature) or a flag: the first
    version runs to the first paragraph in the other language, when all after it is in that
    language (a text alternating its languages has no first version)."""
    lines = body.split("\n")
    spoken = [(i, detect_language(line)) for i, line in enumerate(lines)
              if sum(ch.isalpha() for ch in line) >= _PARAGRAPH_LETTERS]
    if not spoken or spoken[0][1] == "mixed":
        return None
    at = next((i for i, lang in spoken if lang not in (spoken[0][1], "mixed")), None)
    if at is None:
        return None
    if not 2 <= sum(i < at for i, _ in spoken) <= len(spoken) - 2:
        return None  # a quoted paragraph in the other language opens or closes the text
    first, rest = "\n".join(lines[:at]), "\n".join(lines[at:])
    other = detect_language(rest)
    return first if other != spoken[0][1] and other != "mixed" \
        and detect_language(first) == spoken[0][1] else None
