"""Bytes to text: which format the file is, which encoding its text is in, and what is wrong with it."""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

from clipper.errors import QT_TRANSLATE_NOOP, ImportFailure
from clipper.ingest.html import declared_charset, looks_like_html, read_html
from clipper.ingest.pdf import read_pdf

# Single-byte Cyrillic code pages monitoring services still deliver. Limiting the detector to
# them is what makes it reliable on short Russian texts (see STACK-FACTS: encodings).
CYRILLIC_CODEPAGES = ["cp1251", "koi8_r", "cp866", "mac_cyrillic"]

_MAGIC = [
    (b"\x89PNG", QT_TRANSLATE_NOOP("ImportFailure", "this is a PNG image, not an article")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("ImportFailure", "this is a JPEG image, not an article")),
    (b"GIF8", QT_TRANSLATE_NOOP("ImportFailure", "this is a GIF image, not an article")),
    (b"\xd0\xcf\x11\xe0", QT_TRANSLATE_NOOP(
        "ImportFailure", "this is an old Word/Excel file (.doc/.xls): save it as .docx or .txt")),
    (b"Rar!", QT_TRANSLATE_NOOP("ImportFailure", "this is a RAR archive: unpack it first")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("ImportFailure", "this is a gzip archive: unpack it first")),
]

# Control characters other than tab and newline, which text files carry only by accident.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ufeff]")
_FREQUENT_RU = set("оеаинтсрвлкмдпуяыь")


@dataclass
class ReadText:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)
    meta: dict = field(default_factory=dict)  # what the file says of itself (web pages)


def read_text(data: bytes, suffix: str) -> ReadText:
    """Decode a file's bytes to text, or raise ImportFailure saying what the file is instead."""
    if not data.strip():
        raise ImportFailure(QT_TRANSLATE_NOOP("ImportFailure", "the file is empty"))
    if suffix == ".docx" or data.startswith(b"PK\x03\x04"):
        return _read_docx(data)
    if suffix == ".pdf" or data.startswith(b"%PDF"):
        return ReadText(normalise_text(read_pdf(data)), "pdf")
    if suffix in (".html", ".htm") or looks_like_html(data):
        return _read_web_page(data)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ImportFailure(what)
    result = _decode(data)
    result.text = normalise_text(result.text)
    if not result.text.strip():
        raise ImportFailure(QT_TRANSLATE_NOOP("ImportFailure", "the file holds no text"))
    return result


