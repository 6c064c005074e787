"""The errors a user can read: each message names the file or the input at fault."""


class ClipperError(Exception):
    """An expected failure whose message is fit to show a user as it is."""


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
