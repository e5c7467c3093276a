"""Groups whose projects are funded are the grantees: "atbalstīti 12 nevalstisko organizāciju
projekti", "Fonds apstiprināja 84 NVO projektus", "ar fonda atbalstu tiks īstenoti 9 NVO projekti".
A group's plural genitive right before a noun of target_groups.toml [grantees] `nouns`, in a
sentence with a word of `granting_words` (beginnings of lower-case words, asked once per sentence),
is served. Only mentions no other rule settled, and none inside a name or a title."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .forms import GENITIVE_PLURAL_ENDINGS
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    c = load("target_groups")["grantees"]
    return tuple(c["nouns"]), tuple(c["granting_words"])


def grantees(reader: Reader, found: list[Found]) -> None:
    nouns, granting = _words()
    for f in found:
        m = f.mention
        if f.accepted or f.modifier or reader.in_menu(m.start) or reader.in_organisation_name(m.token_start) \
                or reader.in_programme_name(m.token_start) or reader.in_project_title(m.token_start):
            continue
        head = reader.sdoc[m.token_end - 1].text
        if not (head.isupper() or head.lower().endswith(GENITIVE_PLURAL_ENDINGS)):
            continue
        at = reader.skip_space(m.token_end)
        # (past the abbreviation in brackets: "nevaldības organizāciju (NVO) projekti")
        if at + 2 < len(reader.sdoc) and reader.sdoc[at].text == "(" and reader.sdoc[at + 1].text.isupper() \
                and reader.sdoc[at + 2].text == ")":
            at = reader.skip_space(at + 3)
        if at >= len(reader.sdoc) or at in reader.in_mention:
            continue
        noun = reader.sdoc[at].text
        if not noun.islower() or not noun.startswith(nouns):
            continue
        index = reader.doc.sentence_index(m.start)
        if index is not None and reader.has_word_starting(index, granting):
            f.accepted = True
