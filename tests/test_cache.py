"""The record cache: keyed by content and pipeline fingerprint, renamed on reuse, robust to damage.

Unit rows use hand-made records (no tokenizer); one end-to-end test runs the real pipeline
twice over a small corpus and checks that the second run processes only the changed file.
"""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from lvextract import runner
from lvextract.cache import RecordCache, compute_fingerprint, open_cache, pipeline_fingerprint
from lvextract.reading import Decoded, Source
from lvextract.record import Error, ErrorCode, Record

FINGERPRINT = "f" * 64


def _decoded(name: str, text: str) -> Decoded:
    return Decoded(Source(name), hashlib.sha256(text.encode()).hexdigest(), text)


def _record_for(decoded: Decoded, title: str = "Sanāksme Rīgā") -> Record:
    return Record(doc_id=decoded.source.doc_id, source=decoded.source.name, sha256=decoded.sha256, title=title)


# --- reuse under another name ------------------------------------------------------------------

RENAME_ROWS = [
    # (stored under, asked for with, expected doc_id of the hit)
    ("corpus/a.txt", "corpus/a.txt", "a"),
    ("corpus/a.txt", "arhīvs/2019/paziņojums.txt", "paziņojums"),
    ("a.txt", "-", "stdin"),
    ("dir/x.md", "other/x.txt", "x"),
]


@pytest.mark.parametrize("stored_as, asked_as, doc_id", RENAME_ROWS)
def test_hit_carries_the_current_name(tmp_path, stored_as, asked_as, doc_id):
    cache = RecordCache(tmp_path, FINGERPRINT)
    text = "Pieteikšanās līdz 2024. gada 1. martam."
    cache.put(_record_for(_decoded(stored_as, text)))
    hit = cache.get(_decoded(asked_as, text))
    assert hit is not None
    assert (hit.source, hit.doc_id, hit.title) == (asked_as, doc_id, "Sanāksme Rīgā")


MISS_ROWS = [
    # (text stored, text asked for, fingerprint asked with): every one must miss
    ("Seminārs 5. maijā.", "Seminārs 6. maijā.", FINGERPRINT),        # other bytes
    ("Seminārs 5. maijā.", "Seminārs 5. maijā. ", FINGERPRINT),       # one trailing space
    ("Seminārs 5. maijā.", "Seminārs 5. maijā.", "e" * 64),           # other pipeline
]


@pytest.mark.parametrize("stored, asked, fingerprint", MISS_ROWS)
def test_miss(tmp_path, stored, asked, fingerprint):
    RecordCache(tmp_path, FINGERPRINT).put(_record_for(_decoded("a.txt", stored)))
    cache = RecordCache(tmp_path, fingerprint)
    assert cache.get(_decoded("a.txt", asked)) is None
    assert (cache.hits, cache.misses) == (0, 1)


def test_error_records_are_not_stored(tmp_path):
    cache = RecordCache(tmp_path, FINGERPRINT)
    decoded = _decoded("a.txt", "Teksts.")
    record = _record_for(decoded)
    record.error = Error(code=ErrorCode.internal, message="a.txt: extraction failed")
    cache.put(record)
    assert cache.get(decoded) is None
    assert not list(tmp_path.rglob("*.json"))


def test_unreadable_input_is_never_a_hit(tmp_path):
    cache = RecordCache(tmp_path, FINGERPRINT)
    missing = Decoded(Source("nav.txt"), hashlib.sha256(b"").hexdigest(), None, ErrorCode.not_found, "nav.txt: file not found")
    cache.put(Record(doc_id="nav", source="nav.txt", sha256=missing.sha256))  # even if someone stored one
    assert cache.get(missing) is None


# --- damaged entries ---------------------------------------------------------------------------

