"""Shell completion: `lvextract completion SHELL` prints click's script, and completing works."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lvextract.cli import main

ROOT = Path(__file__).resolve().parent.parent


def _complete(shell: str, words: str, cword: int | str) -> list[str]:
    env = {"_LVEXTRACT_COMPLETE": f"{shell}_complete", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
    result = CliRunner().invoke(main, [], prog_name="lvextract", env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


@pytest.mark.parametrize("shell, marker", [
    ("bash", "_LVEXTRACT_COMPLETE=bash_complete"),
    ("zsh", "#compdef lvextract"),
    ("fish", "_LVEXTRACT_COMPLETE=fish_complete"),
])
def test_completion_prints_the_script(shell, marker):
    result = CliRunner().invoke(main, ["completion", shell], catch_exceptions=False)
    assert result.exit_code == 0 and marker in result.stdout


def test_completion_takes_the_shell_from_SHELL():
    result = CliRunner().invoke(main, ["completion"], env={"SHELL": "/usr/bin/zsh"}, catch_exceptions=False)
    assert result.exit_code == 0 and "#compdef lvextract" in result.stdout
    result = CliRunner().invoke(main, ["completion"], env={"SHELL": "/bin/tcsh"}, catch_exceptions=False)
    assert result.exit_code == 2 and "bash, zsh, fish" in result.stderr


def test_commands_complete():
    assert "plain,parse" in _complete("bash", "lvextract pa", 1)
    assert "parse" in _complete("zsh", "lvextract pa", 1)
    assert any(line.startswith("plain,parse") for line in _complete("fish", "lvextract pa", "pa"))
    assert {"plain,check", "plain,completion"} <= set(_complete("bash", "lvextract c", 1))


def test_option_values_and_paths_complete():
    assert {"plain,csv", "plain,ics", "plain,xlsx"} <= set(_complete("bash", "lvextract parse --format ", 3))
    assert set(_complete("bash", "lvextract show --color ", 3)) == {"plain,auto", "plain,always", "plain,never"}
    assert _complete("bash", "lvextract parse cor", 2) == ["file,cor"]   # the shell lists the files
    assert _complete("bash", "lvextract diff a.jsonl ", 3) == ["file,"]


@pytest.mark.skipif(not shutil.which("bash"), reason="needs bash")
def test_bash_completes_through_the_installed_script():
    """What a user gets: the printed script sourced into bash, then Tab after `lvextract pa`."""
    bin_dir = Path(sys.executable).parent
    if not (bin_dir / "lvextract").exists():
        pytest.skip("the lvextract script is not installed next to this interpreter")
    script = ('source <(lvextract completion bash) && COMP_WORDS=(lvextract pa) && COMP_CWORD=1 '
              '&& _lvextract_completion lvextract && printf "%s\\n" "${COMPREPLY[@]}"')
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["parse"]
