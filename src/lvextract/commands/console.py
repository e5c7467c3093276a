"""One rich Console setup for the commands: colour on terminals, plain wide text in pipes and tests."""
from __future__ import annotations

import sys


def console(stderr: bool = False, colour: bool | None = None):
    """`colour` None: colour when the stream is a terminal; True/False: always/never."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    if colour:
        # 256 colours keep the field colours apart where the 16 standard ones would merge them.
        return Console(file=stream, highlight=False, force_terminal=True, color_system="256",
                       **({} if stream.isatty() else {"width": 120, "soft_wrap": True}))
    if colour is None and stream.isatty():
        return Console(file=stream, highlight=False)
    # Piped: no colour codes, and wide enough that tables and paths are not wrapped.
    return Console(file=stream, highlight=False, no_color=True, width=120, soft_wrap=True)
