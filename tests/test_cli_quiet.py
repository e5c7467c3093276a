"""`-q` wherever a command says more than its result: only what a batch job needs is left."""
import json
from pathlib import Path

from cli_helpers import record, run_cli, span, write_jsonl

CASE = json.loads((Path(__file__).parent / "examples" / "scoring_case.json").read_text(encoding="utf-8"))


def test_validate_quiet_prints_only_the_problems(tmp_path):
    good = write_jsonl(tmp_path / "good.jsonl", [record("a")])
    assert run_cli("validate", good, "-q")[:2] == (0, "")
    bad = write_jsonl(tmp_path / "bad.jsonl", [record("a"), "{not json"])
    code, out, _err = run_cli("validate", bad, "-q")
    lines = out.splitlines()
    assert code == 1 and len(lines) == 1 and lines[0].startswith(f"{bad}:2: ")
    assert run_cli("validate", bad)[1].splitlines()[-1] == "2 records, 1 invalid"


def test_diff_quiet_says_it_by_the_exit_status_only(tmp_path):
    old = write_jsonl(tmp_path / "old.jsonl", [record("a")])
    new = write_jsonl(tmp_path / "new.jsonl", [record("a", title="Cits")])
    assert run_cli("diff", old, new, "-q") == (1, "", "")
    assert run_cli("diff", old, old, "-q") == (0, "", "")
    assert "Cits" in run_cli("diff", old, new)[1]


def test_show_quiet_writes_the_page_without_a_note(tmp_path):
    text = "Seminārs notiks 2019. gada 11. jūnijā.\n"
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    records = write_jsonl(tmp_path / "r.jsonl", [record("t", dates=[
        {"value": "2019-06-11", "end": None, "anchored": False, "role": "event", "span": span(text, "2019. gada 11. jūnijā")}])])
    page = tmp_path / "t.html"
    code, _out, err = run_cli("show", tmp_path / "t.txt", "--record", records, "--html", page, "-q")
    assert code == 0 and err == "" and page.exists()
    assert "wrote" in run_cli("show", tmp_path / "t.txt", "--record", records, "--html", page)[2]


def test_every_chatty_command_has_quiet():
    for command in ("parse", "check", "eval", "diff", "validate", "show"):
        assert "-q, --quiet" in run_cli(command, "--help")[1], command
