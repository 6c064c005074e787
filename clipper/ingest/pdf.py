"""PDF files with a text layer, via pypdf."""

from __future__ import annotations

import io

from clipper.errors import QT_TRANSLATE_NOOP, ImportFailure


def read_pdf(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                raise ImportFailure(QT_TRANSLATE_NOOP(
                    "ImportFailure", "the PDF is password-protected")) from None
        pages = [page.extract_text() or "" for page in reader.pages]
    except ImportFailure:
        raise
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise ImportFailure(QT_TRANSLATE_NOOP("ImportFailure",
                                              "the PDF is damaged or cut short ({reason})"),
                            reason=exc) from exc
    text = "\n\n".join(unwrap(page) for page in pages)
    if not text.strip():
        raise ImportFailure(QT_TRANSLATE_NOOP(
            "ImportFailure", "the PDF has no text layer (a scanned page): it needs OCR first"))
    return text


def unwrap(page: str) -> str:
    """Lines of a laid-out page joined back into paragraphs.

    A line carries on into the next when it does not end a sentence and the next one starts
    in lower case or it ends in a comma, or when it ends in a hyphen; other line ends are kept
    (mastheads, headlines and date lines stand on their own lines).
    """
    lines = [line.rstrip() for line in page.split("\n")]
    out: list[str] = []
    for line in lines:
        if out and out[-1] and line.strip():
            previous = out[-1]
            if previous.endswith("-") and line[:1].islower():
                out[-1] = previous[:-1] + line.lstrip()
                continue
            if not previous.endswith((".", "!", "?", "…", ":", "»", '"')) and (
                    line.lstrip()[:1].islower() or previous.endswith(",")):
                out[-1] = previous + " " + line.lstrip()
                continue
        out.append(line)
    return "\n".join(out)
