"""`lvextract segment`: how a text is cut into sentences and tokens, exactly as the extractors see it."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from ..reading import STDIN, Source, load
from .options import examples, path_argument

WHITESPACE = re.compile(r"\s+")


@click.command("segment", short_help="Print a text's sentences, tokens or lemmas, one sentence a line.",
               epilog=examples(
                   'lvextract segment release.txt',
                   'lvextract segment release.txt --tokens',
                   'echo "Seminārs notiks š.g. 16.maijā plkst. 10.00." | lvextract segment - --lemmas'))
@path_argument("file", "FILE|-")
@click.option("--tokens", "show_tokens", is_flag=True, help="Tokens separated by spaces.")
@click.option("--lemmas", "show_lemmas", is_flag=True, help="Lemmas separated by spaces (with --tokens: token/lemma).")
@click.option("--offsets", is_flag=True, help="Start each line with the sentence's character offsets (start-end, tab).")
@click.option("--tokenizer-model", metavar="FILE", envvar="LVEXTRACT_TOKENIZER_MODEL",
              help="Another Stanza tokenizer model (.pt). Default: the bundled model.")
def segment(file, show_tokens, show_lemmas, offsets, tokenizer_model):
    """Print FILE (or - for stdin) one sentence per line, as `lvextract parse` segments it.

    \b
    The segmentation is the bundled Latvian tokenizer plus lvextract's repairs (e-mails,
    URLs, clock times, amounts and abbreviations kept whole, no break after "plkst." or
    an initial, a break at every blank line). Line breaks inside a sentence are printed
    as spaces. A token that holds a space ("4 486 638") keeps it; the offsets are
    character offsets into the decoded (NFC) text, the same the records use.

    Exit status: 0 printed; 1 the file could not be read or decoded; 2 usage error.
    """
    if file != STDIN and not Path(file).exists():
        raise click.UsageError(f"no such file: {file}")
    decoded = load(Source(file))
    if decoded.text is None:
        click.echo(f"lvextract segment: {decoded.error_message}", err=True)
        sys.exit(1)
    from ..pipeline import build_document

    try:
        doc = build_document(decoded.text, model=tokenizer_model)
    except FileNotFoundError as exc:  # a --tokenizer-model that is not there
        raise click.UsageError(str(exc)) from None
    for sentence in doc.sentences:
        if show_tokens and show_lemmas:
            line = " ".join(f"{t.text}/{t.lemma}" for t in sentence.tokens)
        elif show_tokens:
            line = " ".join(t.text for t in sentence.tokens)
        elif show_lemmas:
            line = " ".join(t.lemma for t in sentence.tokens)
        else:
            line = decoded.text[sentence.start:sentence.end]
        line = WHITESPACE.sub(" ", line)
        click.echo(f"{sentence.start}-{sentence.end}\t{line}" if offsets else line)
