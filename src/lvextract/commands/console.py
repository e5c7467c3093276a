"""Colour for every command: one `--color auto|always|never` option and one rich Console setup.

`auto` (the default) colours only a terminal, and not when NO_COLOR is set to anything
(https://no-color.org); `always` colours pipes too (for `less -R`) and overrides NO_COLOR;
`never` writes no escape codes at all. The option is accepted on the group (`lvextract
--color never show …`) and on every command; the command's own wins.
"""
from __future__ import annotations

import os
import sys

import click

COLOR_CHOICES = ("auto", "always", "never")
_CHOICE_KEY = "lvextract.color"  # in click's ctx.meta, which nested contexts share


def _remember_choice(ctx: click.Context, param, value: str | None) -> None:
    if value is not None:
        ctx.meta[_CHOICE_KEY] = value


def _never(ctx: click.Context, param, value: bool) -> None:
    if value:
        ctx.meta[_CHOICE_KEY] = "never"


def add_color_option(command: click.Command) -> click.Command:
    """Give `command` --color WHEN (bare --color: always) and the older spelling --no-color."""
    if any(param.name == "color" for param in command.params):
        return command
    command.params.append(click.Option(
        ["--color", "color"], type=click.Choice(COLOR_CHOICES), default=None, is_flag=False, flag_value="always",
        expose_value=False, is_eager=True, callback=_remember_choice, metavar="[auto|always|never]",
        help="Colours: auto = on a terminal unless NO_COLOR is set (default); always = in pipes too "
             "(e.g. for less -R; a bare --color means this); never = no escape codes."))
    command.params.append(click.Option(["--no-color", "no_color"], is_flag=True, expose_value=False, hidden=True,
                                       is_eager=True, callback=_never))
    return command


def color_choice() -> str:
    """auto, always or never: what the running command was told (auto outside a command)."""
    ctx = click.get_current_context(silent=True)
    return ctx.meta.get(_CHOICE_KEY, "auto") if ctx is not None else "auto"


def wants_colour(stream, choice: str | None = None) -> bool:
    choice = choice or color_choice()
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR", ""):
        return False
    return _isatty(stream)


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def console(stderr: bool = False, choice: str | None = None):
    """A rich Console on stdout (or stderr) that colours as --color and NO_COLOR say."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    # Not a terminal: wide enough that tables and paths are not wrapped.
    layout = {} if _isatty(stream) else {"width": 120, "soft_wrap": True}
    if not wants_colour(stream, choice):
        return Console(file=stream, highlight=False, color_system=None, no_color=True, **layout)
    dumb = os.environ.get("TERM", "").lower() in ("dumb", "unknown")
    return Console(file=stream, highlight=False, force_terminal=True, no_color=False,
                   color_system="standard" if dumb else "auto", **layout)
