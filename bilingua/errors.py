"""Errors that reach the user as one clear line (exit code 1), never as a traceback."""


class BilinguaError(Exception):
    """Bad input or an unusable setting; the message is shown to the user as is."""


class SameLanguage(BilinguaError):
    """Both documents are in one language (``lang``): there is nothing to align or compare."""

    def __init__(self, message: str, lang: str):
        super().__init__(message)
        self.lang = lang
