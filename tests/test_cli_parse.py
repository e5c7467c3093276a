"""`lvextract parse` end to end through a real subprocess: records, formats, errors, exit codes."""
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from lvextract.record import json_schema

GOOD = "Rīgā, 2019. gada 5. martā\n\nSeminārs notiks šā gada 11. jūnijā. Pieteikties līdz 25. aprīlim.\n"


def lvextract(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "lvextract", *args], input=stdin, capture_output=True, timeout=300)


def records_of(stdout: bytes) -> list[dict]:
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def mixed_inputs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (folder / "d_cp1257.txt").write_bytes(GOOD.encode("cp1257"))
    (folder / "e_big.txt").write_text(GOOD * 200, encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "f_nested.md").write_text(GOOD, encoding="utf-8")
    (folder / "ignored.json").write_text("{}", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def mixed_run(mixed_inputs):
    return lvextract("parse", str(mixed_inputs), "--max-bytes", "5000", "--quiet")


def test_one_record_per_input_in_sorted_order(mixed_run, mixed_inputs):
    records = records_of(mixed_run.stdout)
    assert [r["doc_id"] for r in records] == ["a_good", "b_empty", "c_binary", "d_cp1257", "e_big", "f_nested"]


def test_bad_inputs_give_error_records_and_exit_1(mixed_run):
    assert mixed_run.returncode == 1
    by_id = {r["doc_id"]: r for r in records_of(mixed_run.stdout)}
    assert by_id["b_empty"]["error"]["code"] == "empty"
    assert by_id["c_binary"]["error"]["code"] == "binary"
    assert by_id["e_big"]["error"]["code"] == "too_large"
    for doc_id in ("a_good", "d_cp1257", "f_nested"):
        assert by_id[doc_id]["error"] is None
    for record in by_id.values():
        if record["error"]:
            assert all(record[f] == [] for f in ("dates", "events", "contacts", "projects"))
    stderr = mixed_run.stderr.decode()
    assert "Traceback" not in stderr
    assert "b_empty.txt" in stderr and "c_binary.txt" in stderr


def test_every_record_is_schema_valid(mixed_run):
    validator = jsonschema.Draft202012Validator(json_schema())
    for record in records_of(mixed_run.stdout):
        assert not list(validator.iter_errors(record)), record["doc_id"]


def test_cp1257_text_decodes_like_utf8(mixed_run):
    by_id = {r["doc_id"]: r for r in records_of(mixed_run.stdout)}
    good, legacy = by_id["a_good"], by_id["d_cp1257"]
    for field in ("title", "dates", "events", "deadlines"):
        assert good[field] == legacy[field]


def test_spans_point_into_the_text(mixed_inputs, mixed_run):
    text = (mixed_inputs / "a_good.txt").read_text(encoding="utf-8")
    record = records_of(mixed_run.stdout)[0]
    for field in ("dates", "events", "deadlines", "contacts", "budgets", "target_groups", "funding", "projects"):
        for item in record[field]:
            assert text[item["span"]["start"]:item["span"]["end"]] == item["span"]["text"]


def test_stdin_to_stdout_and_output_file_formats(tmp_path):
    out = tmp_path / "out" / "records.json"
    piped = lvextract("parse", "-", "-q", stdin=GOOD.encode("utf-8"))
    assert piped.returncode == 0, piped.stderr
    [record] = records_of(piped.stdout)
    assert record["doc_id"] == "stdin" and record["source"] == "-"

    as_json = lvextract("parse", "-", "-o", str(out), "--format", "json", "-q", stdin=GOOD.encode("utf-8"))
    assert as_json.returncode == 0 and as_json.stdout == b""
    assert json.loads(out.read_text(encoding="utf-8"))[0]["sha256"] == record["sha256"]
    assert not list(out.parent.glob("*.part")), "temporary file left behind"

    as_csv = lvextract("parse", "-", "--format", "csv", "-q", stdin=GOOD.encode("utf-8"))
    rows = list(csv.reader(io.StringIO(as_csv.stdout.decode("utf-8"))))
    assert rows[0][:6] == ["doc_id", "field", "value", "start", "end", "text"]
    assert all(len(row) == len(rows[0]) for row in rows)
    assert not as_csv.stdout.startswith(b"\xef\xbb\xbf")

    excel = lvextract("parse", "-", "--format", "csv", "--excel", "-q", stdin=GOOD.encode("utf-8"))
    assert excel.returncode == 0 and excel.stdout == b"\xef\xbb\xbf" + as_csv.stdout
    not_csv = lvextract("parse", "-", "--excel", "-q", stdin=GOOD.encode("utf-8"))
    assert not_csv.returncode == 2 and b"--excel" in not_csv.stderr


@pytest.mark.parametrize("args, message", [
    (["parse", "/no/such/path"], "no such file or directory: /no/such/path"),
    (["parse", "--format", "xml", "-"], "xml"),
    (["parse"], "PATHS"),
    (["parse", "--no-such-option", "x"], "--no-such-option"),
    (["parse", "--timeout-per-mb", "-1", "-"], "--timeout-per-mb"),
])
def test_usage_errors_exit_2_with_one_line(args, message):
    result = lvextract(*args)
    assert result.returncode == 2
    stderr = result.stderr.decode().strip()
    assert message in stderr and "Traceback" not in stderr
    assert len(stderr.splitlines()) == 1


def test_summary_line_on_stderr(mixed_inputs):
    result = lvextract("parse", str(mixed_inputs / "a_good.txt"))
    assert result.returncode == 0
    assert "lvextract: 1 document, 0 with errors" in result.stderr.decode()
    two = lvextract("parse", str(mixed_inputs / "a_good.txt"), str(mixed_inputs / "sub"))
    assert "lvextract: 2 documents, 0 with errors" in two.stderr.decode()


def test_damaged_and_special_inputs_in_one_run(tmp_path):
    """A FIFO gets `not_a_file` at once (no hang), a BOM alone is `empty`, a stray byte only a warning."""
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "a_fifo.txt")
    (folder / "b_bom.txt").write_bytes(b"\xef\xbb\xbf")
    (folder / "c_stray.txt").write_bytes(GOOD.encode("utf-8") + b"\xff")
    (folder / "d_utf16.txt").write_bytes(GOOD.encode("utf-16"))
    result = lvextract("parse", str(folder), "-q", "-j", "1")  # subprocess timeout: a hang fails the test
    assert result.returncode == 1
    by_id = {r["doc_id"]: r for r in records_of(result.stdout)}
    assert by_id["a_fifo"]["error"]["code"] == "not_a_file"
    assert by_id["b_bom"]["error"]["code"] == "empty"
    stray = by_id["c_stray"]
    assert stray["error"] is None and stray["dates"] and any("U+FFFD" in w for w in stray["warnings"])
    assert by_id["d_utf16"]["error"] is None
    assert by_id["d_utf16"]["dates"] == by_id["c_stray"]["dates"]


