"""The package version (also part of a batch run's settings fingerprint)."""

__version__ = "0.1.0"
