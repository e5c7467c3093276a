"""Commands that parse no text start without torch, spaCy or Stanza.

Importing them costs about 3 CPU-seconds per process (torch alone ~1.7 s, spaCy pulls torch in
again through thinc): `--help`, tab completion, `schema`, `validate`, `diff`, `eval` and a parse
answered entirely from the cache must not pay that. Each case runs in a fresh interpreter,
since this test process has long imported them all.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cli_helpers import record, write_jsonl

HEAVY = ("torch", "spacy", "thinc", "stanza", "onnxruntime")
EXAMPLES = Path(__file__).parent / "examples"

# Runs `lvextract ARGS…` in this interpreter, then writes which heavy packages were imported.
PROBE = """
import json, os, sys
for name in filter(None, os.environ.get("PRELOAD", "").split(",")):
    __import__(name)
from lvextract.cli import main
try:
    main(sys.argv[2:], prog_name="lvextract")
    code = 0
except SystemExit as exc:
    code = exc.code
heavy = [m for m in {heavy!r} if m in sys.modules]
with open(sys.argv[1], "w") as stream:
    json.dump({{"code": code, "heavy": heavy}}, stream)
""".format(heavy=HEAVY)


def loaded(tmp_path: Path, *args, env: dict | None = None, preload: str = "") -> list[str]:
    import os

    report = tmp_path / "report.json"
    environment = {**os.environ, "PRELOAD": preload, **(env or {})}
    done = subprocess.run([sys.executable, "-c", PROBE, str(report), *map(str, args)], env=environment,
                          stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          timeout=120)
    assert report.exists(), done.stderr.decode(errors="replace")
    result = json.loads(report.read_text())
    assert result["code"] in (0, None), (args, result, done.stderr.decode(errors="replace"))
    return result["heavy"]


def test_the_probe_sees_a_heavy_import(tmp_path):
    # Without this, an empty list below could mean a probe that sees nothing.
    assert "spacy" in loaded(tmp_path, "--help", preload="spacy")


@pytest.mark.parametrize("args", [
    ("--help",), ("--version",), ("parse", "--help"), ("schema",), ("completion", "bash"),
    ("eval", "--help"), ("diff", "--help"), ("validate", "--help"), ("check", "--help"), ("show", "--help"),
    ("segment", "--help"),
], ids=lambda args: " ".join(args))
def test_help_and_light_commands(tmp_path, args):
    assert loaded(tmp_path, *args) == []


def test_tab_completion(tmp_path):
    env = {"_LVEXTRACT_COMPLETE": "bash_complete", "COMP_WORDS": "lvextract pa", "COMP_CWORD": "1"}
    assert loaded(tmp_path, env=env) == []


def test_validate_and_diff_of_records(tmp_path):
    records = write_jsonl(tmp_path / "records.jsonl", [record("a"), record("b")])
    assert loaded(tmp_path, "validate", records) == []
    assert loaded(tmp_path, "diff", records, records) == []


def test_eval(tmp_path):
    case = json.loads((EXAMPLES / "scoring_case.json").read_text(encoding="utf-8"))
    gold = tmp_path / "gold"
    gold.mkdir()
    for doc_id, item in case["gold"].items():
        (gold / f"{doc_id}.json").write_text(json.dumps(item, ensure_ascii=False), encoding="utf-8")
    records = write_jsonl(tmp_path / "records.jsonl", case["records"])
    assert loaded(tmp_path, "eval", gold, records) == []


def test_parse_answered_from_the_cache(tmp_path):
    from lvextract.cache import open_cache
    from lvextract.reading import Source, load
    from lvextract.record import Record

    text = tmp_path / "one.txt"
    text.write_text("Rīgā, 2024. gada 5. martā.\n", encoding="utf-8")
    decoded = load(Source(str(text)))
    cache = open_cache(tmp_path / "cache")
    cache.put(Record(doc_id=decoded.source.doc_id, source=decoded.source.name, sha256=decoded.sha256))
    assert cache.get(decoded) is not None
    assert loaded(tmp_path, "parse", text, "--cache", tmp_path / "cache", "-j", "1", "-q",
                  "-o", tmp_path / "out.jsonl") == []
    assert json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))["sha256"] == decoded.sha256
