"""lvextract: structured, evidence-linked records from Latvian announcement texts."""
__version__ = "0.1.0"

# Bumped whenever extraction output may change: cached records of another version are stale.
# Kept here, not in pipeline.py, so that reading it (the cache does) imports no extractor.
PIPELINE_VERSION = "0.2.0"
