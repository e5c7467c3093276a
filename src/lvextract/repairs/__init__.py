"""Announcement-specific repairs on top of Stanza's segmentation.

The treebank the model learned from has few e-mails, URLs, clock times, amounts written
with thousands spaces or office abbreviations, and press releases are full of them. So:

1. merge: every e-mail, URL/domain, numeric date ("22.11.2019."), clock time ("15:30"),
   number with thousands spaces ("4 486 638") and listed abbreviation ("š.g.", "Dr.paed.")
   becomes exactly one token, whatever the model did around it;
2. split: a full stop the model glued to a word that is no abbreviation ("EUR.",
   "67021512.") becomes its own token, so it can end the sentence; so does a list dash
   glued to the first word of its line ("-romu tautības pārstāvji"), and Markdown emphasis
   marks glued to a word ("**Informatīvā", "tikšanās**"); a month's locative glued to the next
   word after a day number ("20. jūlijāpasākums", glued_month.py);
3. resegment: sentence breaks are decided again at each token gap — always at a blank
   line and before a list item, never after an abbreviation, an initial ("J. Bērziņš")
   or an ordinal followed by a lower-case word ("2014. gada 2. aprīlī"), always after an hour
   with its full stop after a clock word before a capital ("pulksten 13. Vēl …"), never in running
   text after a token that is no sentence end, always after a full stop followed by a
   capital or a digit, at a line break before a capital when the line is short for the
   text's wrapping (a heading, a dateline, a contact line), and elsewhere as the model
   decided.

The abbreviation list is data: latvian/data/abbreviations.toml. Table of cases:
tests/examples/segmentation.toml.

Offsets stay exact: tokens are (start, end) into the unchanged text.

Modules: protected.py finds the spans of step 1, tokenization.py merges and splits the tokens
(steps 1 and 2), resegmentation.py decides the breaks (step 3); shapes.py holds the
abbreviation list and the token shapes they share.
"""
from __future__ import annotations

from ..segmentation import TokenOffsets
from .resegmentation import resegment, short_line_limit
from .shapes import Abbreviations, abbreviations
from .glued_month import split_glued_months
from .tokenization import dedup, merge_protected, split_full_stops

# The steps, for callers and tests that run one of them alone.
__all__ = ["Abbreviations", "abbreviations", "merge_protected", "repair", "resegment", "short_line_limit",
           "split_full_stops"]


def repair(text: str, sentences: list[list[TokenOffsets]]) -> list[list[TokenOffsets]]:
    model_ends = {s[-1][1] for s in sentences if s}
    tokens = dedup([t for s in sentences for t in s])
    tokens, protected = merge_protected(text, tokens)
    tokens = split_glued_months(text, split_full_stops(text, tokens, protected))
    return resegment(text, tokens, model_ends)
