"""Errors that reach the user as one clear line (exit code 1), never as a traceback."""


class BilinguaError(Exception):
    """Bad input or an unusable setting; the message is shown to the user as is."""
