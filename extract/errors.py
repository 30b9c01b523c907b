"""Errors a user can hit, each saying what went wrong and what to do."""


class ExtractError(Exception):
    """Base class of this package's errors."""


class ModelNotFoundError(ExtractError, FileNotFoundError):
    """A pipeline folder was named that holds no pipeline."""


class GoldFormatError(ExtractError, ValueError):
    """A gold file could not be read."""


class InputError(ExtractError, ValueError):
    """An input file or folder could not be read."""
