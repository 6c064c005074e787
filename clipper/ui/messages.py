"""The core's error messages in the interface's language.

The core raises ClipperError with an English template and its values; messages marked for
translation (QT_TRANSLATE_NOOP in the core) are looked up here, the others shown as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clipper.errors import ClipperError


def user_message(exc: BaseException) -> str:
    if not isinstance(exc, ClipperError):
        return str(exc)
    template = QCoreApplication.translate(type(exc).__name__, exc.template)
    try:
        return template.format(**exc.values) if exc.values else template
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return str(exc)
