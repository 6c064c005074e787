"""The errors a user can read: each message names the file or the input at fault."""


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Marks a message template for the window's translators; the core stays free of Qt."""
    return text


class ClipperError(Exception):
    """An expected failure whose message is fit to show a user as it is.

    The message may be a template with `{names}` filled from keyword values: the window shows
    the template translated (see clipper.ui.messages), the CLI the English as it is."""

    def __init__(self, message: str, **values):
        self.template, self.values = message, values
        super().__init__(message.format(**values) if values else message)


class ArchiveError(ClipperError):
    """The archive folder cannot be opened or used."""


class ArchiveLocked(ArchiveError):
    """Another process holds the archive open for changes."""


class ImportFailure(ClipperError):
    """One file could not be imported; the message names the reason."""


class QueryError(ClipperError):
    """A search query or filter is malformed."""


class NotFound(ClipperError):
    """An article id that the archive does not hold."""


class ExportFailure(ClipperError):
    """A digest or table could not be written; the message names the article or file at fault."""
