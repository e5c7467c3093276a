"""`lvextract completion`: the shell's tab-completion script (click's own completion)."""
from __future__ import annotations

import os

import click

from .options import examples

SHELLS = ("bash", "zsh", "fish")
COMPLETE_VAR = "_LVEXTRACT_COMPLETE"  # what click reads when the shell asks for completions


@click.command("completion", short_help="Print the tab-completion script for bash, zsh or fish.",
               epilog=examples(
                   'eval "$(lvextract completion bash)"                  # in ~/.bashrc',
                   'eval "$(lvextract completion zsh)"                   # in ~/.zshrc',
                   'lvextract completion fish > ~/.config/fish/completions/lvextract.fish'))
@click.argument("shell", type=click.Choice(SHELLS), required=False)
def completion_command(shell):
    """Print the completion script for SHELL (default: the one $SHELL names).

    \b
    Once installed, Tab completes commands, options, their values (--format, --color …)
    and file names. The script is click's: `_LVEXTRACT_COMPLETE=bash_source lvextract`
    prints the same (zsh_source, fish_source for the others). Completion needs bash 4.4
    or later.

    Exit status: 0 printed; 2 usage error (a shell without completion support).
    """
    from click.shell_completion import get_completion_class

    shell = shell or os.path.basename(os.environ.get("SHELL", ""))
    if shell not in SHELLS:
        raise click.UsageError(f"name the shell: one of {', '.join(SHELLS)} "
                               f"(from $SHELL: {shell or 'not set'})")
    root = click.get_current_context().find_root().command
    click.echo(get_completion_class(shell)(root, {}, "lvextract", COMPLETE_VAR).source())
