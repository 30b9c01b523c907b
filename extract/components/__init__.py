"""spaCy components of the minutes pipeline, one module per factory."""