@pytest.mark.parametrize("umask, existing, expected", [
    (0o022, None, 0o644),
    (0o002, None, 0o664),
    (0o077, None, 0o600),
    (0o077, 0o644, 0o644),   # an existing output keeps its mode
    (0o022, 0o600, 0o600),
])
def test_output_file_mode_is_a_shell_redirects(tmp_path, umask, existing, expected):
    import os

    from lvextract.output import open_output

    target = tmp_path / "out.jsonl"
    if existing is not None:
        target.write_text("old\n")
        target.chmod(existing)
    old = os.umask(umask)
    try:
        with open_output(str(target)) as stream:
            stream.write("new\n")
    finally:
        os.umask(old)
    assert target.read_text() == "new\n"
    assert target.stat().st_mode & 0o777 == expected


RELATIVE = "Seminārs notiks nākamajā pirmdienā Rīgā.\n"


def test_reference_date_anchors_texts_without_a_date_and_is_recorded(tmp_path):
    (tmp_path / "a_relative.txt").write_text(RELATIVE, encoding="utf-8")
    (tmp_path / "b_dated.txt").write_text(GOOD, encoding="utf-8")
    plain = records_of(lvextract("parse", str(tmp_path), "-q", "-j", "1").stdout)
    assert [r["reference_date"] for r in plain] == [None, None]
    assert plain[0]["dates"][0]["value"] is None
    result = lvextract("parse", str(tmp_path), "-q", "-j", "1", "--reference-date", "2023-03-03")
    assert result.returncode == 0, result.stderr
    relative, dated = records_of(result.stdout)
    assert relative["document_date"] is None and relative["reference_date"] == "2023-03-03"
    assert relative["dates"][0]["value"] == "2023-03-06" and relative["events"][0]["start"] == "2023-03-06"
    # The text's own date wins: the reference date was not used, and the record does not claim it.
    assert dated["document_date"] == "2019-03-05" and dated["reference_date"] is None
    assert dated["dates"] == plain[1]["dates"]


def test_reference_date_is_part_of_the_cache_key(tmp_path):
    (tmp_path / "a.txt").write_text(RELATIVE, encoding="utf-8")
    cache = str(tmp_path / "cache")
    runs = [records_of(lvextract("parse", str(tmp_path / "a.txt"), "-q", "--cache", cache, *extra).stdout)[0]
            for extra in ([], ["--reference-date", "2023-03-03"], ["--reference-date", "2024-01-01"],
                          ["--reference-date", "2023-03-03"], [])]
    assert [r["reference_date"] for r in runs] == [None, "2023-03-03", "2024-01-01", "2023-03-03", None]
    assert [r["dates"][0]["value"] for r in runs] == [None, "2023-03-06", "2024-01-08", "2023-03-06", None]


@pytest.mark.parametrize("day", ["2023-02-30", "03.03.2023", "2023-3-3", "tomorrow"])
def test_bad_reference_date_is_usage_error(day):
    result = lvextract("parse", "-", "--reference-date", day, stdin=RELATIVE.encode())
    assert result.returncode == 2 and result.stdout == b""
    stderr = result.stderr.decode()
    assert "--reference-date" in stderr and "YYYY-MM-DD" in stderr and len(stderr.strip().splitlines()) == 1


CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.mark.parametrize("args", [["-j", "1"], ["-j", "1", "--format", "csv"], ["-j", "2"]])
def test_closed_stdout_ends_quietly_with_0(args):
    """`lvextract parse corpus/ | head -n1`: the reader leaves after one line (the records of
    the corpus, with their texts, are well past a pipe's buffer, so a write does fail)."""
    process = subprocess.Popen([sys.executable, "-m", "lvextract", "parse", *args, str(CORPUS), "--with-text"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read()
    assert process.wait(timeout=300) == 0 and stderr == b""


COMMANDS = [[], ["parse"], ["schema"], ["check"], ["show"], ["eval"], ["validate"], ["diff"], ["segment"]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0] if c else "lvextract")
def test_every_help_ends_with_two_or_three_examples(command):
    from click.testing import CliRunner

    from lvextract.cli import main

    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    help_text = result.output
    assert help_text.count("Examples:") == 1
    tail = help_text.split("Examples:")[1]
    lines = [line.strip() for line in tail.splitlines() if line.strip()]
    assert 2 <= len(lines) <= 3 and all("lvextract " + (command[0] if command else "") in line for line in lines)
    assert help_text.index("Options:") < help_text.index("Examples:"), "examples belong in the epilog"