def normalise_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def _decode(data: bytes) -> ReadText:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _decode_unicode(data[len(bom):], encoding)
    utf16 = _bomless_utf16(data)
    if utf16:
        return _decode_unicode(data, utf16)
    # Valid UTF-8 with a stray NUL is a text file; binary data is almost never valid UTF-8.
    try:
        text = data.decode("utf-8")
        if not _looks_binary(data, tolerance=4):
            return ReadText(text, "utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and _is_cut_utf8(data[exc.start:]):
            return ReadText(data[:exc.start].decode("utf-8"), "utf-8", [_TRUNCATED])
    if _looks_binary(data):
        raise ImportFailure(QT_TRANSLATE_NOOP("ImportFailure",
                                              "this is a binary file, not text"))
    return _decode_codepage(data)


_TRUNCATED = "the file ends in the middle of a character: it may have been cut short"


def _decode_unicode(body: bytes, encoding: str) -> ReadText:
    warnings = []
    if encoding.startswith("utf-16") and len(body) % 2:
        body = body[:-1]
        warnings.append(_TRUNCATED)
    try:
        return ReadText(body.decode(encoding), encoding.replace("-sig", ""), warnings)
    except UnicodeDecodeError as exc:
        if encoding.startswith("utf-16") or exc.start < len(body) - 3:
            raise ImportFailure(QT_TRANSLATE_NOOP(
                "ImportFailure", "the file says it is {encoding} but holds bytes that are not "
                                 "(at byte {at}): it is damaged"),
                encoding=encoding.upper(), at=exc.start) from exc
        return ReadText(body[:exc.start].decode(encoding), encoding.replace("-sig", ""),
                        [_TRUNCATED])


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: Cyrillic puts 0x04 in every other byte, ASCII 0x00."""
    sample = data[:4000]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    high_odd = sum(1 for b in odd if b in (0x00, 0x04)) / len(odd)
    high_even = sum(1 for b in even if b in (0x00, 0x04)) / len(even)
    if high_odd > 0.7 and high_even < 0.3:
        return "utf-16-le"
    if high_even > 0.7 and high_odd < 0.3:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes, tolerance: float = 1) -> bool:
    sample = data[:8000]
    nul = sample.count(0)
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return nul > len(sample) * 0.01 * tolerance or controls > len(sample) * 0.05 * tolerance


def _is_cut_utf8(tail: bytes) -> bool:
    try:
        tail.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.reason == "unexpected end of data"
    return False


def _decode_codepage(data: bytes) -> ReadText:
    best = from_bytes(data, cp_isolation=CYRILLIC_CODEPAGES).best()
    candidates = [best.encoding] if best is not None else []
    candidates += [cp for cp in CYRILLIC_CODEPAGES if cp not in candidates]
    # The detector's first choice stands unless another code page reads as much better Russian.
    scored = [(_russian_score(data.decode(cp, errors="replace")), cp) for cp in candidates]
    top_score, top = max(scored)
    first_score = scored[0][0]
    chosen = candidates[0] if first_score >= top_score - 0.05 else top
    if max(first_score, top_score) < 0.2:
        raise ImportFailure(QT_TRANSLATE_NOOP(
            "ImportFailure", "the text is in an encoding Clipper cannot recognise"))
    return ReadText(data.decode(chosen, errors="replace"), chosen)


def _russian_score(text: str) -> float:
    """How much `text` reads like Russian: frequent lower-case letters among all letters."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if ch in _FREQUENT_RU) / len(letters)


def _read_web_page(data: bytes) -> ReadText:
    charset = declared_charset(data)
    decoded = None
    if charset:
        try:
            decoded = ReadText(data.decode(charset), charset)
        except (LookupError, UnicodeDecodeError):
            decoded = None  # a page that lies about its charset is read like any text
    decoded = decoded or _decode(data)
    text, meta = read_html(decoded.text)
    return ReadText(normalise_text(text), decoded.encoding, decoded.warnings, meta)


def _read_docx(data: bytes) -> ReadText:
    import docx  # imported here: python-docx costs start-up time and most imports are text

    try:
        document = docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ImportFailure(QT_TRANSLATE_NOOP(
            "ImportFailure", "the DOCX file is damaged or cut short (not a valid zip)")) from exc
    except KeyError as exc:
        raise ImportFailure(QT_TRANSLATE_NOOP(
            "ImportFailure", "the DOCX file lacks a part Word documents have ({part})"),
            part=exc) from exc
    except Exception as exc:
        raise ImportFailure(QT_TRANSLATE_NOOP("ImportFailure",
                                              "the DOCX file cannot be read: {reason}"),
                            reason=exc) from exc
    paragraphs = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            paragraphs.append(" | ".join(cell.text for cell in row.cells))
    text = normalise_text("\n\n".join(paragraphs))
    if not text.strip():
        raise ImportFailure(QT_TRANSLATE_NOOP("ImportFailure", "the DOCX file holds no text"))
    return ReadText(text, "docx", meta=_page_margins(document))


def _page_margins(document) -> dict:
    """What a document's page header and footer print ("Пресс-служба Костанайского областного
    суда" on every page): where a release names the body that issues it, as a site's bar does."""
    def texts(part) -> list[str]:
        return [p.text.strip() for p in part.paragraphs if p.text.strip()]
    heads, feet = [], []
    for section in document.sections:
        if not section.header.is_linked_to_previous:
            heads += texts(section.header)
        if not section.footer.is_linked_to_previous:
            feet += texts(section.footer)
    return {key: lines for key, lines in (("site_lines", heads), ("footer_lines", feet)) if lines}
