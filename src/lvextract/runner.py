"""Running the pipeline over many inputs: records come out streamed, in input order."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .pipeline import process
from .reading import DEFAULT_MAX_BYTES, Source, load
from .record import Record


@dataclass(frozen=True)
class RunOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    tokenizer_model: str | None = None


def run(sources: list[Source], options: RunOptions = RunOptions()) -> Iterator[Record]:
    """One record per source, in the order given, never raising for a bad document."""
    for source in sources:
        yield process(load(source, options.max_bytes), model=options.tokenizer_model)
