"""Scoring records against gold files, as RECORD.md "Gold files and scoring" defines it.

Pure functions: load a gold directory, load a records file, score → `EvalResult`.
Nothing here prints; the `eval` command renders the result.

Decisions the spec leaves open (also stated in `lvextract eval --help`):
- records whose doc_id has no gold file are ignored (counted in `EvalResult.ignored`);
- a gold document with no record counts every gold item as missed, and its
  document_date as wrong (even when the gold value is null);
- amounts compare numerically (4486638 == 4486638.0);
- contacts without a name add nothing to `contacts.name`;
- precision is 0 when nothing was predicted but gold exists (likewise recall),
  and P = R = F1 = 1 only for a field with no gold and no predicted items at all.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

# The ten set-valued rows of the spec's table; macro F1 is the plain mean of their F1.
SCORED_FIELDS = ("dates", "events", "deadlines", "contacts.name", "contacts.phones", "contacts.emails",
                 "budgets", "target_groups", "funding", "projects")

QUOTES = "\"'„“”‟«»‹›‚‘’‛`´"
_QUOTE_RE = re.compile(f"[{re.escape(QUOTES)}]")


class RecordsFileError(Exception):
    """A records or gold file that cannot be read: names the file and, for JSON Lines, the line."""

    def __init__(self, path: str, message: str, line: int | None = None):
        self.path, self.line = str(path), line
        super().__init__(f"{path}{f':{line}' if line else ''}: {message}")


# ---------------------------------------------------------------- loading

def load_records(path: str | Path) -> dict[str, dict]:
    """doc_id → record (plain dicts) from JSON Lines, or from a JSON array (`parse --format json`).

    Blank lines are skipped; the first record of a doc_id wins.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise RecordsFileError(path, "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RecordsFileError(path, f"cannot read: {exc}") from None
    records: dict[str, dict] = {}
    for line_no, item in _json_items(path, text):
        if not isinstance(item, dict) or not isinstance(item.get("doc_id"), str):
            raise RecordsFileError(path, "not a record (a JSON object with a doc_id)", line_no)
        records.setdefault(item["doc_id"], item)
    return records


def _json_items(path: Path, text: str) -> Iterable[tuple[int | None, object]]:
    if text.lstrip().startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RecordsFileError(path, f"invalid JSON: {exc.msg}", exc.lineno) from None
        return [(None, item) for item in items]
    out = []
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append((line_no, json.loads(line)))
        except json.JSONDecodeError as exc:
            raise RecordsFileError(path, f"invalid JSON: {exc.msg} (column {exc.colno})", line_no) from None
    return out


def load_gold(directory: str | Path) -> dict[str, dict]:
    """doc_id → gold record, one `<doc_id>.json` per document (the file name is the doc_id)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise RecordsFileError(directory, "not a directory of gold files")
    gold: dict[str, dict] = {}
    for path in sorted(directory.glob("*.json")):
        try:
            item = json.loads(path.read_text(encoding="utf-8-sig"))
        except json.JSONDecodeError as exc:
            raise RecordsFileError(path, f"invalid JSON: {exc.msg}", exc.lineno) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise RecordsFileError(path, f"cannot read: {exc}") from None
        if not isinstance(item, dict):
            raise RecordsFileError(path, "not a gold record (a JSON object)")
        gold[path.stem] = item
    return gold


# ---------------------------------------------------------------- normalisation

def number(value) -> int | float:
    """4486638.0 → 4486638, so that equal amounts compare (and print) equal."""
    try:
        value = float(value)
    except (TypeError, ValueError):
        return value  # not a number: compared as given, so it can only match the same text
    return int(value) if value.is_integer() else value


def project_key(name: str) -> str:
    """Case-folded, quotes and outer punctuation stripped, white space collapsed."""
    text = _QUOTE_RE.sub("", unicodedata.normalize("NFC", name))
    text = " ".join(text.split())
    start, end = 0, len(text)
    while start < end and _is_outer_junk(text[start]):
        start += 1
    while end > start and _is_outer_junk(text[end - 1]):
        end -= 1
    return text[start:end].casefold()


def _is_outer_junk(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def _items(record: dict | None, name: str) -> list[dict]:
    if not record:
        return []
    return [item for item in record.get(name) or [] if isinstance(item, dict)]


def _pairs(name: str, *keys: str) -> Callable[[dict | None], set]:
    return lambda record: {tuple(item.get(k) for k in keys) for item in _items(record, name)}


def _calendar_dates(record: dict | None) -> set:
    """The dates row counts explicit calendar expressions: relative ones ("rīt") are left out."""
    return {(item.get("value"), item.get("end")) for item in _items(record, "dates") if not item.get("relative")}


def _ids(name: str) -> Callable[[dict | None], set]:
    return lambda record: {item.get("id") for item in _items(record, name)}


def _contact_names(record: dict | None) -> set:
    return {item["name"].casefold() for item in _items(record, "contacts") if item.get("name")}


def _contact_all(key: str) -> Callable[[dict | None], set]:
    return lambda record: {value for item in _items(record, "contacts") for value in item.get(key) or []}


def _budgets(record: dict | None) -> set:
    return {(number(item["amount"]), item.get("currency")) for item in _items(record, "budgets")
            if item.get("amount") is not None}


# What each scored row compares, per document, as a set (projects are handled apart: aliases).
KEYS: dict[str, Callable[[dict | None], set]] = {
    "dates": _calendar_dates,
    "events": _pairs("events", "type", "start"),
    "deadlines": _pairs("deadlines", "date", "action"),
    "contacts.name": _contact_names,
    "contacts.phones": _contact_all("phones"),
    "contacts.emails": _contact_all("emails"),
    "budgets": _budgets,
    "target_groups": _ids("target_groups"),
    "funding": _ids("funding"),
}


def project_sets(gold: dict | None, predicted: dict | None) -> tuple[set, set]:
    """(gold keys, predicted keys): a predicted name equal to a gold alias becomes that project's key."""
    gold_keys, alias_of = set(), {}
    for item in _items(gold, "projects"):
        if not item.get("name"):
            continue
        key = project_key(item["name"])
        gold_keys.add(key)
        for alias in item.get("aliases") or []:
            alias_of.setdefault(project_key(alias), key)
    predicted_keys = set()
    for item in _items(predicted, "projects"):
        if item.get("name"):
            key = project_key(item["name"])
            predicted_keys.add(key if key in gold_keys else alias_of.get(key, key))
    return gold_keys, predicted_keys


def compared_sets(name: str, gold: dict | None, predicted: dict | None) -> tuple[set, set]:
    if name == "projects":
        return project_sets(gold, predicted)
    return KEYS[name](gold), KEYS[name](predicted)


# ---------------------------------------------------------------- scores

@dataclass
class FieldScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def empty(self) -> bool:
        return self.tp + self.fp + self.fn == 0

    @property
    def precision(self) -> float:
        if self.empty:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        if self.empty:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        if self.empty:
            return 1.0
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class DocumentResult:
    """What one gold document got: per field the gold items missed and the predicted items extra."""
    doc_id: str
    has_record: bool
    document_date_gold: str | None
    document_date_predicted: str | None
    missed: dict[str, list] = field(default_factory=dict)
    extra: dict[str, list] = field(default_factory=dict)

    @property
    def document_date_correct(self) -> bool:
        return self.has_record and self.document_date_gold == self.document_date_predicted

    def as_dict(self) -> dict:
        return {"doc_id": self.doc_id, "has_record": self.has_record,
                "document_date": {"gold": self.document_date_gold, "predicted": self.document_date_predicted,
                                  "correct": self.document_date_correct},
                "missed": {k: [_jsonable(v) for v in vs] for k, vs in self.missed.items() if vs},
                "extra": {k: [_jsonable(v) for v in vs] for k, vs in self.extra.items() if vs}}


@dataclass
class EvalResult:
    fields: dict[str, FieldScore]
    documents: list[DocumentResult]
    ignored: list[str]  # doc_ids of records with no gold file

    @property
    def document_date_correct(self) -> int:
        return sum(d.document_date_correct for d in self.documents)

    @property
    def document_date_acc(self) -> float:
        # No gold documents: nothing could go wrong, as for an empty field.
        return self.document_date_correct / len(self.documents) if self.documents else 1.0

    @property
    def macro_f1(self) -> float:
        return sum(self.fields[name].f1 for name in SCORED_FIELDS) / len(SCORED_FIELDS)

    def as_dict(self, docs: bool = False) -> dict:
        out = {"fields": {name: score.as_dict() for name, score in self.fields.items()},
               "document_date_acc": self.document_date_acc,
               "document_date": {"correct": self.document_date_correct, "total": len(self.documents)},
               "macro_f1": self.macro_f1,
               "gold_documents": len(self.documents),
               "missing_records": [d.doc_id for d in self.documents if not d.has_record],
               "ignored_records": list(self.ignored)}
        if docs:
            out["docs"] = [d.as_dict() for d in self.documents]
        return out


def _jsonable(value):
    return list(value) if isinstance(value, tuple) else value


def _sort_key(value) -> str:
    return json.dumps(_jsonable(value), ensure_ascii=False, sort_keys=True, default=str)


def _date_text(value) -> str | None:
    return None if value is None else str(value)


def score(gold: dict[str, dict], records: dict[str, dict]) -> EvalResult:
    """Micro-averaged scores over the gold documents; records with no gold are ignored."""
    fields = {name: FieldScore() for name in SCORED_FIELDS}
    documents = []
    for doc_id in sorted(gold):
        expected, predicted = gold[doc_id], records.get(doc_id)
        result = DocumentResult(doc_id, predicted is not None, _date_text(expected.get("document_date")),
                                _date_text(predicted.get("document_date")) if predicted else None)
        for name in SCORED_FIELDS:
            gold_set, predicted_set = compared_sets(name, expected, predicted)
            fields[name].tp += len(gold_set & predicted_set)
            fields[name].fp += len(predicted_set - gold_set)
            fields[name].fn += len(gold_set - predicted_set)
            result.missed[name] = sorted(gold_set - predicted_set, key=_sort_key)
            result.extra[name] = sorted(predicted_set - gold_set, key=_sort_key)
        documents.append(result)
    ignored = sorted(doc_id for doc_id in records if doc_id not in gold)
    return EvalResult(fields, documents, ignored)


def evaluate(gold_dir: str | Path, records_path: str | Path) -> EvalResult:
    """Records from a JSON Lines file, or from a second directory of gold files: scored against another
    reader's gold, the same table says how far two readers of the contract agree (the ceiling a tool can
    be held to, and a check that the gold itself is consistent)."""
    if Path(records_path).is_dir():
        return score(load_gold(gold_dir), load_gold(records_path))
    return score(load_gold(gold_dir), load_records(records_path))
