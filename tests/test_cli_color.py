"""`--color auto|always|never` on the group and on every command; NO_COLOR honoured."""
import io

import pytest
from click.testing import CliRunner

from cli_helpers import record, run_cli, write_jsonl
from lvextract.cli import main
from lvextract.commands import console as console_module

ESC = "\x1b["


def _invoke(*args, env=None):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, env=env or {})
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def valid_records(tmp_path):
    return write_jsonl(tmp_path / "r.jsonl", [record("a")])


@pytest.mark.parametrize("name", [None, *sorted(main.commands)])
def test_every_command_and_the_group_take_color(name):
    args = [name, "--help"] if name else ["--help"]
    code, out, _err = run_cli(*args)
    assert code == 0 and "--color [auto|always|never]" in out and "NO_COLOR" in " ".join(out.split())


@pytest.mark.parametrize("args, coloured", [
    ([], False),                                       # auto in a pipe
    (["--color", "auto"], False),
    (["--color", "always"], True),
    (["--color"], True),                               # a bare --color
    (["--color=never"], False),
    (["--no-color"], False),
])
def test_command_level_choice(valid_records, args, coloured):
    code, out, _err = _invoke("validate", valid_records, *args)
    assert code == 0 and "all valid" in out
    assert (ESC in out) == coloured


def test_group_level_choice_and_the_command_wins(valid_records):
    assert ESC in _invoke("--color", "always", "validate", valid_records)[1]
    assert ESC not in _invoke("--color", "always", "validate", valid_records, "--color", "never")[1]
    assert ESC in _invoke("--color", "never", "validate", valid_records, "--color", "always")[1]


def test_no_color_is_honoured_unless_always(valid_records):
    assert ESC not in _invoke("--color", "auto", "validate", valid_records, env={"NO_COLOR": "1"})[1]
    assert ESC in _invoke("validate", valid_records, "--color", "always", env={"NO_COLOR": "1"})[1]


class _Terminal(io.StringIO):
    def isatty(self):
        return True


@pytest.mark.parametrize("choice, no_color, coloured", [
    ("auto", "", True), ("auto", "1", False), ("auto", "anything", False),
    ("never", "", False), ("always", "1", True),
])
def test_auto_colours_a_terminal_unless_no_color(monkeypatch, choice, no_color, coloured):
    monkeypatch.setenv("NO_COLOR", no_color)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setattr("sys.stdout", _Terminal())
    out = console_module.console(choice=choice)
    out.print("[red]x[/]")
    assert (ESC in out.file.getvalue()) == coloured


def test_never_writes_no_escape_codes_on_a_terminal_either(monkeypatch):
    monkeypatch.setattr("sys.stdout", _Terminal())
    out = console_module.console(choice="never")
    out.print("[bold red]x[/]")
    assert out.file.getvalue() == "x\n"


@pytest.mark.parametrize("args", [["segment", "-"], ["schema"], ["completion", "bash"]])
def test_commands_without_colour_accept_the_option(args):
    for choice in ("always", "never"):
        result = CliRunner().invoke(main, [*args, "--color", choice], input="Sveiki.\n", catch_exceptions=False)
        assert result.exit_code == 0, result.stderr


def test_a_bad_choice_is_a_usage_error(valid_records):
    code, _out, err = run_cli("validate", valid_records, "--color", "sometimes")
    assert code == 2 and "--color" in err and "always" in err
