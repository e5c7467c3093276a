"""Running `lvextract` in-process for command tests, and small record builders."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from lvextract.cli import main
from lvextract.record import Record


def run_cli(*args: str):
    """(exit code, stdout, stderr) of `lvextract ARGS…`."""
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def record(doc_id: str = "d1", **fields) -> dict:
    """A schema-valid record as plain data, with the given fields set."""
    data = Record(doc_id=doc_id, source=f"{doc_id}.txt", sha256="0" * 64).model_dump(mode="json")
    data.update(fields)
    return data


def span(text: str, part: str) -> dict:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def write_jsonl(path: Path, records: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records),
                    encoding="utf-8")
    return path
