"""Records as Parquet rows: one row per record, its lists and objects as nested columns.

The Arrow schema is derived from the Pydantic record (record.py), not inferred from the data,
so every part of a run has the same schema even where a part has no budget at all. A number
that is `int | float` in the record (amounts, percentages) is a double here; everything else
keeps its JSON type. Needs pyarrow (the `parquet` extra).
"""
from __future__ import annotations

import types
import typing
from enum import Enum
from functools import lru_cache

from pydantic import BaseModel

from .record import Record


def _arrow_type(annotation):
    import pyarrow as pa

    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _arrow_type(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        if set(members) == {int, float}:
            return pa.float64()
        if len(members) == 1:
            return _arrow_type(members[0])
        raise TypeError(f"no Arrow type for {annotation}")
    if origin is list:
        return pa.list_(_arrow_type(typing.get_args(annotation)[0]))
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return pa.struct([pa.field(name, _arrow_type(field.annotation))
                              for name, field in annotation.model_fields.items()])
        if issubclass(annotation, Enum) or annotation is str:
            return pa.string()
        if annotation is bool:
            return pa.bool_()
        if annotation is int:
            return pa.int64()
        if annotation is float:
            return pa.float64()
    raise TypeError(f"no Arrow type for {annotation}")


@lru_cache(maxsize=1)
def record_schema():
    """The Arrow schema of a Record, fields in the record's order."""
    import pyarrow as pa

    return pa.schema([pa.field(name, _arrow_type(field.annotation)) for name, field in Record.model_fields.items()])


class ParquetPartWriter:
    """Streams records into one Parquet file: a row group per write() call."""

    def __init__(self, stream):
        import pyarrow.parquet as pq

        self._writer = pq.ParquetWriter(stream, record_schema(), compression="zstd")
        self.count = 0

    def write(self, records: list[Record]) -> None:
        import pyarrow as pa

        if records:
            rows = [record.model_dump(mode="json") for record in records]
            self._writer.write_table(pa.Table.from_pylist(rows, schema=record_schema()))
            self.count += len(records)

    def close(self) -> None:
        self._writer.close()