CORRUPT_ROWS = [
    ("truncated json", lambda good: good[: len(good) // 2]),
    ("not json at all", lambda good: b"\x00\xff garbage"),
    ("empty file", lambda good: b""),
    ("valid json, not a record", lambda good: b'{"hello": "world"}'),
    ("record of other bytes", lambda good: good.replace(b'"sha256":"', b'"sha256":"0')),
    ("record with an error", lambda good: good.replace(b'"error":null', b'"error":{"code":"internal","message":"x"}')),
]


@pytest.mark.parametrize("label, damage", CORRUPT_ROWS, ids=[row[0] for row in CORRUPT_ROWS])
def test_corrupt_entry_is_ignored_and_removed(tmp_path, label, damage):
    cache = RecordCache(tmp_path, FINGERPRINT)
    decoded = _decoded("a.txt", "Konference notiks 12. jūnijā.")
    cache.put(_record_for(decoded))
    (entry,) = list(tmp_path.rglob("*.json"))
    entry.write_bytes(damage(entry.read_bytes()))
    assert cache.get(decoded) is None
    assert not entry.exists()
    cache.put(_record_for(decoded))  # rebuilt
    assert cache.get(decoded).title == "Sanāksme Rīgā"


def test_writes_leave_no_temporary_files(tmp_path):
    cache = RecordCache(tmp_path, FINGERPRINT)
    for i in range(20):
        cache.put(_record_for(_decoded(f"{i}.txt", f"Teksts numur {i}.")))
    names = [p.name for p in tmp_path.rglob("*") if p.is_file()]
    assert len(names) == 20 and not [n for n in names if n.startswith(".tmp-")]


def test_unwritable_cache_does_not_raise(tmp_path):
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    cache = RecordCache(blocker, FINGERPRINT)  # its root lies below a regular file
    cache.put(_record_for(_decoded("a.txt", "Teksts.")))
    assert cache.get(_decoded("a.txt", "Teksts.")) is None


# --- the fingerprint ---------------------------------------------------------------------------

def _package(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "pkg"
    (root / "extractors" / "data").mkdir(parents=True)
    (root / "models").mkdir()
    (root / "__pycache__").mkdir()
    (root / "pipeline.py").write_text("PIPELINE_VERSION = '1'\n")
    (root / "extractors" / "dates.py").write_text("MONTHS = 12\n")
    (root / "extractors" / "data" / "months.toml").write_text("janvāris = 1\n")
    (root / "models" / "resources.json").write_text("{}")
    model = root / "models" / "tokenizer.pt"
    model.write_bytes(b"weights-1")
    return root, model


FINGERPRINT_ROWS = [
    # (change, does the fingerprint change?)
    ("edit a module", lambda root, model: (root / "extractors" / "dates.py").write_text("MONTHS = 13\n"), True),
    ("edit a vocabulary", lambda root, model: (root / "extractors" / "data" / "months.toml").write_text("janvārī = 1\n"), True),
    ("add a data file", lambda root, model: (root / "extractors" / "data" / "new.json").write_text("[]"), True),
    ("rename a module", lambda root, model: (root / "extractors" / "dates.py").rename(root / "extractors" / "datumi.py"), True),
    ("retrain the model", lambda root, model: model.write_bytes(b"weights-2"), True),
    ("byte-compile", lambda root, model: (root / "__pycache__" / "dates.cpython-311.pyc").write_bytes(b"\x00"), False),
    ("unused file in models/", lambda root, model: (root / "models" / "other.pt").write_bytes(b"x"), False),
    ("touch without change", lambda root, model: (root / "pipeline.py").write_text("PIPELINE_VERSION = '1'\n"), False),
    ("editor backup file", lambda root, model: (root / "pipeline.py~").write_text("old"), False),
]


@pytest.mark.parametrize("label, change, changes", FINGERPRINT_ROWS, ids=[row[0] for row in FINGERPRINT_ROWS])
def test_fingerprint_follows_code_data_and_model(tmp_path, label, change, changes):
    root, model = _package(tmp_path)
    before = compute_fingerprint(root, "0.1.0", model)
    change(root, model)
    assert (compute_fingerprint(root, "0.1.0", model) != before) is changes


def test_fingerprint_follows_pipeline_version(tmp_path):
    root, model = _package(tmp_path)
    assert compute_fingerprint(root, "0.1.0", model) != compute_fingerprint(root, "0.1.1", model)


def test_fingerprint_of_the_installed_package_is_stable_within_a_process():
    assert pipeline_fingerprint() == pipeline_fingerprint()
    assert len(pipeline_fingerprint()) == 64


def test_missing_model_disables_the_cache(tmp_path):
    assert open_cache(tmp_path, tmp_path / "nav-modelis.pt") is None
    assert open_cache(None) is None


# --- end to end: a re-run only processes what changed -------------------------------------------

ANNOUNCEMENTS = [
    "Rīgā, 2024. gada 5. martā. Labklājības ministrija aicina uz semināru 19. martā plkst. 10.00.\n\n"
    "Pieteikties līdz 15. martam, tālr. 67021600.",
    "Cēsu novada pašvaldība 2023. gada 12. oktobrī rīko karjeras dienu jauniešiem.",
    "Projekta kopējās izmaksas ir 120 000 EUR, no tām 85 % sedz Eiropas Sociālais fonds.",
]


def _count_processed(monkeypatch) -> list[int]:
    processed: list[int] = []
    real = runner._Deferred.result

    def counting(self):
        if self._records is None:
            processed.append(len(self._batch))
        return real(self)

    monkeypatch.setattr(runner._Deferred, "result", counting)
    return processed


def test_rerun_processes_only_changed_inputs(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, text in enumerate(ANNOUNCEMENTS):
        (corpus / f"{i}.txt").write_text(text, encoding="utf-8")
    sources = [Source(str(p)) for p in sorted(corpus.glob("*.txt"))]
    options = runner.RunOptions(jobs=1, cache_dir=str(tmp_path / "cache"))

    processed = _count_processed(monkeypatch)
    first = [r.model_dump_json() for r in runner.run(sources, options)]
    assert sum(processed) == 3

    processed.clear()
    second = [r.model_dump_json() for r in runner.run(sources, options)]
    assert second == first and sum(processed) == 0

    (corpus / "1.txt").write_text(ANNOUNCEMENTS[1].replace("12. oktobrī", "13. oktobrī"), encoding="utf-8")
    shutil.copy(corpus / "0.txt", corpus / "kopija.txt")  # same bytes, another name: a hit
    sources = [Source(str(p)) for p in sorted(corpus.glob("*.txt"))]
    processed.clear()
    third = list(runner.run(sources, options))
    assert sum(processed) == 1
    assert [r.doc_id for r in third] == ["0", "1", "2", "kopija"]
    assert third[3].source.endswith("kopija.txt") and third[3].sha256 == third[0].sha256
    assert third[3].model_dump(exclude={"doc_id", "source"}) == third[0].model_dump(exclude={"doc_id", "source"})


# --- a cache that cannot lie ---------------------------------------------------------------------

SPANNED_TEXT = "Seminārs notiks 2024. gada 5. martā Rīgā."


def _spanned(decoded: Decoded) -> Record:
    from lvextract.record import DateMention, Span

    start = decoded.text.index("2024. gada 5. martā")
    end = start + len("2024. gada 5. martā")
    return Record(doc_id=decoded.source.doc_id, source=decoded.source.name, sha256=decoded.sha256,
                  dates=[DateMention(value="2024-03-05", span=Span(start=start, end=end, text=decoded.text[start:end]))])


LYING_ROWS = [
    # (label, edit of the entry's bytes): each must be refused and the entry removed
    ("a changed date", lambda entry: entry.replace(b'"value":"2024-03-05"', b'"value":"2024-03-06"')),
    ("a span whose text is not in the input", lambda entry: entry.replace(b'"text":"2024. gada 5. mart', b'"text":"2025. gada 5. mart')),
    ("a shifted span", lambda entry: entry.replace(b'"start":16', b'"start":15')),
    ("a record without its digest line", lambda entry: entry.split(b"\n", 1)[1]),
]


@pytest.mark.parametrize("label, edit", LYING_ROWS, ids=[row[0] for row in LYING_ROWS])
def test_hand_edited_entry_is_refused(tmp_path, label, edit):
    cache = RecordCache(tmp_path, FINGERPRINT)
    decoded = _decoded("a.txt", SPANNED_TEXT)
    cache.put(_spanned(decoded))
    assert cache.get(decoded).dates[0].value == "2024-03-05"
    (entry,) = list(tmp_path.rglob("*.json"))
    edited = edit(entry.read_bytes())
    assert edited != entry.read_bytes()
    entry.write_bytes(edited)
    assert cache.get(decoded) is None
    assert not entry.exists()


def test_hand_edited_entry_with_its_digest_redone_is_still_checked_against_the_input(tmp_path):
    """Even a consistent entry (digest recomputed) must match the input's text at every span."""
    cache = RecordCache(tmp_path, FINGERPRINT)
    decoded = _decoded("a.txt", SPANNED_TEXT)
    cache.put(_spanned(decoded))
    (entry,) = list(tmp_path.rglob("*.json"))
    body = entry.read_bytes().split(b"\n", 1)[1].replace(b'"start":16', b'"start":15')
    entry.write_bytes(cache._digest(body).encode() + b"\n" + body)
    assert cache.get(decoded) is None


def test_another_documents_record_is_refused(tmp_path):
    cache = RecordCache(tmp_path, FINGERPRINT)
    mine, other = _decoded("a.txt", SPANNED_TEXT), _decoded("b.txt", "Cits teksts: 2024. gada 5. martā sapulce.")
    cache.put(_spanned(other))
    (other_entry,) = list(tmp_path.rglob("*.json"))
    target = tmp_path / FINGERPRINT[:16] / mine.sha256[:2] / f"{mine.sha256}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    # the other record under my key, as it is (its own sha256) and with the sha256 rewritten
    target.write_bytes(other_entry.read_bytes())
    assert cache.get(mine) is None
    target.write_bytes(other_entry.read_bytes().replace(other.sha256.encode(), mine.sha256.encode()))
    assert cache.get(mine) is None
    body = other_entry.read_bytes().split(b"\n", 1)[1].replace(other.sha256.encode(), mine.sha256.encode())
    target.write_bytes(cache._digest(body).encode() + b"\n" + body)  # even with a digest redone
    assert cache.get(mine) is None


def test_a_symlinked_shard_is_never_written_through_nor_read(tmp_path):
    cache_dir, elsewhere = tmp_path / "cache", tmp_path / "elsewhere"
    elsewhere.mkdir()
    cache = RecordCache(cache_dir, FINGERPRINT)
    decoded = _decoded("a.txt", SPANNED_TEXT)
    shard = cache_dir / FINGERPRINT[:16] / decoded.sha256[:2]
    shard.parent.mkdir(parents=True)
    shard.symlink_to(elsewhere, target_is_directory=True)
    cache.put(_spanned(decoded))
    assert list(elsewhere.iterdir()) == []
    # an entry placed out there (by someone else) is not read through the link either
    RecordCache(tmp_path / "other", FINGERPRINT).put(_spanned(decoded))
    (good,) = list((tmp_path / "other").rglob("*.json"))
    (elsewhere / good.name).write_bytes(good.read_bytes())
    assert cache.get(decoded) is None


def test_a_symlinked_namespace_or_entry_is_refused(tmp_path):
    cache_dir, elsewhere = tmp_path / "cache", tmp_path / "elsewhere"
    elsewhere.mkdir()
    cache_dir.mkdir()
    (cache_dir / FINGERPRINT[:16]).symlink_to(elsewhere, target_is_directory=True)
    cache = RecordCache(cache_dir, FINGERPRINT)
    decoded = _decoded("a.txt", SPANNED_TEXT)
    cache.put(_spanned(decoded))
    assert list(elsewhere.iterdir()) == []
    # an entry that is itself a link
    other = RecordCache(tmp_path / "cache2", FINGERPRINT)
    other.put(_spanned(decoded))
    (entry,) = list((tmp_path / "cache2").rglob("*.json"))
    moved = elsewhere / "entry.json"
    entry.rename(moved)
    entry.symlink_to(moved)
    assert other.get(decoded) is None


def test_entries_follow_the_umask(tmp_path):
    import os

    old = os.umask(0o027)
    try:
        cache = RecordCache(tmp_path, FINGERPRINT)
        cache.put(_spanned(_decoded("a.txt", SPANNED_TEXT)))
    finally:
        os.umask(old)
    (entry,) = list(tmp_path.rglob("*.json"))
    assert entry.stat().st_mode & 0o777 == 0o640
