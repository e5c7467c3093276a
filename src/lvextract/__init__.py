"""lvextract: structured, evidence-linked records from Latvian announcement texts.

    extract(text, *, doc_id="text", document_date=None, reference_date=None) -> Record
    parse(paths, *, jobs=None, cache=None) -> Iterator[Record]

See docs/api.md. The API is imported on first use, so that `import lvextract` (which the
cache does, for PIPELINE_VERSION) loads no model and no extractor.
"""
__version__ = "0.1.0"

# Bumped whenever extraction output may change: cached records of another version are stale.
# Kept here, not in pipeline.py, so that reading it (the cache does) imports no extractor.
PIPELINE_VERSION = "0.3.0"

__all__ = ["PIPELINE_VERSION", "Record", "extract", "parse"]


def __getattr__(name: str):
    if name in ("extract", "parse"):
        from . import api

        return getattr(api, name)
    if name == "Record":
        from .record import Record

        return Record
    raise AttributeError(f"module 'lvextract' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__ + ["__version__"])
