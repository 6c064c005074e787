"""PDF files with a text layer, via pypdf."""

from __future__ import annotations

import io

from clipper.errors import ImportFailure


def read_pdf(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                raise ImportFailure("the PDF is password-protected") from None
        pages = [page.extract_text() or "" for page in reader.pages]
    except ImportFailure:
        raise
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise ImportFailure(f"the PDF is damaged or cut short ({exc})") from exc
    text = "\n\n".join(pages)
    if not text.strip():
        raise ImportFailure("the PDF has no text layer (a scanned page): it needs OCR first")
    return text
