"""lvextract: structured, evidence-linked records from Latvian announcement texts."""
__version__ = "0.1.0"
