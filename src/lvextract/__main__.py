from .commands import interrupts

interrupts.install()  # before the command line's imports: a Ctrl-C during them ends cleanly too

from .cli import main  # noqa: E402

main()
