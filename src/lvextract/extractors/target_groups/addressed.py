"""Groups the text speaks to: "Ja esat bezdarbnieks, varat pieteikties kursiem", "Ja esi jaunietis
vecumā no 15 līdz 29 gadiem …". Who a conditional "if you are" names is the reader the service is
offered to, so every group of that list counts ("Ja esat seniors, bezdarbnieks vai invalīds …").
The opening words are `[context] address_openings` in data/target_groups.toml."""
from __future__ import annotations

import re
from bisect import bisect_left

from ...latvian.verb_forms import is_verb_lemma
from .mentions import Found
from .reader import Reader

# Between two groups of the list: a comma or "un"/"vai" and at most a few words that are no verb
# ("seniors, bezdarbnieks, jaunā māmiņa dekrēta atvaļinājumā, invalīds vai …").
LIST_GAP = re.compile(r"\s*(?:,\s*(?:[^\W\d_]+\s+){0,4}?(?:[^\W\d_]+\s*,\s*)?(?:(?:un|vai)\s+)?|\s+(?:un|vai)\s+)", re.IGNORECASE)


def addressed_groups(reader: Reader, found: list[Found]) -> None:
    text = reader.doc.text
    ordered = sorted(found, key=lambda f: f.mention.start)
    starts = [f.mention.start for f in ordered]
    reached = -1  # the last mention a list has reached: each mention is read once (linear)
    for m in reader.ctx.address_opening.finditer(text):
        index = bisect_left(starts, m.end())
        if index <= reached or index == len(ordered) or ordered[index].mention.start != m.end() or ordered[index].modifier:
            continue
        previous = ordered[index]
        previous.accepted = True
        reached = index
        for f in ordered[index + 1:]:
            gap = text[previous.mention.end:f.mention.start]
            if f.modifier and not gap.strip():
                f.accepted = True  # (its own modifier: "Ja esat persona ar invaliditāti")
            elif not LIST_GAP.fullmatch(gap) or _has_verb(reader, previous, f):
                break
            f.accepted = True
            previous = f
            reached += 1


def _has_verb(reader: Reader, before: Found, after: Found) -> bool:
    """A clause of its own between two mentions: "Ja esat bezdarbnieks, varat pieteikties …"."""
    # (a noun's genitive the lemmatiser takes for a verb is none: "dekrēta atvaļinājumā")
    return any(is_verb_lemma(t.lemma_) and t.text.isalpha() and not t.text.endswith("a")
               for t in reader.sdoc[before.mention.token_end:after.mention.token_start])
