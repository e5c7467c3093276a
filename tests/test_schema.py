import json
from pathlib import Path

from lvextract.record import json_schema

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schemas" / "record.schema.json"


def test_committed_schema_matches_models():
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == json_schema(), "schemas/record.schema.json is stale: run `make schema`"


def test_schema_lists_spec_fields_in_order():
    keys = list(json_schema()["properties"])
    assert keys[:15] == ["schema_version", "doc_id", "source", "sha256", "title", "document_date", "dates", "events",
                         "deadlines", "contacts", "budgets", "target_groups", "funding", "projects", "warnings"]
