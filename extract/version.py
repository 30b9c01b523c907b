"""The package version (also part of a batch run's settings fingerprint)."""

__version__ = "0.2.0"  # 0.2: documents.kind and duplicate_of; long texts in parts
