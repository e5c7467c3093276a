"""An association named for whom it is for, its name not quoted: "projektu realizē Radošā apvienība
jauniešiem “Rīts”", "sadarbībā ar Latvijas Kristīgo aliansi bāreņiem". The dative after the
association's word is part of its name; the association acts or partners, the group is not served by
this text for it (the text says so elsewhere when it is). A proper name is told by a capital on the
association's word or on the word right before it (not the sentence's first word), or by a quoted name
right after the group ("Apvienība jauniešiem “Rīts” aicina"). A dative after a lower-case association
word in running text ("biedrība senioriem rīko ekskursiju") is left to the other rules. Words:
target_groups.toml [named_for]."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .forms import form
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _bodies() -> tuple[str, ...]:
    return tuple(load("target_groups")["named_for"]["bodies"])


def in_unquoted_name(reader: Reader, f: Found) -> bool:
    """Whether mention `f` is a dative that closes an association's unquoted name."""
    if f.modifier or "dative" not in form(reader.sdoc[f.mention.token_end - 1].text):
        return False
    body = reader.previous_word(f.mention.token_start)
    if body is None or not reader.word(body).startswith(_bodies()):
        return False
    after = reader.skip_space(f.mention.token_end)
    if after < len(reader.sdoc) and reader.opens_quote(after):
        return True  # "Apvienība jauniešiem “Rīts”"
    before = reader.previous_word(body)
    capitalised = [i for i in (body, before) if i is not None and reader.sdoc[i].text[:1].isupper()]
    return any(not reader.sdoc[i].is_sent_start for i in capitalised)
